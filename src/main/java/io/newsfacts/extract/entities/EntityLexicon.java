package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.FrenchRoles;
import io.newsfacts.lexicon.FrenchRoles.RoleNoun;
import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.EntityType;
import io.newsfacts.text.Folding;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of models/entities, loaded once: titles, demonyms, words that are not names,
 * portfolios, organisation heads, name nouns, place cues, role nouns, call-to-action words
 * and calendar words.
 * Sets hold folded forms (see {@link #fold}) unless said otherwise.
 */
final class EntityLexicon {
  /** Titles, exactly as written ("Me", "M."). */
  final Set<String> titles;
  final Set<String> demonyms;
  final Set<String> notEntities;
  final Set<String> portfolios;
  /** Heads of organisation names, lower case. */
  final Set<String> orgHeads;
  /** Heads that also start a name written in lower case. */
  final Set<String> lowerOrgHeads;
  /** Heads that take the proper name after them, a person's included ("Centre Pompidou"). */
  final Set<String> namedOrgHeads;
  /** Lower-case heads of an office of the body named after them ("la présidence de l'UMP"). */
  final Set<String> officeHeads;
  /** Titles of offices and institutions (fixed-titles.txt), folded: "présidence de la République". */
  final Set<String> fixedTitles;
  /** "rue" -> LOCATION, "affaire" -> MISC: nouns that make a name with the name after them. */
  final Map<String, EntityType> nameNouns;
  /** Name nouns that also take the name after "de": "la gare de Lyon", "rue de Rivoli" (folded). */
  final Set<String> nameNounsBeforeDe;
  /** Name nouns that take the name after "du", "des", "de la" only: "place de la Bastille" (folded). */
  final Set<String> nameNounsBeforeArticle;
  /** Name nouns whose name alone is most often someone else's ("affaire Cahuzac"; folded). */
  final Set<String> nameNounsEponym;
  /** The name nouns as written, accents and all, lower case ("pôle", "musée"). */
  final Set<String> nameNounsWritten;
  final Set<String> placeCues;
  final Set<String> roleNouns;
  final Set<String> callToAction;
  final Set<String> calendar;
  /** First or last words of the names of buildings and sites ("Apple Park"). */
  final Set<String> facilityWords;
  /** Cardinal points, folded: with a capital, a region's name ("l'Est", "le Sud-Ouest"). */
  final Set<String> cardinalPoints;
  /** English month names as written ("April"): the date line of an embedded tweet. */
  final Set<String> englishMonths;
  /** "journal" -> ORGANIZATION: nouns that type the name right after them. */
  final Map<String, EntityType> typeCues;
  /** Cue nouns that type the name after them but never start one ("film", "roman"). */
  private final Set<String> cuesNeverHeads;
  /** Cue nouns that type only the name right after them ("la maison Arnys"; not "la maison de
   * retraite à Nice", "Nîmes, la maison"), as they are mostly common words. */
  private final Set<String> cuesOnlyNext;
  /** The large lexicons built from licensed resources. */
  final NameLexicons names;

  EntityLexicon() {
    titles = new HashSet<>(Lexicon.lines("entities/titles.txt"));
    demonyms = io.newsfacts.lexicon.Demonyms.folded();
    notEntities = folded(Lexicon.lines("entities/not-entities.txt"));
    fixedTitles = folded(Lexicon.lines("entities/fixed-titles.txt"));
    portfolios = folded(Lexicon.lines("entities/portfolios.txt"));
    orgHeads = new HashSet<>();
    lowerOrgHeads = new HashSet<>();
    namedOrgHeads = new HashSet<>();
    officeHeads = new HashSet<>();
    for (String line : Lexicon.lines("entities/org-heads.txt")) {
      String[] parts = line.split("\\s+");
      String head = parts[0].toLowerCase(Locale.ROOT);
      orgHeads.add(head);
      List<String> marks = List.of(parts).subList(1, parts.length);
      if (marks.contains("+lower")) {
        lowerOrgHeads.add(head);
      }
      if (marks.contains("+named")) {
        namedOrgHeads.add(head);
      }
      if (marks.contains("+office")) {
        officeHeads.add(head);
      }
    }
    nameNouns = new HashMap<>();
    nameNounsBeforeDe = new HashSet<>();
    nameNounsBeforeArticle = new HashSet<>();
    nameNounsWritten = new HashSet<>();
    nameNounsEponym = new HashSet<>();
    for (String line : Lexicon.lines("entities/name-nouns.txt")) {
      String[] parts = line.split("\\s+");
      nameNounsWritten.add(parts[0].toLowerCase(Locale.ROOT));
      nameNouns.put(fold(parts[0]), EntityType.valueOf(parts[1]));
      if (parts.length > 2 && "+de".equals(parts[2])) {
        nameNounsBeforeDe.add(fold(parts[0]));
      }
      if (parts.length > 2 && "+de-article".equals(parts[2])) {
        nameNounsBeforeArticle.add(fold(parts[0]));
      }
      if (List.of(parts).contains("+eponym")) {
        nameNounsEponym.add(fold(parts[0]));
      }
    }
    placeCues = folded(Lexicon.lines("entities/place-cues.txt"));
    roleNouns = folded(FrenchRoles.forEntities().stream().map(RoleNoun::noun).toList());
    callToAction = folded(Lexicon.lines("entities/call-to-action.txt"));
    calendar = folded(Lexicon.lines("entities/calendar.txt"));
    englishMonths = new HashSet<>();
    for (String line : Lexicon.lines("dates/english-months.txt")) {
      englishMonths.add(line.split("\\s*=\\s*")[0]);
    }
    facilityWords = folded(Lexicon.lines("entities/facility-words.txt"));
    cardinalPoints = folded(Lexicon.lines("entities/cardinal-points.txt"));
    typeCues = new HashMap<>();
    cuesNeverHeads = new HashSet<>();
    cuesOnlyNext = new HashSet<>();
    for (String line : Lexicon.lines("entities/type-cues.txt")) {
      String[] parts = line.split("\\s+");
      typeCues.put(fold(parts[0]), EntityType.valueOf(parts[1]));
      for (int k = 2; k < parts.length; k++) {
        (parts[k].equals("+next") ? cuesOnlyNext : cuesNeverHeads).add(fold(parts[0]));
      }
    }
    names = new NameLexicons();
  }

  /** The type a cue noun gives the name after it ("journal", "journaux"), or null. */
  EntityType typeCue(String word) {
    String f = fold(word);
    EntityType t = typeCues.get(f);
    if (t == null && (f.endsWith("s") || f.endsWith("x"))) {
      t = typeCues.get(f.substring(0, f.length() - 1));
    }
    if (t == null && f.endsWith("aux")) {
      t = typeCues.get(f.substring(0, f.length() - 3) + "al");
    }
    return t;
  }

  /**
   * The type a cue noun gives a name it is not right before (over modifiers, in apposition), or
   * null: not for the cues marked +next ("la maison de retraite à Nice").
   */
  EntityType farTypeCue(String word) {
    EntityType t = typeCue(word);
    if (t == null) {
      return null;
    }
    String f = fold(word);
    return cuesOnlyNext.contains(f) || cuesOnlyNext.contains(f.substring(0, f.length() - 1))
        ? null : t;
  }

  /**
   * The type a cue noun gives the name it starts ("Radio Classique", "Parti Pirate"), or null:
   * not for the cues of works ("Roman Polanski" is no novel).
   */
  EntityType typeHead(String word) {
    return cuesNeverHeads.contains(fold(word)) ? null : typeCue(word);
  }

  /**
   * Whether a name's words end with a point of the compass after "du", "de l'": "Caroline du Sud",
   * "Dakota du Nord", "Corée du Sud" name places, never someone.
   */
  boolean compassEnd(String[] words) {
    int n = words.length;
    if (n < 3 || !cardinalPoints.contains(fold(words[n - 1]))) {
      return false;
    }
    String of = words[n - 2].toLowerCase(Locale.ROOT);
    return "du".equals(of) || of.startsWith("l'") || of.startsWith("l\u2019") || "l'".equals(of);
  }

  /** A role noun, singular or plural ("président", "présidents"). */
  boolean roleNoun(String word) {
    String f = fold(word);
    return roleNouns.contains(f)
        || (f.endsWith("s") || f.endsWith("x")) && roleNouns.contains(f.substring(0, f.length() - 1));
  }

  /**
   * A capitalised common word of the dictionary that nothing else makes a name: not a first name,
   * family name, proper noun or place, not an organisation head, a name noun, a facility word, a
   * demonym or a title.
   */
  boolean commonOnly(Word w) {
    if (!w.capitalised() || w.allCaps() || !names.commonWord(w)
        || names.knownName(w)) {
      return false;
    }
    return !demonyms.contains(w.folded()) && !orgHead(w.text())
        && !nameNouns.containsKey(w.folded()) && !facility(w)
        && !titles.contains(w.text());
  }

  /** A capitalised first or last word of a building or site name: "Stade", "Park". */
  boolean facility(Word w) {
    return w.capitalised() && facilityWords.contains(w.folded());
  }

  /** An organisation head, singular or plural ("association", "associations"). */
  boolean orgHead(String word) {
    String f = word.toLowerCase(Locale.ROOT);
    return orgHeads.contains(f) || f.endsWith("s") && orgHeads.contains(f.substring(0, f.length() - 1));
  }

  /** Lower case without accents, curly apostrophes straightened, spaces collapsed ({@link Folding#fold}). */
  static String fold(String s) {
    return Folding.fold(s);
  }

  private static Set<String> folded(List<String> lines) {
    Set<String> out = new HashSet<>();
    for (String l : lines) {
      out.add(fold(l));
    }
    return out;
  }
}
