package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.testing.Models;
import io.newsfacts.testing.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample articles saved as Word, OpenDocument, RTF and PDF give the facts their plain text
 * gives (F1 of the copy's facts against the text's at least 0.97 for each format), with invisible
 * characters sprinkled in as word processors insert them. Needs the CoreNLP models.
 */
class FormatCopiesFactsTest {
  private static final List<String> ARTICLES = List.of("2023-11-08-recolte-olives-provence.txt",
      "2024-03-12-budget-velo-lyon.txt", "2024-06-20-hopital-urgences-bretagne.txt");

  @TempDir Path dir;

  @Test
  void everyFormatGivesTheTextsFacts() throws IOException {
    Map<String, List<String>> copies = new LinkedHashMap<>();
    List<String> texts = new ArrayList<>();
    for (String name : ARTICLES) {
      Path txt = Path.of("corpus", name);
      texts.add(txt.toString());
      String[] paragraphs = Files.readString(txt).strip().split("\\n\\s*\\n");
      String[] hyphenated = new String[paragraphs.length];
      for (int i = 0; i < paragraphs.length; i++) {
        // a soft hyphen in every long word, a zero-width space after every comma
        hyphenated[i] = paragraphs[i].replaceAll("(\\p{L}{4})(\\p{L}{4,})", "$1\u00ad$2").replace(",", ",\u200b");
      }
      String base = name.replace(".txt", "");
      copies.computeIfAbsent("docx", k -> new ArrayList<>()).add(Fixtures.docx(dir, base + ".docx", hyphenated).toString());
      copies.computeIfAbsent("odt", k -> new ArrayList<>()).add(Fixtures.odt(dir, base + ".odt", hyphenated).toString());
      copies.computeIfAbsent("rtf", k -> new ArrayList<>())
          .add(Files.writeString(dir.resolve(base + ".rtf"), Fixtures.rtf(hyphenated)).toString());
      copies.computeIfAbsent("pdf", k -> new ArrayList<>())
          .add(Files.write(dir.resolve(base + ".pdf"), Fixtures.pdfBytes(printed(paragraphs))).toString());
    }
    List<String> expected = facts(texts);
    for (var copy : copies.entrySet()) {
      double f1 = f1(expected, facts(copy.getValue()));
      Report.printf("%s copies: facts F1 against the plain text %.3f%n", copy.getKey(), f1);
      assertTrue(f1 >= 0.97, copy.getKey() + " F1 " + f1);
    }
  }

  /** The paragraphs as printed lines of at most 90 characters, a blank line between paragraphs. */
  private static String[] printed(String[] paragraphs) {
    List<String> lines = new ArrayList<>();
    for (String p : paragraphs) {
      StringBuilder line = new StringBuilder();
      for (String word : p.replace('\u202f', '\u00a0').split("[ \\n]+")) {
        if (line.length() + word.length() > 90) {
          lines.add(line.toString().strip());
          line.setLength(0);
        }
        line.append(word).append(' ');
      }
      lines.add(line.toString().strip());
      lines.add("");
    }
    return lines.toArray(String[]::new);
  }

  /** Each fact of each article as kind, text (spaces folded) and value or speaker. */
  private static List<String> facts(List<String> paths) {
    List<String> failures = new ArrayList<>();
    List<Article> articles = new ArticleReader().readAll(paths, failures);
    assertEquals(List.of(), failures);
    List<String> out = new ArrayList<>();
    for (Article a : articles) {
      ArticleFacts f = Models.pipeline().process(a);
      String doc = Path.of(a.source()).getFileName().toString().replaceFirst("\\.\\w+$", "") + "|";
      f.entities().forEach(e -> out.add(doc + "entity|" + fold(e.text()) + "|" + e.type()));
      f.numbers().forEach(n -> out.add(doc + "number|" + fold(n.text()) + "|" + n.value()));
      f.dates().forEach(d -> out.add(doc + "date|" + fold(d.text()) + "|" + d.value()));
      f.quotes().forEach(q -> out.add(doc + "quote|" + fold(q.text()) + "|" + q.speaker()));
    }
    return out;
  }

  private static String fold(String s) {
    return s.replaceAll("[\\s\\u00a0\\u202f]+", " ");
  }

  private static double f1(List<String> gold, List<String> found) {
    Map<String, Integer> left = new HashMap<>();
    gold.forEach(g -> left.merge(g, 1, Integer::sum));
    int tp = 0;
    for (String f : found) {
      if (left.getOrDefault(f, 0) > 0) {
        left.merge(f, -1, Integer::sum);
        tp++;
      }
    }
    return gold.isEmpty() && found.isEmpty() ? 1 : 2.0 * tp / (gold.size() + found.size());
  }
}
