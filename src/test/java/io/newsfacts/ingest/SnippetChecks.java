package io.newsfacts.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** How the extraction benchmarks compare a snippet with a page's text. */
final class SnippetChecks {
  private SnippetChecks() {}

  /** score.py's norm: curly apostrophe and no-break spaces folded, lower case, spaces collapsed. */
  static String norm(String s) {
    String t = s.replace('\u2019', '\'').replace('\u00a0', ' ').replace('\u202f', ' ');
    return Normalizer.normalize(t, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
