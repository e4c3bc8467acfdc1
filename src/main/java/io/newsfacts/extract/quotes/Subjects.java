package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The subject of a reporting verb group found with the chunker: after the verb when inverted
 * ("», a dit X", "explique-t-il"), else before it ("X a déclaré", "X, qui a dit", "Le président
 * de l'UMP, X, a annoncé"), resolved by {@link SpeakerResolver}.
 */
final class Subjects {
  private final QuotedText quoted;
  private final People people;
  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final PluralSubjects groups;
  private final GroupMembers members;
  private final PluralPronouns pronouns;
  private final ImpersonalSources impersonal;
  /** Role nouns, to read a second role joined to the first by "et". */
  private final RoleNouns roleNouns;

  Subjects(ArticleReading reading, RoleNouns roleNouns) {
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.verbs = reading.verbs();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
    this.groups = new PluralSubjects(quoted, verbs);
    this.members = new GroupMembers(quoted, people);
    this.pronouns = new PluralPronouns(quoted, resolver, groups, members);
    this.impersonal = new ImpersonalSources(reading);
    this.roleNouns = roleNouns;
  }

  /** The subject of an inverted reporting verb: its pronoun suffix or the noun phrase after it. */
  Speaker invertedSubject(List<Word> ws, VerbGroup vg, Speaker previous, int at) {
    if (vg.pronoun() != null) {
      if (vg.pronoun().equals("on")) {
        return impersonal.of(ws, vg.last() + 1, previous, at);
      }
      return resolver.pronoun(vg.pronoun(), at, previous);
    }
    int[] np = phrases.npAfter(ws, vg.last() + 1);
    if (np != null && signatories(ws, vg)) {
      return countedGroupBefore(at);
    }
    np = np == null ? null : withSecondRole(ws, np);
    if (np != null && members.takesUp(wordsOf(ws, np), np[0], previous)) {
      // "», regrettent ces organisations": the group that spoke, now named here
      return new Speaker(previous.name(), previous.role(), previous.gender(), np[0], SpeakerResolver.COREFERENCE);
    }
    Speaker s = np == null ? null : resolver.resolve(np[0], np[1], at, previous, false);
    String named = s != null && isGroup(s.name()) ? members.namedAfter(np[1]) : null;
    if (named != null) {
      return new Speaker(named, null, null, np[0]); // "», estiment ces ONG, dont Oxfam France, CCFD et ONE France"
    }
    return s != null || vg.last() + 1 >= ws.size() ? s : initials(ws.get(vg.last() + 1), at);
  }

  /** Words of a second role before its holder's name ("et secrétaire d'Etat chargé du Numérique"). */
  private static final int SECOND_ROLE_WORDS = 6;

  /**
   * "», a asséné le porte-parole du gouvernement et secrétaire d'Etat X": a definite role phrase
   * {@code np} that "et" and a second role with no determiner of its own continue up to a
   * person's name is one person with two roles; the phrase runs to the name. {@code np} otherwise
   * ("le ministre et le député X" are two).
   */
  private int[] withSecondRole(List<Word> ws, int[] np) {
    int first = indexAt(ws, np[0]);
    int j = firstAtOrAfter(ws, np[1]);
    if (j < 0 || j + 1 >= ws.size() || !ws.get(j).is("et") || !FrenchWords.DEFINITE.contains(ws.get(first).lower())
        || roleNouns.startsAt(ws, first + 1) == 0 || roleNouns.startsAt(ws, j + 1) == 0) {
      return np;
    }
    for (int k = j + 1 + roleNouns.startsAt(ws, j + 1); k < ws.size() && k - j <= SECOND_ROLE_WORDS; k++) {
      Entity e = people.at(ws.get(k).start());
      if (e != null && e.type() == EntityType.PERSON && e.start() == ws.get(k).start()) {
        return new int[] {np[0], e.end()};
      }
      if (!ws.get(k).isWord() || verbs.isVerbAt(ws, k) && !ws.get(k).isCapitalised()) {
        return np;
      }
    }
    return np;
  }

  /** The index of the first word of {@code ws} starting at or after text offset {@code at}, or -1. */
  private static int firstAtOrAfter(List<Word> ws, int at) {
    for (int k = 0; k < ws.size(); k++) {
      if (ws.get(k).start() >= at) {
        return k;
      }
    }
    return -1;
  }

  /** Names listed after a plural verb that make a group of signatories. */
  private static final int SIGNATORIES = 3;

  /**
   * Whether a plural verb group {@code vg} has a list of {@link #SIGNATORIES} names or more after
   * it: "», écrivent A, B, C et D", a tribune's signatories, never the first of them alone.
   */
  boolean signatories(List<Word> ws, VerbGroup vg) {
    return ws.get(vg.first()).lower().endsWith("nt") && namesListed(ws, vg.last() + 1) >= SIGNATORIES;
  }

  /** How many people's names are listed from word {@code i}, joined by commas and "et": "A, B, C et D" is 4. */
  private int namesListed(List<Word> ws, int i) {
    int n = 0;
    while (i < ws.size()) {
      Entity e = people.at(ws.get(i).start());
      if (e == null || e.type() != EntityType.PERSON || e.start() != ws.get(i).start()) {
        return n;
      }
      n++;
      while (i < ws.size() && ws.get(i).end() <= e.end()) {
        i++;
      }
      if (i >= ws.size() || !ws.get(i).is(",", "et")) {
        return n;
      }
      i++;
    }
    return n;
  }

  /**
   * "17 anciennes ministres", "Dix-sept anciennes ministres": the nearest count of role holders the
   * article gave before {@code at}, outside quotes, the group a list of signatories makes;
   * {@link Speaker#UNNAMED} when none.
   */
  Speaker countedGroupBefore(int at) {
    List<Word> ws = quoted.words(0, at);
    for (int i = ws.size() - 2; i >= 0; i--) {
      Word w = ws.get(i);
      // a count word, a compound read by its parts ("dix-sept"), or digits
      boolean count = w.isDigits() || Arrays.stream(w.lower().split("-")).allMatch(FrenchWords.COUNT_WORDS::contains);
      if (!count || w.is("un", "une") || quoted.inQuote(w.start())) {
        continue;
      }
      for (int j = Math.min(i + 2, ws.size() - 1); j > i; j--) { // the longest: "17 anciennes ministres"
        String noun = ws.get(j).lower();
        if ((noun.endsWith("s") || noun.endsWith("x")) && resolver.namesSpeaker(ws.get(i + 1).start(), ws.get(j).end())) {
          String phrase = resolver.phrase(w.start(), ws.get(j).end());
          return new Speaker(Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1), null, null, w.start());
        }
      }
    }
    return Speaker.UNNAMED; // no one of them alone
  }

  /** Capitals standing for a person's initials: "NKM", "DSK", "JLM". */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,5}");

  /**
   * "», a plaidé NKM sur RTL": capitals no entity holds, the initials of the given and family names
   * (each part of a compound one: Nathalie Kosciusko-Morizet) of exactly one person the article
   * named before; that person. Null otherwise.
   */
  private Speaker initials(Word w, int at) {
    if (!INITIALS.matcher(w.text()).matches() || people.at(w.start()) != null) {
      return null;
    }
    Entity found = null;
    for (Entity e : people.personsSince(0, at, i -> false)) {
      StringBuilder letters = new StringBuilder();
      for (String part : people.canonical(e).split("[ \\-]+")) {
        if (!part.isEmpty()) {
          letters.append(Character.toUpperCase(part.charAt(0)));
        }
      }
      if (letters.toString().equals(w.text())) {
        if (found != null && !people.canonical(found).equals(people.canonical(e))) {
          return null; // two people with the same initials: neither
        }
        found = e;
      }
    }
    return found == null ? null : resolver.person(found, null);
  }

  /**
   * The subject of the last reporting verb of {@code clause}, but for a verb of a relative clause
   * on a noun ("un schéma que ses adversaires appelleraient de leurs voeux :"), whose subject is
   * the relative's, not the one of the clause that speaks.
   */
  Speaker lastVerbSubject(List<Word> clause, Speaker previous, int at) {
    for (int k = clause.size() - 1; k >= 0; k--) {
      VerbGroup vg = verbs.verbEndingAt(clause, k);
      if (vg != null && objectRelative(clause, vg.first())) {
        k = vg.first();
        continue;
      }
      if (vg != null) {
        Speaker s = subjectOf(clause, vg, previous, at);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  /**
   * Whether the verb starting at word {@code v} ends a relative clause on a noun that "que" opens,
   * with no verb between: "d'un schéma que les médias et ses adversaires appelleraient", "ce que
   * les élus attendent"; not after a verb ("a dit que les élus attendent") nor in a conjunction
   * ("alors que les élus attendent").
   */
  private boolean objectRelative(List<Word> ws, int v) {
    for (int j = v - 1; j > 0; j--) {
      Word w = ws.get(j);
      if (verbs.isVerb(w) || !w.isWord() && !w.is(",", "-", "'")) {
        return false;
      }
      if (w.is("que", "qu'", "qu’")) {
        Word before = ws.get(j - 1);
        return before.isWord() && !before.isCapitalised() && !verbs.isVerb(before)
            && !FrenchWords.CLITICS.contains(before.lower()) && phrases.npEndingAt(ws, j - 1) != null;
      }
    }
    return false;
  }

  /**
   * The subject of a verb group: after it when inverted (", a dit X"), else before it. A present
   * participle has none of its own: "a dénoncé le comportement des Pays-Bas rappelant «" is not
   * the behaviour's words.
   */
  Speaker subjectOf(List<Word> ws, VerbGroup vg, Speaker previous, int at) {
    if (vg.pronoun() != null || (vg.first() > 0 && ws.get(vg.first() - 1).is(",") && namesSpeakerAfter(ws, vg))) {
      return invertedSubject(ws, vg, previous, at);
    }
    if (vg.first() == vg.last() && (ws.get(vg.last()).lower().endsWith("ant") || firstGroupParticiple(ws.get(vg.last())))) {
      return null; // "une mobilisation générale résumée par le roi :": a participle alone has no speaker for subject
    }
    return subjectBefore(ws, vg.first(), previous, at);
  }

  /** The subject before verb group {@code vg}, never after it: "X, porte-parole du parti, avait appelé les élus". */
  Speaker subjectBefore(List<Word> ws, VerbGroup vg, Speaker previous, int at) {
    return subjectBefore(ws, vg.first(), previous, at);
  }

  /**
   * Whether the noun phrase after verb group {@code vg} names a speaker, so that ", a dénoncé X"
   * is inverted: "X, avait dénoncé un peu plus tôt sur BFMTV «" has its subject before the verb.
   */
  private boolean namesSpeakerAfter(List<Word> ws, VerbGroup vg) {
    int[] np = phrases.npAfter(ws, vg.last() + 1);
    return np != null && resolver.namesSpeaker(np[0], np[1]);
  }

  /** "résumée", "cités": a past participle of a verb in -er, never a present tense ("dit" may be either). */
  private static boolean firstGroupParticiple(Word w) {
    return Word.firstGroupParticiple(w.lower());
  }

  /** The words of {@code ws} inside the noun phrase {@code np} (text offsets). */
  static List<Word> wordsOf(List<Word> ws, int[] np) {
    return ws.stream().filter(w -> w.start() >= np[0] && w.end() <= np[1]).toList();
  }

  /** The index of the word of {@code ws} starting at text offset {@code start} (0 if none). */
  private static int indexAt(List<Word> ws, int start) {
    return Math.max(0, Word.indexAt(ws, start)); // the first word when none starts there
  }

  /** See {@link PluralPronouns#plural}: "ils estiment que «", the group they stand for, or no one. */
  Speaker plural(Speaker previous, int at) {
    return pronouns.plural(previous, at);
  }

  /**
   * Whether the sentence that named {@code previous} names another person after them: "a estimé
   * X dans un communiqué co-signé par la députée Y": a plural pronoun after it ("», écrivent-elles")
   * may stand for both, the previous speaker among them.
   */
  boolean namedWithOthers(Speaker previous) {
    int end = quoted.sentenceEnd(previous.at());
    return people.personsSince(previous.at() + 1, end, at -> quoted.inQuote(at)).stream()
        .anyMatch(e -> !people.canonical(e).equals(previous.name()));
  }

  /** A speaker that names several people: a plural phrase ("les élus", "des militants") or names joined by "et". */
  static boolean isGroup(String name) {
    String l = name.toLowerCase(Locale.ROOT);
    return l.startsWith("les ") || l.startsWith("des ") || l.startsWith("ces ") || l.startsWith("leurs ")
        || l.startsWith("plusieurs ") || l.contains(" et ");
  }

  /** Noun phrases a coordination may chain before the one a preposition governs ("par A, B et C"). */
  private static final int COORDINATED = 4;

  /**
   * Whether the noun phrase starting at text offset {@code start} follows a preposition: "l'actuel
   * soutien d'Emmanuel Macron a estimé", "passé par Sciences-Po, ... a dit": a complement of the
   * subject or of a frame, not the subject; the chunker did not find the whole subject, and a
   * wrong speaker is worse than none. So does the last of phrases a preposition governs joined by
   * "et" or "ou" ("La liste emmenée par A et B a estimé", "de la droite et du centre assure"), and
   * a phrase opening with "du", a preposition itself.
   */
  private boolean afterPreposition(List<Word> ws, int start) {
    int i = indexAt(ws, start);
    if (ws.get(i).is("du")) {
      return true;
    }
    for (int n = 0; n < COORDINATED && i >= 2 && ws.get(i - 1).is("et", "ou"); n++) {
      int[] np = phrases.npEndingAt(ws, i - 2);
      if (np == null) {
        break;
      }
      i = indexAt(ws, np[0]);
      if (ws.get(i).is("du")) {
        return true;
      }
    }
    return i > 0 && FrenchWords.PREPOSITIONS.contains(ws.get(i - 1).lower());
  }

  /**
   * "l'ancien eurodéputé écologiste et actuel soutien d'Emmanuel Macron a estimé": the name after
   * preposition {@code p} completes a subject that starts with a definite role phrase further left;
   * that phrase stands for the person the article gave the role or named just before, never for
   * the name that completes it. Null when no such phrase or no such person.
   */
  /**
   * The one a role phrase ending with preposition {@code p} describes: the person named before it
   * in apposition ("X, maire de"), with the role up to {@code end}, else the holder of a definite
   * role ("le maire de"); null otherwise.
   */
  private Speaker holderOfComplement(List<Word> ws, int p, int end, Speaker previous, int at) {
    int i = p - 1;
    while (i >= 0 && ws.get(i).isWord() && !ws.get(i).isCapitalised() && p - i <= NounPhrases.MAX_WORDS) {
      i--;
    }
    if (i >= 1 && ws.get(i).is(",")) {
      Entity e = people.at(ws.get(i - 1).start());
      if (e != null && e.type() == EntityType.PERSON && e.end() == ws.get(i - 1).end()) {
        return resolver.person(e, resolver.roleOf(ws.get(i + 1).start(), end));
      }
    }
    return describedBefore(ws, p, previous, at);
  }

  private Speaker describedBefore(List<Word> ws, int p, Speaker previous, int at) {
    for (int i = p - 1; i >= 0 && p - i <= NounPhrases.MAX_WORDS; i--) {
      Word w = ws.get(i);
      if (!w.isWord() || verbs.isVerb(w) && !w.isCapitalised() || people.at(w.start()) != null) {
        return null;
      }
      if (w.is("le", "la", "l'")) {
        return resolver.roles().roleHolder(w.start(), ws.get(p).start(), at, previous);
      }
    }
    return null;
  }

  /**
   * The index of the "dont" or "qui" opening a relative clause that holds word {@code i} and a
   * verb of its own before it, with no comma between ("X dont le parti porte ... que l'AKP"), or
   * -1: the words before the verb are the relative's, the verb after them the antecedent's.
   */
  private int relativeOpening(List<Word> ws, int i) {
    boolean verb = false;
    for (int j = i - 1; j >= 0; j--) {
      Word w = ws.get(j);
      if (!w.isWord() && !w.is("'", "-")) {
        return -1;
      }
      if (w.is("dont", "qui")) {
        return verb ? j : -1;
      }
      verb |= verbs.isVerb(w) || FrenchWords.FINITE_VERBS.contains(w.lower());
    }
    return -1;
  }

  /** The subject before verb group start {@code v}: a pronoun, "X, qui", a name, a noun phrase. */
  private Speaker subjectBefore(List<Word> ws, int v, Speaker previous, int at) {
    int k = v - 1;
    while (k >= 0 && FrenchWords.CLITICS.contains(ws.get(k).lower())) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    Word w = ws.get(k);
    if (w.is("ils", "elles")) {
      return plural(previous, w.start());
    }
    if (FrenchWords.SUBJECT_PRONOUNS.contains(w.lower())) {
      return w.is("on") ? null : resolver.pronoun(w.lower(), ws.get(k).start(), previous);
    }
    if (w.is("lui-même", "elle-même") && (k == 0 || !ws.get(k - 1).isWord())) {
      return resolver.pronoun(w.is("lui-même") ? "il" : "elle", w.start(), previous); // "Lui-même assure «"
    }
    boolean relative = w.is("qui");
    if (relative) {
      k--;
      if (k >= 0 && ws.get(k).is(",")) {
        k--;
      }
    } else if (w.is(",")) {
      int p = k - 1;
      while (p >= 0 && !ws.get(p).is(",") && (ws.get(p).isWord() || ws.get(p).is("-"))) {
        p--;
      }
      if (p < 0 || !ws.get(p).is(",")) {
        return null;
      }
      Entity e = people.at(ws.get(p + 1).start());
      if (e != null && e.type() == EntityType.PERSON && e.end() >= ws.get(k - 1).end()) {
        // "Le président de l'UMP, Jean-François Copé, a annoncé": the name in commas is the subject
        int[] before = phrases.npEndingAt(ws, p - 1);
        String role = before == null ? null : resolver.roleOf(before[0], before[1]);
        return resolver.person(e, role);
      }
      k = p - 1;
    }
    if (k < 0) {
      return null;
    }
    int[] np = phrases.npEndingAt(ws, k);
    int r = np == null || relative ? -1 : relativeOpening(ws, indexAt(ws, np[0]));
    if (r >= 0) {
      // "X dont le parti porte les mêmes références que l'AKP a écrit": the relative's words are
      // not the subject; its antecedent, a person's name, is, or no one
      Entity e = r > 0 ? people.at(ws.get(r - 1).start()) : null;
      boolean named = e != null && e.type() == EntityType.PERSON && e.end() == ws.get(r - 1).end();
      return named ? resolver.person(e, null) : null;
    }
    if (np != null && !relative && afterPreposition(ws, np[0])) {
      return describedBefore(ws, indexAt(ws, np[0]) - 1, previous, at);
    }
    if (np != null && relative && afterPreposition(ws, np[0]) && people.at(np[0]) != null
        && people.at(np[0]).type() != EntityType.PERSON) {
      // "X, maire de Carhaix qui regrette «": the place completes the role; the relative is X's
      return holderOfComplement(ws, indexAt(ws, np[0]) - 1, np[1], previous, at);
    }
    if (np == null || !phrases.agrees(ws, v, np)) {
      return null;
    }
    // the words before "qui" may end with a complement: "l'ombre au tableau d'une soirée, qui a
    // confirmé que" does not make the evening a speaker
    boolean names = resolver.namesSpeaker(np[0], np[1]);
    // "mes parents m'ont dit", "les enfants ont crié", "c'est mon fils qui dit": people the
    // article does not name, whose phrase is the speaker
    boolean person = !names && PersonNouns.heads(wordsOf(ws, np));
    if (relative && !names && !person) {
      return null;
    }
    int first = indexAt(ws, np[0]);
    Entity apposed = person && first >= 2 && ws.get(first - 1).is(",") ? people.at(ws.get(first - 2).start()) : null;
    if (apposed != null && apposed.type() == EntityType.PERSON && apposed.end() == ws.get(first - 2).end()) {
      return null; // "X, son compagnon, qui a dit": the phrase describes X, whom the parse finds (SyntaxTest)
    }
    Speaker s = resolver.resolve(np[0], np[1], at, previous, false);
    if (s == null && person) {
      return new Speaker(resolver.phrase(np[0], np[1]), null, null, np[0]);
    }
    if (s != null && !names && !person && s.how() == null && FrenchWords.DEFINITE.contains(ws.get(indexAt(ws, np[0])).lower())
        && s.name().equals(resolver.phrase(np[0], np[1]))) {
      return null; // "La loi précise que «": a definite thing, no person, organisation or source
    }
    return s;
  }
}
