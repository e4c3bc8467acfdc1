package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Where a person's mention stands in its sentence, read from the words around it: the subject
 * (opening the sentence, or inverted after its verb: "a expliqué X."), one of two subjects, on a
 * heading, or a preposition's or noun's complement and a name qualifying a noun ("la loi Macron"),
 * which speak of a person who says nothing there. Split from {@link RoleHolders}.
 */
final class MentionPositions {
  private final String text;
  private final People people;
  private final RoleNouns roleNouns;

  MentionPositions(String text, People people, RoleNouns roleNouns) {
    this.text = text;
    this.people = people;
    this.roleNouns = roleNouns;
  }

  /** Words before an inverted subject read for a dative clitic ("lui a aussi demandé X"). */
  private static final int INVERSION_WORDS = 4;

  /**
   * "a expliqué X.", "a de son côté indiqué X, ajoutant": a name after a verb that ends its clause,
   * the verb's subject, with no dative clitic before it ("lui a demandé X": X speaks to another).
   */
  boolean invertedSubject(Entity e) {
    List<Word> before = Word.scan(text, Math.max(0, e.start() - 40), e.start());
    List<Word> after = Word.scan(text, e.end(), Math.min(text.length(), e.end() + 3));
    int i = before.size() - 1;
    if (i < 0 || after.isEmpty() || !after.get(0).is(",", ".", ";") || !before.get(i).isWord()
        || before.get(i).isCapitalised() || FrenchWords.PREPOSITIONS.contains(before.get(i).lower())
        || FrenchWords.DETERMINERS.contains(before.get(i).lower()) || before.get(i).is("et", "ou", "que", "qu'")) {
      return false;
    }
    for (int k = i; k >= 0 && k > i - INVERSION_WORDS; k--) {
      if (!before.get(k).isWord() || before.get(k).is("lui", "leur")) {
        return !before.get(k).isWord();
      }
    }
    return true;
  }

  /** "X et Y ont trouvé": a mention followed by "et" or "ou" and another person is one of two subjects. */
  boolean coordinated(Entity e) {
    List<Word> after = Word.scan(text, e.end(), Math.min(text.length(), e.end() + 30));
    if (after.size() < 2 || !after.get(0).is("et", "ou")) {
      return false;
    }
    int k = 1;
    while (k < after.size() - 1 && FrenchWords.TITLES.contains(after.get(k).lower())) {
      k++;
    }
    Entity next = people.at(after.get(k).start());
    return next != null && next.type() == EntityType.PERSON;
  }

  /** The longest line read as a heading when it ends with no stop. */
  private static final int HEADING_CHARS = 100;

  /** Whether a mention stands on a short line that ends with no stop: a heading, not a sentence. */
  boolean inHeading(Entity e) {
    int from = text.lastIndexOf('\n', e.start()) + 1;
    int to = text.indexOf('\n', e.end());
    String line = text.substring(from, to < 0 ? text.length() : to).strip();
    return line.length() <= HEADING_CHARS && !line.isEmpty() && ".!?:…".indexOf(line.charAt(line.length() - 1)) < 0;
  }

  /** Prepositions whose complement a role phrase of the next clauses does not stand for. */
  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("à", "au", "aux", "avec", "contre", "sur", "chez",
      "envers", "vers", "sans", "entre", "devant", "parmi", "auprès", "face");

  /**
   * "rendre hommage à X", "face à X": the mention is the complement of a preposition (not "par",
   * which brings the agent: "remis en cause par X"; nor "pour", which brings a view: "pour X, ...").
   */
  boolean afterPreposition(Entity e) {
    List<Word> before = Word.scan(text, Math.max(0, e.start() - 40), e.start());
    int i = before.size() - 1;
    while (i >= 0 && FrenchWords.TITLES.contains(before.get(i).lower())) {
      i--;
    }
    return i >= 0 && OBJECT_PREPOSITIONS.contains(before.get(i).lower());
  }

  /**
   * Whether a mention opens its sentence as its subject: nothing before it in the sentence, a frame
   * ending with a comma ("Mercredi, X a", "Invité de France Inter, X"; not a name that ends the
   * sentence after a comma, an apposition: "Il a critiqué sa rivale socialiste, X."), "selon" or
   * "pour" ("Pour X, ..."), or a noun phrase of no verb ("Le socialiste X"). Not a second subject ("X et Y ont"):
   * either may be the one a role phrase stands for.
   */
  boolean opensSentence(Entity e, int sentence) {
    List<Word> before = Word.scan(text, sentence, e.start());
    int i = before.size() - 1;
    while (i >= 0 && FrenchWords.TITLES.contains(before.get(i).lower())) {
      i--;
    }
    if (i >= 0 && before.get(i).is(",")) {
      return !endsSentence(e); // "de sa concurrente, X.": an apposition closing the sentence, no subject
    }
    if (i < 0 || before.get(i).is("selon", "pour")) {
      return true; // ("pour X, ...", "selon X": the one whose view the sentence gives)
    }
    if (!FrenchWords.DETERMINERS.contains(before.get(0).lower()) || i > SUBJECT_WORDS) {
      return false;
    }
    for (int k = 0; k <= i; k++) {
      Word w = before.get(k);
      if (!w.isWord() || FrenchWords.isFinite(w.lower())
          || k == i && FrenchWords.PREPOSITIONS.contains(w.lower())) {
        return false;
      }
    }
    return true;
  }

  /** Whether the sentence's stop (or the end of the line) comes right after a mention. */
  private boolean endsSentence(Entity e) {
    List<Word> after = Word.scan(text, e.end(), Math.min(text.length(), e.end() + 3));
    return after.isEmpty() || after.get(0).is(".", "!", "?", "…") || text.startsWith("\n", e.end());
  }

  /** Words of a noun phrase before a name that opens a sentence ("L'ancien ministre socialiste X"). */
  private static final int SUBJECT_WORDS = 8;

  /**
   * Whether a mention completes a noun ("la condamnation de X", "le discours d'Y") or names
   * something after a person ("le gouvernement Hollande-Cazeneuve", "l'affaire Benalla", "la loi
   * Macron"), or the topic of "quant à X" (what follows speaks of X): the person holds no role of
   * the sentence and says nothing there.
   */
  boolean isComplement(Entity e) {
    List<Word> before = Word.scan(text, Math.max(0, e.start() - 40), e.start());
    int i = before.size() - 1;
    while (i >= 0 && FrenchWords.TITLES.contains(before.get(i).lower())) {
      i--;
    }
    return i >= 0 && before.get(i).is("de", "d'", "du", "des") || isModifier(before, i)
        || i >= 1 && before.get(i).is("à") && before.get(i - 1).is("quant");
  }

  /**
   * "le gouvernement X", "l'affaire X": word {@code i} is a common noun (not a role, which the
   * name would hold: "le président X") right after a determiner, so the name after it only
   * qualifies that noun.
   */
  boolean isModifier(List<Word> before, int i) {
    if (i < 1 || !before.get(i).isWord() || before.get(i).isCapitalised()
        || !FrenchWords.DETERMINERS.contains(before.get(i - 1).lower())
        || FrenchWords.DETERMINERS.contains(before.get(i).lower())) {
      return false;
    }
    String noun = before.get(i).lower();
    if (FrenchWords.TIME_NOUNS.contains(noun) || FrenchWords.NP_STOPS.contains(noun)) {
      return false; // "a assuré ce samedi X"
    }
    String last = noun.substring(noun.lastIndexOf('-') + 1); // "l'ex-ministre X", "le vice-président X"
    String singular = last.endsWith("s") || last.endsWith("x") ? last.substring(0, last.length() - 1) : last;
    return roleNouns.startsAt(before, i) == 0 && !roleNouns.contains(singular) && !roleNouns.contains(last)
        && !FrenchWords.ROLE_ADJECTIVES.contains(noun) && !namesSomeone(singular);
  }

  /** Endings of nouns and adjectives that describe people ("le socialiste X", "l'élu X", "le Marseillais"). */
  private static final String[] PERSON_ENDINGS = {"iste", "ien", "ienne", "ain", "aine", "ais", "aise", "ois",
      "oise", "eur", "euse", "rice", "ier", "ière", "ant", "ante", "é", "ée", "u", "ue"};

  /**
   * Whether a noun may describe the person it stands before ("le socialiste X", "l'avocat X"):
   * its ending says so, and it is no "-ment" noun ("le gouvernement X").
   */
  private static boolean namesSomeone(String noun) {
    if (noun.endsWith("ment")) {
      return false;
    }
    for (String ending : PERSON_ENDINGS) {
      if (noun.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** "le gouvernement X": see {@link #isModifier}; "le discours de X ... Il a dit" may still mean X. */
  boolean isModifierMention(Entity e) {
    List<Word> before = Word.scan(text, Math.max(0, e.start() - 40), e.start());
    int i = before.size() - 1;
    while (i >= 0 && FrenchWords.TITLES.contains(before.get(i).lower())) {
      i--;
    }
    return isModifier(before, i);
  }
}
