package io.newsfacts.extract.dates;

import io.newsfacts.testing.HandText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void show() throws Exception {
    DateExtractor x = new DateExtractor();
    for (String s : Files.readAllLines(Path.of("/tmp/phrases.txt"))) {
      if (s.isBlank()) continue;
      System.out.println("PH " + s + "  ->  " + x.extract(HandText.of(s), LocalDate.of(2002, 3, 13)).stream()
          .map(d -> "[" + d.text() + "|" + d.type() + "|" + d.value() + "]").toList());
    }
  }
}
