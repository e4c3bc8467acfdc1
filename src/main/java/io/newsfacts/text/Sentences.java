package io.newsfacts.text;

import io.newsfacts.text.QuoteMarks.Marked;
import java.util.List;

/**
 * The sentence splitter of the extractors: where the sentence holding an offset starts and ends,
 * read over quotations.
 *
 * <p>A sentence ends at a line break, or at ". ", "! ", "? ", "… " outside quotation marks, but
 * not after a title or an initial ("M. Dupont", "Mme. X", "J. Martin"). A quotation inside a
 * sentence is read over whole: « Nous sommes là. Nous restons », a dit X. is one sentence. A
 * quotation whose words end with a full stop, "!", "?" or "…" and that is followed on its line by
 * a capital or another « closes its own sentence (« On a tourné six films ensemble. » Son
 * épouse...).
 *
 * <p>Why not CoreNLP's sentences ({@code AnnotatedText.sentences()})? They end at every period,
 * inside quotes too, so a reporting clause would lose the first half of its quote. The rules that
 * read a sentence around a quote ask this class.
 */
public final class Sentences {
  private final String text;
  private final Quotations quotes;
  private final List<Marked> marks;

  public Sentences(String text, Quotations quotes) {
    this.text = text;
    this.quotes = quotes;
    this.marks = quotes.marks();
  }

  /** The sentences of {@code text}, with its own quotations. */
  public static Sentences of(String text) {
    return new Sentences(text, Quotations.of(text));
  }

  /** The start of the sentence holding offset {@code at}, reading over other quotes. */
  public int start(int at) {
    int i = at - 1;
    int k = quotes.lastOpenedBy(i); // the last mark opened by i, followed as i goes back
    while (i >= 0) {
      while (k >= 0 && marks.get(k).open() > i) {
        k--;
      }
      Marked m = quotes.pairAt(k, i);
      if (m != null && m.open() < at) {
        if (endsSentence(m)) {
          return m.close();
        }
        i = m.open() - 1;
        continue;
      }
      char c = text.charAt(i);
      if (c == '\n' || (".!?…".indexOf(c) >= 0 && i + 1 < text.length()
          && QuoteMarks.isSpace(text.charAt(i + 1)) && !abbreviation(i))) {
        return i + 1;
      }
      i--;
    }
    return 0;
  }

  /** The end of the sentence holding offset {@code at}, reading over quotes. */
  public int end(int at) {
    int i = at;
    int k = quotes.lastOpenedBy(i); // the last mark opened by i, followed as i goes on
    while (i < text.length()) {
      while (k + 1 < marks.size() && marks.get(k + 1).open() <= i) {
        k++;
      }
      Marked m = quotes.pairAt(k, i);
      if (m != null && m.open() == i) {
        if (endsSentence(m)) {
          return m.close();
        }
        i = m.close();
        continue;
      }
      char c = text.charAt(i);
      if (c == '\n' || (".!?…".indexOf(c) >= 0 && (i + 1 == text.length()
          || QuoteMarks.isSpace(text.charAt(i + 1))) && !abbreviation(i))) {
        return i;
      }
      i++;
    }
    return text.length();
  }

  /** The start of the line (paragraph) holding offset {@code at}. */
  public int paragraphStart(int at) {
    return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  }

  /** « On a tourné six films ensemble. » Son épouse...: a quote closing its own sentence. */
  private boolean endsSentence(Marked m) {
    int last = m.end() - 1;
    if (last < 0 || ".!?…".indexOf(text.charAt(last)) < 0) {
      return false;
    }
    int i = m.close();
    while (i < text.length() && QuoteMarks.isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
      i++;
    }
    return i < text.length() && (Character.isUpperCase(text.charAt(i)) || text.charAt(i) == '«');
  }

  /** "M." or "Mme." or a single initial: a period that does not end the sentence. */
  private boolean abbreviation(int period) {
    if (text.charAt(period) != '.') {
      return false;
    }
    int s = period;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    String w = text.substring(s, period);
    return w.length() == 1 && Character.isUpperCase(w.charAt(0)) || w.equals("Mme") || w.equals("Dr")
        || w.equals("Mgr") || w.equals("St");
  }
}
