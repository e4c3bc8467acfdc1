package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.FrenchCalendar;
import io.newsfacts.lexicon.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The French words that the speaker rules look for, lower case: closed classes (determiners,
 * prepositions, pronouns, auxiliaries) as constants, open lists read from {@code models/quotes}
 * and {@code models/common}, so that an edit there changes the rules.
 */
final class FrenchWords {
  private FrenchWords() {}

  static final Set<String> DETERMINERS = Set.of(
      "le", "la", "l'", "les", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa",
      "ses", "leur", "leurs", "plusieurs", "certains", "certaines", "quelques", "deux", "trois", "mon", "ma", "mes");

  static final Set<String> DEFINITE = Set.of("le", "la", "l'", "les", "ce", "cet", "cette");

  /** Prepositions after which a noun phrase is not a subject. */
  static final Set<String> PREPOSITIONS = Set.of(
      "à", "au", "aux", "dans", "sur", "sous", "en", "lors", "devant", "pendant", "après", "avant",
      "avec", "pour", "par", "chez", "contre", "vers", "entre", "depuis", "auprès", "malgré", "sans",
      "de", "du", "des", "d'", "d'après", "face", "via", "envers", "jusqu'", "dès", "près");

  /** Words that end a noun phrase when read left to right. */
  static final Set<String> NP_STOPS = union(FrenchCalendar.weekdays().keySet(), Set.of( // "a dit lundi"
      "qui", "que", "qu'", "dont", "où", "et", "ou", "mais", "car", "donc", "or", "si", "lorsque",
      "lorsqu'", "quand", "alors", "selon", "d'après", "dans", "sur", "sous", "lors", "après", "avant", "pendant",
      "devant", "pour", "par", "avec", "chez", "contre", "vers", "en", "au", "aux", "à", "depuis",
      "hier", "aujourd'hui", "également", "aussi", "encore", "ensuite", "enfin", "ainsi", "notamment",
      "lui-même", "elle-même", "avait", "a", "est", "sont", "ont", "était", "ne", "n'", "se", "s'"));

  /** Nouns of time that a determiner opens before a name ("a dit ce matin X"): no noun the name qualifies. */
  static final Set<String> TIME_NOUNS = union(FrenchCalendar.months().keySet(), Set.of(
      "matin", "soir", "midi", "après-midi", "nuit", "jour", "week-end", "semaine", "mois", "année", "an",
      "soirée", "matinée", "journée", "veille", "lendemain"));

  static final Set<String> SUBJECT_PRONOUNS = Set.of("il", "elle", "on", "ils", "elles");

  /** Object and reflexive clitics that sit between a subject and its verb. */
  static final Set<String> CLITICS = Set.of(
      "ne", "n'", "me", "m'", "te", "t'", "se", "s'", "lui", "leur", "y", "en", "nous", "vous", "l'",
      "le", "la", "les");

  /** Relative pronouns: a clause opened by one may end at a comma ("X, qui a dit «...», ..."). */
  static final String[] RELATIVE_PRONOUNS = {"qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"};

  static final Set<String> AUXILIARIES = Set.of(
      "a", "avait", "ont", "avaient", "aura", "auront", "aurait", "auraient", "eut", "est", "était",
      "sont", "étaient", "sera", "serait", "ai", "avons", "avez", "suis");

  static final Set<String> PLURAL_AUXILIARIES = Set.of(
      "ont", "avaient", "auront", "auraient", "eurent", "sont", "étaient", "seront", "seraient");

  static final Set<String> PLURAL_DETERMINERS = Set.of(
      "les", "des", "ces", "ses", "leurs", "nos", "vos", "mes", "plusieurs", "certains", "certaines",
      "quelques", "nombreux", "nombreuses", "deux", "trois", "quatre", "cinq", "six", "dix", "cent");

  static final Set<String> SINGULAR_DETERMINERS = Set.of(
      "le", "la", "l'", "un", "une", "ce", "cet", "cette", "son", "sa", "leur", "mon", "ma", "notre", "votre");

  /** Nouns of quantity after which a verb agrees with the complement ("la moitié des élus disent"). */
  static final Set<String> QUANTITY_NOUNS = read("quotes/quantity-nouns.txt");

  /** Count words: "deux", "dix", "cent" (models/dates/numbers.txt). */
  static final Set<String> COUNT_WORDS = Set.copyOf(Lexicon.pairs("dates/numbers.txt").stream().map(kv -> kv[0]).toList());

  /** Words that open a complement clause: a noun phrase after a verb ends before them. */
  static final Set<String> CLAUSE_OPENERS = Set.of(
      "que", "qu'", "si", "comment", "pourquoi", "combien", "quand", "lorsque", "lorsqu'");

  /** Frequent conjugated verbs: a clause test for text without part-of-speech tags. */
  static final Set<String> FINITE_VERBS = Set.of(
      "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "a", "ont",
      "avait", "avaient", "aura", "auront", "aurait", "auraient", "va", "vont", "allait", "peut",
      "peuvent", "pourrait", "pourraient", "doit", "doivent", "devrait", "devraient", "faut", "fallait",
      "faudra", "faudrait", "font", "veut", "veulent", "sait", "savent", "reste", "restent", "semble",
      "semblent", "suis", "sommes", "êtes", "ai", "avons", "avez");

  /** Whether a lower-case word is an auxiliary or a frequent conjugated verb: a verb without tags. */
  static boolean isFinite(String lower) {
    return AUXILIARIES.contains(lower) || FINITE_VERBS.contains(lower);
  }

  /** Adverbs allowed between an auxiliary and its participle ("a encore déclaré"): the one-word entries. */
  static final Set<String> ADVERBS = Lexicon.lines("quotes/adverbs.txt").stream()
      .filter(a -> !a.contains(" ")).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The adverbial phrases of the same list ("de son côté", "pour sa part"), word by word. */
  static final List<List<String>> ADVERB_PHRASES = Lexicon.lines("quotes/adverbs.txt").stream()
      .filter(a -> a.contains(" ")).map(a -> List.of(a.split(" "))).toList();

  /** Titles written before a name and not part of it. */
  static final Set<String> TITLES = Set.of(
      "m", "m.", "mme", "mlle", "me", "dr", "pr", "mgr", "monsieur", "madame", "maître");

  /** Adjectives allowed before a role noun ("l'actuel préfet"). */
  static final Set<String> ROLE_ADJECTIVES = read("quotes/role-adjectives.txt");

  /** Subject clitics and negations: a quote holding one is a clause, not a term. */
  static final Set<String> CLAUSE_MARKERS = Set.of(
      "je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "c'", "ça", "cela",
      "ceci", "ne", "n'", "est", "sont", "a", "ont", "était", "sera", "serait", "peut", "peuvent",
      "doit", "doivent", "faut", "va", "vont", "fait", "font", "veut", "veulent", "sait", "suis",
      "sommes", "êtes", "ai", "avons", "avez", "y");

  /**
   * Conjunctions and subject pronouns: a word of these after a comma opens a clause, never an
   * apposition ("explique X, mais il y a ..." against "explique X, un collaborateur de Y").
   */
  static final Set<String> CLAUSE_STARTS = Set.of(
      "mais", "et", "car", "donc", "or", "puis", "parce", "alors", "pourtant", "sinon", "je", "j'", "tu",
      "il", "elle", "on", "nous", "vous", "ils", "elles", "c'", "ça", "cela", "ceci");

  private static Set<String> read(String file) {
    return Set.copyOf(Lexicon.lines(file));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }
}
