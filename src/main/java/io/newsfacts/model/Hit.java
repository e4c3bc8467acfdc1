package io.newsfacts.model;

/**
 * One search result: the fact (or article) with its evidence.
 *
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
    String factJson) {}
