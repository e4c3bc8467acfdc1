package io.newsfacts.nlp;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.NumberFact;
import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What plain CoreNLP's French tags say, read as facts with no repair: each run of tokens with the
 * same CRF class is one entity, each NUM token (or group of digit tokens the tokenizer split, as
 * in "200 000") is one number. The baseline the README measures our extractors against; kept free
 * of CoreNLP types so it can be tested on hand-made tokens.
 */
final class RawFacts {
  /** Spaces French uses inside a number: normal, no-break, narrow no-break, thin. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2009]+");
  private static final Pattern INTEGER = Pattern.compile("[-+\\u2212]?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("[-+\\u2212]?\\d+[,.]\\d+");
  /** "1.000.000": dots between groups of three digits, French print style. */
  private static final Pattern DOTTED_GROUPS = Pattern.compile("[-+\\u2212]?\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
  /** A token the tokenizer cut off a spaced number: "000" of "200 000", or "137,5" of "14 137,5". */
  private static final Pattern DIGIT_GROUP = Pattern.compile("\\d{3}(?:,\\d+)?");
  /** What may come before such a group: "200", "1 200", with no decimal part yet. */
  private static final Pattern GROUP_HEAD = Pattern.compile("\\d{1,3}(?: \\d{3})*");

  private RawFacts() {}

  /** Each maximal run of tokens of one CRF class (not "O") in a sentence, as one mention. */
  static List<Entity> entities(AnnotatedText doc) {
    List<Entity> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      int i = 0;
      while (i < tokens.size()) {
        String tag = tokens.get(i).ner();
        EntityType type = entityType(tag);
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).ner().equals(tag)) {
          j++;
        }
        if (type != null) {
          int start = tokens.get(i).start();
          int end = tokens.get(j - 1).end();
          String text = doc.text().substring(start, end);
          out.add(new Entity(text, type, text, start, end, null));
        }
        i = j;
      }
    }
    return out;
  }

  /** The contract's type for a CRF class, or null for "O" and anything unknown. */
  static EntityType entityType(String tag) {
    return switch (tag) {
      case "PER" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORGANIZATION;
      case "LOC" -> EntityType.LOCATION;
      case "MISC" -> EntityType.MISC;
      default -> null;
    };
  }

  /**
   * Every NUM token whose digits give a value, as an exact count with no unit. Digit groups the
   * tokenizer split ("200" "000") are joined back first. NUM tokens written in words ("trois")
   * are left out: CoreNLP gives them no value and the contract's number needs one.
   */
  static List<NumberFact> numbers(AnnotatedText doc) {
    List<NumberFact> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      int start = -1;
      int end = -1;
      for (Token t : s.tokens()) {
        if (start >= 0 && t.start() < end) {
          continue; // a word the multi-word splitter made out of the same surface token
        }
        boolean num = t.pos().equals("NUM");
        if (num && start >= 0
            && continuesGroup(doc.text().substring(start, end), doc.text().substring(end, t.start()), t.word())) {
          end = t.end();
          continue;
        }
        if (start >= 0) {
          add(doc.text(), start, end, out);
          start = -1;
        }
        if (num) {
          start = t.start();
          end = t.end();
        }
      }
      if (start >= 0) {
        add(doc.text(), start, end, out);
      }
    }
    return out;
  }

  /** True when {@code next}, after {@code gap}, is one more group of three digits of {@code head}. */
  static boolean continuesGroup(String head, String gap, String next) {
    return !gap.isEmpty() && SPACES.matcher(gap).matches()
        && GROUP_HEAD.matcher(SPACES.matcher(head).replaceAll(" ")).matches()
        && DIGIT_GROUP.matcher(next).matches();
  }

  private static void add(String text, int start, int end, List<NumberFact> out) {
    String mention = text.substring(start, end);
    Double value = parse(mention);
    if (value != null) {
      out.add(new NumberFact(mention, value, value, value, Qualifier.EXACT, NumberKind.COUNT,
          null, null, null, start, end));
    }
  }

  /**
   * The value of a number written in digits, French style: spaces between groups of three
   * ("14 137"), a decimal comma ("3,5"), dots between groups ("1.000.000"); null for anything
   * else (words, "2016-2017", "35e").
   */
  static Double parse(String written) {
    String s = SPACES.matcher(written.strip()).replaceAll("").replace('\u2212', '-');
    if (INTEGER.matcher(s).matches()) {
      return Double.valueOf(s);
    }
    if (DOTTED_GROUPS.matcher(s).matches()) {
      return Double.valueOf(s.replace(".", "").replace(',', '.'));
    }
    if (DECIMAL.matcher(s).matches()) {
      return Double.valueOf(s.replace(',', '.'));
    }
    return null;
  }
}
