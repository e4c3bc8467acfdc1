package io.newsfacts.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text for people's terminals. Article text, file names and query words can hold control
 * characters: an ESC sequence would retitle the window, clear the screen or recolour it, a newline
 * in a file name would forge a second {@code newsfacts: PATH: reason} line. Everything printed for
 * people (tables, messages on stderr) goes through {@link #of}, which shows each control character
 * instead of sending it: {@code ^[} for ESC, {@code ^J} for a newline (caret notation, as {@code
 * cat -v}), {@code <U+009B>} for C1 controls and for the bidirectional overrides that can reorder a
 * file name on screen. JSON output escapes them itself.
 */
public final class Visible {
  private Visible() {}

  /** Highlight marks: private-use characters that {@link #screen} turns into bold underline. */
  static final String MARK_START = "\uE000";
  static final String MARK_END = "\uE001";
  private static final String BOLD = "\u001b[1;4m";
  private static final String RESET = "\u001b[0m";

  /**
   * A writer to {@code out} for tables: every character written goes through {@link #of}, but
   * line ends are kept; with {@code marks}, the highlight marks become bold underline.
   */
  static PrintWriter screen(PrintWriter out, boolean marks) {
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        StringBuilder sb = new StringBuilder(len + 8);
        for (int i = off; i < off + len; i++) {
          char c = buf[i];
          if (c == '\n' || c == '\t') {
            sb.append(c);
          } else if (marks && (c == MARK_START.charAt(0) || c == MARK_END.charAt(0))) {
            sb.append(c == MARK_START.charAt(0) ? BOLD : RESET);
          } else {
            appendVisible(sb, c);
          }
        }
        out.write(sb.toString());
      }

      @Override
      public void flush() {
        out.flush();
      }

      @Override
      public void close() {
        flush();
      }
    }, true);
  }

  /** {@code s} with every control character shown, never sent; null stays null. */
  public static String of(String s) {
    if (s == null || clean(s)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      appendVisible(sb, s.charAt(i));
    }
    return sb.toString();
  }

  private static void appendVisible(StringBuilder sb, char c) {
    if (c == '\t') {
      sb.append(c);
    } else if (c < 0x20) {
      sb.append('^').append((char) (c + 64));
    } else if (c == 0x7f) {
      sb.append("^?");
    } else if (isHidden(c)) {
      sb.append(String.format("<U+%04X>", (int) c));
    } else {
      sb.append(c);
    }
  }

  private static boolean clean(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f || isHidden(c)) {
        return false;
      }
    }
    return true;
  }

  /** C1 controls, and the bidirectional embeddings, overrides and isolates. */
  private static boolean isHidden(char c) {
    return (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }
}
