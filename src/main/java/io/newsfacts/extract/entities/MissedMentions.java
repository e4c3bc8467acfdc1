package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mentions the tagger's runs miss, told by the lexicons: a person after a title ("Me Boudreault"),
 * a first name before a capitalised word that is no common word ("Stéphanie Geisler, Alexis
 * Kraland"), capitalised nationalities and inhabitants ("des Américains", "les Calaisiens").
 */
final class MissedMentions {
  /** Lower-case words that open a surname: "Charles de Gaulle". */
  private static final Set<String> PARTICLES = Set.of("de", "d'", "d\u2019", "du", "des", "van", "von");
  /** Endings of French demonyms: "Calaisiens", "Bastiaise", "Lyonnais", "Mexicaines". */
  private static final Pattern DEMONYM_ENDING = Pattern.compile(
      "\\p{L}{3,}(?:ien(?:ne)?|ais(?:e)?|ois(?:e)?|ain(?:e)?|éen(?:ne)?)s?");
  private final EntityLexicon lexicon;
  private final NameLexicons names;

  MissedMentions(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.names = lexicon.names;
  }

  /** Adds the missed mentions of one sentence to {@code out}. */
  void find(List<Word> ws, List<Candidate> out) {
    titled(ws, out);
    firstNamed(ws, out);
    demonyms(ws, out);
  }

  /**
   * People the tagger missed, told by a first name of the lexicon before a capitalised word that
   * is no common word: "Stéphanie Geisler, Alexis Kraland, Céline Mislin" (a list of signatories).
   * A particle may come before the family name ("Charles de Gaulle"); the words are untagged.
   */
  private void firstNamed(List<Word> ws, List<Candidate> out) {
    for (int i = 0; i + 1 < ws.size(); i++) {
      Word w = ws.get(i);
      if (!"O".equals(w.ner()) || !w.capitalised() || w.allCaps() || !names.firstName(w)) {
        continue;
      }
      int j = i + 1;
      int end = -1;
      while (j < ws.size() && j <= i + 3 && "O".equals(ws.get(j).ner())) {
        Word x = ws.get(j);
        if (PARTICLES.contains(x.lower()) && !x.capitalised() && j + 1 < ws.size()
            && ws.get(j + 1).capitalised()) {
          j++;
          continue;
        }
        if (!x.capitalised() || x.allCaps() || x.function() || x.punctuation() || lexicon.commonOnly(x)
            || x.initial() || lexicon.notEntities.contains(x.folded())) {
          break;
        }
        end = ++j;
      }
      if (end > 0) {
        out.add(new Candidate(w.start(), w.start(), ws.get(end - 1).end(), EntityType.PERSON,
            Candidate.Origin.FIRST_NAME, null));
        i = end - 1;
      }
    }
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

  /**
   * An adjective before its lower-case noun: "l'Ancien régime" is no inhabitant of Ancien, whatever
   * its ending.
   */
  private static boolean adjectiveOfANoun(List<Word> ws, int i) {
    return "ADJ".equals(ws.get(i).pos()) && i + 1 < ws.size() && !ws.get(i + 1).capitalised()
        && "NOUN".equals(ws.get(i + 1).pos());
  }

  /** A capitalised common word inside a sentence with a demonym's ending: "Calaisiens". */
  boolean demonymNoun(Word w) {
    return !w.initial() && DEMONYM_ENDING.matcher(w.lower()).matches()
        && names.commonWord(w) && !names.knownName(w);
  }

  /**
   * Capitalised nationalities and inhabitants: "des Américains", and inside a sentence any
   * capitalised common word with a demonym's ending ("les Calaisiens": the noun of the adjective).
   */
  private void demonyms(List<Word> ws, List<Candidate> out) {
    for (int i = 0; i < ws.size(); i++) {
      Word w = ws.get(i);
      if (w.capitalised() && !w.allCaps() && (lexicon.demonyms.contains(w.folded())
          || demonymNoun(w) && !adjectiveOfANoun(ws, i))) {
        out.add(new Candidate(w.start(), w.start(), w.end(), EntityType.MISC,
            Candidate.Origin.DEMONYM, null));
      }
    }
  }
}
