package io.newsfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.FactKinds;
import io.newsfacts.model.Hit;
import io.newsfacts.model.SearchRequest;
import io.newsfacts.search.FactSearcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acronyms and full names linked in one article are linked for search in every article, run after run. */
class EntityLinksTest {
  @TempDir Path tmp;

  @Test
  void acronymsAreOneWordWithTwoCapitals() {
    for (String a : List.of("FN", "UE", "LaREM", "CNRS", "MoDem", "AT&T")) {
      assertTrue(EntityLinks.isAcronym(a), a);
    }
    for (String n : List.of("Paris", "Front national", "F", "fn", "Strauss-Kahn", "ABCDEFGHIJ")) {
      assertFalse(EntityLinks.isAcronym(n), n);
    }
  }

  @Test
  void anAcronymIsLinkedToTheFullNamesOfItsEntityBothWays() {
    Set<String> terms = EntityLinks.terms(List.of(
        List.of("Front national", "FN", "Front National", "Front"),
        List.of("Union européenne", "l'Union européenne"),
        List.of("Emmanuel Macron", "Macron")));
    assertEquals(Set.of("fn|front national", "front national|fn"), terms,
        "one word is no full name; a group without an acronym links nothing; case and accents folded");
  }

  @Test
  void keysFoldCaseAccentsAndElisions() {
    assertEquals("union europeenne", EntityLinks.key("l'Union Européenne"));
    assertEquals("", EntityLinks.key(" - "));
  }

  @Test
  void searchByAcronymOrFullNameFindsTheSameArticlesAcrossRuns() throws Exception {
    Path index = tmp.resolve("index");
    Path both = write("both.txt", "Le Front national (FN) a tenu un meeting à Lyon. Le FN veut gagner.");
    write("acronym.txt", "Le FN a perdu une élection municipale dans le Nord.");
    write("full.txt", "Le Front national a présenté un candidat aux élections.");
    write("neither.txt", "Le Parti socialiste a présenté un candidat aux élections.");
    String corpus = tmp.resolve("corpus").toString();

    TestPipelines.index(index, List.of(corpus));
    Set<String> all = Set.of("both.txt", "acronym.txt", "full.txt");
    assertEquals(all, articles(index, "FN"));
    assertEquals(all, articles(index, "Front national"));
    assertEquals(all, articles(index, "front NATIONAL"));

    // the only article linking the two names changes: the link goes with its old version
    Files.writeString(both, "Le Front national a tenu un meeting à Lyon.");
    Files.setLastModifiedTime(both, FileTime.fromMillis(Files.getLastModifiedTime(both).toMillis() + 5000));
    TestPipelines.index(index, List.of(corpus));
    assertEquals(Set.of("acronym.txt"), articles(index, "FN"));
    assertEquals(Set.of("both.txt", "full.txt"), articles(index, "Front national"));

    // a new article links them again: older articles are found without being indexed again
    Path again = write("again.txt", "Le FN, c'est-à-dire le Front national, tient congrès.");
    TestPipelines.index(index, List.of(corpus));
    Set<String> four = Set.of("both.txt", "acronym.txt", "full.txt", "again.txt");
    assertEquals(four, articles(index, "FN"));
    assertEquals(four, articles(index, "Front national"));

    // and deleting it unlinks them
    Files.delete(again);
    TestPipelines.index(index, List.of(corpus));
    assertEquals(Set.of("acronym.txt"), articles(index, "FN"));
  }

  @Test
  void factsOfAnArticleThatWritesOnlyTheAcronymAreFoundByTheFullName() throws Exception {
    Path index = tmp.resolve("index");
    write("both.txt", "Le Front national (FN) a tenu un meeting à Lyon.");
    write("acronym.txt", "Le FN a perdu 12 sièges au conseil régional.");
    TestPipelines.index(index, List.of(tmp.resolve("corpus").toString()));
    try (FactSearcher s = new FactSearcher(index, FactKinds.STANDARD)) {
      List<Hit> hits = s.search(new SearchRequest(null, "number", null, "Front national", null, null, null, null, null, 10));
      assertEquals(List.of("12 sièges"), hits.stream().map(Hit::text).toList());
    }
  }

  private Path write(String name, String text) throws IOException {
    Path f = tmp.resolve("corpus").resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  /** File names of the articles that {@code --entity name --type article} finds. */
  private static Set<String> articles(Path index, String name) throws Exception {
    try (FactSearcher s = new FactSearcher(index, FactKinds.STANDARD)) {
      Set<String> out = new TreeSet<>();
      for (Hit h : s.search(new SearchRequest(null, "article", null, name, null, null, null, null, null, 100))) {
        out.add(Path.of(h.source()).getFileName().toString());
      }
      return out;
    }
  }
}
