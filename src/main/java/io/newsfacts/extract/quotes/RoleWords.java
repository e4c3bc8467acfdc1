package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Demonyms;
import io.newsfacts.lexicon.FrenchRoles;
import io.newsfacts.lexicon.Lexicon;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a role phrase of a reporting clause ("le député PS", "l'élu", "le chef de l'Etat") may
 * name a person the article gave some role ("député UMP", "maire de Nice", "ancien chef de
 * l'Etat"): the words of both, compared as French news writes roles.
 */
final class RoleWords {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s'’]+");
  /** Articles and prepositions inside a role: "président de la République". */
  private static final Set<String> GLUE = Set.of("de", "du", "des", "d", "l", "la", "le", "les", "à", "au", "aux");
  /** Prepositions that open the complement of a role's head ("ministre de l'Intérieur"). */
  private static final Set<String> COMPLEMENT = Set.of("de", "du", "des", "d", "à", "au", "aux");
  /** Words that make a role a former one ("l'ancien ministre", "l'ex-président"). */
  private static final Set<String> FORMER = Set.of("ancien", "ancienne", "anciens", "anciennes", "ex");
  /** Role nouns that name the holder of any elected or leading office ("l'élu", "le dirigeant"). */
  private static final Set<String> GENERIC = Set.copyOf(Lexicon.lines("quotes/generic-roles.txt"));

  /** models/quotes/role-kinds.txt: a noun for a kind of office ("parlementaire") and the offices of that kind. */
  private static final Map<String, Set<String>> KINDS = Lexicon.pairs("quotes/role-kinds.txt").stream()
      .collect(Collectors.toUnmodifiableMap(kv -> kv[0], kv -> Set.copyOf(of(kv[1]))));

  /** Nouns of a cause or party that qualify a role ("l'élu communiste"): models/quotes/trait-nouns.txt. */
  private static final Set<String> SIDE_TRAITS = Variations.TRAITS.stream()
      .filter(t -> t.endsWith("iste")).collect(Collectors.toUnmodifiableSet());

  /** Words of a qualifier that name a side, not a seat ("de la majorité"): models/quotes/side-words.txt. */
  private static final Set<String> SIDES = Set.copyOf(Lexicon.lines("quotes/side-words.txt"));

  /** models/quotes/role-synonyms.txt: the words of a role name, without accents, and of the role it names. */
  private static final List<List<List<String>>> SYNONYMS = Lexicon.pairs("quotes/role-synonyms.txt").stream()
      .map(kv -> List.of(of(plain(kv[0])), of(kv[1]))).toList();

  /** The role nouns of two words ("premier ministre", "secrétaire général"): models/common/role-nouns.txt. */
  private static final Set<String> TWO_WORDS = FrenchRoles.forQuotes().stream().map(FrenchRoles.RoleNoun::noun)
      .filter(n -> n.indexOf(' ') > 0).collect(Collectors.toUnmodifiableSet());

  private RoleWords() {}

  /**
   * Whether words {@code i} and {@code i + 1} of a present role are one role noun, so that the
   * first is no adjective to read over: "le Premier ministre" holds an office of its own, not that
   * of "ministre de l'Intérieur X". A former role keeps reading it over: a career holds many past
   * offices, and "l'ancien ministre des Affaires étrangères" may well be "l'ancien Premier
   * ministre X".
   */
  private static boolean nounOfTwo(List<String> words, int i) {
    return i + 1 < words.size() && TWO_WORDS.contains(words.get(i) + " " + words.get(i + 1)) && !former(words);
  }

  /** Lower case without accents ("état" and "Etat" are one word). */
  private static String plain(String s) {
    return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  /**
   * The words of a role with a second name of its office replaced by the first one of
   * models/quotes/role-synonyms.txt ("ancien chef de l'Etat" -> "ancien président de la
   * république"), or the words themselves.
   */
  static List<String> named(List<String> words) {
    int i = 0;
    while (i < words.size() && (GLUE.contains(words.get(i)) || FORMER.contains(words.get(i))
        || FrenchWords.ROLE_ADJECTIVES.contains(words.get(i)) && !nounOfTwo(words, i))) {
      i++;
    }
    List<String> rest = new ArrayList<>(words.subList(i, words.size()).stream().map(RoleWords::plain).toList());
    boolean ex = !rest.isEmpty() && rest.get(0).startsWith("ex-"); // "l'ex-chef de l'Etat"
    if (ex) {
      rest.set(0, rest.get(0).substring(3));
    }
    for (List<List<String>> synonym : SYNONYMS) {
      List<String> name = synonym.get(0);
      if (rest.size() >= name.size() && rest.subList(0, name.size()).equals(name)) {
        List<String> out = new ArrayList<>(words.subList(0, i));
        if (ex) {
          out.add("ex");
        }
        out.addAll(synonym.get(1));
        out.addAll(words.subList(i + name.size(), words.size()));
        return out;
      }
    }
    return words;
  }

  /** The words of a role, lower case, split at spaces and apostrophes ("ex-ministre" stays whole). */
  static List<String> of(String role) {
    List<String> out = new ArrayList<>();
    for (String w : SEPARATORS.split(role.strip().toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Whether the role phrase with words {@code phrase} (from its head on) may name someone the
   * article gave role {@code known}: the same head noun, or a generic one ("l'élu" for "député
   * UMP"), or one naming the kind of the known office ("le parlementaire" for "député"); both
   * former or both current ("le chef de l'Etat" is not "l'ancien chef de l'Etat"), but any present
   * role may go with a former one (people change offices), and a generic present one ("l'élu")
   * with a former office ("ancien député-maire"); a leader of members of the phrase's
   * office is one of them ("chef de file des sénateurs EELV" is "le sénateur");
   * and not two different qualifiers of the same kind ("député PS" and "député UMP", "ministre de
   * l'Intérieur" and "ministre des Affaires étrangères"; "président français" and "président de
   * la République" may be one; a side, "de la majorité", differs from no seat).
   */
  static boolean compatible(List<String> phrase, List<String> known) {
    if (!sameCountry(phrase, known)) {
      return false; // "le président turc" is not "président de la République" X, nor "président américain" Y
    }
    if (former(phrase) && !former(known)) {
      // a former office does not contradict the present one ("secrétaire général de LR", "l'ancien
      // président de l'Assemblée"), unless it names one office and the present one has its head
      // with another seat: "l'ex-chef de l'Etat" is not "président de l'Association des maires" X
      return !namesOneOffice(phrase) || !sameHead(phrase, known) || compatible(core(phrase), known);
    }
    List<String> p = core(named(phrase));
    List<String> k = core(named(known));
    if (former(phrase) != former(known)) {
      // "l'élu" today for "l'ancien député-maire X": one who left an office may hold another;
      // a named office ("le député") is not its former holder, a side the role does not name
      // ("l'élue communiste" for "ancienne ministre socialiste") not theirs
      return !former(phrase) && !p.isEmpty() && GENERIC.contains(p.get(0))
          && p.stream().skip(1).filter(SIDE_TRAITS::contains).allMatch(content(k)::contains);
    }
    if (p.isEmpty() || k.isEmpty()) {
      return true;
    }
    String head = p.get(0);
    if (GENERIC.contains(head) || KINDS.getOrDefault(head, Set.of()).contains(masculine(k.get(0)))) {
      return true; // ("le parlementaire" for "le député X")
    }
    if (GENERIC.contains(k.get(0)) && elected(head)) {
      return true; // ("le parlementaire" for "X, élu des Deux-Sèvres": the article named no office)
    }
    if (!masculine(k.get(0)).equals(masculine(head)) && !String.join(" ", k).startsWith(head)) {
      // "le sénateur de l'Essonne" for "chef de file des sénateurs EELV": one who leads a body's
      // members is one of them
      return k.contains(masculine(head) + "s") || k.contains(masculine(head) + "x");
    }
    boolean pComplement = p.size() > 1 && COMPLEMENT.contains(p.get(1));
    boolean kComplement = k.size() > 1 && COMPLEMENT.contains(k.get(1));
    List<String> pExtra = content(p.subList(1, p.size()));
    List<String> kExtra = content(k.subList(1, k.size()));
    pExtra.removeAll(content(k));
    kExtra.removeAll(content(p));
    pExtra.removeAll(SIDES); // ("députée de la majorité" and "députée de Loire-Atlantique" may be one)
    return pExtra.isEmpty() || kExtra.isEmpty() || pComplement != kComplement;
  }

  /** Whether a role's head names an elected office of models/quotes/role-kinds.txt, or a kind of them ("parlementaire", "député", "maire"). */
  static boolean elected(String head) {
    String m = masculine(head);
    return KINDS.containsKey(m) || KINDS.values().stream().anyMatch(offices -> offices.contains(m));
  }

  /**
   * Whether the role phrase with words {@code phrase} names a kind of office ("le parlementaire",
   * models/quotes/role-kinds.txt) or an office the press names two ways (models/quotes/role-synonyms.txt:
   * "le chef de l'Etat", "le président de la République"): words that only a holder of that
   * office answers to, never someone the article gave another role.
   */
  static boolean namesOneOffice(List<String> phrase) {
    List<String> p = core(named(phrase));
    if (p.isEmpty()) {
      return false;
    }
    if (KINDS.containsKey(p.get(0))) {
      return true;
    }
    String words = String.join(" ", core(phrase).stream().map(RoleWords::plain).toList());
    for (List<List<String>> synonym : SYNONYMS) {
      if (words.startsWith(String.join(" ", synonym.get(0))) || words.startsWith(String.join(" ", synonym.get(1)))) {
        return true;
      }
    }
    return false;
  }

  /** Demonyms that name no state (models/quotes/stateless-demonyms.txt), as {@link Demonyms#base} gives them. */
  private static final Set<String> STATELESS = Lexicon.lines("quotes/stateless-demonyms.txt").stream()
      .map(Demonyms::base).filter(b -> b != null).collect(Collectors.toUnmodifiableSet());

  /** The nationality "français", as {@link Demonyms#base} gives it. */
  static final String FRENCH = Demonyms.base("français");

  /**
   * The state whose office a role names by a nationality after its head ("président turc",
   * "chef de l'Etat français", "Premier ministre israélien", "président de la République turque"),
   * as {@link Demonyms#base} gives it; null when it names none ("député européen", "élu parisien":
   * no state).
   */
  static String nationality(List<String> words) {
    List<String> c = core(words);
    if (c.isEmpty() || !NOUNS.contains(c.get(0)) && !(c.size() > 1 && NOUNS.contains(c.get(0) + " " + c.get(1)))) {
      return null; // no role noun heads it ("premier jour du G20 en Argentine")
    }
    for (int i = 1; i < c.size() && i <= NATIONALITY_REACH; i++) {
      String w = c.get(i);
      if (!GLUE.contains(w) && FrenchWords.PREPOSITIONS.contains(w)) {
        return null; // past the head's own complement: "en Argentine", "avec ses homologues européens"
      }
      String base = Demonyms.base(w);
      if (base != null && !STATELESS.contains(base)) {
        return base;
      }
    }
    return null;
  }

  /** How many words after a role's head its nationality may stand ("président de la République turque"). */
  private static final int NATIONALITY_REACH = 4;

  /** The role nouns of the quote extractor, lower case (models/common/role-nouns.txt). */
  private static final Set<String> NOUNS = FrenchRoles.forQuotes().stream().map(FrenchRoles.RoleNoun::noun)
      .collect(Collectors.toUnmodifiableSet());

  /** Whether the singular noun {@code lower} (or the masculine of it) is a role noun of the quotes ("représentant", "maire"). */
  static boolean isRoleNoun(String lower) {
    return NOUNS.contains(lower) || NOUNS.contains(masculine(lower));
  }

  /**
   * Whether a role phrase and a known role may be offices of one state: not two nationalities
   * ("le président turc" and "président américain"), nor a foreign nationality against the
   * Republic, which in French news is France ("le chef de l'Etat", read "président de la
   * République", is not "président américain X"; "le président turc" is not "président de la
   * République X"). A role of no nationality otherwise agrees with any.
   */
  static boolean sameCountry(List<String> phrase, List<String> known) {
    String p = nationality(phrase);
    String k = nationality(known);
    if (p != null && k != null) {
      return p.equals(k);
    }
    if (p == null && k == null) {
      return true;
    }
    String foreign = p != null ? p : k;
    List<String> other = p != null ? known : phrase;
    return foreign.equals(FRENCH) || !named(other).stream().map(RoleWords::plain).toList().contains("republique");
  }

  /** Whether a role phrase and a known role have one head noun, of either gender ("la présidente", "président du FN"). */
  static boolean sameHead(List<String> phrase, List<String> known) {
    List<String> p = core(named(phrase));
    List<String> k = core(named(known));
    return !p.isEmpty() && !k.isEmpty() && masculine(p.get(0)).equals(masculine(k.get(0)));
  }

  /** Feminine endings of role nouns and their masculine ("animatrice", "députée", "présidente", "historienne"). */
  private static final String[][] FEMININE = {{"trice", "teur"}, {"euse", "eur"}, {"ienne", "ien"}, {"ère", "er"},
      {"ée", "é"}, {"ante", "ant"}, {"ente", "ent"}, {"ate", "at"}, {"aine", "ain"}};

  /**
   * A role noun in its masculine form, so that one role of either gender has one head ("la
   * présidente du FN" and "président du FN" are one office; the gender is weighed apart).
   */
  static String masculine(String noun) {
    for (String[] f : FEMININE) {
      if (noun.endsWith(f[0]) && noun.length() > f[0].length() + 2) {
        return noun.substring(0, noun.length() - f[0].length()) + f[1];
      }
    }
    return noun;
  }

  /**
   * Whether a role is a former one: "ancien", "ex" before its head noun, "ex-ministre"; not a word
   * of the head's complement ("ministre des Anciens combattants" is a present office).
   */
  static boolean former(List<String> words) {
    for (String w : words) {
      if (FORMER.contains(w) || w.startsWith("ex-")) {
        return true;
      }
      if (!GLUE.contains(w) && !FrenchWords.ROLE_ADJECTIVES.contains(w)) {
        return false; // the head: what follows qualifies it
      }
    }
    return false;
  }

  /** The words from the head on: articles, former marks and adjectives before a role read over. */
  private static List<String> core(List<String> words) {
    int i = 0;
    while (i < words.size() && (GLUE.contains(words.get(i)) || FORMER.contains(words.get(i))
        || FrenchWords.ROLE_ADJECTIVES.contains(words.get(i)) && !nounOfTwo(words, i))) {
      i++;
    }
    List<String> out = new ArrayList<>(words.subList(i, words.size()));
    if (!out.isEmpty() && out.get(0).startsWith("ex-")) {
      out.set(0, out.get(0).substring(3));
    }
    return out;
  }

  private static List<String> content(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (!GLUE.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
