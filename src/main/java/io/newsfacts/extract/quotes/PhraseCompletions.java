package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words an unnamed speaker's phrase leaves to its context: "Un autre" the noun of the group
 * before it ("plusieurs députés ... Un autre": "un autre député"), "l'entourage" the antecedent of
 * the "dont" before it ("le Premier ministre dont l'entourage": "l'entourage du Premier ministre").
 * Split from {@link SpeakerResolver}.
 */
final class PhraseCompletions {
  /** Words of an antecedent read back from "dont" ("la position du Premier ministre dont"). */
  private static final int ANTECEDENT_WORDS = 5;

  private final QuotedText quoted;
  private final People people;
  private final RoleNouns roleNouns;
  private final Bodies bodies;
  private final Organisations organisations;

  PhraseCompletions(QuotedText quoted, People people, RoleNouns roleNouns, Bodies bodies, Organisations organisations) {
    this.quoted = quoted;
    this.people = people;
    this.roleNouns = roleNouns;
    this.bodies = bodies;
    this.organisations = organisations;
  }

  /**
   * The phrase of an unnamed speaker ({@code phrase}, words {@code ws} at offset {@code start})
   * whose last words complete it by an organisation's common noun ("un porte-parole de la
   * banque", "la direction du groupe") with that noun replaced by the organisation the article
   * named shortly before ({@link Bodies#namedBefore}, {@link Organisations#namedBefore}: "un
   * porte-parole de BNP Paribas"); null when it ends with no such noun or the organisation is not
   * clear.
   */
  String ofOrganisation(List<Word> ws, String phrase, int start) {
    int n = ws.size();
    if (n == 2 && ws.get(0).is("le") && ws.get(1).is("ministère")) {
      String field = ministryBefore(start);
      return field == null ? null : phrase + " " + field; // "selon le ministère": "le ministère du Logement"
    }
    if (n < 4 || !ws.get(n - 1).isWord() || ws.get(n - 1).isCapitalised()) {
      return null;
    }
    int article = ws.get(n - 2).is("du") ? n - 2 : ws.get(n - 2).is("la", "l'") && ws.get(n - 3).is("de") ? n - 3 : -1;
    if (article < 2) {
      return null; // (a determiner, a head noun, then its complement)
    }
    List<Word> noun = List.of(ws.get(n - 2).is("du") ? Word.scan("le", 0, 2).get(0) : ws.get(n - 2), ws.get(n - 1));
    String lower = ws.get(n - 1).lower();
    // the body whose name opens with the noun ("Banque de France"), else the one organisation in reach
    String named = Bodies.isBodyNoun(noun, 1) ? bodies.namedBefore(lower, start) : null;
    // (not a noun of any kind: "les soutiens du mouvement" may be of a movement no entity names)
    String only = Organisations.isOrganisationNoun(noun, 1) && !Organisations.isAnyKind(lower)
        ? organisations.namedBefore(lower, start) : null;
    if (named != null && only != null && !named.equals(only)) {
      return null; // (two bodies the noun may stand for)
    }
    String name = named != null ? named : only;
    if (name == null) {
      return null;
    }
    int cut = ws.get(article).start() - ws.get(0).start();
    if (name.startsWith("Les ") || name.startsWith("Le ")) {
      // a name with its own article: "des Républicains", "du Monde"
      return phrase.substring(0, cut) + (name.startsWith("Les ") ? "des " : "du ") + name.substring(name.indexOf(' ') + 1);
    }
    return phrase.substring(0, cut) + of(name, start) + name;
  }

  /**
   * "de " before an organisation's name, with the article the text gives the name at its last
   * mention before offset {@code before} ("du " for "le Front national", "des " for "les
   * Républicains", "de l'" for "l'UMP"; "d'" before a vowel).
   */
  private String of(String name, int before) {
    String text = quoted.text();
    int at = text.lastIndexOf(name, before);
    List<Word> ws = at < 0 ? List.of() : Word.scan(text, Math.max(0, at - 8), at);
    String w = ws.isEmpty() ? "" : ws.get(ws.size() - 1).lower();
    if (w.equals("du") || w.equals("le") || w.equals("au")) {
      return "du ";
    }
    if (w.equals("des") || w.equals("les") || w.equals("aux")) {
      return "des ";
    }
    if (w.equals("la")) {
      return "de la ";
    }
    if (w.equals("l'")) {
      return "de l'";
    }
    return "aeiouéèêâîôhAEIOUÉÈÊÂÎÔH".indexOf(name.charAt(0)) >= 0 ? "d'" : "de ";
  }

  /** "ministre du Logement", "ministère de l'Intérieur": the field a minister's title names. */
  private static final Pattern MINISTRY = Pattern.compile(
      "\\b(?:ministre|ministère)\\s+((?:de la |de l'|du |des |d')[A-ZÉÈÊ][\\p{L}-]*"
      + "(?: et (?:de la |de l'|du |des |d')[A-ZÉÈÊ][\\p{L}-]*)?)");
  /** Words that make a minister's title another office or a past one ("Premier ministre", "l'ancienne ministre"). */
  private static final Pattern NOT_MINISTRY = Pattern.compile("(?:premier|première|ancien|ancienne|ex-?)\\s*$");

  /**
   * The field of the one ministry the article names before offset {@code start}, by a minister's
   * title ("la ministre du Logement Emmanuelle Cosse") or the ministry's own name ("du Logement");
   * null if none or several ("le ministère" of an article that names two ministers is no one's).
   * Not a Prime Minister's title, nor a past one ("l'ancienne ministre des Sports").
   */
  private String ministryBefore(int start) {
    String text = quoted.text().substring(0, start).replace('\u2019', '\'').replace('\u00a0', ' '); // (same length)
    String found = null;
    Matcher m = MINISTRY.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
      if (NOT_MINISTRY.matcher(before).find() || quoted.inQuote(m.start())) {
        continue;
      }
      String field = m.group(1);
      if (found != null && !found.equals(field)) {
        return null;
      }
      found = field;
    }
    return found;
  }

  /** Words a role phrase cut short may run on over before the name apposed to it ("en France"). */
  private static final int RUN_ON_WORDS = 5;
  /** Prepositions that open a complement of the clause, not of the role: "a dit le ministre à son homologue, X". */
  private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("à", "au", "aux", "avec", "pour", "contre", "devant",
      "envers", "vers", "sur", "chez", "par", "selon", "d'après", "dans", "après", "avant", "face", "auprès", "lors", "depuis");

  /**
   * The person the article names in an apposition to a role phrase that ends at {@code end}, past
   * the words of the role the clause reader left out: "déclare à l'AFP l'ancien ambassadeur
   * d'Israël" read in "l'ancien ambassadeur d'Israël en France, Elie Barnavi." The words between
   * are at most {@link #RUN_ON_WORDS}, in the same sentence, outside quotes: lower-case words that
   * are no verb and open no clause or complement of the clause ("à son homologue, X" names the one
   * spoken to), or the names of places and bodies; the name follows one comma and ends its
   * sentence or apposition. Null otherwise.
   */
  Entity apposedAfter(int end) {
    String text = quoted.text();
    List<Word> after = Word.scan(text, end, Math.min(text.length(), end + 120));
    for (int k = 0; k < after.size() && k <= RUN_ON_WORDS; k++) {
      Word w = after.get(k);
      if (text.substring(end, w.start()).indexOf('\n') >= 0 || quoted.inQuote(w.start())) {
        return null;
      }
      if (w.is(",")) {
        Entity e = k + 1 < after.size() ? people.at(after.get(k + 1).start()) : null;
        if (e == null || e.type() != EntityType.PERSON || e.start() != after.get(k + 1).start()) {
          return null;
        }
        return endsClause(e.end()) ? e : null;
      }
      Entity e = people.at(w.start());
      if (e != null && (e.type() == EntityType.LOCATION || e.type() == EntityType.ORGANIZATION)) {
        continue; // "en France", "du CNRS"
      }
      String l = w.lower();
      if (!w.isWord() || e != null || w.isCapitalised() || CLAUSE_PREPOSITIONS.contains(l)
          || FrenchWords.CLAUSE_OPENERS.contains(l) || FrenchWords.FINITE_VERBS.contains(l)
          || FrenchWords.AUXILIARIES.contains(l) || FrenchWords.NP_STOPS.contains(l) && !w.is("en")) {
        return null;
      }
    }
    return null;
  }

  /**
   * The body named right after an unnamed speaker's phrase ending at {@code end} that qualifies
   * it, where the clause reader stopped: "tonne un autre député En Marche." The body's name
   * follows the phrase's last word and ends the sentence or clause. The phrase with it, as the
   * article writes it, or null.
   */
  String qualifiedBy(String phrase, int end) {
    String text = quoted.text();
    int at = end;
    while (at < text.length() && text.charAt(at) == ' ') {
      at++;
    }
    Entity e = at > end && at < text.length() ? people.at(at) : null;
    if (e == null || e.start() != at || e.type() != EntityType.ORGANIZATION || quoted.inQuote(at)) {
      return null;
    }
    return endsClause(e.end()) ? phrase + " " + text.substring(at, e.end()) : null;
  }

  /** Whether a sentence, a clause or an apposition ends at offset {@code at} (spaces aside). */
  private boolean endsClause(int at) {
    String text = quoted.text();
    int i = at;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
      i++;
    }
    return i >= text.length() || ".,;:!?)\n".indexOf(text.charAt(i)) >= 0;
  }

  static boolean isElliptic(List<Word> ws) {
    return ws.size() == 2 && ws.get(0).is("un", "une") && ws.get(1).is("autre");
  }

  /** "plusieurs députés ... Un autre": the noun of the last plural group, made singular. */
  String pluralBefore(int at) {
    List<Word> ws = quoted.words(Math.max(0, at - 600), at);
    for (int i = ws.size() - 2; i >= 0; i--) {
      Word n = ws.get(i + 1);
      if (ws.get(i).is("plusieurs", "certains", "certaines", "deux", "trois", "quelques", "d'autres", "des")
          && n.isWord() && !n.isCapitalised() && (n.lower().endsWith("s") || n.lower().endsWith("x"))) {
        return n.lower().substring(0, n.lower().length() - 1);
      }
    }
    return null;
  }

  /**
   * The complement a definite source noun alone ({@code phrase}: "l'entourage", "le cabinet")
   * takes from the antecedent of the "dont" right before it: a name ("X, dont l'entourage":
   * "l'entourage de X") or a role phrase ("la position du Premier ministre dont l'entourage":
   * "l'entourage du Premier ministre"); null when no "dont" stands before it or its antecedent is
   * neither.
   */
  String ofRelative(String phrase, int start) {
    List<Word> before = quoted.words(Math.max(0, start - 80), start);
    int d = before.size() - 1;
    if (d < 1 || !before.get(d).is("dont")) {
      return null;
    }
    int last = before.get(d - 1).is(",") ? d - 2 : d - 1;
    Entity e = last >= 0 ? people.at(before.get(last).start()) : null;
    if (e != null && e.end() == before.get(last).end() && e.type() != EntityType.MISC) {
      String name = people.canonical(e);
      boolean vowel = "aeiouéèêâîôhAEIOUÉÈÊÂÎÔH".indexOf(name.charAt(0)) >= 0;
      return phrase + (vowel ? " d'" : " de ") + name;
    }
    for (int k = last; k >= 0 && last - k < ANTECEDENT_WORDS; k--) {
      Word w = before.get(k);
      if (!w.isWord()) {
        return null;
      }
      String of = w.is("du", "le", "au") ? "du " : w.is("de", "la") ? "de la " : w.is("l'") ? "de l'"
          : w.is("des", "les", "aux") ? "des " : null;
      if (of != null) {
        if (k == last || roleNouns.startsAt(before, k + 1) == 0) {
          return null; // (only an office: "la décision dont l'entourage" names no one)
        }
        int from = before.get(k + 1).start();
        return phrase + " " + of + quoted.text().substring(from, before.get(last).end());
      }
    }
    return null;
  }
}
