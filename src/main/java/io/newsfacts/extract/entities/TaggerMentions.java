package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mentions from the CRF tagger's runs of PER/LOC/ORG/MISC words, repaired: runs are cut at line
 * breaks, punctuation and verbs; quotation marks, elided articles, lower-case words and sentence
 * openers are trimmed off their ends; titles are kept out of the name; words that are not names
 * (sentence-initial common words, portfolios after "ministre de", page headings in capitals) are
 * dropped. Also gives the mentions the tagger's runs imply: "rue X" and "place X" as places, a
 * name after a title (M., Mme, Me, Dr) as a person, capitalised demonyms as MISC.
 */
final class TaggerMentions {
  private static final Set<String> DE = Set.of("de", "d'", "d\u2019", "du", "des");
  private static final Set<String> ARTICLE = Set.of("la", "l'", "l\u2019", "les", "le");
  /** Lower-case words that open a surname: "Mme de Fontenay". */
  private static final Set<String> PARTICLES = Set.of("de", "d'", "d\u2019", "du", "des", "van", "von");
  private static final Set<String> JOINERS = Set.of("-", "'", "\u2019", "&");
  private static final Set<String> OPENING = Set.of("«", "\"", "\u201c");
  private static final Set<String> CLOSING = Set.of("»", "\"", "\u201d");
  private final EntityLexicon lexicon;
  private final Gazetteer gazetteer;

  TaggerMentions(EntityLexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
  }

  /** The words of the article written without a capital, lower case; listed on first use. */
  private static final class LowerWords {
    private final List<List<Word>> sentences;
    private Set<String> words;

    LowerWords(List<List<Word>> sentences) {
      this.sentences = sentences;
    }

    boolean contains(String lower) {
      if (words == null) {
        words = new HashSet<>();
        for (List<Word> ws : sentences) {
          for (Word w : ws) {
            if (!w.capitalised()) {
              words.add(w.lower());
            }
          }
        }
      }
      return words.contains(lower);
    }
  }

  /** A run of words [from, to) of one sentence with one tag. */
  private record Run(List<Word> words, int from, int to, String tag) {}

  /** Adds the mentions of all sentences to {@code out}. */
  void find(String text, List<List<Word>> sentences, List<Candidate> out) {
    List<Run> runs = new ArrayList<>();
    for (List<Word> ws : sentences) {
      runs(ws, runs);
    }
    LowerWords lowerWords = new LowerWords(sentences);
    Set<String> people = new HashSet<>();
    Set<String> nameWords = new HashSet<>(); // the words of those names: "Copé" of "Jean-François Copé"
    for (Run r : runs) {
      if (r.tag().equals("PER") && r.to() - r.from() >= 2) {
        people.add(EntityLexicon.fold(span(text, r.words(), r.from(), r.to())));
        for (int k = r.from(); k < r.to(); k++) {
          nameWords.add(r.words().get(k).folded());
        }
      }
    }
    for (Run r : runs) {
      mention(text, r, people, nameWords, lowerWords, out);
    }
    for (List<Word> ws : sentences) {
      titled(ws, out);
      demonyms(ws, out);
    }
  }

  /** Runs of one tag, cut at line breaks, punctuation, verbs and pronouns. */
  private void runs(List<Word> ws, List<Run> out) {
    int i = 0;
    while (i < ws.size()) {
      String tag = ws.get(i).ner();
      if ("O".equals(tag)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < ws.size() && tag.equals(ws.get(j).ner()) && !breaks(ws, j)) {
        j++;
      }
      out.add(new Run(ws, i, j, tag));
      i = j;
    }
  }

  /** Whether word {@code j} cannot continue the run ending at {@code j - 1}. */
  private static boolean breaks(List<Word> ws, int j) {
    Word w = ws.get(j);
    if (w.initial()) {
      return true;
    }
    if (w.punctuation()) {
      return !JOINERS.contains(w.text());
    }
    if (!w.capitalised() && (w.verb() || "PRON".equals(w.pos()))) {
      return true;
    }
    // "l'Agriculture et de la Pêche": two names
    return "et".equals(w.lower()) && j + 1 < ws.size() && !ws.get(j + 1).capitalised();
  }

  private void mention(String text, Run r, Set<String> people, Set<String> nameWords,
      LowerWords lowerWords, List<Candidate> out) {
    List<Word> ws = r.words();
    int s = r.from();
    int e = r.to();
    while (s < e && trimmedAtStart(ws.get(s))) {
      s++;
    }
    while (e > s && trimmedAtEnd(ws.get(e - 1))) {
      e--;
    }
    if (s >= e) {
      return;
    }
    EntityType quotedType = null;
    int close = closingQuote(ws, s, e);
    if (close > 0) {
      e = close; // « Osez le féminisme »: the whole title between the quotation marks
      quotedType = organisationBefore(ws, s) ? EntityType.ORGANIZATION : null;
    } else {
      while (e < ws.size() && "NOUN".equals(ws.get(e - 1).pos()) && ws.get(e - 1).capitalised()
          && !ws.get(e - 1).allCaps()
          && !lexicon.notEntities.contains(ws.get(e - 1).folded())
          && !ws.get(e).capitalised() && "ADJ".equals(ws.get(e).pos())) {
        e++; // "la Maison carrée", "la Cité impériale"
      }
    }
    // "Critiquer Pierre Moscovici": a word opening the sentence glued to a person named elsewhere
    if (e - s >= 3 && ws.get(s).initial()
        && people.contains(EntityLexicon.fold(span(text, ws, s + 1, e)))) {
      s++;
    }
    // "l'Elysée Ahmad Assi Jarba": a known name glued to a person named elsewhere
    for (int k = s + 1; k < e - 1; k++) {
      if (people.contains(EntityLexicon.fold(span(text, ws, k, e)))
          && gazetteer.keyOf(span(text, ws, s, k)) != null) {
        add(text, new Run(ws, k, e, "PER"), k, e, nameWords, lowerWords, out);
        return;
      }
    }
    add(text, quotedType == null ? r : new Run(ws, s, e, "ORG"), s, e, nameWords, lowerWords, out);
  }

  /** The index of the closing quotation mark of a short title opening right before word s. */
  private static int closingQuote(List<Word> ws, int s, int e) {
    if (s == 0 || !OPENING.contains(ws.get(s - 1).text())) {
      return -1;
    }
    for (int k = s + 1; k < ws.size() && k <= s + 5; k++) {
      Word w = ws.get(k);
      if (CLOSING.contains(w.text())) {
        return k >= e ? k : -1;
      }
      if (w.punctuation() && !JOINERS.contains(w.text()) || w.verb() && k > s + 1) {
        return -1;
      }
    }
    return -1;
  }

  /** "des associations féministes, « ... »": a title named as an organisation just before. */
  private boolean organisationBefore(List<Word> ws, int s) {
    for (int k = s - 2; k >= 0 && k >= s - 10; k--) {
      if (lexicon.orgHead(ws.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  private void add(String text, Run r, int s, int e, Set<String> nameWords, LowerWords lowerWords,
      List<Candidate> out) {
    List<Word> ws = r.words();
    while (e > s && trimmedAtEnd(ws.get(e - 1))) {
      e--;
    }
    if (s >= e) {
      return;
    }
    int nameFrom = s;
    if (lexicon.titles.contains(ws.get(s).text())) {
      if (e - s < 2 || !ws.get(s + 1).capitalised() && !PARTICLES.contains(ws.get(s + 1).lower())) {
        return; // a title alone or before a role: "Monsieur le président", "Mr"
      }
      nameFrom = s + 1;
    }
    Word first = ws.get(nameFrom);
    String name = span(text, ws, nameFrom, e);
    String folded = EntityLexicon.fold(name);
    if (name.length() < 2 || lexicon.notEntities.contains(folded)
        || lexicon.portfolios.contains(folded) || lexicon.calendar.contains(folded)) {
      return;
    }
    if (e - nameFrom == 1 && lexicon.orgHeads.contains(first.lower())) {
      // "l'Assemblée", "le Conseil": a short name of an organisation named in full elsewhere
      out.add(new Candidate(first.start(), first.start(), first.end(), EntityType.ORGANIZATION,
          first.initial() ? Candidate.Origin.WEAK : Candidate.Origin.HEAD, null));
      return;
    }
    boolean demonym = lexicon.demonyms.contains(folded);
    if (e - nameFrom == 1 && !demonym) {
      if (first.function() || (first.allCaps() && first.text().length() >= 6)) {
        return;
      }
      if (first.initial() && !"PROPN".equals(first.pos()) && lowerWords.contains(first.lower())) {
        return; // a common word that opens the sentence ("Dimanche, ...", "Conséquence, ...")
      }
      if (first.initial() && ("VERB".equals(first.pos()) || "AUX".equals(first.pos()))
          && !nameWords.contains(first.folded())) {
        return; // a verb that opens the sentence ("Voulant montrer ...", "Ravie, elle ...")
      }
    }
    if (e - nameFrom >= 2 && allCaps(ws, nameFrom, e)) {
      return; // a heading in capitals ("EN CHIFFRES")
    }
    if (afterRoleNoun(ws, nameFrom) && !"PROPN".equals(first.pos())) {
      return; // "président de la République", "chargé de l'Exception culturelle"
    }
    EntityType type = EntityExtractor.type(r.tag());
    if (nameFrom > s) {
      type = EntityType.PERSON;
    }
    if (type == EntityType.PERSON && e - nameFrom == 1 && placeCue(ws, nameFrom)) {
      type = EntityType.LOCATION; // "sa ville de Sartène"
    }
    if (type != EntityType.PERSON && (facility(first) || facility(ws.get(e - 1)))) {
      type = EntityType.LOCATION; // "Apple Park"
    }
    int start = ws.get(s).start();
    int end = ws.get(e - 1).end();
    out.add(new Candidate(start, first.start(), end, type, Candidate.Origin.CRF, null));
    if (s > 0 && nameFrom == s) {
      Word before = ws.get(s - 1);
      EntityType named = lexicon.nameNouns.get(before.lower());
      if (named != null && !before.capitalised()) {
        out.add(new Candidate(before.start(), before.start(), end, named,
            Candidate.Origin.NAMED_BY_NOUN, null));
      }
    }
  }

  /** Punctuation, quotation marks, elided articles, lower-case words, sentence openers. */
  private static boolean trimmedAtStart(Word w) {
    if (w.punctuation() || elided(w) || !w.capitalised()) {
      return true;
    }
    return w.function() && w.initial();
  }

  private static boolean trimmedAtEnd(Word w) {
    return w.punctuation() || elided(w) || !w.capitalised() && w.function();
  }

  /** "l'", "d'", "qu'": an article or preposition glued to the next word. */
  private static boolean elided(Word w) {
    String t = w.text();
    return t.length() <= 3 && (t.endsWith("'") || t.endsWith("\u2019"));
  }

  /** "ministre de l'", "président de la", "chargé du" right before word {@code i}. */
  private boolean afterRoleNoun(List<Word> ws, int i) {
    int k = i - 1;
    if (k >= 0 && ARTICLE.contains(ws.get(k).lower())) {
      k--;
    }
    if (k < 1 || !DE.contains(ws.get(k).lower())) {
      return false;
    }
    return lexicon.roleNoun(ws.get(k - 1).text());
  }

  private boolean facility(Word w) {
    return w.capitalised() && lexicon.facilityWords.contains(w.folded());
  }

  /** "ville de", "commune d'" right before word {@code i}. */
  private boolean placeCue(List<Word> ws, int i) {
    return i >= 2 && DE.contains(ws.get(i - 1).lower())
        && lexicon.placeCues.contains(ws.get(i - 2).folded());
  }

  /** A person after a title the tagger missed: "Me Boudreault", "M. Legault". */
  private void titled(List<Word> ws, List<Candidate> out) {
    for (int i = 0; i + 1 < ws.size(); i++) {
      if (!lexicon.titles.contains(ws.get(i).text())) {
        continue;
      }
      int j = i + 1;
      while (j < ws.size() && j - i <= 3 && ws.get(j).capitalised() && !ws.get(j).function()
          && !ws.get(j).allCaps()) {
        j++;
      }
      if (j > i + 1) {
        out.add(new Candidate(ws.get(i).start(), ws.get(i + 1).start(), ws.get(j - 1).end(),
            EntityType.PERSON, Candidate.Origin.TITLE, null));
      }
    }
  }

  /** Capitalised nationalities and inhabitants: "des Américains". */
  private void demonyms(List<Word> ws, List<Candidate> out) {
    for (Word w : ws) {
      if (w.capitalised() && !w.allCaps() && lexicon.demonyms.contains(w.folded())) {
        out.add(new Candidate(w.start(), w.start(), w.end(), EntityType.MISC,
            Candidate.Origin.DEMONYM, null));
      }
    }
  }

  private static boolean allCaps(List<Word> ws, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!ws.get(i).allCaps() && !ws.get(i).punctuation()) {
        return false;
      }
    }
    return true;
  }

  private static String span(String text, List<Word> ws, int from, int to) {
    return text.substring(ws.get(from).start(), ws.get(to - 1).end());
  }
}
