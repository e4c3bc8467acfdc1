package io.newsfacts.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Hit;
import io.newsfacts.model.NumberFact;
import io.newsfacts.model.Quote;
import java.io.UncheckedIOException;
import java.util.Map;

/** Writes articles and facts in the field order and spelling of CONTRACT.md. */
public final class FactsJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FactsJson() {}

  public static String line(ArticleFacts facts) {
    return write(MAPPER, article(facts));
  }

  public static String pretty(ArticleFacts facts) {
    return write(PRETTY, article(facts));
  }

  /** One JSON object from a flat map of fields (search hits), in the map's order. */
  public static String line(Map<String, Object> fields) {
    return write(MAPPER, MAPPER.valueToTree(fields));
  }

  /** A search hit: the contract's hit fields, then the fact's own fields. */
  public static String hit(Hit h) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("type", h.type());
    o.put("score", h.score());
    o.put("articleId", h.articleId());
    o.put("source", h.source());
    o.put("title", h.title());
    o.put("published", h.published());
    o.put("text", h.text());
    o.put("sentence", h.sentence());
    if (h.factJson() != null) {
      try {
        JsonNode fact = MAPPER.readTree(h.factJson());
        fact.fields().forEachRemaining(f -> {
          if (!o.has(f.getKey())) {
            o.set(f.getKey(), f.getValue());
          }
        });
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return write(MAPPER, o);
  }

  public static ObjectNode article(ArticleFacts facts) {
    Article a = facts.article();
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("source", a.source());
    o.put("title", a.title());
    o.put("author", a.author());
    o.put("publisher", a.publisher());
    o.put("published", a.published() == null ? null : a.published().toString());
    o.put("language", a.language());
    o.put("text", a.text());
    ArrayNode entities = o.putArray("entities");
    for (Entity e : facts.entities()) {
      entities.add(entity(e));
    }
    ArrayNode numbers = o.putArray("numbers");
    for (NumberFact n : facts.numbers()) {
      numbers.add(number(n));
    }
    ArrayNode dates = o.putArray("dates");
    for (DateFact d : facts.dates()) {
      dates.add(date(d));
    }
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : facts.quotes()) {
      quotes.add(quote(q));
    }
    return o;
  }

  public static ObjectNode entity(Entity e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", e.text());
    o.put("type", e.type().name());
    o.put("canonical", e.canonical());
    o.put("role", e.role());
    o.put("start", e.start());
    o.put("end", e.end());
    return o;
  }

  public static ObjectNode number(NumberFact n) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", n.text());
    putNumber(o, "value", n.value());
    putNumber(o, "low", n.low());
    putNumber(o, "high", n.high());
    o.put("qualifier", n.qualifier().label());
    o.put("kind", n.kind().label());
    o.put("unit", n.unit());
    o.put("per", n.per());
    o.put("date", n.date());
    o.put("start", n.start());
    o.put("end", n.end());
    return o;
  }

  public static ObjectNode date(DateFact d) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", d.text());
    o.put("type", d.type().name());
    o.put("value", d.value());
    o.put("start", d.start());
    o.put("end", d.end());
    return o;
  }

  public static ObjectNode quote(Quote q) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", q.text());
    o.put("kind", q.kind().label());
    o.put("speaker", q.speaker());
    o.put("speakerRole", q.speakerRole());
    o.put("start", q.start());
    o.put("end", q.end());
    o.put("speakerEvidence", q.speakerEvidence());
    return o;
  }

  /** Whole numbers print without ".0" (14137, not 14137.0). */
  private static void putNumber(ObjectNode o, String field, Double v) {
    if (v == null) {
      o.putNull(field);
    } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      o.put(field, v.longValue());
    } else {
      o.put(field, v);
    }
  }

  private static String write(ObjectMapper mapper, Object node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
