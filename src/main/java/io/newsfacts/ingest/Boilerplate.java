package io.newsfacts.ingest;

import io.newsfacts.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops paragraphs that are not the article: newsletter and subscription prompts, copyright and
 * "Source :" lines, social prompts. The patterns live in {@code models/ingest/boilerplate.txt},
 * one Java regular expression a line, matched case-insensitively against the start of a paragraph.
 */
public final class Boilerplate {
  private final List<Pattern> patterns;

  public Boilerplate() {
    this(Lexicon.lines("ingest/boilerplate.txt"));
  }

  Boilerplate(List<String> regexes) {
    List<Pattern> list = new ArrayList<>();
    for (String r : regexes) {
      list.add(Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    this.patterns = List.copyOf(list);
  }

  public boolean isBoilerplate(String paragraph) {
    String p = paragraph.strip();
    for (Pattern pattern : patterns) {
      if (pattern.matcher(p).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** The text without its boilerplate paragraphs; paragraphs stay separated by a blank line. */
  public String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String paragraph : text.split("\\n\\s*\\n")) {
      String p = paragraph.strip();
      if (p.isEmpty() || isBoilerplate(p)) {
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(p);
    }
    return out.toString();
  }
}
