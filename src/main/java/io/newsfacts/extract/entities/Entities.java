package io.newsfacts.extract.entities;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Entity;
import io.newsfacts.model.FactExtractor;
import io.newsfacts.model.FactKind;
import io.newsfacts.model.IndexField;
import io.newsfacts.model.IndexSink;
import io.newsfacts.model.JsonFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The entity kind: mentions of people, organisations, places, linked to one canonical name each. */
public final class Entities implements FactKind<Entity> {
  public static final Entities KIND = new Entities();

  /** Keyword: the canonical name, exactly. */
  public static final IndexField CANONICAL = IndexField.keyword("canonical");
  /** Keyword: PERSON, ORGANIZATION, LOCATION, MISC. */
  public static final IndexField ENTITY_TYPE = IndexField.keyword("entityType");
  /** Names: the role the article gives the entity ("porte-parole du MIDI"). */
  public static final IndexField ROLE = IndexField.names("role");

  private Entities() {}

  @Override
  public String name() {
    return "entity";
  }

  @Override
  public String plural() {
    return "entities";
  }

  @Override
  public Class<Entity> factType() {
    return Entity.class;
  }

  @Override
  public FactExtractor<Entity> newExtractor() {
    EntityExtractor extractor = new EntityExtractor();
    return context -> extractor.extract(context.text());
  }

  @Override
  public void writeJson(Entity e, JsonFields out) {
    out.string("text", e.text());
    out.string("type", e.type().name());
    out.string("canonical", e.canonical());
    out.string("role", e.role());
    out.integer("start", e.start());
    out.integer("end", e.end());
  }

  @Override
  public List<String> jsonFields() {
    return List.of("text", "type", "canonical", "role", "start", "end");
  }

  @Override
  public List<IndexField> indexFields() {
    return List.of(CANONICAL, ENTITY_TYPE, ROLE);
  }

  @Override
  public void index(Entity e, ArticleFacts article, IndexSink out) {
    out.add(CANONICAL, e.canonical());
    out.add(ENTITY_TYPE, e.type().name());
    out.add(ROLE, e.role());
  }

  @Override
  public String label(Entity e) {
    return e.type().name() + " " + e.canonical() + (e.role() == null ? "" : " (" + e.role() + ")");
  }

  /** One row a canonical name, with how often it is mentioned. */
  @Override
  public List<String> tableRows(List<Entity> entities) {
    Map<String, Entity> byName = new LinkedHashMap<>();
    Map<String, Integer> mentions = new LinkedHashMap<>();
    for (Entity e : entities) {
      byName.putIfAbsent(e.canonical(), e);
      mentions.merge(e.canonical(), 1, Integer::sum);
    }
    List<String> rows = new ArrayList<>(byName.size());
    for (Entity e : byName.values()) {
      rows.add(String.format("%-13s %s%s  x%d", e.type(), e.canonical(),
          e.role() == null ? "" : " (" + e.role() + ")", mentions.get(e.canonical())));
    }
    return rows;
  }
}
