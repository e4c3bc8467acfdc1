package io.newsfacts.model;

/**
 * One search result: the fact (or article) with its evidence.
 *
 * @param type the fact kind's name, or {@link #ARTICLE}
 * @param factJson the fact's own fields as a JSON object, as in the extract schema
 */
public record Hit(
    String type,
    float score,
    String articleId,
    String source,
    String title,
    String published,
    String text,
    String sentence,
    String factJson) {
  /** The {@code type} of a hit that is an article (with its fact counts), not a fact. */
  public static final String ARTICLE = "article";

  public boolean isArticle() {
    return ARTICLE.equals(type);
  }
}
