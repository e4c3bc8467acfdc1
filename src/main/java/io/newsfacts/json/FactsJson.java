package io.newsfacts.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Fact;
import io.newsfacts.model.FactKind;
import io.newsfacts.model.Hit;
import io.newsfacts.model.JsonFields;
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

  /** The field of a hit that holds the fact's own {@code type} (PERSON, LOCATION, DATE, TIME...). */
  public static final String FACT_TYPE = "factType";

  /**
   * A hit's stored fact fields as text, by their JSON names: numbers as written, JSON null as null,
   * objects and arrays (an article's counts) as JSON.
   */
  public static Map<String, String> fields(Hit h) {
    Map<String, String> out = new java.util.HashMap<>();
    if (h.factJson() == null) {
      return out;
    }
    try {
      MAPPER.readTree(h.factJson()).fields().forEachRemaining(f -> {
        JsonNode v = f.getValue();
        out.put(f.getKey(), v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString());
      });
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * A search hit: the contract's hit fields, then the fact's own fields; the fact's {@code type}
   * (which the hit's {@code type}, the kind's name, would hide) as {@link #FACT_TYPE}.
   */
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
          if (f.getKey().equals("type")) {
            o.set(FACT_TYPE, f.getValue()); // the fact's own type (PERSON, DATE), beside the hit's
          } else if (!o.has(f.getKey())) {
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
    for (FactKind<?> kind : facts.kinds()) {
      putFacts(o.putArray(kind.plural()), kind, facts);
    }
    return o;
  }

  private static <T extends Fact> void putFacts(ArrayNode array, FactKind<T> kind, ArticleFacts facts) {
    for (T f : facts.facts(kind)) {
      array.add(fact(kind, f));
    }
  }

  /** One fact's own fields, as its kind writes them. */
  public static <T extends Fact> ObjectNode fact(FactKind<T> kind, T fact) {
    ObjectNode o = MAPPER.createObjectNode();
    kind.writeJson(fact, new NodeFields(o));
    return o;
  }

  /** {@link JsonFields} onto a Jackson object. */
  private record NodeFields(ObjectNode node) implements JsonFields {
    @Override
    public void string(String name, String value) {
      node.put(name, value);
    }

    @Override
    public void number(String name, Double value) {
      putNumber(node, name, value);
    }

    @Override
    public void integer(String name, int value) {
      node.put(name, value);
    }
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
