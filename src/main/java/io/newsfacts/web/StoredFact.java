package io.newsfacts.web;

import io.newsfacts.json.PlainJson;
import io.newsfacts.model.Hit;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact (or article) as the index stored it: its hit and its own fields as in the extract schema
 * (CONTRACT.md). The web application reads facts only through the contract's JSON fields, never
 * through a kind's classes, so a new fact kind shows without an edit here.
 */
record StoredFact(Hit hit, String label, Map<String, Object> fields) {
  private static final Pattern DAY = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  static StoredFact of(Hit hit, String label) {
    return new StoredFact(hit, label, PlainJson.object(hit.factJson()));
  }

  String type() {
    return hit.type();
  }

  String string(String field) {
    Object v = fields.get(field);
    return v == null ? null : v.toString();
  }

  Double number(String field) {
    return fields.get(field) instanceof Number n ? n.doubleValue() : null;
  }

  /** Start offset in the article's text, or -1. */
  int start() {
    Double d = number("start");
    return d == null ? -1 : d.intValue();
  }

  int end() {
    Double d = number("end");
    return d == null ? -1 : d.intValue();
  }

  /** The anchor of this fact on its article's page: kind, start and end ({@code number-120-143}). */
  String anchor() {
    return anchor(type(), start(), end());
  }

  static String anchor(String type, int start, int end) {
    return type.replaceAll("[^A-Za-z0-9]", "") + "-" + start + "-" + end;
  }

  /** The link to this fact in its article. */
  String href() {
    return "/article/" + Html.url(hit.articleId()) + "#" + anchor();
  }

  /**
   * The day a figure is about: the first day of its own {@code date} (a TIMEX3 value such as
   * {@code 2016-11} or {@code 2016}), else the article's publication date; null when neither is known.
   */
  LocalDate day() {
    LocalDate own = firstDay(string("date"));
    return own != null ? own : firstDay(hit.published());
  }

  static LocalDate firstDay(String timex) {
    if (timex == null) {
      return null;
    }
    Matcher m = DAY.matcher(timex);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
          m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
