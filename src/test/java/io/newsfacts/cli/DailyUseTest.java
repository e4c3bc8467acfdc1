package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user meets in the first hour: duplicated stream records, progress on streams. */
class DailyUseTest {
  @TempDir Path tmp;

  /** 100 records, of which the last 20 repeat the text of earlier ones under ids of their own. */
  private Path streamWithCopies() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 80; i++) {
      lines.add("{\"id\":\"r" + i + "\",\"published\":\"2024-05-0" + (1 + i % 9) + "\",\"text\":\"La préfecture du "
          + "département numéro " + i + " a reçu " + (100 + i) + " demandes de titre de séjour en avril.\"}");
    }
    for (int i = 1; i <= 20; i++) {
      lines.add(lines.get(i * 3).replace("\"id\":\"r" + (i * 3 + 1) + "\"", "\"id\":\"copy-" + i + "\""));
    }
    return Files.write(tmp.resolve("articles.jsonl"), lines);
  }

  @Test
  void anIndexOfAStreamKeepsEachTextOnceAndNamesEachCopy() throws IOException {
    Path stream = streamWithCopies();
    Path index = tmp.resolve("index");
    Cli r = Cli.fast("index", stream.toString(), "--index", index.toString(), "--quiet");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("indexed 80 articles"), r.out());
    assertTrue(r.out().contains("20 duplicates skipped"), r.out());
    List<String> named = r.err().lines().toList();
    assertEquals(20, named.size(), r.err());
    for (int i = 1; i <= 20; i++) {
      assertEquals("newsfacts: " + stream + "#" + (80 + i) + ": same article as one already indexed in this run "
          + "(same text as id r" + (i * 3 + 1) + ", this one's id copy-" + i + "); kept one copy", named.get(i - 1));
    }
    Cli stats = Cli.fast("stats", "--index", index.toString());
    assertTrue(stats.out().contains("articles   80\n"), stats.out());
    Cli copies = Cli.fast("search", "--type", "article", "--index", index.toString(), "--format", "jsonl", "--limit", "200");
    assertEquals(80, copies.out().lines().count());
    assertTrue(copies.out().lines().noneMatch(l -> l.contains("copy-")));
  }

  @Test
  void aCopySentAgainInALaterRunIsKeptOnceToo() throws IOException {
    Path stream = streamWithCopies();
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.fast("index", stream.toString(), "--index", index.toString(), "--quiet").exitCode());
    List<String> again = new ArrayList<>();
    for (String line : Files.readAllLines(stream).subList(0, 5)) {
      again.add(line.replaceFirst("\"id\":\"r", "\"id\":\"tomorrow-r"));
    }
    again.add("{\"id\":\"new-1\",\"text\":\"Un texte nouveau sur les visas étudiants, publié le lendemain.\"}");
    Path tomorrow = Files.write(tmp.resolve("tomorrow.jsonl"), again);
    Cli r = Cli.fast("index", tomorrow.toString(), "--index", index.toString(), "--quiet");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("indexed 1 articles"), r.out());
    assertEquals(5, r.err().lines().count(), r.err());
    assertEquals("newsfacts: " + tomorrow + "#1: same article as one already in the index (same text as id r1, this "
        + "one's id tomorrow-r1); kept one copy", r.err().lines().findFirst().get());
    // the same stream changed (one record added): its records are its own, not copies of themselves
    Files.writeString(stream, "{\"id\":\"r999\",\"text\":\"Encore un autre texte sur l'asile, publié par la préfecture du Rhône avec les chiffres de la semaine et les délais des rendez-vous.\"}\n",
        java.nio.file.StandardOpenOption.APPEND);
    Cli changed = Cli.fast("index", stream.toString(), "--index", index.toString(), "--quiet");
    assertTrue(changed.out().startsWith("indexed 81 articles"), changed.out());
    assertEquals(20, changed.err().lines().count(), changed.err() + changed.out());
    assertTrue(Cli.fast("stats", "--index", index.toString()).out().contains("articles   82\n"));
  }

  @Test
  void progressOnAStreamCountsItsLinesAndWarningsTakeALineOfTheirOwn() throws IOException {
    Path stream = streamWithCopies();
    Files.writeString(stream, "\n\n", java.nio.file.StandardOpenOption.APPEND); // blank lines are not articles
    StringWriter out = new StringWriter();
    PrintWriter err = new PrintWriter(out);
    Progress progress = Progress.shown(err).expecting(List.of(stream.toString(), tmp.toString()), false);
    assertEquals(100 + 100, progress.expected, "the stream's 100 lines, given alone and found in its folder");
    Failures failures = new Failures(err).around(progress);
    progress.step(40);
    failures.warn("x.jsonl#3", "not French");
    progress.step(41);
    err.flush();
    String[] lines = out.toString().split("\n");
    assertTrue(lines[0].startsWith("\r40 articles of ~200, ETA "), lines[0]);
    assertTrue(lines[0].endsWith("\rnewsfacts: x.jsonl#3: warning: not French"), "the progress line is rubbed out: "
        + lines[0]);
  }
}
