package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.FrenchCalendar;
import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.EntityType;
import io.newsfacts.text.Folding;
import io.newsfacts.text.NormalText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions the tagger's runs miss, told by the lexicons: a person after a title ("Me Boudreault"),
 * a first name before a capitalised word that is no common word ("Stéphanie Geisler, Alexis
 * Kraland"), a surname with its particle after a rank ("le général de Gaulle"), capitalised
 * nationalities and inhabitants ("des Américains", "les Calaisiens"), a regime with its ordinal
 * ("la 5e République", "la cinquième République"), a district named by its ordinal ("le 10e
 * arrondissement"), a day written with a hyphen as the name of its event ("le 11-Septembre"), a
 * law or scheme named after its noun ("la loi Travail").
 */
final class MissedMentions {
  /** The definite article right before a head alone: "la Constitution". */
  private static final Set<String> DEFINITE = Set.of("la", "l'", "l\u2019");
  /** "de" before a city: "le 9e arrondissement de Paris", "du Mans" is the tagger's. */
  private static final Set<String> OF = Set.of("de", "d'", "d\u2019");
  /** Words a role is written with, whatever the tagger's part of speech: "La Ministre". */
  private static final Set<String> ROLE_GRAMMAR = Set.of("le", "la", "l'", "l\u2019", "les", "de",
      "du", "des", "d'", "d\u2019");
  /** What comes before a rank: "le général", "du général", "au maréchal". */
  private static final Set<String> RANK_ARTICLES = Set.of("le", "la", "l'", "l\u2019", "du", "au");
  /** Endings of French demonyms: "Calaisiens", "Bastiaise", "Lyonnais", "Mexicaines". */
  private static final Pattern DEMONYM_ENDING = Pattern.compile(
      "\\p{L}{3,}(?:ien(?:ne)?|ais(?:e)?|ois(?:e)?|ain(?:e)?|éen(?:ne)?)s?");
  private final EntityLexicon lexicon;
  private final NameLexicons names;
  private final CapitalContext context;
  /** Ranks after which "de" is a surname's particle: "le général de Gaulle". */
  private final Set<String> ranks;
  /** models/entities/ordinal-places.txt: nouns of places named by an ordinal, folded. */
  private static final Set<String> ORDINAL_PLACES = Set.copyOf(
      Lexicon.lines("entities/ordinal-places.txt").stream().map(Folding::fold).toList());
  /** The endings of an ordinal the tokenizer may split off its figure: "9" "ème". */
  private static final Pattern ORDINAL_ENDING = Pattern.compile("e|è|ème|eme|er|re");
  /** A day and a month joined by a hyphen, the month with a capital: "11-Septembre", "1er-Mai". */
  private static final Pattern NAMED_DAY = Pattern.compile("(?:1er|[1-9]|[12][0-9]|3[01])-(\\p{Lu}\\p{Ll}+)");

  MissedMentions(EntityLexicon lexicon, CapitalContext context) {
    this.lexicon = lexicon;
    this.context = context;
    this.names = lexicon.names;
    this.ranks = Set.copyOf(Lexicon.lines("entities/ranks.txt"));
  }

  /**
   * Adds the missed mentions of one sentence to {@code out}.
   *
   * @param titled the folded words the article writes after a title ({@link #titledWords})
   */
  void find(List<Word> ws, Set<String> titled, List<Candidate> out) {
    titled(ws, out);
    ranked(ws, out);
    firstNamed(ws, titled, out);
    demonyms(ws, out);
    regimes(ws, out);
    headsAlone(ws, out);
    ordinalPlaces(ws, out);
    namedDays(ws, out);
    namedSchemes(ws, out);
  }

  /** The folded words right after a title in the article: "Soulage" of "M. Soulage". */
  Set<String> titledWords(List<List<Word>> sentences) {
    Set<String> out = new HashSet<>();
    for (List<Word> ws : sentences) {
      for (int i = 0; i + 1 < ws.size(); i++) {
        if (lexicon.titles.contains(ws.get(i).text()) && nameWord(ws.get(i + 1))) {
          out.add(ws.get(i + 1).folded());
        }
      }
    }
    return out;
  }

  /**
   * People the tagger missed, told by a first name of the lexicon before a capitalised word that
   * is no common word: "Stéphanie Geisler, Alexis Kraland, Céline Mislin" (a list of signatories).
   * A particle may come before the family name ("Charles de Gaulle"); the words are untagged.
   */
  private void firstNamed(List<Word> ws, Set<String> titled, List<Candidate> out) {
    for (int i = 0; i + 1 < ws.size(); i++) {
      Word w = ws.get(i);
      if (!"O".equals(w.ner()) || !w.capitalised() || w.allCaps() || !names.givenName(w)) {
        continue;
      }
      int j = i + 1;
      int end = -1;
      while (j < ws.size() && j <= i + 3 && "O".equals(ws.get(j).ner())) {
        Word x = ws.get(j);
        if (Word.PARTICLES.contains(x.lower()) && !x.capitalised() && j + 1 < ws.size()
            && ws.get(j + 1).capitalised()) {
          j++;
          continue;
        }
        if (end < 0 && lexicon.commonOnly(x)
            && (titled.contains(x.folded()) || presented(ws, j + 1))) {
          end = j + 1; // "François Soulage, président du collectif": a surname that is a word
          break;
        }
        if (!x.capitalised() || x.allCaps() || x.function() || x.punctuation() || lexicon.commonOnly(x)
            || x.initial() || lexicon.notEntities.contains(x.folded()) || possessive(x)) {
          break; // "Dolly Parton's Christmas": a title named after someone
        }
        if (!names.firstName(w) && names.knownName(x) && !names.familyName(x)
            && !names.firstName(x)) {
          break; // an English first name before a place or a known name: "l'Elysée Montmartre"
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

  /**
   * Whether words from {@code k} present the person named before them: a role in apposition (",
   * président du collectif", ", la sociologue") or an age (", 45 ans").
   */
  private boolean presented(List<Word> ws, int k) {
    if (k + 1 >= ws.size() || !",".equals(ws.get(k).text())) {
      return false;
    }
    Word next = ws.get(k + 1);
    if ("NUM".equals(next.pos())) {
      return k + 2 < ws.size() && ("ans".equals(ws.get(k + 2).lower()) || "an".equals(ws.get(k + 2).lower()));
    }
    int r = k + 1;
    if ("DET".equals(next.pos()) && r + 1 < ws.size()) {
      r++; // ", la sociologue"
    }
    while (r + 1 < ws.size() && "ADJ".equals(ws.get(r).pos()) && !ws.get(r).capitalised()) {
      r++; // ", ancien président"
    }
    return !ws.get(r).capitalised() && lexicon.roleNoun(ws.get(r).text());
  }

  /**
   * Whether words [from, to) are a role and no name: role nouns (models/common/role-nouns.txt)
   * with their articles and titles only: "Madame La Ministre", "le Maire", "les Présidents".
   */
  boolean roleOnly(List<Word> ws, int from, int to) {
    boolean role = false;
    for (int k = from; k < to; k++) {
      Word w = ws.get(k);
      if (lexicon.roleNoun(w.text())) {
        role = true;
      } else if (!ROLE_GRAMMAR.contains(w.lower()) && !title(w)) {
        return false;
      }
    }
    return role;
  }

  /** A title, whatever its case: "Madame", "madame", "M.". */
  private boolean title(Word w) {
    String t = w.text();
    return lexicon.titles.contains(t)
        || lexicon.titles.contains(Character.toUpperCase(t.charAt(0)) + t.substring(1));
  }

  /** An English possessive: "Parton's". */
  private static boolean possessive(Word w) {
    String l = w.lower();
    return l.endsWith("'s") || l.endsWith("\u2019s");
  }

  /**
   * A surname with its particle after a rank (models/entities/ranks.txt), the particle left out of
   * the tagger's run: "le général de Gaulle", "le maréchal de Lattre de Tassigny" name "de Gaulle",
   * "de Lattre de Tassigny". The rank stays out of the name, and must follow its article (not
   * "le quartier général de", "l'état général d'"); a first name and a surname after "de" are
   * someone the rank belongs to ("le premier lieutenant d'Emmanuel Macron").
   */
  private void ranked(List<Word> ws, List<Candidate> out) {
    for (int i = 1; i + 2 < ws.size(); i++) {
      Word rank = ws.get(i);
      Word de = ws.get(i + 1);
      Word name = ws.get(i + 2);
      if (rank.capitalised() || !ranks.contains(rank.lower()) || de.capitalised()
          || !Word.PARTICLES.contains(de.lower()) || !"PER".equals(name.ner()) || !name.capitalised()
          || !"DET".equals(ws.get(i - 1).pos()) && !RANK_ARTICLES.contains(ws.get(i - 1).lower())
          || names.firstName(name) && i + 3 < ws.size() && ws.get(i + 3).capitalised()) {
        continue; // "l'état général d'Abdelaziz Bouteflika": an adjective, then someone's name
      }
      int j = i + 2;
      while (j < ws.size() && "PER".equals(ws.get(j).ner()) && !ws.get(j).punctuation()) {
        j++;
      }
      out.add(new Candidate(de.start(), de.start(), ws.get(j - 1).end(), EntityType.PERSON,
          Candidate.Origin.TITLE, null));
      i = j - 1;
    }
  }

  /**
   * A person after a title the tagger missed: "Me Boudreault", "M. Legault"; a particle before a
   * capitalised word goes on with the surname ("Me Wallerand de Saint-Just", "M. Dominique de
   * Villepin").
   */
  private void titled(List<Word> ws, List<Candidate> out) {
    for (int i = 0; i + 1 < ws.size(); i++) {
      if (!lexicon.titles.contains(ws.get(i).text())) {
        continue;
      }
      int j = i + 1;
      int words = 0;
      while (j < ws.size() && words < 3) {
        Word w = ws.get(j);
        if (j > i + 1 && Word.PARTICLES.contains(w.lower()) && j + 1 < ws.size() && surnameAfter(w, ws.get(j + 1))) {
          j += 2; // "de Saint-Just": the particle and the surname
          words++;
        } else if (nameWord(w)) {
          j++;
          words++;
        } else {
          break;
        }
      }
      if (j > i + 1 && !roleOnly(ws, i + 1, j)) { // not "Madame La Ministre"
        out.add(new Candidate(ws.get(i).start(), ws.get(i + 1).start(), ws.get(j - 1).end(),
            EntityType.PERSON, Candidate.Origin.TITLE, null));
      }
    }
  }

  private static boolean nameWord(Word w) {
    return w.capitalised() && !w.function() && !w.allCaps();
  }

  /**
   * Whether a particle and the name after it are a surname, not where the person comes from ("M.
   * Legault de Montréal"): the tagger puts both in the person, or the name is no place.
   */
  private boolean surnameAfter(Word particle, Word name) {
    return nameWord(name) && ("PER".equals(particle.ner()) && "PER".equals(name.ner()) || !names.place(name.text()));
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

  /**
   * A regime named by its ordinal, in figures or in words, and its head written with a capital
   * (models/entities/event-heads.txt): "la Ve République", "la 5e République", "la cinquième
   * République", "le Second Empire". Without the ordinal the word names the state, no entity.
   */
  private static void regimes(List<Word> ws, List<Candidate> out) {
    for (int i = 0; i + 1 < ws.size(); i++) {
      Word ordinal = ws.get(i);
      Word head = ws.get(i + 1);
      if (head.capitalised() && !head.allCaps() && EventNames.AFTER_ORDINAL.contains(head.folded())
          && (EventNames.ORDINAL.matcher(ordinal.text()).matches()
              || EventNames.ORDINAL_WORDS.contains(ordinal.folded()))) {
        out.add(new Candidate(ordinal.start(), ordinal.start(), head.end(), EntityType.MISC,
            Candidate.Origin.NAMED_BY_NOUN, null));
      }
    }
  }

  /**
   * A head of models/entities/event-heads.txt that names the thing alone ({@code +alone}), written
   * with its capital right after "la" or "l'", a mark, a grammatical word or a verb after it:
   * "inscrire dans la Constitution", "l'article 49-3 de la Constitution", "la Constitution doit
   * changer" (not "la Constitution européenne", the tagger's longer name, nor "LA CONSTITUTION"
   * in capitals).
   */
  private static void headsAlone(List<Word> ws, List<Candidate> out) {
    for (int i = 1; i < ws.size(); i++) {
      Word head = ws.get(i);
      Word next = i + 1 < ws.size() ? ws.get(i + 1) : null;
      if (head.capitalised() && !head.allCaps() && !head.initial()
          && EventNames.ALONE.contains(head.folded()) && DEFINITE.contains(ws.get(i - 1).lower())
          && (next == null || next.punctuation() || next.function() || next.verb())) {
        out.add(new Candidate(head.start(), head.start(), head.end(), EntityType.MISC,
            Candidate.Origin.NAMED_BY_NOUN, null));
      }
    }
  }

  /**
   * A district named by its ordinal, in figures, and a noun of models/entities/ordinal-places.txt
   * in the singular: "le 10e arrondissement", "du 9ème arrondissement de Paris" (the city after it
   * is a place of its own, "de" and capitalised words); "les 4e et 5e arrondissements" name no one
   * place.
   */
  private static void ordinalPlaces(List<Word> ws, List<Candidate> out) {
    for (int i = 0; i + 1 < ws.size(); i++) {
      Word ordinal = ws.get(i);
      int head = i + 1;
      boolean figures = EventNames.ORDINAL.matcher(ordinal.text()).matches();
      if (!figures && isDigits(ordinal.text()) && ORDINAL_ENDING.matcher(ws.get(i + 1).text()).matches()
          && ws.get(i + 1).start() == ordinal.end()) {
        figures = true; // "9" "ème": the tokenizer split the ending off
        head = i + 2;
      }
      if (figures && head < ws.size() && ORDINAL_PLACES.contains(ws.get(head).folded())) {
        out.add(new Candidate(ordinal.start(), ordinal.start(), ws.get(head).end(),
            EntityType.LOCATION, Candidate.Origin.NAMED_BY_NOUN, null));
        int city = head + 2;
        int end = city;
        while (end < ws.size() && ws.get(end).capitalised() && !ws.get(end).punctuation()) {
          end++;
        }
        if (end > city && OF.contains(ws.get(head + 1).lower())) {
          // "du 9e arrondissement de Paris": the city, which the tagger's run over both held
          out.add(new Candidate(ws.get(city).start(), ws.get(city).start(), ws.get(end - 1).end(),
              EntityType.LOCATION, Candidate.Origin.TAIL, null));
        }
      }
    }
  }

  private static boolean isDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * A day written with a hyphen before its month's capital, the French spelling of the event the
   * date names (MISC): "le 11-Septembre", "le défilé du 14-Juillet", "le 1er-Mai", "l'appel du
   * 18-Juin". The tokenizer cuts it in two or three words; a date written "11 septembre" is a date.
   */
  private static void namedDays(List<Word> ws, List<Candidate> out) {
    for (int i = 0; i < ws.size(); i++) {
      if (i > 0 && ws.get(i - 1).end() == ws.get(i).start()) {
        continue; // inside a longer glued word
      }
      StringBuilder glued = new StringBuilder();
      for (int j = i; j < ws.size() && j - i < 3 && (j == i || ws.get(j).start() == ws.get(j - 1).end()); j++) {
        glued.append(ws.get(j).text());
        Matcher m = NAMED_DAY.matcher(glued);
        Word next = j + 1 < ws.size() ? ws.get(j + 1) : null;
        boolean whole = next == null || next.start() > ws.get(j).end()
            || next.punctuation() && !"-".equals(next.text()); // "le 11-Septembre," but not "1er-Mai-2018"
        if (whole && m.matches() && FrenchCalendar.monthNames().contains(NormalText.lower(m.group(1)))) {
          out.add(new Candidate(ws.get(i).start(), ws.get(i).start(), ws.get(j).end(),
              EntityType.MISC, Candidate.Origin.NAMED_BY_NOUN, null));
          break;
        }
      }
    }
  }

  /**
   * A law, a scheme or an affair named by the capitalised words right after its noun
   * (models/entities/name-nouns.txt, the nouns typed MISC), whatever the tagger made of them: "la
   * loi Travail", "la loi Santé", "le projet de loi El Khomri", "la réforme Taubira". Not an
   * acronym, which may be the body that tables the text ("une proposition de loi UMP"), nor one
   * letter ("le plan B"), nor a verb of the same form ("réformé").
   */
  private void namedSchemes(List<Word> ws, List<Candidate> out) {
    for (int i = 0; i + 1 < ws.size(); i++) {
      Word noun = ws.get(i);
      if (noun.capitalised() || lexicon.nameNouns.get(noun.folded()) != EntityType.MISC
          || !context.written(noun) || noun.verb()) {
        continue;
      }
      int j = i + 1;
      while (j < ws.size() && ws.get(j).capitalised() && !ws.get(j).allCaps()
          && !ws.get(j).punctuation() && ws.get(j).text().length() >= 2
          && !TaggerMentions.elided(ws.get(j)) && (j == i + 1 || !names.givenName(ws.get(j)))) {
        j++; // (up to a first name: "la loi Travail Myriam El Khomri" names the law, then its minister)
      }
      if (j > i + 1) {
        out.add(new Candidate(noun.start(), noun.start(), ws.get(j - 1).end(), EntityType.MISC,
            Candidate.Origin.NAMED_BY_NOUN, null));
      }
    }
  }
}
