package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.Labels;
import io.newsfacts.search.SearchCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables fit the terminal, wrapped between words; French thousands separators; no XXXX years. */
class TablesTest {
  private static final String NBSP = "\u00A0";
  @TempDir Path tmp;

  @Test
  void linesAreWrappedBetweenWordsWithinTheWidth() {
    String line = "    in: Le portail a reçu 85" + NBSP + "000 migrants et 12" + NBSP + "000" + NBSP
        + "000 euros de budget cette année, selon la préfecture.";
    List<String> lines = Screen.wrap(line, 30);
    assertTrue(lines.size() > 1);
    for (String l : lines) {
      assertTrue(Screen.columns(l) <= 30, l);
    }
    assertEquals(line.replaceAll(" +", " ").strip(), String.join(" ", lines).replaceAll(" +", " ").strip(),
        "nothing lost, nothing cut inside a word");
    assertTrue(lines.stream().anyMatch(l -> l.contains("85" + NBSP + "000 migrants")), lines.toString());
    assertTrue(lines.get(1).startsWith("      "), "continuation lines indented past the line's own indent");
    assertEquals(List.of("court"), Screen.wrap("court", 30));
    assertEquals(List.of("Ottawa accueillera", "  395 000 résidents"), Screen.wrap("Ottawa accueillera 395 000 résidents", 24),
        "a figure written with plain spaces stays whole too");
    assertTrue(Screen.wrap("x".repeat(70), 30).stream().allMatch(l -> Screen.columns(l) <= 30), "a URL is cut");
  }

  @Test
  void theWidthComesFromColumns() {
    assertEquals(120, Screen.width("120"));
    assertEquals(80, Screen.width(null));
    assertEquals(80, Screen.width("abc"));
  }

  @Test
  void numbersAreGroupedTheFrenchWayAndUnknownYearsAreWords() {
    assertEquals("12" + NBSP + "000" + NBSP + "000", Labels.number(12_000_000.0));
    assertEquals("-1" + NBSP + "500", Labels.grouped(-1500));
    assertEquals("999", Labels.number(999.0));
    assertEquals("3.5", Labels.number(3.5));
    assertEquals("12 mars, année inconnue", Labels.timex("XXXX-03-12"));
    assertEquals("mars, année inconnue", Labels.timex("XXXX-03"));
    assertNull(Labels.timex("XXXX-XX-XX"), "nothing known: left out");
    assertEquals("2016-11", Labels.timex("2016-11"));
    assertEquals("P3D", Labels.timex("P3D"));
  }

  @Test
  void extractAndSearchTablesFitEightyColumns() throws IOException {
    Path f = tmp.resolve("long.txt");
    Files.writeString(f, "Le 12 mars, la préfecture de la région Auvergne-Rhône-Alpes a annoncé que le budget consacré "
        + "à l'accueil des demandeurs d'asile atteindrait 12 000 000 euros, contre 85 000 euros il y a dix ans, "
        + "une hausse que les associations jugent encore insuffisante au regard des besoins.\n");
    Cli table = Cli.fast("extract", f.toString(), "--quiet");
    assertEquals(0, table.exitCode(), table.err());
    for (String l : table.out().split("\n")) {
      assertTrue(Screen.columns(l) <= 80, l);
    }
    assertTrue(table.out().contains("12" + NBSP + "000" + NBSP + "000"), table.out());
    assertFalse(table.out().contains("XXXX"), table.out());
    assertTrue(table.out().contains("12 mars, année inconnue"), table.out());
    Cli json = Cli.fast("extract", f.toString(), "--quiet", "--format", "jsonl");
    assertTrue(json.out().contains("\"value\":12000000"), "JSON keeps plain digits");

    Path index = tmp.resolve("index");
    SearchCorpus.write(index);
    Cli search = Cli.fast("search", "--index", index.toString(), "--min", "1000", "--facets");
    for (String l : search.out().split("\n")) {
      assertTrue(Screen.columns(l) <= 80, l);
    }
    assertTrue(search.out().contains("3" + NBSP + "000" + NBSP + "000"), search.out());
  }
}
