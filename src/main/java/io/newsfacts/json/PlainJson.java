package io.newsfacts.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON to and from plain Java values (maps in field order, lists, strings, numbers, booleans,
 * null), for code that must not know Jackson: the web application's API and its reading of the
 * facts stored in the index.
 */
public final class PlainJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {};

  private PlainJson() {}

  /** The fields of one JSON object, in their order; an empty map for null. */
  public static Map<String, Object> object(String json) {
    if (json == null) {
      return new LinkedHashMap<>();
    }
    try {
      return MAPPER.readValue(json, OBJECT);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} (maps, lists, strings, numbers, booleans, null) as one line of JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
