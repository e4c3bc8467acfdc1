package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a name ends with. The tokenizer cuts a model written against its letters ("A380",
 * "Galaxy S8", "Caudron G.3", "Europe1") into letters and figures and the tagger tags the letters
 * only: the figures glued to a name are always part of it. A number one space after a name is
 * part of it as a model ("Boeing 747", "iPhone 8", "Galaxy Note 7", "Huawei P10") or an edition
 * ("Jeux Olympiques d'hiver 2022", "Initiative Sociale Stratégique 2045", "Paris 2024") when
 * nothing after it counts it: the sentence goes on with a grammatical word or a verb, or stops
 * ("un Boeing 747 de la compagnie", "le Galaxy Note 7 a pris feu"); not "l'UMP 22,4 %", "le FN 6
 * %", "Macron 1 - Trump 0" (a score), "à Paris 2 000 manifestants", nor the number of a name
 * inside ("l'Emission politique de France 2"). A person is no model ("Sylvia Pinel 2
 * %"), nor a place but for its year ("Paris 2024", "Cannes 2014": an event, MISC).
 *
 * <p>A product's model makes the company's name a product's: a model with letters ("P10", "S8")
 * or of three figures and more ("747") gives MISC, not a company's ORGANIZATION; a figure alone
 * after an organisation keeps it one ("Europe 1", "Rescue 3", "Ligue 1").
 */
final class ModelNumbers {
  /** Figures glued to a name's last letter or its initial's point: "A|380", "G.|3", "Europe|1". */
  private static final Pattern GLUED = Pattern.compile("\\p{N}[\\p{L}\\p{N}]*(?:[.\\-]\\p{N}+)*");
  /**
   * A model or an edition one space after a name: figures with up to three capitals before them
   * ("747", "S8", "P10", "A320"), a "-400" after them; never a figure group of a
   * larger number, a decimal, a percentage or a score after it.
   */
  private static final Pattern SPACED = Pattern.compile(
      "[ \\u00a0]((\\p{Lu}{0,3})(\\p{N}{1,4})(?:-\\p{N}{2,4})?)(?![\\p{L}\\p{N}]|[.,]\\p{N}|-)");
  /** A number and a dash before a name: the second half of a score ("Macron 1 - Trump 0"). */
  private static final Pattern SCORE_BEFORE = Pattern.compile("\\p{N}[ \\u00a0]*[-\u2013\u2014][ \\u00a0]*$");
  /** A year from 1900 to 2099. */
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\p{N}{2}");
  /** What may follow a model: a mark that closes a phrase or the sentence. */
  private static final Set<Character> CLOSING = Set.of('.', ',', ';', ':', '!', '?', ')', '»', '"',
      '\u201d', '\n', '\r');
  /** Parts of speech that go on a sentence after a name, not a noun its number counts. */
  private static final Set<String> GOING_ON = Set.of("ADP", "CCONJ", "SCONJ", "AUX", "VERB", "PRON", "ADV");

  private ModelNumbers() {}

  /** {@code all}, each candidate extended over the figures glued to its end or the model after it. */
  static List<Candidate> extend(String text, List<List<Word>> sentences, List<Candidate> all) {
    WordsByStart words = new WordsByStart(sentences);
    List<Candidate> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      Candidate e = glued(text, c);
      if (e == null) {
        e = spaced(text, c, words);
      }
      out.add(e == null || numberOfAnother(c, e.end(), all) ? c : e);
    }
    return out;
  }

  /**
   * The words of an article by the offset they start at, gathered on the first question only:
   * most articles have no number one space after a name, and then no word is read.
   */
  private static final class WordsByStart {
    private final List<List<Word>> sentences;
    private Map<Integer, Word> byStart;

    WordsByStart(List<List<Word>> sentences) {
      this.sentences = sentences;
    }

    /** The word starting at offset {@code start}, or null. */
    Word at(int start) {
      if (byStart == null) {
        byStart = new HashMap<>();
        for (List<Word> ws : sentences) {
          for (Word w : ws) {
            byStart.put(w.start(), w);
          }
        }
      }
      return byStart.get(start);
    }
  }

  /**
   * Whether a name starting inside candidate {@code c} ends with the number after it: "France 2"
   * in "l'Emission politique de France 2", no number of the programme's.
   */
  private static boolean numberOfAnother(Candidate c, int end, List<Candidate> all) {
    for (Candidate o : all) {
      if (o.start() > c.start() && o.start() < c.end() && o.end() >= end) {
        return true;
      }
    }
    return false;
  }

  /** The candidate over the figures glued to its last letter, or null if none are. */
  private static Candidate glued(String text, Candidate c) {
    int end = c.end();
    if (end >= text.length() || !Character.isDigit(text.charAt(end))) {
      return null;
    }
    char last = text.charAt(end - 1);
    if (!Character.isLetter(last) && !(last == '.' && end - c.nameStart() >= 2
        && Character.isUpperCase(text.charAt(end - 2)))) {
      return null; // "Caudron G.3": after a capital's point only
    }
    Matcher m = GLUED.matcher(text).region(end, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    // a model with its letters ("Airbus A380", "Huawei P10") is a product
    int letter = end - 1;
    while (letter > c.nameStart() && !Character.isWhitespace(text.charAt(letter - 1))) {
      letter--;
    }
    String designator = text.substring(letter, end).replace(".", "");
    boolean model = letter > c.nameStart() && designator.length() <= 3
        && designator.chars().allMatch(Character::isUpperCase);
    EntityType type = model ? EntityType.MISC : c.type();
    return new Candidate(c.start(), c.nameStart(), m.end(), type, c.origin(), c.key());
  }

  /** The candidate over the model or edition one space after it, or null if none is there. */
  private static Candidate spaced(String text, Candidate c, WordsByStart words) {
    if (c.type() == EntityType.PERSON || !Character.isLetter(text.charAt(c.end() - 1))) {
      return null;
    }
    Matcher m = SPACED.matcher(text).region(c.end(), text.length());
    if (!m.lookingAt()) {
      return null;
    }
    boolean year = m.group(2).isEmpty() && YEAR.matcher(m.group(1)).matches();
    if (c.type() == EntityType.LOCATION && !year) {
      return null; // "Lyon 2", "à Paris 8 000": a place and a number
    }
    if (!goesOn(text, m.end(), words) || SCORE_BEFORE.matcher(text.substring(Math.max(0, c.start() - 8), c.start())).find()) {
      return null;
    }
    EntityType type = c.type();
    if (c.type() == EntityType.LOCATION) {
      type = EntityType.MISC; // "Rio 92", "Paris 2024": the event
    } else if (!year && (!m.group(2).isEmpty() || m.group(3).length() >= 3)) {
      type = EntityType.MISC; // "Boeing 747", "Huawei P10": the product
    }
    return new Candidate(c.start(), c.nameStart(), m.end(), type, c.origin(), c.key());
  }

  /** Whether the sentence stops or goes on with a grammatical word or a verb after offset {@code at}. */
  private static boolean goesOn(String text, int at, WordsByStart words) {
    int k = at;
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) {
      k++;
    }
    if (k == text.length() || CLOSING.contains(text.charAt(k)) && !closingNumber(text, k)) {
      return true;
    }
    Word next = words.at(k);
    return next != null && k > at && !next.capitalised() && GOING_ON.contains(next.pos());
  }

  /** "6.5", "22,4": a decimal comma or point, no closing mark. */
  private static boolean closingNumber(String text, int k) {
    return (text.charAt(k) == ',' || text.charAt(k) == '.') && k + 1 < text.length()
        && Character.isDigit(text.charAt(k + 1));
  }
}
