package io.newsfacts.extract.quotes;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a noun phrase before a colon is to its clause: a finite verb's or an infinitive's object
 * ("X salue le travail de Y :"), a preposition's complement ("entre Batho et Montebourg :"), or an
 * inverted subject ("Comme l'a dit X :"). Only a phrase that is none of the first two may be the
 * colon's speaker ({@link ClauseSpeakers#colon}).
 */
final class ClauseObjects {
  private final VerbGroups verbs;

  ClauseObjects(VerbGroups verbs) {
    this.verbs = verbs;
  }

  /**
   * Whether the noun phrase starting at text offset {@code start}, ending the clause a colon closes,
   * is spoken of rather than speaking: a preposition's complement ({@link #isComplement}), the
   * object of the verb right before it ({@link #isObject}), or, unless it is that verb's inverted
   * subject, the object of the clause's first verb ({@link ClauseShapes#objectOfVerb}: "Dimanche, X
   * a eu ce mot pour Y :").
   */
  boolean spokenOf(List<Word> clause, int start) {
    return isComplement(clause, start) || isObject(clause, start)
        || !invertedSubject(clause, start) && ClauseShapes.objectOfVerb(clause, start, verbs);
  }

  /**
   * Word {@code v} of {@code ws} is a finite verb: tagged so, an auxiliary ("Imagine-t-on quelqu'un
   * soupirer :" has no subject before "soupirer"), or a reporting verb conjugated and not after a
   * determiner ("écrivait", not "la note").
   */
  boolean isFinite(List<Word> ws, int v) {
    Word w = ws.get(v);
    String base = ReportingVerbs.splitInverted(w.lower())[0];
    if (verbs.tagged(w) || FrenchWords.isFinite(base)) {
      return true;
    }
    VerbGroup vg = verbs.isVerbAt(ws, v) && !w.isCapitalised() ? verbs.verbAt(List.of(w), 0) : null;
    return vg != null && verbs.isFinite(List.of(w), vg);
  }

  /**
   * Whether the noun phrase starting at text offset {@code start} is a preposition's complement
   * ("sous l'égide de Nelson Mandela :", "dans un entretien à Médiapart :"): it says where or how,
   * not who speaks. "Selon X :" is a source, and so is what "de" opens ("émane de la garde
   * rapprochée de X :").
   */
  private static boolean isComplement(List<Word> ws, int start) {
    for (int k = ws.size() - 1; k > 0; k--) {
      if (ws.get(k).start() == start) {
        // (or the subject of a relative clause: "les convictions que son équipe comptait porter :")
        // (or the topic: "a toujours pensé à propos d'X :", "au sujet du ministre :", "concernant X :")
        int p = k - 1;
        if (p > 0 && ws.get(p).is("et", "ou")) {
          // the second of two complements: "entre Batho et Montebourg :", "avec X et Y :"
          p--;
          while (p > 0 && ws.get(p).isWord()
              && (ws.get(p).isCapitalised() || FrenchWords.DETERMINERS.contains(ws.get(p).lower()))) {
            p--;
          }
        }
        return ws.get(p).is("à", "au", "aux", "sous", "dans", "sur", "avec", "par", "chez", "en", "contre",
            "entre", "vers", "devant", "que", "qu'", "dont", "où", "concernant")
            || p >= 1 && ws.get(p).is("de", "d'", "du", "des") && ws.get(p - 1).is("propos", "sujet");
      }
    }
    return false;
  }

  /**
   * Whether the noun phrase starting at text offset {@code start} is the object of the verb right
   * before it: an infinitive ("Et Manuel Valls d'éreinter le programme du candidat PS :") or a
   * finite verb ("X salue le travail de Y :"). The clause's subject speaks, not what it acts on. A
   * verb with its subject after it is no object's ("Comme l'a dit Jean Jaurès :").
   */
  private boolean isObject(List<Word> ws, int start) {
    for (int k = ws.size() - 1; k > 0; k--) {
      if (ws.get(k).start() == start) {
        Word before = ws.get(k - 1);
        if (CITING.contains(before.lower())) {
          return false; // "Et de citer Albert Einstein :": the one cited wrote the words
        }
        if (k >= 2 && ws.get(k - 2).is("fait", "faire", "faisait", "fera", "laisse", "laissé")) {
          return false; // "Sa venue a fait réagir X :": the one a causative makes act speaks
        }
        if (verbs.isVerb(before) && !FrenchWords.AUXILIARIES.contains(before.lower())) {
          return !inverted(ws, k - 1);
        }
        boolean infinitive = k >= 2 && ws.get(k - 2).is("de", "d'", "d’", "à", "pour", "sans")
            && INFINITIVE.matcher(before.lower()).matches();
        return infinitive || !before.isCapitalised() && isFinite(ws, k - 1) || nonFiniteObject(ws, k);
      }
    }
    return false;
  }

  /**
   * Whether word {@code k} of {@code ws} opens the object of an infinitive or a gerund before it,
   * adverbs between: an infinitive after a conjugated verb or a negation ("elle ne compte pas
   * claquer la porte du mouvement de X :", "il souhaite construire la Défense de demain :"), a
   * gerund ("en analysant sévèrement la position de X :"). Neither has a subject after it. Not the
   * one a causative or a verb of hearing or reading makes speak ("laisse parler X :", "veut
   * écouter X :").
   */
  private boolean nonFiniteObject(List<Word> ws, int k) {
    int v = VerbAdverbs.before(ws, k - 1);
    if (v < 1 || !ws.get(v).isWord() || ws.get(v).isCapitalised()) {
      return false;
    }
    String verb = ws.get(v).lower();
    Word before = ws.get(v - 1);
    if (verb.endsWith("ant") && before.is("en")) {
      return true; // "en analysant la position de X"
    }
    if (!INFINITIVE.matcher(verb).matches() || HEARING.contains(verb)
        || VerbGroups.FAIRE.contains(before.lower()) || before.lower().startsWith("laiss")) {
      return false;
    }
    return before.is("pas", "plus", "jamais") || !before.isCapitalised() && isFinite(ws, v - 1);
  }

  /** Infinitives whose object is the one whose words follow ("écouter X :", "lire X :"), with those of {@link #CITING}. */
  private static final Set<String> HEARING = Set.of("écouter", "entendre", "lire", "citer", "voir", "relire", "réécouter");

  /**
   * Whether the noun phrase starting at text offset {@code start} is the inverted subject of the
   * verb right before it ("Comme l'a dit X :", "un décalage que souligne X :").
   */
  private boolean invertedSubject(List<Word> ws, int start) {
    for (int k = ws.size() - 1; k > 0; k--) {
      if (ws.get(k).start() == start) {
        Word before = ws.get(k - 1);
        return verbs.isVerb(before) && !FrenchWords.AUXILIARIES.contains(before.lower()) && inverted(ws, k - 1);
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code v} has its subject after it: the verb group opens the clause or
   * follows "comme" or a comma ("Comme l'a dit Jean Jaurès :", "..., a rappelé X :").
   */
  private static boolean inverted(List<Word> ws, int v) {
    int g = v;
    while (g > 0 && (FrenchWords.AUXILIARIES.contains(ws.get(g - 1).lower())
        || FrenchWords.CLITICS.contains(ws.get(g - 1).lower()))) {
      g--;
    }
    // (or "que": "un décalage que souligne Guillaume Tabard :")
    return g == 0 || ws.get(g - 1).is("comme", ",", ":", "ainsi", "que", "qu'", "qu’");
  }

  /** Forms of "citer", whose object is the author of the words that follow. */
  private static final Set<String> CITING = Set.of("citer", "cite", "citent", "citait", "citaient", "cita", "citant");

  /** The endings of French infinitives (first, second and third groups). */
  private static final Pattern INFINITIVE = Pattern.compile("\\p{L}{2,}(?:er|ir|re)");
}
