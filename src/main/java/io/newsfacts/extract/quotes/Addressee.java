package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;

/**
 * Whom an open letter speaks to, and the words it quotes of them: a letter opening with a
 * salutation line ("Monsieur le Président de la République,", "Cher Docteur,", "Madame Hidalgo,")
 * says "vous" to that person, so "vous avez froidement répondu : «", "», écrivez-vous" quote the
 * addressee. Without a salutation "vous" is left alone (an interview, the reader).
 */
final class Addressee {
  /** Words that open a salutation line. */
  private static final java.util.Set<String> SALUTATIONS = java.util.Set.of("monsieur", "madame", "cher", "chère",
      "mademoiselle");
  /** A salutation is one of the first lines of the text, at most this long. */
  private static final int LINE_LENGTH = 80;
  private static final int FIRST_LINES = 4;
  /** Words allowed between "vous" and the end of the words before the quote ("vous avez froidement répondu :"). */
  private static final int VOUS_GAP = 7;

  private final QuotedText quoted;
  private final People people;
  private final VerbGroups verbs;
  private final SpeakerResolver resolver;
  private Speaker addressee;
  private boolean read;

  Addressee(ArticleReading reading) {
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.verbs = reading.verbs();
    this.resolver = reading.resolver();
  }

  /**
   * The addressee when the words around a quote make "vous" its speaker: an inverted "-vous" right
   * after it ("», écrivez-vous"), or "vous" as the subject of a reporting verb just before it
   * ("vous avez répondu : «", "vous m'avez dit que «"); null otherwise or when the text has no
   * salutation.
   */
  Speaker of(List<Word> left, List<Word> right) {
    int i = VerbGroups.afterMarks(right, 0);
    boolean spoken = i > 0 && i < right.size() && right.get(i).lower().endsWith("-vous") && isVerb(right.get(i));
    for (int k = left.size() - 1; !spoken && k >= 0 && left.size() - 1 - k <= VOUS_GAP; k--) {
      if (!left.get(k).is("vous") || k > 0 && FrenchWords.PREPOSITIONS.contains(left.get(k - 1).lower())) {
        continue;
      }
      for (int j = k + 1; j < left.size() && j - k <= VOUS_GAP; j++) {
        VerbGroup vg = verbs.verbEndingAt(left, j);
        if (vg != null && vg.first() - k <= 2 && !verbs.isNegated(left, vg) && secondPlural(left.get(vg.first()))) {
          spoken = true;
          break;
        }
      }
    }
    return spoken ? addressee() : null;
  }

  /** The person (or role) a salutation line opening the text names, or null. */
  private Speaker addressee() {
    if (read) {
      return addressee;
    }
    read = true;
    String text = quoted.text();
    int from = 0;
    for (int line = 0; line < FIRST_LINES && from < text.length(); line++) {
      int to = text.indexOf('\n', from);
      if (to < 0) {
        to = text.length();
      }
      String s = text.substring(from, to).strip();
      if (!s.isEmpty() && s.length() <= LINE_LENGTH && s.endsWith(",")) {
        List<Word> ws = quoted.words(from, to);
        if (ws.size() >= 3 && SALUTATIONS.contains(ws.get(0).lower())) {
          addressee = named(ws.subList(1, ws.size() - 1));
          return addressee;
        }
      }
      from = to + 1;
    }
    return null;
  }

  /** "le Président de la République", "Docteur", "Hidalgo": the person named, else the words. */
  private Speaker named(List<Word> ws) {
    int start = ws.get(0).start();
    int end = ws.get(ws.size() - 1).end();
    for (Word w : ws) {
      Entity e = people.at(w.start());
      if (e != null && e.start() < start) {
        // a mention that holds the salutation ("Cher Docteur" tagged a person) names no one
        return new Speaker(resolver.phrase(start, end), null, null, start);
      }
      if (e != null && e.type() == EntityType.PERSON) {
        return resolver.person(e, null);
      }
    }
    Speaker s = resolver.resolve(start, end, end, null, true);
    return s != null ? s : new Speaker(resolver.phrase(start, end), null, null, start);
  }

  /**
   * Whether the conjugated word of a verb group agrees with "vous" as its subject ("avez",
   * "répondez", "êtes", "dites"): "Les conducteurs vous diront" has "vous" for object.
   */
  private static boolean secondPlural(Word w) {
    String l = w.lower();
    return l.endsWith("ez") || l.equals("êtes") || l.equals("dites") || l.equals("faites");
  }

  /** "écrivez-vous", "dites-vous": the word before "-vous" is a verb in the second person plural. */
  private boolean isVerb(Word w) {
    int cut = w.text().length() - "-vous".length();
    String base = w.lower().substring(0, cut);
    return base.endsWith("ez") || base.equals("dites")
        || verbs.isVerb(new Word(w.text().substring(0, cut), base, w.start(), w.end() - 5));
  }
}
