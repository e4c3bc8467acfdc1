package io.newsfacts.extract.quotes;

import io.newsfacts.text.QuoteMarks.Marked;
import io.newsfacts.text.Quotations;
import io.newsfacts.text.Sentences;
import java.util.ArrayList;
import java.util.List;

/**
 * The article as the speaker rules read it: words in which each quote is one word, and sentences
 * that run over quotes ({@link Sentences}, the shared splitter; see there why not CoreNLP's).
 * Everything in this package that needs a sentence asks this class.
 */
final class QuotedText {
  private final String text;
  private final Quotations quotes;
  private final List<Marked> marks;
  private final Sentences sentences;

  QuotedText(String text, Quotations quotes) {
    this.text = text;
    this.quotes = quotes;
    this.marks = quotes.marks();
    this.sentences = new Sentences(text, quotes);
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
    return sentences.start(at);
  }

  /**
   * The start of the sentence before the one holding offset {@code at}, past the spaces and line
   * breaks between (a paragraph break is no sentence); 0 in the first sentence.
   */
  int previousSentenceStart(int at) {
    int last = sentenceStart(at) - 1;
    while (last > 0 && Word.isSpace(text.charAt(last))) {
      last--;
    }
    return last > 0 ? sentenceStart(last) : 0;
  }

  /** The end of the sentence holding offset {@code at}, reading over quotes. */
  int sentenceEnd(int at) {
    return sentences.end(at);
  }

  int paragraphStart(int at) {
    return sentences.paragraphStart(at);
  }
}
