package io.newsfacts.extract.dates;

import io.newsfacts.json.ArticleLine;
import io.newsfacts.model.DateFact;
import io.newsfacts.testing.HandText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
  @Test
  void dump() throws Exception {
    List<String> texts = Files.readAllLines(Path.of("../shared/bench/fresada_regular_news_5000.jsonl")).stream()
        .limit(2000).map(l -> ArticleLine.parse(l).text()).toList();
    DateExtractor x = new DateExtractor();
    try (PrintWriter out = new PrintWriter("/tmp/dump.tsv")) {
      for (String t : texts) {
        for (DateFact d : x.extract(HandText.of(t), LocalDate.of(2019, 6, 12))) {
          String ctx = t.substring(Math.max(0, d.start() - 40), Math.min(t.length(), d.end() + 25)).replace('\n', ' ').replace('\t', ' ');
          out.println(d.type() + "\t" + d.text().toLowerCase().replace('\n', ' ') + "\t" + d.value() + "\t" + ctx);
        }
      }
    }
  }
}
