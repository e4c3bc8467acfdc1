package io.newsfacts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.Hit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The pieces of the pages without a server: marks in place, addresses, chart ranges, escaping. */
class PagesTest {
  private static StoredFact fact(String type, int start, int end, String json) {
    Hit h = new Hit(type, 0f, "a", "a.txt", null, "2016-11-16", "x", "x", "{\"start\":" + start + ",\"end\":" + end
        + (json.isEmpty() ? "" : "," + json) + "}");
    return StoredFact.of(h, type + " label");
  }

  /** The marked text with the attributes taken out: only where spans open and close. */
  private static String shape(String html) {
    return html.replaceAll("<span class=\"m m-([a-z]+)[^\"]*\"[^>]*>", "[$1 ").replace("</span>", "]");
  }

  @Test
  void factsAreMarkedInPlaceAndNest() {
    String text = "«Nous avons 200 visites», dit Léa.";
    List<StoredFact> facts = List.of(
        fact("entity", 30, 33, "\"type\":\"PERSON\""),
        fact("quote", 1, 23, ""),
        fact("number", 12, 23, ""));
    assertEquals("«[quote Nous avons [number 200 visites]]», dit [entity Léa].",
        shape(ArticlePage.markedText(text, facts)));
  }

  @Test
  void aFactRunningPastTheOneItStartsInIsCutAtItsEnd() {
    String text = "abcdefghij";
    List<StoredFact> facts = List.of(fact("quote", 0, 5, ""), fact("number", 3, 8, ""), fact("date", 20, 25, ""));
    assertEquals("[quote abc[number de]]fghij", shape(ArticlePage.markedText(text, facts)));
  }

  @Test
  void markedTextIsEscapedInsideAndOutsideMarks() {
    String text = "<b>1 <i>x</i></b>";
    String html = ArticlePage.markedText(text, List.of(fact("number", 3, 4, "")));
    assertEquals("&lt;b&gt;[number 1] &lt;i&gt;x&lt;/i&gt;&lt;/b&gt;", shape(html));
  }

  @Test
  void highlightMarksAlwaysNest() {
    String s = Html.MARK_END + "a" + Html.MARK_START + "<b>" + Html.MARK_START + "c" + Html.MARK_END + "d" + Html.MARK_START + "e";
    assertEquals("a<mark>&lt;b&gt;c</mark>d<mark>e</mark>", Html.marked(s));
    assertEquals("&amp;&lt;&gt;&quot;&#39;\uFFFD", Html.esc("&<>\"'\u0007"));
  }

  @Test
  void addressesRoundTrip() {
    SearchParams p = SearchParams.parse("unit=demandes+d%27asile&q=%22effet+Trump%22&junk=1&min=&type=number");
    assertEquals("\"effet Trump\"", p.get("q"));
    assertEquals("demandes d'asile", p.get("unit"));
    assertEquals(null, p.get("min"));
    assertEquals("q=%22effet%20Trump%22&type=number&unit=demandes%20d%27asile", p.query());
    assertEquals(p.query(), SearchParams.parse(p.query()).query());
    assertEquals("/?q=%22effet%20Trump%22&type=number", p.with("unit", null).href("/"));
    assertEquals("newsfacts search '\"effet Trump\"' --type number --unit 'demandes d'\\''asile'", p.commandLine());
    assertEquals(1_000_000.5, SearchParams.parse("min=1%20000%20000,5").request().min());
    assertThrows(IllegalArgumentException.class, () -> SearchParams.parse("min=NaN").request());
    assertThrows(IllegalArgumentException.class, () -> SearchParams.parse("from=2016-02-30").request());
    assertEquals(SearchParams.MAX_LIMIT, SearchParams.parse("limit=999999").limit());
    assertEquals("2016-11-01", SearchPage.narrow(p, "month", "2016-11").get("from"));
    assertEquals("2016-11-30", SearchPage.narrow(p, "month", "2016-11").get("to"));
  }

  @Test
  void monthBarsCoverEveryMonthAndLeaveOutTheFarEnds() {
    Map<String, Long> months = new TreeMap<>(Map.of("2016-01", 40L, "2016-04", 57L, "1789-07", 1L, "2090-01", 2L));
    List<Charts.Bar> bars = Charts.months(months, days -> days[0] + ".." + days[1]);
    assertEquals(4, bars.size());
    assertEquals("2016-01", bars.get(0).label());
    assertEquals(0, bars.get(1).count());
    assertEquals("2016-02-01..2016-02-29", bars.get(1).href());
    assertEquals(" (3 dated before or after the bars)", Charts.outside(months, bars));
    Map<String, Long> long_ = new TreeMap<>();
    for (int y = 1990; y <= 2020; y++) {
      long_.put(y + "-03", 10L);
      long_.put(y + "-09", 5L);
    }
    List<Charts.Bar> years = Charts.months(long_, days -> "");
    assertEquals("", Charts.outside(long_, years));
    assertTrue(years.size() == 31 && years.get(0).label().equals("1990") && years.get(0).count() == 15, years.toString());
  }

  @Test
  void aFiguresDayIsItsOwnDateElseThePublicationDate() {
    assertEquals(LocalDate.of(2016, 11, 1), fact("number", 0, 1, "\"date\":\"2016-11\"").day());
    assertEquals(LocalDate.of(2015, 1, 1), fact("number", 0, 1, "\"date\":\"2015\"").day());
    assertEquals(LocalDate.of(2016, 11, 16), fact("number", 0, 1, "\"date\":\"XXXX-WXX-7\"").day());
    assertEquals(LocalDate.of(2016, 11, 16), fact("number", 0, 1, "").day());
  }
}
