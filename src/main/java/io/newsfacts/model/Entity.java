package io.newsfacts.model;

import java.util.Objects;

/**
 * One mention of a named entity. All mentions of the same real-world entity in an article carry
 * the same {@code canonical} name.
 *
 * @param role the role the article gives the entity ("porte-parole du MIDI"), or null
 */
public record Entity(String text, EntityType type, String canonical, int start, int end, String role)
    implements Fact {
  public Entity {
    Spans.check("entity", text, start, end);
    Objects.requireNonNull(type, "type");
    if (canonical == null || canonical.isBlank()) {
      canonical = text;
    }
  }
}
