package io.newsfacts.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the stretches of an article that are set off as someone's words: « », “ ” and " " pairs
 * (nested marks stay inside the outer quote; a « opening each continued paragraph carries a quote
 * over several paragraphs; a straight mark opening a paragraph and never closed on it carries the
 * words to the paragraph's end, see {@link UnclosedParagraphs}; a lone closing mark after a quote
 * closed too early closes the words before it, see {@link OrphanCloses}), interview lines opened by a
 * dash, "R :" answers and "Name : ..." lines. It decides nothing about who speaks or whether the
 * words are a quote at all.
 *
 * <p>The one place that knows French quotation marks: the quote extractor reads its quotes from
 * here, and any stage that asks "is this offset inside someone's words?" asks {@link Quotations}.
 */
public final class QuoteMarks {
  /**
   * The signature under an embedded social-media post: "— Anne Morel (@annemorel) 3 mai 2015".
   * It names who wrote the post above; it is not a dialogue line.
   */
  static final Pattern POST_SIGNATURE = Pattern.compile("[^()\\n]{1,80}\\(@\\w{1,30}\\)");
  static final Pattern DASH_LINE = Pattern.compile("(?m)^[ \\t\\u00a0]*[—–][ \\t\\u00a0]*(\\S.*)$");
  static final Pattern ANSWER_LINE =
      Pattern.compile("(?m)^[ \\t\\u00a0]*(Q|R|Question|Réponse)[ \\t\\u00a0]*[:.—–-][ \\t\\u00a0]*(\\S.*)$");
  static final Pattern LABEL_LINE = Pattern.compile(
      "(?m)^[ \\t\\u00a0]*(\\p{Lu}[\\p{L}'’. -]{1,40}?)[ \\t\\u00a0]*(?::|\\.[ \\t\\u00a0]*[—–-])[ \\t\\u00a0]+([^«“\"\\n]*\\S)$");

  private static final Set<String> INTERVIEW_LABELS = Set.of("Q", "R", "Question", "Réponse");

  private QuoteMarks() {}

  /** How the words were set off. */
  public enum Style {
    GUILLEMETS, CURLY, STRAIGHT, DASH, ANSWER, QUESTION, LABEL;

    /** A pair of marks (« », “ ”, " ") rather than an interview line. */
    public boolean paired() {
      return ordinal() <= STRAIGHT.ordinal();
    }
  }

  /**
   * One set-off stretch.
   *
   * @param open offset of the opening mark (or of the line for interview lines)
   * @param close offset just after the closing mark (or the end of the line)
   * @param pieces the quoted words, one [start, end) per paragraph, trimmed of spaces
   * @param label for {@link Style#LABEL} lines, the [start, end) of the name before the colon
   */
  public record Marked(int open, int close, List<int[]> pieces, Style style, int[] label) {
    /** Where the quoted words start (after the mark and its spaces). */
    public int start() {
      return pieces.get(0)[0];
    }

    /** Where the quoted words end (before the spaces and the closing mark). */
    public int end() {
      return pieces.get(pieces.size() - 1)[1];
    }

    /** Whether offset {@code at} is in [open, close): the marks themselves included. */
    public boolean contains(int at) {
      return at >= open && at < close;
    }
  }

  /** Every set-off stretch of {@code text}, in order of their opening offsets; they do not overlap. */
  public static List<Marked> find(String text) {
    List<Marked> out = new ArrayList<>();
    paired(text, out);
    out.addAll(OrphanCloses.find(text, List.copyOf(out)));
    lines(text, out);
    out.sort(Comparator.comparingInt(Marked::open));
    return out;
  }

  private static void paired(String text, List<Marked> out) {
    char openMark = 0;
    int depth = 0;
    int open = -1;
    int pieceStart = -1;
    List<int[]> pieces = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (depth > 0 && pieceStart < 0 && !isSpace(c)) {
        // first character of a paragraph inside an open quote
        if (c == openMark && openMark != '"') {
          pieceStart = i + 1;
          continue;
        }
        out.add(new Marked(open, pieces.get(pieces.size() - 1)[1], List.copyOf(pieces), style(openMark), null));
        depth = 0;
        pieces.clear();
      }
      if (c == '\n' && depth > 0) {
        if (openMark == '"') {
          int close = depth == 1 && pieceStart >= 0 ? UnclosedParagraphs.close(text, open, pieceStart, i, pieces) : -1;
          if (close > 0) {
            out.add(new Marked(open, close, List.copyOf(pieces), Style.STRAIGHT, null));
            i = close - 1;
          }
          depth = 0; // an unpaired straight quote: no words, unless it opened its paragraph
          pieces.clear();
        } else if (pieceStart >= 0) {
          addPiece(text, pieceStart, i, pieces);
          pieceStart = -1;
          if (pieces.isEmpty()) {
            depth = 0;
          }
        }
        continue;
      }
      if (depth == 0) {
        if (c == '«' || c == '“' || (c == '"' && opensStraight(text, i))) {
          openMark = c;
          depth = 1;
          open = i;
          pieceStart = i + 1;
        }
        continue;
      }
      char closeMark = openMark == '«' ? '»' : openMark == '“' ? '”' : '"';
      int after = c == '"' && openMark == '"' && depth == 1 && openerShaped(text, i) ? straightToLineEnd(text, i) : 0;
      if (after >= 2 && after % 2 == 0) {
        // "Le moment qui m'a fait basculer, c'est quand X a évoqué le 'grand remplacement' confie Y. "On ne
        // peut pas ...", ajoute-t-il.": the open quote was left unclosed; this mark opens the next one
        addPiece(text, pieceStart, i, pieces);
        if (!pieces.isEmpty()) {
          out.add(new Marked(open, i, List.copyOf(pieces), style(openMark), null));
        }
        pieces.clear();
        open = i;
        pieceStart = i + 1;
      } else if (c == openMark && openMark != '"' || after >= 3) {
        depth++;
      } else if (c == closeMark) {
        if (--depth == 0) {
          addPiece(text, pieceStart, i, pieces);
          if (!pieces.isEmpty()) {
            out.add(new Marked(open, i + 1, List.copyOf(pieces), style(openMark), null));
          }
          pieces.clear();
        }
      }
    }
    if (depth > 0 && pieceStart >= 0 && openMark != '"') {
      addPiece(text, pieceStart, text.length(), pieces);
      if (!pieces.isEmpty()) {
        out.add(new Marked(open, text.length(), List.copyOf(pieces), style(openMark), null));
      }
    }
  }

  private static Style style(char openMark) {
    return openMark == '«' ? Style.GUILLEMETS : openMark == '“' ? Style.CURLY : Style.STRAIGHT;
  }

  /**
   * A straight quote opens when it follows a space, a bracket or an elision and precedes a word,
   * or follows a sentence's punctuation with no space and precedes a capital letter;
   * or, spaced in the French way ("selon X, " pour la sécurité des riverains" et ..."), when a
   * word follows its space and a closing quote follows a word later on the same line.
   */
  private static boolean opensStraight(String text, int i) {
    boolean before = i == 0 || isSpace(text.charAt(i - 1)) || "([:'’–—-".indexOf(text.charAt(i - 1)) >= 0;
    if (!before && i + 1 < text.length() && ".!?;,".indexOf(text.charAt(i - 1)) >= 0
        && Character.isUpperCase(text.charAt(i + 1))) {
      return true; // glued to the sentence before: 'explique un proche."Matignon est à fond dessus"'
    }
    if (!before || i + 1 >= text.length()) {
      return false;
    }
    if (!isSpace(text.charAt(i + 1))) {
      return true;
    }
    int j = i + 1;
    while (j < text.length() && isSpace(text.charAt(j)) && text.charAt(j) != '\n') {
      j++;
    }
    if (j >= text.length() || !Character.isLetterOrDigit(text.charAt(j))) {
      return false;
    }
    int close = text.indexOf('"', j);
    int eol = text.indexOf('\n', j);
    return close > j && (eol < 0 || close < eol) && !isSpace(text.charAt(close - 1));
  }

  /**
   * Whether a straight quote stands where an opening mark stands: after a space or a bracket,
   * before a word. Inside an open straight quote, such a mark opens a quote rather than closing
   * the open one: a quote of its own inside it when the line holds an odd number of straight
   * quotes from it on, its own closing one and the outer one's ("«Cette liste RBM [pour
   * "Rassemblement Bleu Marine", NDLR] aura lieu", a affirmé X" written with straight quotes
   * only); the next quote when that number is even, the open one left unclosed by the writer.
   */
  private static boolean openerShaped(String text, int i) {
    return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
        && (isSpace(text.charAt(i - 1)) || "([".indexOf(text.charAt(i - 1)) >= 0);
  }

  /** The straight quotes from offset {@code i} (included) to the end of its line. */
  private static int straightToLineEnd(String text, int i) {
    int count = 0;
    for (int j = i; j < text.length() && text.charAt(j) != '\n'; j++) {
      if (text.charAt(j) == '"') {
        count++;
      }
    }
    return count;
  }

  static void addPiece(String text, int start, int end, List<int[]> pieces) {
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      pieces.add(new int[] {start, end});
    }
  }

  /** Whether text[start, end) holds its quotation marks in pairs: « with », “ with ”, " in twos. */
  public static boolean balanced(String text, int start, int end) {
    int guillemets = 0;
    int curly = 0;
    int straight = 0;
    for (int i = start; i < end; i++) {
      switch (text.charAt(i)) {
        case '«' -> guillemets++;
        case '»' -> guillemets--;
        case '“' -> curly++;
        case '”' -> curly--;
        case '"' -> straight++;
        default -> { }
      }
    }
    return guillemets == 0 && curly == 0 && straight % 2 == 0;
  }

  /** A space of any kind, no-break and narrow no-break spaces included (French puts them inside « »). */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2007';
  }

  private static void lines(String text, List<Marked> out) {
    int[] starts = lineStarts(text);
    for (MatchResult m : lineMatches(DASH_LINE, text, starts)) {
      if (!hasMarks(m.group(1)) && !POST_SIGNATURE.matcher(m.group(1)).lookingAt()) {
        out.add(line(m.start(), m.end(), m.start(1), m.end(1), Style.DASH, null));
      }
    }
    for (MatchResult m : lineMatches(ANSWER_LINE, text, starts)) {
      if (!hasMarks(m.group(2))) {
        Style style = m.group(1).startsWith("Q") ? Style.QUESTION : Style.ANSWER;
        out.add(line(m.start(), m.end(), m.start(2), m.end(2), style, null));
      }
    }
    for (MatchResult m : lineMatches(LABEL_LINE, text, starts)) {
      String label = m.group(1);
      if (!INTERVIEW_LABELS.contains(label.strip())) { // "R : ..." gives "R " (the lazy name ends at the colon's space)
        out.add(line(m.start(), m.end(), m.start(2), m.end(2), Style.LABEL, new int[] {m.start(1), m.end(1)}));
      }
    }
  }

  /**
   * The successive matches {@code pattern.matcher(text).find()} gives for a pattern opening with
   * (?m)^, tried only where a line starts rather than at every character.
   */
  static List<MatchResult> lineMatches(Pattern pattern, String text, int[] lineStarts) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    int n = text.length();
    int from = 0; // the next search starts where the last match ended
    for (int i : lineStarts) {
      if (i >= from) {
        m.region(i, n);
        if (m.lookingAt()) {
          out.add(m.toMatchResult());
          from = Math.max(m.end(), i + 1);
        }
      }
    }
    return out;
  }

  /** The offsets where (?m)^ matches, in order. */
  static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (lineStart(text, i)) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** Where (?m)^ matches: the start, or after a line terminator (not between \r and \n). */
  private static boolean lineStart(String text, int i) {
    if (i == 0) {
      return true;
    }
    char c = text.charAt(i - 1);
    if (c == '\r') {
      return text.charAt(i) != '\n';
    }
    return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static Marked line(int open, int close, int start, int end, Style style, int[] label) {
    return new Marked(open, close, List.of(new int[] {start, end}), style, label);
  }

  private static boolean hasMarks(String s) {
    return s.indexOf('«') >= 0 || s.indexOf('“') >= 0 || s.indexOf('"') >= 0;
  }
}
