package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Organisation names that say what the body is for or against: "la Haute autorité pour la
 * transparence de la vie publique", "la Ligue contre le cancer", "l'Office central de lutte contre
 * la corruption et les infractions financières et fiscales", "l'Organisation des Nations unies pour
 * l'alimentation et l'agriculture". The tagger and the structure rules stop such a name at "pour"
 * or "contre" (its complement is in lower case); this extends a name headed by an organisation
 * noun ("Ligue", "Commission", "Haute autorité") over "pour" or "contre", a definite article, a
 * noun and the words in lower case of its complement, up to a punctuation mark, a verb or a word
 * that no complement holds. A complement with "et" in it ("la faune et la flore") must end at a
 * punctuation mark, an acronym between brackets or a verb in the singular, or it stops before
 * "et": "la Ligue contre le cancer et les associations ont dénoncé" names the Ligue alone.
 *
 * <p>Left as they are: a name the gazetteers know in full ("le Parti socialiste pour la
 * présidentielle"), the short name of a longer one of the same article ("l'Assemblée pour le
 * deuxième jour", beside "Assemblée nationale"), "pour" before a verb ("au Parlement pour
 * examiner") or an indefinite article, and the circumstances of models/entities/circumstance-nouns.txt
 * ("pour le compte de", "pour la première fois").
 */
final class PurposeNames {
  private static final Set<String> PURPOSE = Set.of("pour", "contre");
  private static final Set<String> ARTICLES = Set.of("la", "le", "les", "l'", "l\u2019");
  /** Prepositions inside a complement: "la transparence de la vie publique", "violences faites aux femmes". */
  private static final Set<String> INSIDE = Set.of("de", "d'", "d\u2019", "du", "des", "à", "au",
      "aux", "en", "entre", "pour", "contre", "sur", "dans");
  /** The endings of a past participle: "faites", "réunis", "vendues". */
  private static final Pattern PARTICIPLE = Pattern.compile(".+(é|i|u|t|s)e?s?");
  /** A complement is this many words at most. */
  private static final int LONGEST = 14;
  private final EntityLexicon lexicon;
  private final Gazetteer gazetteer;
  /** Nouns after "pour le", "pour la" that make a circumstance, not a purpose ("pour le compte de"). */
  private final Set<String> circumstances;

  PurposeNames(EntityLexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.circumstances = new HashSet<>();
    for (String l : Lexicon.lines("entities/circumstance-nouns.txt")) {
      circumstances.add(EntityLexicon.fold(l));
    }
  }

  /** {@code all} with the names of purpose extended over their complement. */
  List<Candidate> extend(String text, List<List<Word>> sentences, List<Candidate> all) {
    Map<Integer, List<Word>> sentenceOf = new HashMap<>();
    Map<Integer, Integer> indexOf = new HashMap<>();
    for (List<Word> ws : sentences) {
      for (int i = 0; i < ws.size(); i++) {
        sentenceOf.put(ws.get(i).start(), ws);
        indexOf.put(ws.get(i).start(), i);
      }
    }
    Set<String> firstWordsOfLonger = new HashSet<>(); // "assemblee" of "Assemblée nationale"
    for (Candidate c : all) {
      String name = c.name(text);
      int space = name.indexOf(' ');
      String second = space > 0 ? name.substring(space + 1).split(" ")[0] : "";
      if (space > 0 && !PURPOSE.contains(second)) { // not "Ligue contre le cancer" itself
        firstWordsOfLonger.add(EntityLexicon.fold(name.substring(0, space)));
      }
    }
    List<Candidate> out = new ArrayList<>(all.size());
    Set<String> heads = new HashSet<>(); // "haute autorite" of the names extended
    for (Candidate c : all) {
      List<Word> ws = sentenceOf.get(c.nameStart());
      Candidate longer = ws == null ? null : extended(text, ws, indexOf.get(c.nameStart()), c, firstWordsOfLonger);
      out.add(longer == null ? c : longer);
      if (longer != null && longer.end() > c.end()) {
        heads.add(EntityLexicon.fold(c.name(text)));
      }
    }
    if (heads.isEmpty()) {
      return out;
    }
    // the head alone elsewhere ("Sans convaincre la Haute autorité, ...") is the short name of
    // the body named in full: it joins that name (EntityLinker links a head to the name it starts)
    for (int i = 0; i < out.size(); i++) {
      Candidate c = out.get(i);
      if (c.origin() == Candidate.Origin.CRF && heads.contains(EntityLexicon.fold(c.name(text)))) {
        out.set(i, new Candidate(c.start(), c.nameStart(), c.end(), EntityType.ORGANIZATION,
            Candidate.Origin.HEAD, c.key()));
      }
    }
    return out;
  }

  private Candidate extended(String text, List<Word> ws, int s, Candidate c, Set<String> firstWordsOfLonger) {
    if (c.type() == EntityType.PERSON || c.origin() == Candidate.Origin.GAZETTEER
        || c.origin() == Candidate.Origin.ACRONYM) {
      return null;
    }
    int e = s;
    while (e < ws.size() && ws.get(e).end() <= c.end()) {
      e++;
    }
    if (e == s || ws.get(e - 1).end() != c.end() || e >= ws.size() - 1) {
      return null;
    }
    String name = c.name(text);
    if (s > 0 && ws.get(s - 1).capitalised() && !ws.get(s - 1).function()) {
      return null; // "Autorité" of "Haute Autorité": the name starts before
    }
    if (!headed(ws, s, e) || gazetteer.keyOf(name) != null
        || e - s == 1 && firstWordsOfLonger.contains(ws.get(s).folded())) {
      return null;
    }
    int from; // first word of the complement (after "pour", "contre" and its article)
    boolean inside = false; // the name already holds "pour" or "contre": "... pour l'alimentation"
    for (int k = s + 1; k < e; k++) {
      inside |= PURPOSE.contains(ws.get(k).text());
    }
    Word next = ws.get(e);
    if (PURPOSE.contains(next.text()) && e + 2 < ws.size() && ARTICLES.contains(ws.get(e + 1).lower())) {
      from = e + 2;
      Word noun = ws.get(from);
      if (noun.capitalised() || !"NOUN".equals(noun.pos()) || circumstances.contains(noun.folded())) {
        return null;
      }
    } else if (inside && "et".equals(next.text())) {
      from = e;
    } else {
      return null;
    }
    int end = complementEnd(ws, from);
    if (end <= from) {
      return null;
    }
    int firstEt = -1;
    for (int k = from; k < end; k++) {
      if ("et".equals(ws.get(k).text()) && firstEt < 0) {
        firstEt = k;
      }
    }
    if (firstEt >= 0 && !closed(ws, end) && !singularVerb(ws, end)) {
      end = trimmed(ws, from, firstEt);
    }
    if (end <= from || from == e && end <= e + 1) {
      return null;
    }
    return new Candidate(c.start(), c.nameStart(), ws.get(end - 1).end(), EntityType.ORGANIZATION,
        Candidate.Origin.STRUCTURE, c.key());
  }

  /** Whether the name [s, e) opens with an organisation head, or an adjective and one ("Haute autorité"). */
  private boolean headed(List<Word> ws, int s, int e) {
    Word w = ws.get(s);
    if (!w.capitalised() || w.allCaps()) {
      return false;
    }
    if (lexicon.orgHead(w.text())) {
      return true;
    }
    return e - s >= 2 && !w.function() && lexicon.orgHead(ws.get(s + 1).text());
  }

  /** Where the words of a complement starting at word {@code from} end (exclusive), trimmed. */
  private int complementEnd(List<Word> ws, int from) {
    int k = from;
    while (k < ws.size() && k - from < LONGEST && belongs(ws, k)) {
      k++;
    }
    return trimmed(ws, from, k);
  }

  /** Whether word {@code k} may go on a complement in lower case. */
  private static boolean belongs(List<Word> ws, int k) {
    Word w = ws.get(k);
    Word before = ws.get(k - 1);
    if (w.punctuation()) {
      return false;
    }
    if (w.capitalised()) { // "contre l'islamophobie en France", "de l'Antarctique"
      return !w.function() && !w.initial() && (INSIDE.contains(before.lower()) || TaggerMentions.elided(before)
          || before.capitalised() && !before.function());
    }
    String lower = w.lower();
    if (ARTICLES.contains(lower) || INSIDE.contains(lower) || "et".equals(lower)) {
      return true;
    }
    if (TaggerMentions.elided(w)) {
      return lower.startsWith("l") || lower.startsWith("d");
    }
    if ("NOUN".equals(w.pos()) || "ADJ".equals(w.pos())) {
      return true;
    }
    // "les violences faites aux femmes": a participle after its noun
    // ("indique", "explique": a verb in the present, no participle ends in "-que")
    return "VERB".equals(w.pos()) && "NOUN".equals(before.pos()) && PARTICIPLE.matcher(lower).matches()
        && !lower.endsWith("que") && !lower.endsWith("ques");
  }

  /** [from, to) less the words no name ends with: articles, prepositions, "et". */
  private static int trimmed(List<Word> ws, int from, int to) {
    while (to > from) {
      Word last = ws.get(to - 1);
      boolean content = last.capitalised() || "NOUN".equals(last.pos()) || "ADJ".equals(last.pos())
          || "VERB".equals(last.pos());
      if (content && !TaggerMentions.elided(last) && !ARTICLES.contains(last.lower())
          && !INSIDE.contains(last.lower())) {
        return to;
      }
      to--;
    }
    return to;
  }

  /**
   * Whether word {@code end} is a verb in the singular: the name with "et" inside its complement
   * is its one subject ("l'Organisation des Nations unies pour l'alimentation et l'agriculture
   * indique"), where a plural says "et" joined a second subject ("la Ligue contre le cancer et les
   * associations ont dénoncé").
   */
  private static boolean singularVerb(List<Word> ws, int end) {
    if (end >= ws.size()) {
      return false;
    }
    Word w = ws.get(end);
    return ("VERB".equals(w.pos()) || "AUX".equals(w.pos())) && !w.lower().endsWith("nt");
  }

  /** Whether the complement ending before word {@code end} closes at a punctuation mark or a sentence end. */
  private static boolean closed(List<Word> ws, int end) {
    return end >= ws.size() || ws.get(end).punctuation();
  }
}
