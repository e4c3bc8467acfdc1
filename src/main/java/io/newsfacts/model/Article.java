package io.newsfacts.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as read from its source: the cleaned main text and the metadata found with it.
 *
 * @param id stable hash of the cleaned text (the same article saved twice has the same id)
 * @param source path, path#line or URL as given by the user
 * @param published publication date, or null when nothing trustworthy gives one
 * @param language ISO 639-1 code of the detected language
 */
public record Article(
    String id,
    String source,
    String title,
    String author,
    String publisher,
    LocalDate published,
    String language,
    String text) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (language == null || language.isBlank()) {
      language = "fr";
    }
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, source, title, author, publisher, date, language, text);
  }
}
