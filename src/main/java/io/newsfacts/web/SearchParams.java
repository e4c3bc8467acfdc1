package io.newsfacts.web;

import io.newsfacts.model.SearchRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search as the page's address holds it ({@code /?q=visites&type=number&unit=visites}): the
 * CLI's options under the same names, so that a search can be bookmarked, shared and turned into
 * a {@code newsfacts search} command. Unknown parameters are ignored.
 */
final class SearchParams {
  /** The parameters, in the order addresses are written. */
  static final List<String> NAMES = List.of("q", "type", "speaker", "entity", "min", "max", "unit", "from", "to",
      "sort", "limit");
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 1000;

  private final Map<String, String> values;

  private SearchParams(Map<String, String> values) {
    this.values = values;
  }

  /** The parameters of a raw (still percent-encoded) query string; null or "" for none. */
  static SearchParams parse(String rawQuery) {
    Map<String, String> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        if (NAMES.contains(key) && !value.isBlank()) {
          values.put(key, value.strip());
        }
      }
    }
    return new SearchParams(values);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return ""; // a broken %-escape: the parameter is left out
    }
  }

  String get(String name) {
    return values.get(name);
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  /** These parameters with {@code name} set to {@code value} (removed when null). */
  SearchParams with(String name, String value) {
    Map<String, String> v = new LinkedHashMap<>(values);
    if (value == null || value.isBlank()) {
      v.remove(name);
    } else {
      v.put(name, value);
    }
    return new SearchParams(v);
  }

  /** The query string, parameters in {@link #NAMES} order, without "?". */
  String query() {
    StringBuilder b = new StringBuilder();
    for (String name : NAMES) {
      String v = values.get(name);
      if (v != null) {
        b.append(b.length() == 0 ? "" : "&").append(name).append('=').append(Html.url(v));
      }
    }
    return b.toString();
  }

  /** The address of this search on {@code path}, e.g. {@code /?q=visites}. */
  String href(String path) {
    String q = query();
    return q.isEmpty() ? path : path + "?" + q;
  }

  /** The hits asked for (limit), at least 1 and at most {@link #MAX_LIMIT}. */
  int limit() {
    String l = values.get("limit");
    if (l == null) {
      return DEFAULT_LIMIT;
    }
    try {
      return Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(l)));
    } catch (NumberFormatException e) {
      return DEFAULT_LIMIT;
    }
  }

  boolean byDate() {
    return "date".equals(values.get("sort"));
  }

  /** The search request, or an {@link IllegalArgumentException} whose message says which parameter is wrong. */
  SearchRequest request() {
    return request(limit());
  }

  SearchRequest request(int limit) {
    return new SearchRequest(get("q"), get("type"), get("speaker"), get("entity"), number("min"), number("max"),
        get("unit"), date("from"), date("to"), limit);
  }

  private Double number(String name) {
    String v = values.get(name);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.'));
      if (Double.isNaN(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, was '" + Html.shorten(v, 40) + "'");
    }
  }

  private LocalDate date(String name) {
    String v = values.get(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date written YYYY-MM-DD, was '" + Html.shorten(v, 40) + "'");
    }
  }

  /** The equivalent {@code newsfacts search} command line, for the page to show. */
  String commandLine() {
    StringBuilder b = new StringBuilder("newsfacts search");
    for (String name : NAMES) {
      String v = values.get(name);
      if (v != null) {
        b.append(' ');
        if (!name.equals("q")) {
          b.append("--").append(name).append(' ');
        }
        b.append(v.matches("[\\p{L}\\p{N}._:-]+") ? v : "'" + v.replace("'", "'\\''") + "'");
      }
    }
    return b.toString();
  }
}
