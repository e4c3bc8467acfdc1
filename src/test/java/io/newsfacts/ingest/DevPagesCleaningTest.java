package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.Article;
import io.newsfacts.testing.Report;
import io.newsfacts.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The acceptance figure of issue 3, as score.py computes it: on the 14 real pages of
 * eval/dev/html, every one of the gold "must keep" and "must not appear" snippets are right.
 */
class DevPagesCleaningTest {
  private static final Pattern STRINGS = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  @Test
  void everyTextCheckPasses() throws IOException {
    Path dir = SharedData.require("eval/dev/html");
    List<Path> pages;
    try (Stream<Path> s = Files.list(dir)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    Recorder r = new Recorder();
    long t0 = System.nanoTime();
    new ArticleReader(new ByteArrayInputStream(new byte[0]), Duration.ofSeconds(60))
        .read(pages.stream().map(Path::toString).toList(), r);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(r.failures.isEmpty(), "failures " + r.failures);
    int n = 0;
    List<String> aloneWrong = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Article a : r.articles) {
      Path page = Path.of(a.source());
      String gold = Files.readString(Path.of(a.source().replaceFirst("\\.html$", ".gold.json")));
      n += check(a.text(), gold, wrong);
      check(UnseenPagesCleaningTest.readabilityAlone(PlainText.decode(Files.readAllBytes(page))), gold, aloneWrong);
    }
    Report.printf("dev pages (%d, %d ms, %.0f ms a page): newsfacts %d/%d, readability4j alone %d/%d%n",
        pages.size(), ms, (double) ms / pages.size(), n - wrong.size(), n, n - aloneWrong.size(), n);
    assertTrue(n >= 70, "checks " + n);
    assertEquals(List.of(), wrong, (n - wrong.size()) + "/" + n);
  }

  /** The number of checks of {@code gold}; each one {@code text} fails is added to {@code wrong}. */
  private static int check(String text, String gold, List<String> wrong) {
    String t = SnippetChecks.norm(text);
    int n = 0;
    for (String keep : snippets(gold, "text_must_keep")) {
      n++;
      if (!t.contains(SnippetChecks.norm(keep))) {
        wrong.add("lost " + keep);
      }
    }
    for (String bad : snippets(gold, "boilerplate_must_not_appear_in_text")) {
      n++;
      if (t.contains(SnippetChecks.norm(bad))) {
        wrong.add("kept " + bad);
      }
    }
    return n;
  }

  private static List<String> snippets(String json, String field) {
    int start = json.indexOf("\"" + field + "\"");
    if (start < 0) {
      return List.of();
    }
    String list = json.substring(json.indexOf('[', start) + 1, json.indexOf(']', start));
    List<String> out = new ArrayList<>();
    Matcher m = STRINGS.matcher(list);
    while (m.find()) {
      out.add(unescape(m.group(1)));
    }
    return out;
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char e = s.charAt(++i);
        if (e == 'u') {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        } else {
          sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
