package io.newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.List;

/**
 * The verb half of the clause chunker: reporting verb groups ("explique", "a aussi indiqué",
 * "s'est exclamé", "explique-t-il") found in a word list, and what the attribution rules ask of
 * them: is the group conjugated, negated, singular or plural, does it close a paraphrase, do some
 * words make a clause. The noun half is {@link NounPhrases}.
 */
final class VerbGroups {
  /**
   * The last word of a verb group from {@link #verbAt} is at most this many words after its first:
   * "se", the auxiliary, the adverbs, the participle.
   */
  static final int MAX_GROUP = VerbAdverbs.MAX_ADVERB_WORDS + 2;

  private final ReportingVerbs reporting;
  /** Offsets of the words the tagger found to be finite verbs (empty when there are no tags). */
  private final BitSet finiteVerbs;

  VerbGroups(ReportingVerbs reporting, BitSet finiteVerbs) {
    this.reporting = reporting;
    this.finiteVerbs = finiteVerbs;
  }

  /** Whether the tagger found word {@code w} to be a finite verb. */
  boolean tagged(Word w) {
    return finiteVerbs.get(w.start());
  }

  boolean isVerb(Word w) {
    String base = ReportingVerbs.splitInverted(w.lower())[0];
    return reporting.isForm(base) || FrenchWords.AUXILIARIES.contains(base) || tagged(w);
  }

  /**
   * Whether word {@code k} of {@code ws} is a verb, read in its place: a reporting verb's form right
   * after a determiner is a noun ("un communiqué", "une note", "le rapport").
   */
  boolean isVerbAt(List<Word> ws, int k) {
    return isVerb(ws.get(k)) && !(k > 0 && FrenchWords.DETERMINERS.contains(ws.get(k - 1).lower())
        && !FrenchWords.AUXILIARIES.contains(ws.get(k).lower()));
  }

  /** A reporting verb group starting at word {@code i}: "explique", "a indiqué", "s'est exclamé". */
  VerbGroup verbAt(List<Word> ws, int i) {
    int j = verbWordAt(ws, i);
    if (j >= ws.size() || !ws.get(j).isWord() || ws.get(j).isCapitalised() && j > 0) {
      return null;
    }
    // "s'est exclamé" reports speech, "se poursuit" and "se décrivait" do not; "lui a répondu" does
    boolean reflexive = j > i && ws.get(j - 1).is("s'", "se");
    String[] split = ReportingVerbs.splitInverted(ws.get(j).lower());
    if (FrenchWords.AUXILIARIES.contains(split[0])) {
      int k = VerbAdverbs.after(ws, j + 1);
      if (!reflexive && k < ws.size() && ws.get(k).is("fait") && causative(ws, k, "fait")) {
        return new VerbGroup(i, k + 1, split[1]); // "a fait savoir", "a-t-il fait valoir"
      }
      int infinitive = reflexive || k >= ws.size() ? -1 : modalInfinitive(ws, k, ws.get(k).lower());
      if (infinitive > 0) {
        return new VerbGroup(i, infinitive, split[1]); // "a tenu à préciser", "a voulu rappeler"
      }
      if (k < ws.size() && reporting.isForm(ws.get(k).lower())
          && (!reflexive || reporting.isPronominal(ws.get(k).lower()))) {
        return new VerbGroup(i, k, split[1]);
      }
      return null;
    }
    if (!reflexive && causative(ws, j, split[0])) {
      return new VerbGroup(i, j + 1, split[1]); // "fait savoir", "faisait-il remarquer"
    }
    int infinitive = reflexive ? -1 : modalInfinitive(ws, j, split[0]);
    if (infinitive > 0) {
      return new VerbGroup(i, infinitive, split[1]); // "tient à préciser", "veut-il rappeler"
    }
    if (reporting.isForm(split[0]) && (split[1] != null || !isInfinitive(split[0]))
        && (!reflexive || reporting.isPronominal(split[0]))) {
      return new VerbGroup(i, j, split[1]);
    }
    return null;
  }

  /** Finite forms and participles of "faire", which with a reporting infinitive report speech ("fait savoir"). */
  static final java.util.Set<String> FAIRE = java.util.Set.of(
      "fait", "font", "faisait", "faisaient", "fit", "firent", "fera", "feront", "ferait", "feraient");

  /**
   * Whether word {@code k} of {@code ws}, read as {@code form}, is "faire" followed by the
   * infinitive of a reporting verb: "fait savoir", "a fait remarquer", "faisait valoir".
   */
  private boolean causative(List<Word> ws, int k, String form) {
    if (k + 1 >= ws.size() || !FAIRE.contains(form)) {
      return false;
    }
    String next = ws.get(k + 1).lower();
    return reporting.isForm(next) && isInfinitive(next);
  }

  /**
   * Forms of verbs that take a reporting infinitive as their object and report speech with it:
   * vouloir ("a voulu rappeler"), tenir à ("a tenu à préciser"), préférer, chercher à, choisir de,
   * décider de. "vouloir dire" (to mean) and "vouloir savoir" (to ask) are left out.
   */
  private static final java.util.Set<String> MODALS = java.util.Set.of(
      "veut", "veulent", "voulait", "voulaient", "voulut", "voudra", "voudrait", "voulu",
      "tient", "tiennent", "tenait", "tenaient", "tint", "tiendra", "tiendrait", "tenu", "tenue",
      "préfère", "préfèrent", "préférait", "préféraient", "préféra", "préféré", "préférée",
      "cherche", "cherchent", "cherchait", "cherchaient", "chercha", "cherché", "cherchée",
      "choisit", "choisissent", "choisissait", "choisi", "choisie",
      "décide", "décident", "décidait", "décida", "décidé", "décidée");

  /**
   * The index of the reporting infinitive that word {@code k}, read as {@code form}, governs as a
   * verb of {@link #MODALS} ("tenu à préciser", "voulu rappeler", "choisi de répondre"), or -1.
   */
  private int modalInfinitive(List<Word> ws, int k, String form) {
    if (!MODALS.contains(form)) {
      return -1;
    }
    int n = k + 1;
    if (n < ws.size() && ws.get(n).is("à", "de", "d'")) {
      n++;
    }
    if (n >= ws.size() || !reporting.isForm(ws.get(n).lower()) || !isInfinitive(ws.get(n).lower())
        || form.startsWith("v") && ws.get(n).is("dire", "savoir")) {
      return -1;
    }
    return n;
  }

  /** Forms of "avoir" that make a compound tense: "a attaqué", "avait lancé". */
  private static final java.util.Set<String> AVOIR = java.util.Set.of(
      "a", "avait", "aura", "aurait", "eut", "ont", "avaient", "auront", "auraient");
  /** Past participle endings: the word after "a" in "a attaqué", "a réagi", "a répondu", "a écrit". */
  private static final String[] PARTICIPLE = {"é", "ée", "és", "ées", "i", "ie", "is", "u", "ue", "us", "it", "ert",
      "int", "ait"};

  /**
   * Any verb group at word {@code i} that is not in the reporting verb list but whose shape makes
   * it an incise when it stands right after a quote: an inverted pronoun ("s'agace-t-il",
   * "avait-elle déclaré"), "avoir" and a past participle ("a attaqué", "s'est agacée"), or a word
   * the tagger found to be a finite verb ("tance"). Only the position says it reports the words.
   */
  VerbGroup inciseAt(List<Word> ws, int i) {
    int j = verbWordAt(ws, i);
    if (j >= ws.size() || !ws.get(j).isWord() || ws.get(j).isCapitalised()) {
      return null;
    }
    boolean reflexive = j > i;
    String[] split = ReportingVerbs.splitInverted(ws.get(j).lower());
    int k = j;
    if (FrenchWords.AUXILIARIES.contains(split[0])) {
      if (!reflexive && !AVOIR.contains(split[0])) {
        return null; // "», est arrivé le président": a verb of motion or a passive, not an incise
      }
      k = VerbAdverbs.after(ws, j + 1);
      if (k >= ws.size() || !isParticiple(ws.get(k))) {
        return split[1] != null ? new VerbGroup(i, j, split[1]) : null;
      }
      return new VerbGroup(i, k, split[1]);
    }
    if (split[1] != null) {
      return new VerbGroup(i, j, split[1]);
    }
    return tagged(ws.get(j)) ? new VerbGroup(i, j, null) : null;
  }

  /** Words read over between "avoir" and its participle in a verb known by its form ("a à l'époque réagi"). */
  private static final int FORM_GAP = 4;

  /**
   * A verb group at word {@code i} known by its form alone (models/quotes/verb-forms.txt, {@link
   * VerbForms}), for a verb in no list and no tagger's: a third-person form ("anticipe"), or
   * "avoir" (or a reflexive "être") and a past participle at most {@link #FORM_GAP} words on ("avait
   * à l'époque réagi", "a ainsi mis en garde"). Null otherwise.
   */
  static VerbGroup formAt(List<Word> ws, int i) {
    int j = verbWordAt(ws, i);
    if (j >= ws.size() || !ws.get(j).isWord() || ws.get(j).isCapitalised()) {
      return null;
    }
    String w = ws.get(j).lower();
    if (!AUXILIARY_FORMS.contains(w)) {
      return VerbForms.thirdPerson(w) ? new VerbGroup(i, j, null) : null;
    }
    for (int k = j + 1; k < ws.size() && k <= j + FORM_GAP && ws.get(k).isWord(); k++) {
      if (!ws.get(k).isCapitalised() && VerbForms.participle(ws.get(k).lower())) {
        return new VerbGroup(i, k, null);
      }
    }
    return null;
  }

  /** The auxiliaries a verb known by its form may open with: "avoir", and "être" ("s'est agacé"). */
  private static final java.util.Set<String> AUXILIARY_FORMS = java.util.Set.of(
      "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "avons", "avez", "est");

  /**
   * The index of the verb's first word in a group starting at word {@code i}: after the pronouns
   * of the one spoken to and a reflexive "se" ("», lui a répondu X", "», s'est agacé X").
   */
  static int verbWordAt(List<Word> ws, int i) {
    int j = afterObjectPronoun(ws, i);
    return j < ws.size() && ws.get(j).is("s'", "se") ? j + 1 : j;
  }

  /** The index of the first word at or after {@code i} that is no mark closing a quote or a parenthesis (",", "!", "?", "…", ")"). */
  static int afterMarks(List<Word> ws, int i) {
    while (i < ws.size() && ws.get(i).is(",", "!", "?", "…", ")")) {
      i++;
    }
    return i;
  }

  /** Pronouns that stand before a verb for the one spoken to ("», me dit X", "», lui a répondu X"). */
  private static final java.util.Set<String> OBJECT_PRONOUNS = java.util.Set.of(
      "me", "m'", "te", "t'", "lui", "leur", "nous", "vous");

  /**
   * The index of the word after the pronouns of the one spoken to that open a verb group at word
   * {@code i} ("», me dit un proche", "», nous l'a confié X", "», leur a-t-il lancé"), or
   * {@code i}. "nous" and "vous" are the subject before a verb of their own person ("nous avons
   * dit", "vous dites"), and stay.
   */
  static int afterObjectPronoun(List<Word> ws, int i) {
    if (i + 1 >= ws.size() || !OBJECT_PRONOUNS.contains(ws.get(i).lower())) {
      return i;
    }
    int j = i + 1;
    if (ws.get(j).is("l'", "le", "la", "les") && j + 1 < ws.size()) {
      j++; // "nous l'a confié"
    }
    String verb = ws.get(j).lower();
    if (ws.get(i).is("nous", "vous") && (verb.endsWith("ons") || verb.endsWith("ez") || verb.endsWith("es")
        || verb.equals("sommes") || verb.equals("êtes"))) {
      return i; // "nous avons dit", "vous dites": the subject
    }
    return j;
  }

  /**
   * Whether the verb at word {@code k} of {@code ws} tells a state or a passive, not an act: a form
   * of "être" ("X est arrivé", "X sera candidat") or an auxiliary before "été" ("X a été élu").
   */
  static boolean isState(List<Word> ws, int k) {
    return ws.get(k).is("est", "sont", "était", "étaient", "fut", "sera", "serait")
        || k + 1 < ws.size() && ws.get(k + 1).is("été");
  }

  /** A lower-case word with a past participle ending ("prononcés", "dit", "écrit"). */
  static boolean isParticiple(Word w) {
    return w.isWord() && !w.isCapitalised() && isParticipleForm(w.lower());
  }

  /** A word in lower case with a past participle ending. */
  static boolean isParticipleForm(String l) {
    for (String ending : PARTICIPLE) {
      if (l.endsWith(ending) && l.length() > ending.length() + 1) {
        return true;
      }
    }
    return false;
  }

  /** Words an aside between commas may hold after a reporting verb ("a jugé, avant le début du séminaire, que"). */
  private static final int ASIDE_WORDS = 8;

  /**
   * The reporting verb group that opens a "que" clause, word {@code k} being the word before the
   * "que": over an aside between commas ({@link #verbBeforeAside}) or over a time, an adverb or
   * whom the words were said to ({@link #verbBeforeThat}). Null if none.
   */
  VerbGroup verbOpeningThat(List<Word> ws, int k) {
    return ws.get(k).is(",") ? verbBeforeAside(ws, k) : verbBeforeThat(ws, k);
  }

  /**
   * The reporting verb group ending right before an aside set between commas with no verb of its
   * own, {@code k} being its closing comma: "a jugé, avant le début du séminaire, qu'", "estime,
   * lundi sur RTL, que". Null otherwise.
   */
  private VerbGroup verbBeforeAside(List<Word> ws, int k) {
    for (int c = k - 1; c > 0 && k - c <= ASIDE_WORDS + 1; c--) {
      Word w = ws.get(c);
      if (w.is(",")) {
        return c < k - 1 ? verbEndingAt(ws, c - 1) : null;
      }
      if (!w.isWord() || isVerbAt(ws, c) || FrenchWords.FINITE_VERBS.contains(w.lower())
          || w.is("que", "qu'", "qui", "dont")) {
        return null;
      }
    }
    return null;
  }

  /** Words read over between a reporting verb and the "que" of its clause ("a indiqué samedi à l'AFP que"). */
  private static final int THAT_GAP = 5;

  /**
   * The reporting verb group ending at word {@code k}, the last before a "que", or a few words
   * before it over a time, an adverb or whom the words were said to ("a indiqué samedi que", "a
   * déclaré à l'AFP que", "a expliqué lundi sur France Inter que"): no other verb, comma or
   * quotation between. Null if none.
   */
  private VerbGroup verbBeforeThat(List<Word> ws, int k) {
    for (int j = k; j >= 0 && k - j <= THAT_GAP; j--) {
      VerbGroup vg = verbEndingAt(ws, j);
      if (vg != null) {
        return vg;
      }
      Word w = ws.get(j);
      if (w.isWord() ? isVerb(w) || w.is("que", "qu'", "qui", "et", "mais", "dont") : !w.is("'", "’")) {
        return null;
      }
    }
    return null;
  }

  /** The reporting verb group whose main verb is word {@code k}, or null. */
  VerbGroup verbEndingAt(List<Word> ws, int k) {
    Word w = ws.get(k);
    if (!w.isWord() || !reporting.isForm(ReportingVerbs.splitInverted(w.lower())[0])) {
      return null;
    }
    int first = k;
    int j = k - 1;
    if (j >= 0 && causative(ws, j, ws.get(j).lower())) {
      first = j; // "fait savoir", "a fait remarquer"
      j--;
    } else if (j >= 0 && modalInfinitive(ws, j, ReportingVerbs.splitInverted(ws.get(j).lower())[0]) == k) {
      first = j; // "veut rappeler", "a voulu rappeler"
      j--;
    } else if (j >= 1 && ws.get(j).is("à", "de", "d'")
        && modalInfinitive(ws, j - 1, ReportingVerbs.splitInverted(ws.get(j - 1).lower())[0]) == k) {
      first = j - 1; // "tient à préciser", "a tenu à préciser"
      j -= 2;
    }
    j = VerbAdverbs.before(ws, j);
    if (j >= 0 && FrenchWords.AUXILIARIES.contains(ReportingVerbs.splitInverted(ws.get(j).lower())[0])) {
      first = j;
      if (first > 0 && ws.get(first - 1).is("s'")) {
        first--;
      }
    } else if (first == k && k > 0 && ws.get(k - 1).is("s'", "se")) {
      first = k - 1;
    }
    VerbGroup vg = verbAt(ws, first);
    return vg != null && vg.last() == k ? vg : null;
  }

  /** The word of a verb group that carries tense and person: the auxiliary or the verb itself. */
  private static Word finiteWord(List<Word> ws, VerbGroup vg) {
    int j = vg.first();
    return ws.get(j).is("s'", "se") && j < vg.last() ? ws.get(j + 1) : ws.get(j);
  }

  /**
   * Whether a verb group is conjugated, so that it has a subject of its own: not a present
   * participle ("en regrettant que", "suggérant la pureté") nor a bare past participle.
   */
  boolean isFinite(List<Word> ws, VerbGroup vg) {
    String w = ReportingVerbs.splitInverted(finiteWord(ws, vg).lower())[0];
    if (FrenchWords.AUXILIARIES.contains(w)) {
      return true;
    }
    return !(w.endsWith("ant") || Word.firstGroupParticiple(w));
  }

  /** "ne réagissant qu'à", "n'a jamais dit que": a negated verb reports no words. */
  boolean isNegated(List<Word> ws, VerbGroup vg) {
    for (int j = vg.first() - 1; j >= 0 && FrenchWords.CLITICS.contains(ws.get(j).lower()); j--) {
      if (ws.get(j).is("ne", "n'")) {
        return true;
      }
    }
    return vg.first() > 0 && ws.get(vg.first() - 1).is("pas", "jamais", "guère", "point", "rien", "plus");
  }

  /** Whether the verb group is a reporting verb that can close a paraphrase ("..., explique X."). */
  boolean isIncise(List<Word> ws, VerbGroup vg) {
    return reporting.isIncise(ReportingVerbs.splitInverted(ws.get(vg.last()).lower())[0]) && isFinite(ws, vg);
  }

  /**
   * Whether words [from, to) make a clause: a conjugated verb outside relative clauses and
   * brackets. "Le collectif, qui avait réuni 8 000 manifestants en octobre," is a noun phrase.
   */
  boolean isClause(List<Word> ws, int from, int to) {
    boolean relative = false;
    int brackets = 0;
    for (int i = from; i < to; i++) {
      Word w = ws.get(i);
      if (w.is("(")) {
        brackets++;
      } else if (w.is(")")) {
        brackets = Math.max(0, brackets - 1);
      } else if (w.is("qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "où")) {
        relative = true;
      } else if (w.is(",", "–", "—", ";", ":")) {
        relative = false;
      } else if (!relative && brackets == 0 && (finiteVerbs.get(w.start())
          || FrenchWords.FINITE_VERBS.contains(w.lower()) || isFiniteReportingForm(w.lower()))) {
        return true;
      }
    }
    return false;
  }

  /** "s’amuse", "affirme": a reporting verb form that is neither a participle nor an infinitive. */
  private boolean isFiniteReportingForm(String w) {
    return reporting.isForm(w) && !isInfinitive(w) && !w.endsWith("ant") && !w.endsWith("é") && !w.endsWith("ée")
        && !w.endsWith("és") && !w.endsWith("ées");
  }

  /** The reporting verb that word {@code w} is a form of ({@link ReportingVerbs#lemma(Word)}), or null. */
  String lemma(Word w) {
    return reporting.lemma(w);
  }

  /**
   * Whether a reporting verb form is its infinitive (the lemma, or its last word): "déclarer", "dire", but
   * not the present "déclare", "assure", "conclure"'s "conclut" (an ending test took every -re
   * present for an infinitive).
   */
  private boolean isInfinitive(String w) {
    String lemma = reporting.lemma(w);
    return lemma != null && (lemma.equals(w) || lemma.endsWith(" " + w)); // "faire savoir" = savoir
  }

  /** The number of the verb group starting at word {@code v}: true plural, false singular, null unknown. */
  static Boolean verbIsPlural(List<Word> ws, int v) {
    int j = v < ws.size() - 1 && ws.get(v).is("s'", "se") ? v + 1 : v;
    String w = ReportingVerbs.splitInverted(ws.get(j).lower())[0];
    if (FrenchWords.PLURAL_AUXILIARIES.contains(w)) {
      return true;
    }
    if (FrenchWords.AUXILIARIES.contains(w)) {
      return false;
    }
    if (w.endsWith("ant") || Word.firstGroupParticiple(w)) {
      return null;
    }
    // third person plural: "estiment", "disaient", "dirent", "diront"; not "soutient", "craint", "dément"
    return w.endsWith("nt") && !w.endsWith("int") && !w.endsWith("tient") && !w.endsWith("vient")
        && !w.equals("dément");
  }
}
