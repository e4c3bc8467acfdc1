package io.newsfacts.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables that fit the terminal: every line longer than the width ({@code $COLUMNS}, else 80) is
 * wrapped at spaces, its continuation lines indented two columns past the line's own indent. A word
 * is cut only when it is longer than a whole line (a URL). No-break spaces (in "12 000") and the
 * highlight marks (no width) never split.
 */
final class Screen {
  static final int DEFAULT_WIDTH = 80;
  private static final int MIN_WIDTH = 20;
  /** A space between digits and a group of three: a thousands separator. */
  /** Stands for such a space while wrapping (a private-use character no text holds). */
  private static final String GLUE = "\uE002";
  private static final java.util.regex.Pattern GROUPED_DIGITS = java.util.regex.Pattern.compile("(?<=\\d) (?=\\d{3}(?!\\d))");

  private Screen() {}

  /** The terminal's width from {@code $COLUMNS}, else {@link #DEFAULT_WIDTH}. */
  static int width() {
    return width(System.getenv("COLUMNS"));
  }

  static int width(String columns) {
    try {
      int w = columns == null ? DEFAULT_WIDTH : Integer.parseInt(columns.strip());
      return w < MIN_WIDTH ? DEFAULT_WIDTH : w;
    } catch (NumberFormatException e) {
      return DEFAULT_WIDTH;
    }
  }

  /** {@code line} (no line break) as lines of at most {@code width} columns. */
  static List<String> wrap(String line, int width) {
    List<String> out = new ArrayList<>();
    if (GROUPED_DIGITS.matcher(line).find()) { // "395 000" as the article writes it stays whole, and as written
      List<String> glued = wrap(GROUPED_DIGITS.matcher(line).replaceAll(GLUE), width);
      glued.replaceAll(l -> l.replace(GLUE, " "));
      return glued;
    }
    if (columns(line) <= width) {
      out.add(line);
      return out;
    }
    int lead = 0;
    while (lead < line.length() && line.charAt(lead) == ' ') {
      lead++;
    }
    String indent = " ".repeat(Math.min(lead + 2, width / 2));
    StringBuilder current = new StringBuilder(line.substring(0, lead));
    int used = lead;
    boolean first = true;
    for (String word : line.substring(lead).split(" ", -1)) {
      int w = columns(word);
      boolean empty = used == (first ? lead : indent.length());
      if (!empty && used + 1 + w > width) {
        out.add(stripEnd(current));
        current = new StringBuilder(indent);
        used = indent.length();
        first = false;
        empty = true;
      }
      if (!empty) {
        current.append(' ');
        used++;
      }
      while (used + w > width && w > 0) { // a word longer than a line: cut it
        int room = width - used;
        int cut = offsetOfColumn(word, Math.max(1, room));
        current.append(word, 0, cut);
        out.add(current.toString());
        word = word.substring(cut);
        w = columns(word);
        current = new StringBuilder(indent);
        used = indent.length();
        first = false;
      }
      current.append(word);
      used += w;
    }
    out.add(stripEnd(current));
    return out;
  }

  private static String stripEnd(StringBuilder sb) {
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    return sb.substring(0, end);
  }

  /** Columns {@code s} takes: code points, the highlight marks taking none. */
  static int columns(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c != Visible.MARK_START.charAt(0) && c != Visible.MARK_END.charAt(0)) {
        n++;
      }
    }
    return n;
  }

  private static int offsetOfColumn(String s, int columns) {
    int n = 0;
    int i = 0;
    while (i < s.length() && n < columns) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c != Visible.MARK_START.charAt(0) && c != Visible.MARK_END.charAt(0)) {
        n++;
      }
    }
    return i;
  }

  /** A writer to {@code out} that wraps each line to {@link #width()} as it is completed. */
  static PrintWriter wrapping(PrintWriter out) {
    return wrapping(out, width());
  }

  static PrintWriter wrapping(PrintWriter out, int width) {
    return new PrintWriter(new Writer() {
      private final StringBuilder line = new StringBuilder();

      @Override
      public void write(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
          char c = buf[i];
          if (c == '\n') {
            for (String l : wrap(line.toString(), width)) {
              out.write(l);
              out.write('\n');
            }
            line.setLength(0);
          } else if (c != '\r') {
            line.append(c);
          }
        }
      }

      @Override
      public void flush() {
        out.flush();
      }

      @Override
      public void close() {
        if (line.length() > 0) {
          write(new char[] {'\n'}, 0, 1);
        }
        flush();
      }
    }, true);
  }
}
