package io.newsfacts.ingest;

import io.newsfacts.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the lines of a text that are not the article: newsletter and subscription prompts,
 * copyright and "Source :" lines, photo credits, social prompts, CSS left over from a page, author
 * bios, comments and link lists at the end. A line is a paragraph here (saved pages and plain text put one paragraph
 * a line). The rules are editable text:
 *
 * <ul>
 *   <li>{@code models/ingest/boilerplate.txt}: a line matching one of these (at its start) is dropped;
 *   <li>{@code models/ingest/boilerplate-tail.txt}: a line matching one of these in the last part of
 *       the text starts the page's tail (newsletter pitch, author bio): it and everything after go.
 * </ul>
 *
 * Besides, a closing run of three or more short lines without sentence punctuation (tag lists,
 * "related" menus) is dropped.
 */
public final class Boilerplate {
  /** Where the tail may begin: a tail rule matching before this share of the text is ignored. */
  private static final double TAIL_FROM = 0.5;
  private static final int SHORT_LINE = 70;
  private static final int MIN_RUN = 3;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…»\"”)]$");

  private final List<Pattern> lines;
  private final List<Pattern> tail;
  private final List<Pattern> credits;

  public Boilerplate() {
    this(Lexicon.lines("ingest/boilerplate.txt"), Lexicon.lines("ingest/boilerplate-tail.txt"),
        Lexicon.lines("ingest/credit-lines.txt"));
  }

  Boilerplate(List<String> lineRules, List<String> tailRules, List<String> creditRules) {
    this.lines = compile(lineRules);
    this.tail = compile(tailRules);
    this.credits = compile(creditRules);
  }

  private static List<Pattern> compile(List<String> regexes) {
    List<Pattern> list = new ArrayList<>();
    for (String r : regexes) {
      list.add(Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return List.copyOf(list);
  }

  public boolean isBoilerplate(String paragraph) {
    String p = paragraph.strip();
    return matches(lines, p) || (p.length() <= HtmlFurniture.CREDIT_LINE && matches(credits, p));
  }

  private static boolean matches(List<Pattern> patterns, String p) {
    for (Pattern pattern : patterns) {
      if (pattern.matcher(p).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text without its boilerplate lines. Kept lines keep their separators: paragraphs apart by
   * a blank line stay so, one paragraph a line stays so.
   */
  public String clean(String text) {
    String[] parts = text.split("\n", -1);
    List<String> kept = new ArrayList<>();
    List<Boolean> blankBefore = new ArrayList<>();
    boolean sawBlank = false;
    int offset = 0;
    for (String raw : parts) {
      String p = raw.strip();
      int at = offset;
      offset += raw.length() + 1;
      if (p.isEmpty()) {
        sawBlank = true;
        continue;
      }
      if (at >= text.length() * TAIL_FROM && !kept.isEmpty() && matches(tail, p)) {
        break;
      }
      if (isBoilerplate(p)) {
        continue;
      }
      kept.add(p);
      blankBefore.add(sawBlank);
      sawBlank = false;
    }
    int end = kept.size();
    int run = 0;
    while (run < end && isMenuLine(kept.get(end - 1 - run))) {
      run++;
    }
    if (run >= MIN_RUN && run < end) {
      end -= run;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < end; i++) {
      if (i > 0) {
        out.append(blankBefore.get(i) ? "\n\n" : "\n");
      }
      out.append(kept.get(i));
    }
    return out.toString();
  }

  private static boolean isMenuLine(String line) {
    return line.length() <= SHORT_LINE && !SENTENCE_END.matcher(line).find();
  }
}
