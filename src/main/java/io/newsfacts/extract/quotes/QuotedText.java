package io.newsfacts.extract.quotes;

import io.newsfacts.text.QuoteMarks;
import io.newsfacts.text.QuoteMarks.Marked;
import io.newsfacts.text.Quotations;
import java.util.ArrayList;
import java.util.List;

/**
 * The article as the speaker rules read it: words in which each quote is one word, and sentences
 * that run over quotes.
 *
 * <p>Why not CoreNLP's sentences ({@code AnnotatedText.sentences()})? They end at every period,
 * inside quotes too: « Nous sommes là. Nous restons », a dit X. is two sentences there, and the
 * reporting clause would lose the first half of its quote. Here a quote is read over whole, and a
 * sentence ends at a period only outside quotes, or at a quote that closes its own sentence (« On
 * a tourné six films ensemble. » Son épouse...). Everything in this package that needs a sentence
 * asks this class.
 */
final class QuotedText {
  private final String text;
  private final Quotations quotes;
  private final List<Marked> marks;

  QuotedText(String text, Quotations quotes) {
    this.text = text;
    this.quotes = quotes;
    this.marks = quotes.marks();
  }

  String text() {
    return text;
  }

  /** The words of text[from, to); each quote inside is one "«»" word that no rule reads through. */
  List<Word> words(int from, int to) {
    List<Word> out = new ArrayList<>();
    int pos = from;
    for (Marked m : marks.subList(Math.max(0, quotes.lastOpenedBy(from)), marks.size())) {
      if (m.close() <= pos || m.open() < from) {
        continue;
      }
      if (m.open() >= to) {
        break;
      }
      out.addAll(Word.scan(text, pos, m.open()));
      out.add(new Word("«»", "«»", m.open(), Math.min(m.close(), to)));
      pos = m.close();
    }
    if (pos < to) {
      out.addAll(Word.scan(text, pos, to));
    }
    return out;
  }

  /** Whether offset {@code at} is inside someone's words (see {@link Quotations#inQuote}). */
  boolean inQuote(int at) {
    return quotes.inQuote(at);
  }

  /** The start of the sentence holding offset {@code at}, reading over other quotes. */
  int sentenceStart(int at) {
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
  int sentenceEnd(int at) {
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

  int paragraphStart(int at) {
    return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
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
