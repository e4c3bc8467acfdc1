package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * A written text that the reporting words make speak ("», précise le communiqué", "», ajoute le
 * texte") stands for whoever issued it, when the article names them: in the phrase itself ("un
 * communiqué de Matignon", "le texte publié par l'UMP"), or where a definite phrase's text was
 * brought in before ("a annoncé la Cour dans un communiqué. ... «...», souligne le communiqué").
 * A text whose issuer the article never names keeps its own words as the speaker.
 */
final class DocumentIssuers {
  /** Nouns of written texts someone issues (models/quotes/document-nouns.txt). */
  private static final Set<String> DOCUMENTS = Set.copyOf(Lexicon.lines("quotes/document-nouns.txt"));
  /** How far back the mention that brought a definite text in is looked for, in characters. */
  private static final int REACH = 2500;
  /** Words allowed between a text's noun and the "de"/"par" that names its issuer ("publié mercredi par"). */
  private static final int COMPLEMENT_GAP = 4;

  private final QuotedText quoted;
  private final People people;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final Subjects subjects;

  DocumentIssuers(ArticleReading reading, Subjects subjects) {
    this.subjects = subjects;
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
  }

  /** Whether {@code lower} is the noun of a written text someone issues ("communiqué", "lettre"). */
  static boolean isDocument(String lower) {
    return DOCUMENTS.contains(lower);
  }

  /**
   * The issuer of the text that speaker {@code s} is, at the text's own place; {@code s} itself
   * when it is no text or the article names no issuer for it.
   */
  Speaker issuer(Speaker s) {
    if (s == null || s.at() < 0 || s.how() != null) {
      return s;
    }
    List<Word> ws = quoted.words(s.at(), quoted.sentenceEnd(s.at()));
    int head = head(ws, 0);
    if (head < 0 || !s.name().toLowerCase(java.util.Locale.ROOT).contains(ws.get(head).lower())) {
      return s;
    }
    Speaker found = completedBy(ws, head);
    if (found == null && FrenchWords.DEFINITE.contains(ws.get(0).lower())) {
      found = broughtInBefore(s.at());
    }
    return found == null ? s : new Speaker(found.name(), found.role(), found.gender(), s.at());
  }

  /** The index of a text's noun heading the phrase at word {@code from} (after a determiner), or -1. */
  private static int head(List<Word> ws, int from) {
    int h = from;
    if (h >= ws.size() || !FrenchWords.DETERMINERS.contains(ws.get(h).lower())) {
      return -1;
    }
    h++;
    return h < ws.size() && DOCUMENTS.contains(ws.get(h).lower()) ? h : -1;
  }

  /**
   * "un communiqué de Matignon", "le texte publié par l'UMP", "une lettre signée mardi par X": the
   * person or organisation named by "de" right after the noun, or by "par" after a participle.
   */
  private Speaker completedBy(List<Word> ws, int head) {
    boolean participle = false;
    for (int k = head + 1; k < ws.size() && k - head <= COMPLEMENT_GAP + 1; k++) {
      Word w = ws.get(k);
      if (w.is("de", "du", "des", "d'", "d’") && k == head + 1 || w.is("par") && participle) {
        return named(ws, k + 1);
      }
      if (!w.isWord() || people.at(w.start()) != null || FrenchWords.FINITE_VERBS.contains(w.lower())
          || w.is("qui", "que", "qu'", "dont", "à", "au", "aux", "dans", "sur", "pour", "et")) {
        return null;
      }
      participle |= VerbGroups.isParticiple(w);
    }
    return null;
  }

  /** The person or organisation named at word {@code k} (after an article: "par l'UMP"), or null. */
  private Speaker named(List<Word> ws, int k) {
    if (k < ws.size() && FrenchWords.DEFINITE.contains(ws.get(k).lower())) {
      k++;
    }
    if (k >= ws.size()) {
      return null;
    }
    Entity e = people.at(ws.get(k).start());
    if (e == null || quoted.inQuote(e.start())) {
      return null;
    }
    if (e.type() == EntityType.PERSON) {
      return resolver.person(e, null);
    }
    return e.type() == EntityType.ORGANIZATION ? new Speaker(people.canonical(e), null, null, e.start()) : null;
  }

  /**
   * "a annoncé la Cour de cassation dans un communiqué", "le Conseil, dans une note publiée en
   * juin": the issuer of the latest text brought in before {@code at} by an indefinite or
   * possessive phrase, when its sentence names it (the phrase before "dans", or a complement of
   * the noun); null when that mention names no issuer. Definite mentions on the way are read over
   * ("souligne le communiqué. «...», ajoute le texte").
   */
  private Speaker broughtInBefore(int at) {
    int from = Math.max(0, at - REACH);
    List<Word> ws = quoted.words(from, at);
    for (int n = ws.size() - 1; n >= 1; n--) {
      Word noun = ws.get(n);
      if (!DOCUMENTS.contains(noun.lower()) || quoted.inQuote(noun.start())
          || !FrenchWords.DETERMINERS.contains(ws.get(n - 1).lower())) {
        continue;
      }
      List<Word> sentence = quoted.words(quoted.sentenceStart(noun.start()), quoted.sentenceEnd(noun.start()));
      int h = Word.indexAt(sentence, noun.start());
      if (h < 1) {
        continue;
      }
      // "a déclaré X, dans un communiqué publié par l'Elysée": the one who spoke in it first
      Speaker named = h >= 2 && sentence.get(h - 2).is("dans", "par") ? before(sentence, h - 2) : null;
      if (named == null && h >= 2 && sentence.get(h - 2).is("dans", "par")) {
        named = aName(subjects.lastVerbSubject(sentence.subList(0, h - 2), null, noun.start())); // "X a réagi dans un communiqué"
      }
      if (named == null) {
        named = completedBy(sentence, h);
      }
      if (named != null) {
        return named;
      }
      if (!FrenchWords.DEFINITE.contains(sentence.get(h - 1).lower())) {
        return null; // "un rapport interministériel": brought in with no issuer named
      }
    }
    return null;
  }

  /** The speaker the noun phrase ending right before word {@code k} names ("la Cour, dans"), or null. */
  private Speaker before(List<Word> sentence, int k) {
    int end = k - 1;
    if (end >= 0 && sentence.get(end).is(",")) {
      end--;
    }
    if (end < 0 || !sentence.get(end).isWord()) {
      return null;
    }
    int[] np = phrases.npEndingAt(sentence, end);
    if (np == null || !resolver.namesSpeaker(np[0], np[1])) {
      return null;
    }
    int first = Word.indexAt(sentence, np[0]);
    if (first > 0 && (FrenchWords.PREPOSITIONS.contains(sentence.get(first - 1).lower())
        || sentence.get(first - 1).is("de", "du", "des", "d'", "d’", "par"))) {
      return null; // "la réforme de la ministre, dans un texte": a complement, not who wrote it
    }
    return aName(resolver.resolve(np[0], np[1], np[0], null, true));
  }

  /** {@code s} when it is a name, never a phrase left as the article wrote it ("l'organisation"): no better than the text's. */
  private static Speaker aName(Speaker s) {
    return s == null || s == Speaker.UNNAMED || s.name().chars().noneMatch(Character::isUpperCase) ? null : s;
  }
}
