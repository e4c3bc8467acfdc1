package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.FrenchRoles;
import io.newsfacts.lexicon.Lexicon;
import java.util.HashSet;
import java.util.Set;

/**
 * What the words after a name, or the people beside it, say of a name the tagger calls a place or
 * a thing, for {@link TypeEvidence}:
 * <ul>
 *   <li>a role noun in apposition after it makes a person, over an ordinal or adjectives ("Oristelle
 *       BONIS, directrice des Éditions iXe", "Vi Lyles, première femme noire élue maire"); the
 *       nouns an organisation takes too ("Amazon, leader du secteur") do not count
 *       (models/entities/person-appositions.txt);
 *   <li>a name of two or three capitalised words that no lexicon knows as a place or a word, in a
 *       list beside a person, is a person ("Elizabeth Guzman et Hala Ayala");
 *   <li>a family noun after a possessive, right before the name, makes a person ("sa nièce Mala")
 *       (models/entities/kin-nouns.txt and the +kin nouns of models/common/role-nouns.txt).
 * </ul>
 */
final class PersonAppositions {
  /** Words between the comma and the noun: at most this many. */
  private static final int MODIFIERS = 2;
  private static final Set<String> NOUNS = new HashSet<>();
  private static final Set<String> NOT_NOUNS = new HashSet<>();
  private static final Set<String> MODIFIERS_BEFORE = new HashSet<>();
  private static final Set<String> KIN = new HashSet<>();
  private static final Set<String> POSSESSIVES = Set.of("mon", "ton", "son", "ma", "ta", "sa",
      "mes", "tes", "ses", "notre", "votre", "leur", "nos", "vos", "leurs");

  static {
    for (String line : Lexicon.lines("entities/kin-nouns.txt")) {
      KIN.add(EntityLexicon.fold(line.trim()));
    }
    FrenchRoles.nouns().stream().filter(n -> n.tagged("kin"))
        .forEach(n -> KIN.add(EntityLexicon.fold(n.noun())));
    for (String line : Lexicon.lines("entities/person-appositions.txt")) {
      String l = line.trim();
      if (l.startsWith("- ")) {
        NOT_NOUNS.add(EntityLexicon.fold(l.substring(2).trim()));
      } else if (l.startsWith("+ ")) {
        MODIFIERS_BEFORE.add(EntityLexicon.fold(l.substring(2).trim()));
      } else {
        NOUNS.add(EntityLexicon.fold(l));
      }
    }
  }

  private final EntityLexicon lexicon;
  private final NameLexicons names;

  /**
   * Whether a family noun after a possessive comes right before the name: "sa nièce Mala", "ses
   * fils Hunter et Beau"; nobody's niece is an organisation or a place.
   *
   * @param at the index of the name's first word
   */
  static boolean kinBefore(ArticleWords words, int at) {
    Word noun = words.before(at);
    Word possessive = words.before(at - 1);
    if (noun == null || possessive == null || noun.capitalised() && !noun.initial()) {
      return false;
    }
    String f = noun.folded();
    boolean kin = KIN.contains(f) || (f.endsWith("s") || f.endsWith("x"))
        && KIN.contains(f.substring(0, f.length() - 1));
    return kin && POSSESSIVES.contains(possessive.lower());
  }

  PersonAppositions(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.names = lexicon.names;
  }

  /**
   * Whether a comma right after the name (its next word has index {@code next}) opens a noun
   * phrase headed by a person's noun: ", directrice des", ", première femme noire", ", journaliste,".
   */
  boolean after(ArticleWords words, int next) {
    Word comma = words.after(next);
    if (comma == null || !",".equals(comma.text())) {
      return false;
    }
    for (int k = 1; k <= MODIFIERS + 1; k++) {
      Word w = words.after(next + k);
      if (w == null || w.capitalised() || w.punctuation()) {
        return false;
      }
      String f = w.folded();
      if (MODIFIERS_BEFORE.contains(f) || "ADJ".equals(w.pos()) && k > 1) {
        continue; // "première femme", "ancienne ministre"
      }
      return !NOT_NOUNS.contains(f) && (NOUNS.contains(f) || lexicon.roleNoun(w.text()));
    }
    return false;
  }

  /**
   * Whether a name of two or three words, each capitalised and none a place or a common word, is
   * listed beside a person: a person too.
   */
  boolean listedPerson(String[] parts, boolean listedWithPeople) {
    if (!listedWithPeople || parts.length < 2 || parts.length > 3) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || !Character.isUpperCase(p.charAt(0)) || names.place(p)
          || names.commonWord(p) || lexicon.orgHead(p)) {
        return false;
      }
    }
    return true;
  }
}
