package io.newsfacts.extract.quotes;

import io.newsfacts.model.Quote;
import io.newsfacts.model.QuoteKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The direct quotes of an article as {@link QuoteExtractor} finds them, in text order, with who
 * said each, which an explicit cue tied to its speaker, and which are headings; and the rules that
 * read headings against the body: a heading repeats words the body attributes.
 */
final class FoundQuotes {
  /** Fewer characters than this are too common to tie a heading to the body. */
  private static final int MIN_REPEATED = 20;
  /**
   * Fewer characters than this are too common to tie a heading to the body: a heading stands on a
   * line of its own, so a short one ("Voter est un devoir") may still repeat what the body says.
   */
  private static final int MIN_HEADING = 12;
  /** Fewer words than this are too common to tie a quote to another. */
  private static final int HEADING_WORDS = 3;
  /** Share of a heading's words a body quote must hold to repeat it ("Redonner un coup de jeune à notre économie"). */
  private static final double REPEATED_SHARE = 0.8;

  /**
   * Double quotation marks inside a quote's words: the marks were paired wrong and the words run
   * over the narration ("14h30 - \"La famille est en ordre de marche\""), so they keep no repeat.
   */
  private static final Pattern MARKS = Pattern.compile("[\"«»]");

  /** The combining marks NFD splits off letters. */
  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

  private final List<Quote> quotes = new ArrayList<>();
  private final List<Speaker> speakers = new ArrayList<>(); // who said each quote, or null
  private final BitSet cued = new BitSet(); // the quotes whose speaker an explicit cue gave
  private final BitSet headings = new BitSet(); // the quotes that are headings or sub-headings
  /** Headings judged no quote on their own words ([start, end) of the words), read again at the end. */
  private final List<int[]> phraseHeadings = new ArrayList<>();

  /** Adds the next quote in text order. */
  void add(Quote q, Speaker speaker, boolean isCued, boolean isHeading) {
    cued.set(quotes.size(), isCued);
    headings.set(quotes.size(), isHeading);
    quotes.add(q);
    speakers.add(speaker);
  }

  /**
   * A heading whose words are a phrase, not a clause ("Bloquée par des choix très peu courageux",
   * "Une faute éthique et une erreur politique"): a quote if a later quote of the body holds its
   * words (see {@link #addRepeatedPhrases}), else a title.
   */
  void phraseHeading(int start, int end) {
    phraseHeadings.add(new int[] {start, end});
  }

  /** The quotes found, in text order. */
  List<Quote> quotes() {
    return quotes;
  }

  List<Speaker> speakers() {
    return speakers;
  }

  /**
   * The phrase headings whose words a later body quote repeats become quotes (a heading that
   * shortens the words someone said), placed in text order; {@link #repeated} then gives them
   * the body quote's speaker.
   */
  void addRepeatedPhrases(String text) {
    for (int[] h : phraseHeadings) {
      Quote heading = new Quote(text.substring(h[0], h[1]), QuoteKind.DIRECT, null, null, h[0], h[1], null);
      if (folded(heading.text()).length() < MIN_REPEATED) {
        continue;
      }
      int at = 0;
      while (at < quotes.size() && quotes.get(at).start() < h[0]) {
        at++;
      }
      boolean repeated = false;
      for (int j = at; j < quotes.size() && !repeated; j++) {
        // a paragraph that is only a quote counts as a heading too: take it when it is longer
        boolean body = !headings.get(j) || quotes.get(j).text().length() > heading.text().length();
        repeated = body && holds(quotes.get(j), heading);
      }
      if (repeated) {
        insert(at, heading);
      }
    }
    phraseHeadings.clear();
  }

  private void insert(int at, Quote q) {
    quotes.add(at, q);
    speakers.add(at, null);
    shift(cued, at, false);
    shift(headings, at, true);
  }

  /** Moves the bits from {@code at} on one place up and sets bit {@code at} to {@code value}. */
  private static void shift(BitSet bits, int at, boolean value) {
    for (int i = bits.length(); i > at; i--) {
      bits.set(i, bits.get(i - 1));
    }
    bits.set(at, value);
  }

  /**
   * A heading's quote ("Le gouvernement est impuissant face à la jungle" on a line of its own)
   * repeats words the body attributes: a quote with no cue of its own takes the speaker of a cued
   * quote holding the same words. A heading that no cued quote repeats takes the speaker of the
   * later quote that holds its words, or none when that quote has none: the body, where the words
   * are said, knows better than the speaker carried over to the heading.
   */
  void repeated() {
    for (int i = 0; i < quotes.size(); i++) {
      String words = folded(quotes.get(i).text());
      if (cued.get(i) || words.length() < (headings.get(i) ? MIN_HEADING : MIN_REPEATED)
          || words.split(" ").length < HEADING_WORDS) {
        continue;
      }
      int from = -1;
      for (int j = cued.nextSetBit(0); j >= 0 && from < 0; j = cued.nextSetBit(j + 1)) {
        if (j != i && speakers.get(j) != null && compact(folded(quotes.get(j).text())).contains(compact(words))) {
          from = j;
        }
      }
      if (from < 0 && headings.get(i)) {
        from = repeating(i, cued);
      }
      if (from < 0 && headings.get(i)) {
        from = repeating(i, null);
      }
      if (from >= 0) {
        takeSpeaker(i, speakers.get(from));
      }
    }
  }

  /** Quote {@code i} takes speaker {@code s} (or none) of a quote with the same words: evidence "repeated-quote". */
  private void takeSpeaker(int i, Speaker s) {
    Quote q = quotes.get(i);
    quotes.set(i, new Quote(q.text(), q.kind(), s == null ? null : s.name(), s == null ? null : s.role(),
        q.start(), q.end(), s == null ? null : "repeated-quote"));
    speakers.set(i, s == null ? null : s.at(q.start()));
  }

  /**
   * A quote whose words another quote of the article holds whole is one item with it (the
   * annotation brief: a title or sub-heading repeating the body's words is no item of its own; a
   * lead that quotes a few words the body quotes in full neither): it is left out, the longer
   * quote kept, and a body quote kept before a heading with the same words. The quote kept takes
   * the speaker of the one left out when it has none, or when an explicit cue gave that one and
   * none gave its own. Two quotes of the body with the same words and two speakers both stay: the
   * rules cannot tell which speaker is right; a body quote whose words a heading holds stays too
   * (the heading may have added words: «moi, j'ai une méthode» above «J'ai une méthode», a dit X),
   * and so does a quote held by words with double marks inside, paired wrong.
   * Headings that only shorten the body's words ("Il faut toujours écouter") stay: they are not
   * its words.
   */
  void dropRepeats(String text) {
    List<String> words = new ArrayList<>();
    for (Quote q : quotes) {
      words.add(" " + folded(q.text()) + " ");
    }
    BitSet dropped = new BitSet();
    for (int i = 0; i < quotes.size(); i++) {
      String w = words.get(i);
      if (w.length() - 2 < MIN_HEADING || w.strip().split(" ").length < HEADING_WORDS) {
        continue;
      }
      for (int j = 0; j < quotes.size(); j++) {
        if (j == i || dropped.get(j) || !words.get(j).contains(w) || !keepsOver(j, i, words, text)
            || heading(j, text) && !heading(i, text) || MARKS.matcher(quotes.get(j).text()).find()) {
          continue;
        }
        Speaker said = speakers.get(i);
        Speaker keeper = speakers.get(j);
        if (said != null && keeper != null && !said.name().equals(keeper.name())
            && !heading(i, text)) {
          break; // two speakers for the same words in the body: the rules cannot tell which is right
        }
        dropped.set(i);
        if (said != null && (keeper == null || cued.get(i) && !cued.get(j))) {
          takeSpeaker(j, said);
          cued.set(j);
        }
        break;
      }
    }
    int kept = 0;
    for (int i = 0; i < quotes.size(); i++) {
      if (!dropped.get(i)) {
        quotes.set(kept, quotes.get(i));
        speakers.set(kept, speakers.get(i));
        cued.set(kept, cued.get(i));
        headings.set(kept, headings.get(i));
        kept++;
      }
    }
    quotes.subList(kept, quotes.size()).clear();
    speakers.subList(kept, speakers.size()).clear();
    cued.clear(kept, Math.max(kept, cued.length()));
    headings.clear(kept, Math.max(kept, headings.length()));
  }

  /** Whether quote {@code i} is a heading, a sub-heading or on the title line. */
  private boolean heading(int i, String text) {
    return headings.get(i) || onTitle(quotes.get(i), text);
  }

  /** A title holds at most this many characters. */
  private static final int TITLE_LENGTH = 200;

  /**
   * Whether the quote stands on the article's first line when that line is a title: short, with
   * no period at its end ("Polémique: «On se trompe de combat», assure la droite").
   */
  private static boolean onTitle(Quote q, String text) {
    int end = text.indexOf('\n');
    if (end < 0 || q.end() > end || end > TITLE_LENGTH) {
      return false;
    }
    String line = text.substring(0, end).strip();
    return !line.endsWith(".");
  }

  /**
   * Whether quote {@code j}, which holds the words of quote {@code i}, is the one kept: it says
   * more, or the same words in the body where {@code i} is a heading, else it comes first.
   */
  private boolean keepsOver(int j, int i, List<String> words, String text) {
    if (words.get(j).length() != words.get(i).length()) {
      return true;
    }
    if (heading(i, text) != heading(j, text)) {
      return heading(i, text);
    }
    return j < i;
  }

  /**
   * The first body quote after heading {@code i} (among {@code among}, or any) that holds most of
   * its words: headings shorten the words they repeat ("Il faut toujours écouter" for "il faut
   * toujours les écouter"). -1 if none.
   */
  private int repeating(int i, BitSet among) {
    for (int j = i + 1; j < quotes.size(); j++) {
      // a paragraph that is only a quote ("Et d'expliquer : «...»") counts as a heading too: take
      // it when it is longer than the heading it would repeat
      boolean body = !headings.get(j) || quotes.get(j).text().length() > quotes.get(i).text().length();
      if (!body || among != null && !among.get(j)) {
        continue;
      }
      if (holds(quotes.get(j), quotes.get(i))) {
        return j;
      }
    }
    return -1;
  }

  /** Whether {@code body} holds most of the words of {@code heading} ({@link #REPEATED_SHARE}). */
  private static boolean holds(Quote body, Quote heading) {
    List<String> words = List.of(folded(heading.text()).split(" "));
    Set<String> said = new HashSet<>(List.of(folded(body.text()).split(" ")));
    long held = words.stream().filter(said::contains).count();
    return held >= REPEATED_SHARE * words.size();
  }

  /**
   * The words of folded text run together: a hashtag repeats the words it joins ("#AlexandreBenalla"
   * for "Alexandre Benalla" when a tweet repeats what was said).
   */
  private static String compact(String folded) {
    return folded.replace(" ", "");
  }

  /**
   * Lower-case letters and digits without their accents, one space between words: words compared
   * across punctuation and across the accents a repeat drops ("Ca ressemble" for "Ça ressemble").
   */
  static String folded(String text) {
    String bare = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder b = new StringBuilder(bare.length());
    boolean space = false;
    for (int i = 0; i < bare.length(); i++) {
      char c = bare.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        b.append(Character.toLowerCase(c));
        space = false;
      } else {
        space = true;
      }
    }
    return b.toString();
  }
}
