package io.newsfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsfacts.ingest.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the driver cuts the inputs into parts, in input order (no Spark, no models). */
class InputPlanTest {
  @TempDir Path tmp;

  @Test
  void filesGoInRunsAndEachJsonLinesFileIsAPartOfItsOwn() throws IOException, InputPlan.Unsupported {
    Path dir = Files.createDirectory(tmp.resolve("in"));
    Files.writeString(dir.resolve("a.txt"), "Le maire de Lyon a parlé.");
    Files.writeString(dir.resolve("b.jsonl"), "{\"text\": \"Bonjour.\"}\n");
    Files.writeString(dir.resolve("c.html"), "<p>Le maire de Lyon a parlé.</p>");
    Files.writeString(dir.resolve("d.txt"), "Le maire de Lyon a parlé.");
    Files.writeString(dir.resolve("e.jsonl"), ""); // empty: read as a file, so that the reader says so
    Files.writeString(dir.resolve(".hidden.txt"), "caché");
    Path missing = tmp.resolve("missing.txt");

    InputPlan plan = InputPlan.of(List.of(dir.toString(), missing.toString()), new ArticleReader());

    assertEquals(List.of(
        new InputPlan.Files(0, List.of(dir.resolve("a.txt").toString())),
        new InputPlan.Jsonl(1, dir.resolve("b.jsonl").toString(), 21),
        new InputPlan.Files(2, List.of(dir.resolve("c.html").toString(), dir.resolve("d.txt").toString(),
            dir.resolve("e.jsonl").toString()))), plan.parts());
    assertEquals(List.of(new Message(3, 0, 0, missing.toString(), "no such file or directory", true)),
        plan.messages());
  }

  @Test
  void standardInputIsRefused() {
    assertThrows(InputPlan.Unsupported.class, () -> InputPlan.of(List.of("-"), new ArticleReader()));
  }

  @Test
  void messagesSortInInputOrderAndATaskRunTwiceCountsOnce() {
    Message a = new Message(0, 2, 0, "x.jsonl#3", "not valid JSON", true);
    Message b = new Message(0, 10, 0, "x.jsonl#11", "no \"text\" string field", true);
    Message c = new Message(1, 0, 1, "y.txt", "text looks English", false);
    List<Message> sorted = new java.util.ArrayList<>(List.of(c, b, a));
    sorted.sort(Message.INPUT_ORDER);
    assertEquals(List.of(a, b, c), sorted);
    assertEquals(true, a.samePlace(new Message(0, 2, 0, "x.jsonl#3", "not valid JSON", true)));
    assertEquals(false, a.samePlace(b));
  }
}
