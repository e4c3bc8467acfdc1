package io.newsfacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.FactKinds;
import io.newsfacts.model.Hit;
import io.newsfacts.model.SearchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every filter of CONTRACT.md and their combinations on {@link SearchCorpus}, checking the exact hits. */
class FactSearcherTest {
  @TempDir static Path dir;
  static FactSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    SearchCorpus.write(dir.resolve("index"));
    searcher = new FactSearcher(dir.resolve("index"), FactKinds.STANDARD);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  /** A request under construction; null fields do not filter. */
  static final class Ask {
    String query;
    String type;
    String speaker;
    String entity;
    Double min;
    Double max;
    String unit;
    LocalDate from;
    LocalDate to;

    SearchRequest build() {
      return new SearchRequest(query, type, speaker, entity, min, max, unit, from, to, 100);
    }
  }

  static Ask ask() {
    return new Ask();
  }

  /** The hits as sorted "type|article|text" lines. */
  static List<String> hits(Ask a) throws Exception {
    return searcher.search(a.build()).stream().map(FactSearcherTest::line).sorted().toList();
  }

  static String line(Hit h) {
    return h.type() + "|" + h.articleId() + "|" + ("article".equals(h.type()) ? "" : h.text());
  }

  @Test
  void freeTextIsFrenchAnalysedAgainstTextAndSentence() throws Exception {
    Ask a = ask();
    a.query = "visite";
    assertEquals(List.of("date|a1|novembre 2016", "date|a2|octobre", "entity|a2|Jonathan Lavallée",
        "entity|a2|Jonathan Lavallée", "number|a1|plus de 200 000 visites", "number|a2|5 000 visites",
        "quote|a2|Nous avons vu beaucoup de visites"), hits(a));
  }

  @Test
  void freeTextIgnoresAccentsAndCase() throws Exception {
    Ask a = ask();
    a.query = "AMERICAIN";
    assertEquals(List.of("entity|a1|Américains", "entity|a1|Américains", "entity|a1|Boudreault",
        "entity|a1|Jean-Sébastien Boudreault", "quote|a1|Les Américains ne viennent pas vivre au Canada comme ça"),
        hits(a));
  }

  @Test
  void freeTextSearchesFactsOnlyUnlessArticlesAreAsked() throws Exception {
    Ask a = ask();
    a.query = "chômage";
    assertEquals(List.of("date|a3|mars 2015", "number|a3|10,5 %"), hits(a));
    a.type = "article";
    assertEquals(List.of("article|a3|"), hits(a));
  }

  @Test
  void queryCanUseKeywordFields() throws Exception {
    Ask a = ask();
    a.query = "numberKind:percent";
    assertEquals(List.of("number|a3|10,5 %"), hits(a));
    a.query = "entityType:ORGANIZATION";
    assertEquals(List.of("entity|a3|Pôle emploi"), hits(a));
  }

  @Test
  void speakerMatchesNameAliasOrRole() throws Exception {
    String boudreault = "quote|a1|Les Américains ne viennent pas vivre au Canada comme ça";
    for (String who : List.of("Boudreault", "Sébastien Boudreault", "jean-sebastien boudreault", "avocat")) {
      Ask a = ask();
      a.speaker = who;
      assertEquals(List.of(boudreault), hits(a), who);
    }
    Ask a = ask();
    a.speaker = "lavallee";
    assertEquals(List.of("quote|a2|Nous avons vu beaucoup de visites"), hits(a));
    a.speaker = "Jonathan Boudreault";
    assertEquals(List.of(), hits(a), "words of two different names");
  }

  @Test
  void entityMatchesFactsWhoseSentenceMentionsItByAnyName() throws Exception {
    List<String> boudreault = List.of("entity|a1|Américains", "entity|a1|Américains", "entity|a1|Boudreault",
        "entity|a1|Jean-Sébastien Boudreault", "quote|a1|Les Américains ne viennent pas vivre au Canada comme ça");
    for (String name : List.of("Boudreault", "Jean-Sébastien Boudreault")) {
      Ask a = ask();
      a.entity = name;
      assertEquals(boudreault, hits(a), name);
    }
    Ask a = ask();
    a.entity = "Lavallée";
    assertEquals(List.of("date|a2|octobre", "entity|a1|Jonathan Lavallée", "entity|a2|Jonathan Lavallée",
        "entity|a2|Jonathan Lavallée", "number|a1|trois fois plus", "number|a2|5 000 visites",
        "quote|a2|Nous avons vu beaucoup de visites"), hits(a));
  }

  @Test
  void minAndMaxKeepNumbersWhollyInside() throws Exception {
    Ask a = ask();
    a.min = 10000.0;
    assertEquals(List.of("number|a1|plus de 200 000 visites", "number|a3|3 000 000 demandeurs"), hits(a));
    a = ask();
    a.max = 10000.0;
    assertEquals(List.of("number|a1|trois fois plus", "number|a2|5 000 visites", "number|a3|10,5 %",
        "number|a3|entre 20 et 30 euros"), hits(a), "'plus de 200 000' is open above");
    a.min = 1000.0;
    assertEquals(List.of("number|a2|5 000 visites"), hits(a));
    a = ask();
    a.min = 15.0;
    a.max = 40.0;
    assertEquals(List.of("number|a3|entre 20 et 30 euros"), hits(a));
    a.min = 25.0;
    assertEquals(List.of(), hits(a), "a range only partly inside");
  }

  @Test
  void unitMatchesTheCountedNoun() throws Exception {
    Ask a = ask();
    a.unit = "visite";
    assertEquals(List.of("number|a1|plus de 200 000 visites", "number|a2|5 000 visites"), hits(a));
    a.unit = "euro";
    assertEquals(List.of("number|a3|entre 20 et 30 euros"), hits(a));
  }

  @Test
  void fromAndToUseTheFactsDateElseThePublicationDate() throws Exception {
    Ask a = ask();
    a.to = LocalDate.of(2015, 12, 31);
    assertEquals(List.of("date|a3|mars 2015", "entity|a3|Pôle emploi", "number|a3|10,5 %",
        "number|a3|3 000 000 demandeurs", "number|a3|entre 20 et 30 euros"), hits(a));
    a = ask();
    a.from = LocalDate.of(2016, 11, 10);
    a.to = LocalDate.of(2016, 11, 30);
    assertEquals(List.of("entity|a1|Américains", "entity|a1|Américains", "entity|a1|Boudreault",
        "entity|a1|Jean-Sébastien Boudreault", "entity|a1|Jonathan Lavallée", "number|a1|trois fois plus",
        "quote|a1|Les Américains ne viennent pas vivre au Canada comme ça"), hits(a),
        "facts dated November 2016 as a whole are not inside 10-30 November");
    a.type = "date";
    a.from = LocalDate.of(2016, 10, 1);
    assertEquals(List.of("date|a1|novembre 2016", "date|a2|octobre"), hits(a));
  }

  @Test
  void quotesBySpeakerAboutSomething() throws Exception {
    Ask a = ask();
    a.query = "Américains";
    a.speaker = "Boudreault";
    assertEquals(List.of("quote|a1|Les Américains ne viennent pas vivre au Canada comme ça"), hits(a));
    a.query = "visites";
    assertEquals(List.of(), hits(a));
    a.speaker = "Lavallée";
    assertEquals(List.of("quote|a2|Nous avons vu beaucoup de visites"), hits(a));
  }

  @Test
  void numbersOverAThresholdCountingSomethingInAMonth() throws Exception {
    Ask a = ask();
    a.min = 10000.0;
    a.unit = "visites";
    a.from = LocalDate.of(2016, 11, 1);
    a.to = LocalDate.of(2016, 11, 30);
    assertEquals(List.of("number|a1|plus de 200 000 visites"), hits(a));
    a.from = LocalDate.of(2016, 10, 1);
    a.to = LocalDate.of(2016, 10, 31);
    assertEquals(List.of(), hits(a));
    a.min = null;
    assertEquals(List.of("number|a2|5 000 visites"), hits(a));
    a.entity = "Lavallée";
    assertEquals(List.of("number|a2|5 000 visites"), hits(a));
    a.entity = "Boudreault";
    assertEquals(List.of(), hits(a));
  }

  @Test
  void articlesAreFilteredByTheirFacts() throws Exception {
    Ask a = ask();
    a.type = "article";
    assertEquals(List.of("article|a1|", "article|a2|", "article|a3|"), hits(a));
    a.speaker = "Lavallée";
    assertEquals(List.of("article|a2|"), hits(a));
    a = ask();
    a.type = "article";
    a.min = 1_000_000.0;
    assertEquals(List.of("article|a3|"), hits(a));
    a = ask();
    a.type = "article";
    a.unit = "visites";
    assertEquals(List.of("article|a1|", "article|a2|"), hits(a));
    a.speaker = "Boudreault";
    assertEquals(List.of("article|a1|"), hits(a));
    a = ask();
    a.type = "article";
    a.entity = "Lavallée";
    a.from = LocalDate.of(2016, 11, 1);
    assertEquals(List.of("article|a1|"), hits(a));
    a.query = "portail";
    assertEquals(List.of("article|a1|"), hits(a));
    a.query = "Québec";
    assertEquals(List.of("article|a1|"), hits(a), "the title is searched");
  }

  @Test
  void articleHitsCarryTheirFactCounts() throws Exception {
    Ask a = ask();
    a.type = "article";
    a.query = "chômage";
    List<Hit> hits = searcher.search(a.build());
    assertEquals(1, hits.size());
    assertTrue(hits.get(0).factJson().contains("\"counts\":{\"entities\":1,\"numbers\":3,\"dates\":1,\"quotes\":0}"),
        hits.get(0).factJson());
  }

  @Test
  void sortByDateIsNewestFirst() throws Exception {
    Ask a = ask();
    a.type = "number";
    List<String> order = searcher.search(a.build(), new FactSearcher.Options(FactSearcher.Order.DATE, false, null, null))
        .matches().stream().map(m -> m.hit().text()).toList();
    assertEquals(List.of("trois fois plus", "plus de 200 000 visites", "5 000 visites"), order.subList(0, 3));
    assertEquals(6, order.size());
  }

  @Test
  void relevanceRanksTheFactsOwnTextFirst() throws Exception {
    Ask a = ask();
    a.query = "visites";
    a.type = "number";
    List<Hit> hits = searcher.search(a.build());
    assertEquals(2, hits.size());
    assertTrue(hits.get(0).score() > 0);
  }

  @Test
  void facetsCountAllHits() throws Exception {
    Ask a = ask();
    a.query = "visite";
    FactSearcher.Result r = searcher.search(a.build(), new FactSearcher.Options(null, true, null, null));
    assertEquals(7, r.total());
    assertEquals(Map.of("entity", 2L, "date", 2L, "number", 2L, "quote", 1L), counts(r, "type"));
    assertEquals(Map.of("visites", 2L), counts(r, "unit"));
    assertEquals(Map.of("Jonathan Lavallée", 1L), counts(r, "speaker"));
    assertEquals(Map.of("2016-11", 2L, "2016-10", 5L), counts(r, "month"));
    assertEquals(Map.of("Jonathan Lavallée", 5L), counts(r, "entity"));
  }

  private static Map<String, Long> counts(FactSearcher.Result r, String dim) {
    Map<String, Long> out = new java.util.HashMap<>();
    r.facets().get(dim).forEach(f -> out.put(f.label(), f.count()));
    return out;
  }

  @Test
  void matchingWordsAreHighlightedInTheSentence() throws Exception {
    Ask a = ask();
    a.query = "visites";
    a.type = "date";
    a.from = LocalDate.of(2016, 11, 1);
    FactSearcher.Match m = searcher.search(a.build(), new FactSearcher.Options(null, false, "[", "]")).matches().get(0);
    assertEquals("Le portail a reçu plus de 200 000 [visites] en novembre 2016.", m.sentence());
    a = ask();
    a.speaker = "Boudreault";
    m = searcher.search(a.build(), new FactSearcher.Options(null, false, "[", "]")).matches().get(0);
    assertEquals("«Les Américains ne viennent pas vivre au Canada comme ça», a dit Me [Boudreault].", m.sentence());
  }

  @Test
  void badSyntaxIsABadQuery() {
    Ask a = ask();
    a.query = "visites AND (";
    BadQueryException e = assertThrows(BadQueryException.class, () -> searcher.search(a.build()));
    assertTrue(e.getMessage().startsWith("bad query syntax"), e.getMessage());
    a.query = "texte:visites";
    e = assertThrows(BadQueryException.class, () -> searcher.search(a.build()));
    assertTrue(e.getMessage().startsWith("unknown field texte in 'texte:visites'"), e.getMessage());
  }

  @Test
  void missingOrCorruptIndexSaysSo() throws IOException {
    IOException missing = assertThrows(IOException.class, () -> new FactSearcher(dir.resolve("nothing"), FactKinds.STANDARD));
    assertTrue(missing.getMessage().startsWith("no index"), missing.getMessage());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    IOException none = assertThrows(IOException.class, () -> new FactSearcher(empty, FactKinds.STANDARD));
    assertTrue(none.getMessage().startsWith("no index"), none.getMessage());
    Path broken = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(broken.resolve("segments_1"), "not a Lucene file");
    IOException corrupt = assertThrows(IOException.class, () -> new FactSearcher(broken, FactKinds.STANDARD));
    assertTrue(corrupt.getMessage().startsWith("corrupt"), corrupt.getMessage());
  }
}
