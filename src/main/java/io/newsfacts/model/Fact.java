package io.newsfacts.model;

/**
 * A fact found in an article: words of its cleaned text ({@code text} is {@code
 * article.text().substring(start, end)}) and whatever its kind adds. Every record a {@link
 * FactKind} produces implements it.
 */
public interface Fact {
  String text();

  int start();

  int end();
}
