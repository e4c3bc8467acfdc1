package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * A sentence whose subject is a demonstrative and its relative clause: "Celui qu'Emmanuel Macron
 * a nommé chargé de mission affirme que «", "Celle qui est aussi porte-parole de l'Unesco explique
 * :", "Celui qui se dit « victime »". The demonstrative stands for a person the article spoke of
 * before, as "il" or "elle" would; a name inside the relative clause is the subject of the
 * relative's verb, never of the main one. The speaker is the person the pronoun stands for (or a
 * person apposed between commas: "Celui qui dirige l'association, X, explique :"), else no one.
 */
final class DemonstrativeSubjects {
  /** Demonstratives that open a subject with a relative clause, and the pronoun each stands as. */
  private static final Set<String> SINGULAR = Set.of("celui", "celle");
  private static final Set<String> PLURAL = Set.of("ceux", "celles");
  /** Words that may open the sentence before its subject. */
  private static final Set<String> LINKS = Set.of("mais", "et", "or", "puis", "car", "donc", "ainsi", "aussi");

  private final People people;
  private final VerbGroups verbs;
  private final SpeakerResolver resolver;

  DemonstrativeSubjects(ArticleReading reading) {
    this.people = reading.people();
    this.verbs = reading.verbs();
    this.resolver = reading.resolver();
  }

  /**
   * The speaker of a quote whose sentence reads {@code left} before its marks, when that sentence
   * opens with "Celui qui/que/dont", "Celle qui/que/dont" and the quote stands after the main
   * clause's reporting verb (or its colon), or after the reporting verb of a relative "qui" ("Celui
   * qui affirme «"); {@link Speaker#UNNAMED} when the demonstrative stands for no one the
   * article named before or for many ("Ceux qui"); null when the sentence is not of that kind, or
   * the quote stands in a relative clause that has a subject of its own ("Celui que X a qualifié
   * de «": X's words).
   */
  Speaker of(List<Word> left, Speaker previous, int at) {
    int d = 0;
    while (d < left.size() && LINKS.contains(left.get(d).lower())) {
      d++;
    }
    if (d + 2 >= left.size() || !left.get(d + 1).is("qui", "que", "qu'", "qu’", "dont")) {
      return null;
    }
    String demonstrative = left.get(d).lower();
    if (!SINGULAR.contains(demonstrative) && !PLURAL.contains(demonstrative)) {
      return null;
    }
    List<int[]> clusters = clusters(left, d + 2);
    int main = -1; // the first word of the main clause's verb: the first reporting cluster after the relative's
    for (int c = 1; c < clusters.size() && main < 0; c++) {
      main = reports(left, clusters.get(c)) ? clusters.get(c)[0] : -1;
    }
    if (main < 0 && clusters.size() >= 2 && left.get(left.size() - 1).is(":")) {
      main = clusters.get(1)[0]; // "Celle que X avait soutenue explique :"
    }
    // "Celui qui affirme «": the relative's own verb, whose subject "qui" is the demonstrative
    boolean relativeSays = main < 0 && clusters.size() == 1 && left.get(d + 1).is("qui")
        && reports(left, clusters.get(0));
    if (main < 0 && !relativeSays) {
      return null;
    }
    int verb = relativeSays ? clusters.get(0)[0] : main;
    if (verbs.isNegated(left, new VerbGroup(verb, verb, null))) {
      return null;
    }
    if (main >= 0) {
      Speaker apposed = apposedBefore(left, main);
      if (apposed != null) {
        return apposed;
      }
    }
    if (PLURAL.contains(demonstrative)) {
      return Speaker.UNNAMED; // "Ceux qui ... affirment que «": many, none named
    }
    return referent(demonstrative, left.get(d).start(), previous);
  }

  /**
   * The person "celui" or "celle" at text offset {@code at} stands for, read as "il" or "elle"
   * would be: the previous speaker, or a person of the demonstrative's gender; else {@link
   * Speaker#UNNAMED}, a wrong speaker being worse than none.
   */
  Speaker referent(String demonstrative, int at, Speaker previous) {
    boolean man = demonstrative.equals("celui");
    Speaker s = resolver.pronoun(man ? "il" : "elle", at, previous);
    boolean sure = s != null && (Character.valueOf(man ? 'm' : 'f').equals(s.gender())
        || previous != null && s.name().equals(previous.name()));
    return sure ? s : Speaker.UNNAMED;
  }

  /**
   * The verb clusters of {@code ws} from word {@code from} on: [first, last] word indexes of runs
   * that open with a finite verb, an auxiliary going on with adverbs and its participle ("a nommé",
   * "n'a pas dit", "a été nommé").
   */
  private List<int[]> clusters(List<Word> ws, int from) {
    List<int[]> out = new java.util.ArrayList<>();
    int[] open = null;
    boolean auxiliary = false; // the open cluster waits for its participle ("a", "n'a pas", "a été")
    for (int i = from; i < ws.size(); i++) {
      Word w = ws.get(i);
      String base = ReportingVerbs.splitInverted(w.lower())[0];
      if (open != null && (FrenchWords.ADVERBS.contains(w.lower()) || w.is("pas", "plus", "jamais"))) {
        open[1] = i;
      } else if (open != null && auxiliary && (VerbGroups.isParticiple(w) || verbs.isVerb(w))) {
        open[1] = i; // "a nommé", "avait soutenue", "a été"
        auxiliary = FrenchWords.AUXILIARIES.contains(base);
      } else if (finite(w)) {
        open = new int[] {i, i}; // "avait soutenue explique": a finite verb after a participle opens the next
        out.add(open);
        auxiliary = FrenchWords.AUXILIARIES.contains(base);
      } else {
        open = null;
      }
    }
    return out;
  }

  /** Whether a verb cluster holds a conjugated reporting verb group ("affirme", "a expliqué"). */
  private boolean reports(List<Word> ws, int[] cluster) {
    for (int i = cluster[0]; i <= cluster[1]; i++) {
      VerbGroup vg = verbs.verbEndingAt(ws, i);
      if (vg != null && verbs.isFinite(ws, vg)) {
        return true;
      }
    }
    return false;
  }

  /** A finite verb: tagged so, an auxiliary, or a reporting verb conjugated ("affirme"). */
  private boolean finite(Word w) {
    if (!w.isWord() || w.isCapitalised()) {
      return false;
    }
    String base = ReportingVerbs.splitInverted(w.lower())[0];
    if (verbs.tagged(w) || FrenchWords.isFinite(base)) {
      return true;
    }
    VerbGroup vg = verbs.verbAt(List.of(w), 0);
    return vg != null && verbs.isFinite(List.of(w), vg);
  }

  /** "Celui qui dirige l'association, X, explique :": a person between commas right before the main verb. */
  private Speaker apposedBefore(List<Word> ws, int main) {
    int k = main - 1;
    while (k >= 0 && FrenchWords.CLITICS.contains(ws.get(k).lower())) {
      k--;
    }
    if (k < 2 || !ws.get(k).is(",")) {
      return null;
    }
    Entity e = people.at(ws.get(k - 1).start());
    if (e == null || e.type() != EntityType.PERSON || e.end() != ws.get(k - 1).end()) {
      return null;
    }
    int p = k - 1;
    while (p >= 0 && ws.get(p).start() > e.start()) {
      p--;
    }
    return p >= 1 && ws.get(p).start() == e.start() && ws.get(p - 1).is(",") ? resolver.person(e, null) : null;
  }
}
