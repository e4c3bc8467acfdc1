package io.newsfacts.extract.entities;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.Token;
import io.newsfacts.text.Folding;
import io.newsfacts.text.NormalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One word of a sentence as the entity rules see it: the surface text of the article (the parts
 * CoreNLP splits "du" into are merged back into one word), its tag and whether it opens a sentence
 * or a line, where capitals say nothing about names.
 *
 * <p>A class rather than a record so that it keeps its lower-case and folded forms ({@link
 * NormalText#lower}, {@link Folding#fold}: the shared text code), which the rules ask for many
 * times.
 */
final class Word {
  private static final Pattern ELIDED_CONJUNCTION =
      Pattern.compile("(?:lorsqu|puisqu|quoiqu|qu)['\u2019]");
  /** The dash after a news site's rubric at the start of an article: "SPORT - ", "VIE DE BUREAU – ". */
  private static final Set<String> RUBRIC_DASHES = Set.of("-", "\u2013", "\u2014");
  /** A rubric is one to this many words in capitals. */
  private static final int RUBRIC_WORDS = 4;
  /** Lower-case words that open a surname: "Charles de Gaulle", "Mme de Fontenay", "Ludwig van Beethoven". */
  static final Set<String> PARTICLES = Set.of("de", "d'", "d\u2019", "du", "des", "van", "von");
  private final String text;
  private final int start;
  private final int end;
  private final String pos;
  private final String ner;
  private final boolean initial;
  private final String lower;
  private final boolean capitalised;
  private final boolean punctuation;
  private String folded;

  /** @param initial first word of its sentence or line, not counting punctuation before it */
  Word(String text, int start, int end, String pos, String ner, boolean initial) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.pos = pos;
    this.ner = ner;
    this.initial = initial;
    this.lower = NormalText.lower(text);
    this.capitalised = capitalised(text);
    this.punctuation = !hasLetterOrDigit(text);
  }

  String text() {
    return text;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String pos() {
    return pos;
  }

  String ner() {
    return ner;
  }

  boolean initial() {
    return initial;
  }

  /** {@link Folding#fold} of the text, computed once. */
  String folded() {
    if (folded == null) {
      folded = Folding.fold(text);
    }
    return folded;
  }

  @Override
  public String toString() {
    return text + "@" + start;
  }

  /** The words of every sentence of {@code doc}, in order. */
  static List<List<Word>> sentences(AnnotatedText doc) {
    String text = doc.text();
    List<List<Word>> out = new ArrayList<>(doc.sentences().size());
    for (Sentence s : doc.sentences()) {
      List<Word> words = new ArrayList<>(s.tokens().size());
      int previousEnd = s.start();
      boolean lineStart = true;
      int rubric = -1; // where the line's words in capitals started, while they last
      for (Token t : s.tokens()) {
        if (!words.isEmpty() && t.start() < words.get(words.size() - 1).end()) {
          continue; // second part of a split word ("du" -> "de" "le"): same surface
        }
        for (int i = Math.min(previousEnd, t.start()); i < t.start() && !lineStart; i++) {
          lineStart = text.charAt(i) == '\n';
        }
        if (!lineStart && !words.isEmpty() && ellipsis(words.get(words.size() - 1).text())
            && Character.isUpperCase(text.charAt(t.start()))) {
          lineStart = true; // "On attend... Parfois": the tokenizer keeps one sentence
        }
        Word w = new Word(text.substring(t.start(), t.end()), t.start(), t.end(), t.pos(), t.ner(), lineStart);
        words.add(w);
        if (lineStart && !w.punctuation()) {
          rubric = words.size() - 1;
        }
        boolean capitals = rubric >= 0 && !w.punctuation() && w.text().equals(w.text().toUpperCase(Locale.ROOT));
        if (rubric >= 0 && RUBRIC_DASHES.contains(w.text()) && words.size() - 1 > rubric
            && words.size() - 1 - rubric <= RUBRIC_WORDS && words.get(rubric).allCaps()) {
          // "SPORT - Remplacez ...", "VIE DE BUREAU - Non content ...": a rubric, no name; the
          // sentence starts after it
          for (int k = rubric; k < words.size(); k++) {
            Word r = words.get(k);
            words.set(k, new Word(r.text, r.start, r.end, r.pos, "O", r.initial));
          }
          lineStart = true;
          rubric = -1;
        } else if (!w.punctuation() && !handle(text, t.start())
            && !(lineStart && listNumber(text, t.start(), t.end()))) {
          lineStart = false; // a post opening with "@someone" or "#topic" starts after it, and
          // an item of a numbered list after its number: "7 - Faites de petits changements"
        }
        if (!capitals) {
          rubric = -1;
        }
        previousEnd = t.end();
      }
      out.add(words);
    }
    return out;
  }

  /** Three points or the ellipsis character: a capital after it opens a sentence. */
  private static boolean ellipsis(String word) {
    return word.equals("\u2026") || word.length() >= 3 && word.chars().allMatch(c -> c == '.');
  }

  /** A number of one or two digits followed by a dash, a point or a parenthesis: "7 - ", "2. ". */
  private static boolean listNumber(String text, int start, int end) {
    if (end - start > 2 || !text.substring(start, end).chars().allMatch(Character::isDigit)) {
      return false;
    }
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && "-\u2013\u2014.)".indexOf(text.charAt(i)) >= 0;
  }

  /**
   * Whether the word at {@code start} is an account or a topic of a social-media post
   * ("@annemorel", "#BielsaDemission"), whether or not the tokenizer split off the sign.
   */
  private static boolean handle(String text, int start) {
    char c = text.charAt(start);
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    return c == '@' || c == '#' || before == '@' || before == '#';
  }

  String lower() {
    return lower;
  }

  /** Starts with a capital, or has one after a lower-case prefix ("iDTGV"). */
  boolean capitalised() {
    return capitalised;
  }

  private static boolean capitalised(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        return true;
      }
      if (!Character.isLetter(c) || i > 1) {
        return false;
      }
    }
    return false;
  }

  /**
   * A century, an arrondissement or a rank written as a Roman numeral with its ordinal ending:
   * "XIXe", "XXIème", "IXe", "Ier". An ordinal, not a name, when it stands alone ("au XXIe
   * siècle", "dans le XVIe"). At least one of I, V, X: "Ce", "De", "Le", "Me" are words.
   */
  boolean romanOrdinal() {
    return ROMAN_ORDINAL.matcher(text).matches();
  }

  private static final Pattern ROMAN_ORDINAL = Pattern.compile(
      "(?=[CDLM]*[IVX])[IVXLCDM]+(?:e|è|ème|eme|er|ère)");

  /** Two or more letters, all capitals ("UMP", "MIDI"). */
  boolean allCaps() {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  boolean punctuation() {
    return punctuation;
  }

  /** Grammatical words: never a name on their own. */
  boolean function() {
    return switch (pos) {
      case "DET", "ADP", "PRON", "ADV", "CCONJ", "SCONJ", "INTJ", "AUX", "PART", "NUM", "PUNCT" -> true;
      default -> false;
    };
  }

  /**
   * A conjunction of subordination, or a word the tokenizer left glued to an elided one
   * ("lorsqu'il", "qu'elle", "puisqu'on"): a name never runs over it.
   */
  boolean subordinator() {
    return "SCONJ".equals(pos) || ELIDED_CONJUNCTION.matcher(lower()).lookingAt();
  }

  boolean verb() {
    return "VERB".equals(pos) || "AUX".equals(pos);
  }

  static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
  /** The article's text from word {@code from} to the end of word {@code to - 1}. */
  static String span(String text, List<Word> ws, int from, int to) {
    return text.substring(ws.get(from).start(), ws.get(to - 1).end());
  }

}
