package io.newsfacts.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One line of a {@code .jsonl} article stream: {@code text} (required) and optionally {@code id},
 * {@code title}, {@code author}, {@code publisher}, {@code published}, {@code source}.
 */
public record ArticleLine(
    String text, String id, String title, String author, String publisher, String published, String source) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Parses one line.
   *
   * @throws IllegalArgumentException with a reason a user can act on when the line is not an
   *     object with a string {@code text}
   */
  public static ArticleLine parse(String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new IllegalArgumentException("no \"text\" string field");
    }
    return new ArticleLine(text.asText(), str(node, "id"), str(node, "title"), str(node, "author"),
        str(node, "publisher"), str(node, "published"), str(node, "source"));
  }

  /** True when {@code line} is one JSON object (what a JSON Lines stream starts with). */
  public static boolean isObject(String line) {
    try {
      JsonNode node = MAPPER.readTree(line);
      return node != null && node.isObject();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
