package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organisation names found from their French structure, whatever the tagger said: a head noun
 * (models/entities/org-heads.txt), its adjectives, then "de/du/des ..." groups: "Conseil
 * constitutionnel", "ministère québécois de l'Immigration", "Association des avocats et avocates
 * en immigration du Québec". Groups joined by "et"/"en" are kept only when a later group reaches a
 * capitalised word, and a head written in lower case only names an organisation when its name ends
 * on a capitalised word. A place ending the name ("cour d'appel de Rouen") is a mention of its own.
 * "des" and one word in lower case right after a bare head, before a relative pronoun
 * ("l'Assemblée des gens qui ..."), are a common noun phrase of the sentence, not words of the name.
 */
final class OrganisationNames {
  private static final Set<String> DE = Set.of("de", "d'", "d\u2019", "du", "des");
  private static final Set<String> ARTICLE = Set.of("la", "l'", "l\u2019", "les");
  private static final Set<String> LINK = Set.of("et", "en");
  private static final Set<String> RELATIVE = Set.of("qui", "que", "qu'", "qu\u2019", "dont");
  private final EntityLexicon lexicon;

  OrganisationNames(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Adds the organisation names of one sentence to {@code out}. */
  void find(List<Word> ws, List<Candidate> out) {
    int n = ws.size();
    Map<Integer, Integer> known = new HashMap<>(); // the gazetteer names of the sentence: start -> end
    if (n > 0) {
      for (Candidate c : out) {
        if (c.origin() == Candidate.Origin.GAZETTEER && c.start() >= ws.get(0).start()
            && c.end() <= ws.get(n - 1).end()) {
          known.merge(c.start(), c.end(), Math::max);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      Word head = ws.get(i);
      String lw = head.lower();
      if (!lexicon.orgHeads.contains(lw) || head.allCaps()) {
        continue;
      }
      boolean capital = head.capitalised();
      if (!capital && !lexicon.lowerOrgHeads.contains(lw)) {
        continue;
      }
      int j = i + 1;
      if (capital && lexicon.namedOrgHeads.contains(lw)) {
        while (j < n && j <= i + 3 && ws.get(j).capitalised() && !ws.get(j).function()
            && !ws.get(j).punctuation()) {
          j++; // "Centre Pompidou", "Institut Pasteur"
        }
      }
      while (j < n && modifier(ws.get(j))) {
        j++;
      }
      j = knownNameEnd(ws, i, j, known); // "le Front national vante": the party's name ends first
      int modifiersEnd = j - 1;
      int committed = capital ? modifiersEnd : i;
      boolean capitalInside = false;
      int tailStart = -1;
      boolean enumeration = false;
      while (j < n) {
        int k = j;
        boolean adjacent = committed == j - 1; // right after a group taken into the name
        String c = ws.get(k).lower();
        boolean tentative = false;
        boolean closesEnumeration = c.equals("et");
        if (c.equals(",") && k + 1 < n && DE.contains(ws.get(k + 1).lower())) {
          // "ministère de l'Immigration, de la Francisation et de l'Intégration"
          enumeration = true;
          tentative = true;
          k++;
          c = ws.get(k).lower();
        } else if (LINK.contains(c)) {
          tentative = true;
          k++;
          c = k < n ? ws.get(k).lower() : "";
        }
        if (DE.contains(c)) {
          k++;
          if (c.equals("de") && k < n && ARTICLE.contains(ws.get(k).lower())) {
            k++;
          }
        } else if (!tentative) {
          break;
        }
        if (tentative && k < n && startsName(ws.get(k))) {
          break; // "de l'Assemblée nationale et du Sénat": two names
        }
        int e = k;
        boolean groupCapital = false;
        boolean allProper = true;
        while (e < n && content(ws.get(e))) {
          Word w = ws.get(e);
          if ("PER".equals(w.ner()) && (e == k || !"PER".equals(ws.get(e - 1).ner()))) {
            break; // a person's name after the organisation ("l'Assemblée de Corse Jean-Guy ...")
          }
          if (e > k && lexicon.names.firstName(w) && !lexicon.names.firstName(ws.get(e - 1))
              && e + 1 < n && ws.get(e + 1).capitalised() && !ws.get(e + 1).function()) {
            break; // and one the tagger missed: "du conseil régional d'Île-de-France Valérie Pécresse"
          }
          groupCapital |= w.capitalised();
          allProper &= w.capitalised() && "PROPN".equals(w.pos());
          e++;
        }
        if (e == k || indefinite(ws, i, j, k, e, groupCapital)) {
          break;
        }
        j = e;
        if (groupCapital && (!enumeration || closesEnumeration)) {
          enumeration = false;
          committed = e - 1;
          capitalInside = true;
          tailStart = allProper ? k : -1;
        } else if (capital && !enumeration && (!tentative || closesEnumeration && adjacent)) {
          // "Office français d'immigration et d'intégration": lower-case groups after a
          // capitalised head are the name's, "et" included when it joins two of them
          committed = e - 1;
          tailStart = -1;
        }
      }
      if (committed == i) {
        weak(ws, i, modifiersEnd, capital, out);
        continue;
      }
      if (!capital && lexicon.officeHeads.contains(lw) && !fixedTitle(ws, i, committed)) {
        continue; // "candidat à la présidence de l'UMP": an office; the party is the name
      }
      if (capital && head.initial() && !capitalInside && "O".equals(head.ner())) {
        continue; // a common noun that opens a sentence ("Commission d'enquête : ...")
      }
      int start = head.start();
      int end = ws.get(committed).end();
      out.add(new Candidate(start, start, end, EntityType.ORGANIZATION,
          Candidate.Origin.STRUCTURE, null));
      if (tailStart >= 0) {
        Word first = ws.get(tailStart);
        String tail = textOf(ws, tailStart, committed);
        boolean common = tailStart == committed && lexicon.names.commonWord(first)
            && !lexicon.names.knownName(first); // "Institut français de Presse"
        if (!lexicon.portfolios.contains(EntityLexicon.fold(tail)) && !common) {
          EntityType type = "PER".equals(first.ner()) ? EntityType.PERSON : EntityType.LOCATION;
          out.add(new Candidate(first.start(), first.start(), end, type, Candidate.Origin.TAIL,
              null));
        }
      }
      i = committed;
    }
  }

  /** "le Ministère", "l'Assemblée", "le ministère fédéral": a name only if the article has a
   * longer one it abbreviates. */
  private void weak(List<Word> ws, int i, int modifiersEnd, boolean capital, List<Candidate> out) {
    Word head = ws.get(i);
    if (capital ? head.initial() : modifiersEnd == i) {
      return;
    }
    out.add(new Candidate(head.start(), head.start(), ws.get(modifiersEnd).end(),
        EntityType.ORGANIZATION, Candidate.Origin.WEAK, null));
  }

  /**
   * "au sein de l'Assemblée des gens qui partagent ...": "des" right after a bare head, one word
   * in lower case and a relative pronoun with no comma. That "des" is the indefinite article of a
   * noun the relative clause restricts, not the preposition of the name ("le Centre européen du
   * judaïsme qui ouvrira", with an adjective and "du", stays one name).
   */
  private static boolean indefinite(List<Word> ws, int head, int group, int k, int e,
      boolean capital) {
    return !capital && group == head + 1 && "des".equals(ws.get(group).lower()) && e == k + 1
        && e < ws.size() && RELATIVE.contains(ws.get(e).lower());
  }

  /** A word that starts a name of its own: an organisation head or a cue noun ("Sénat", "collectif"). */
  private boolean startsName(Word w) {
    return lexicon.orgHead(w.text()) && w.capitalised() || lexicon.typeCue(w.text()) != null;
  }

  /** Adjectives right after the head ("constitutionnel", "québécois", "Républicain"). */
  /**
   * Where the modifiers after the head at {@code i} end, {@code j}, or earlier when a name the
   * gazetteers know starts at the head and only words in lower case that are no nationality
   * follow it: "le Front national indifférent", "l'Union européenne actuelle" (not "le Parti
   * socialiste européen").
   */
  private int knownNameEnd(List<Word> ws, int i, int j, Map<Integer, Integer> known) {
    Integer end = known.get(ws.get(i).start());
    if (end == null || end >= ws.get(j - 1).end()) {
      return j;
    }
    int k = i;
    while (k < j && ws.get(k).end() <= end) {
      k++;
    }
    if (k == i || ws.get(k - 1).end() != end) {
      return j;
    }
    for (int m = k; m < j; m++) {
      if (ws.get(m).capitalised() || lexicon.demonyms.contains(ws.get(m).folded())) {
        return j;
      }
    }
    return k;
  }

  private boolean modifier(Word w) {
    if (w.punctuation() || lexicon.calendar.contains(w.folded()) || w.subordinator()) {
      return false;
    }
    if (w.capitalised()) {
      return !"PER".equals(w.ner()) && ("ADJ".equals(w.pos()) || "NOUN".equals(w.pos()));
    }
    return "ADJ".equals(w.pos()) || "NOUN".equals(w.pos());
  }

  /** Nouns, adjectives and names inside a "de ..." group. */
  private boolean content(Word w) {
    if (w.punctuation() || w.verb() || lexicon.calendar.contains(w.folded()) || w.subordinator()) {
      return false;
    }
    if (w.capitalised()) {
      return !w.function();
    }
    return "NOUN".equals(w.pos()) || "ADJ".equals(w.pos());
  }

  /**
   * Whether words [from, to] start with a title of fixed-titles.txt: "la présidence de la
   * République française" is the institution.
   */
  private boolean fixedTitle(List<Word> ws, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      if (lexicon.fixedTitles.contains(
          EntityLexicon.fold(textOf(ws, from, k).replaceAll("(['\u2019]) ", "$1")))) {
        return true;
      }
    }
    return false;
  }

  private static String textOf(List<Word> ws, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(ws.get(i).text());
    }
    return sb.toString();
  }
}
