package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;

/**
 * People a sentence speaks of without making them its subject, so that a pronoun ("a-t-il dit")
 * does not stand for them: the items of a list of people, the complement of a participle clause
 * opening the sentence.
 */
final class Bystanders {
  private final String text;
  private final QuotedText quoted;
  private final People people;

  Bystanders(QuotedText quoted, People people) {
    this.text = quoted.text();
    this.quoted = quoted;
    this.people = people;
  }

  /**
   * Whether person mention {@code e} is an item of a list of people ("Eric Ciotti, Christian
   * Jacob ou Rachida Dati assistaient au discours"): a person next to another, only a comma, "et"
   * or "ou" between them. A list is spoken of; "a-t-il dit" stands for the one who speaks alone.
   * {@code before} holds the words before the mention, {@code i} the last one that is not a title.
   */
  boolean listed(Entity e, List<Word> before, int i) {
    for (int k = i; k >= 1 && i - k <= 3 && before.get(k).isWord(); k--) {
      if (before.get(k).is("dont") && before.get(k - 1).is(",")) {
        return true; // "une quarantaine de parlementaires, dont le chiraquien X": one of a group
      }
    }
    if (i >= 1 && before.get(i).is(",", "et", "ou")) {
      Entity left = people.at(before.get(i - 1).start());
      if (left != null && left.type() == EntityType.PERSON && !(before.get(i).is(",") && complement(left))) {
        // (not "Ex-conseiller de X, Y, ne croit pas": Y is the apposition's subject, X its complement)
        return true;
      }
    }
    List<Word> after = Word.scan(text, e.end(), Math.min(text.length(), e.end() + 120));
    int j = 0;
    if (j < after.size() && after.get(j).is(",", "et", "ou")) {
      j++;
      if (after.get(j - 1).is(",") && !personAt(after, j)) {
        // "Eric Woerth, le numéro trois du parti, Eric Ciotti": an apposition, then the next item
        int k = j;
        while (k < after.size() && k - j <= APPOSITION_WORDS && after.get(k).isWord()) {
          k++;
        }
        j = k < after.size() && after.get(k).is(",") ? k + 1 : j;
      }
      return personAt(after, j);
    }
    return false;
  }

  /** Whether a person mention completes a noun: "de", "d'", "du" or "des" right before it, titles aside. */
  private boolean complement(Entity e) {
    List<Word> before = Word.scan(text, Math.max(0, e.start() - 40), e.start());
    int i = before.size() - 1;
    while (i >= 0 && FrenchWords.TITLES.contains(before.get(i).lower())) {
      i--;
    }
    return i >= 0 && before.get(i).is("de", "d'", "du", "des");
  }

  /** Words an apposition between two people of a list may hold. */
  private static final int APPOSITION_WORDS = 8;

  /** Whether a person mention (not quoted) starts at word {@code j} of {@code ws}, titles aside. */
  private boolean personAt(List<Word> ws, int j) {
    while (j < ws.size() && FrenchWords.TITLES.contains(ws.get(j).lower())) {
      j++;
    }
    Entity right = j < ws.size() ? people.at(ws.get(j).start()) : null;
    return right != null && right.type() == EntityType.PERSON && !quoted.inQuote(right.start());
  }

  /** Words read back from a mention to the gerund it completes ("en visant ostensiblement X"). */
  private static final int GERUND_WORDS = 3;

  /**
   * Whether mention {@code e} completes a gerund ("», renchérit-il en pointant X", "en citant
   * longuement X"): the one the gerund's subject acts on, not a speaker. Not "en tant que".
   */
  boolean inGerund(Entity e) {
    List<Word> ws = quoted.words(Math.max(quoted.sentenceStart(e.start()), e.start() - 60), e.start());
    for (int i = ws.size() - 1; i >= 1 && ws.size() - 1 - i < GERUND_WORDS; i--) {
      Word w = ws.get(i);
      if (!w.isWord()) {
        return false;
      }
      if (ws.get(i - 1).is("en") && w.lower().endsWith("ant") && !w.is("tant")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether mention {@code e} is inside the participle clause that opens its sentence ("Passé par
   * Sciences-Po et l'ENA, il fustige", "Interrogé par BFMTV, X a dit"): a complement of the
   * participle; the subject comes after the comma.
   */
  boolean inParticipleFrame(Entity e) {
    List<Word> ws = quoted.words(quoted.sentenceStart(e.start()), e.start());
    if (ws.isEmpty()) {
      return false;
    }
    String first = ws.get(0).lower();
    if (!Word.firstGroupParticiple(first)) {
      return false;
    }
    return ws.stream().noneMatch(w -> w.is(",", ":", ";"));
  }

  /** Words read back from a parenthesis to the determiner of the phrase it glosses ("à son premier ministre ("). */
  private static final int GLOSSED_WORDS = 10;

  /**
   * Whether person mention {@code e} glosses, in parentheses, a phrase that is a complement ("un
   * message adressé par un président (X) à son premier ministre (Y)"): the name alone between the
   * parentheses, the phrase before them opened by a determiner right after a preposition. Like the
   * phrase it names, the person is spoken of; a subject glossed ("Le ministre (X) a dit") is not.
   */
  boolean glossesComplement(Entity e) {
    List<Word> before = quoted.words(quoted.sentenceStart(e.start()), e.start());
    List<Word> after = Word.scan(text, e.end(), Math.min(text.length(), e.end() + 3));
    int i = before.size() - 1;
    if (i < 2 || !before.get(i).is("(") || after.isEmpty() || !after.get(0).is(")")) {
      return false;
    }
    for (int k = i - 1; k >= 1 && i - k <= GLOSSED_WORDS; k--) {
      Word w = before.get(k);
      if (!w.isWord() && !w.is("-")) {
        return false;
      }
      if (!FrenchWords.DETERMINERS.contains(w.lower()) && !w.is("notre", "votre")) {
        continue;
      }
      Word p = before.get(k - 1);
      if (p.is("de", "d'") || w.is("du", "des") && !FrenchWords.PREPOSITIONS.contains(p.lower())) {
        continue; // "le ministre de l'Intérieur (": the complement of the glossed phrase's noun
      }
      return FrenchWords.PREPOSITIONS.contains(p.lower());
    }
    return false;
  }
}
