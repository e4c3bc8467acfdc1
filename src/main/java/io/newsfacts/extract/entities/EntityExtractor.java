package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.SortedOffsets;
import io.newsfacts.text.TrailingLinks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The named entities of an article, as a French reader would list them. Mentions come from the
 * CRF tagger's runs (repaired: {@link TaggerMentions}), from the gazetteers in models/entities
 * ({@link Gazetteer}) and from the French structure of organisation names ({@link
 * OrganisationNames}); overlaps are settled with the longest well-formed name winning, acronyms
 * defined in the text are linked to their full names ({@link Acronyms}), names on page-furniture
 * lines are dropped, and the mentions are grouped into entities with one canonical name, one type
 * and the role the article gives each person ({@link EntityLinker}).
 */
public final class EntityExtractor {
  /** Names are short: a mention never starts more than this before one it overlaps. */
  private static final int LONGEST_NAME = 300;
  /** At most this much text after a call to action is taken for the page's furniture. */
  private static final int FURNITURE_TAIL = 1500;
  /** "À lire", "A voir": a call to action after "à" opening a line is a link to another page. */
  private static final Set<String> AT = Set.of("\u00c0", "A");
  private static final Set<String> ALSO = Set.of("aussi", "egalement");
  private final EntityLexicon lexicon;
  private final Gazetteer gazetteer;
  private final OrganisationNames organisations;
  private final TaggerMentions tagger;
  private final EntityLinker linker;
  private final Alternation fixedTitles;
  private final LeadingArticle articles;
  private final LegalForms legalForms = new LegalForms();
  private final PurposeNames purposes;

  public EntityExtractor() {
    this.lexicon = new EntityLexicon();
    this.gazetteer = new Gazetteer();
    this.organisations = new OrganisationNames(lexicon);
    this.tagger = new TaggerMentions(lexicon, gazetteer);
    this.linker = new EntityLinker(lexicon);
    this.articles = new LeadingArticle(lexicon, gazetteer);
    this.purposes = new PurposeNames(lexicon, gazetteer);
    this.fixedTitles = new Alternation(Lexicon.lines("entities/fixed-titles.txt"),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  public List<Entity> extract(AnnotatedText doc) {
    String text = doc.text();
    List<List<Word>> sentences = Word.sentences(doc);
    List<Candidate> all = new ArrayList<>(gazetteer.find(text));
    for (List<Word> ws : sentences) {
      organisations.find(ws, all);
    }
    tagger.find(text, sentences, all);
    all = legalForms.withoutSentencePeriods(text, articles.withOwnArticles(text, sentences, all));
    all = SpanBreaks.cut(text, LegalForms.cutAtMissedSentenceEnds(text, all));
    all = Coordination.beforeSecondRole(text, Coordination.cut(text, all));
    all = CapitalEdges.extend(text, all, lexicon::roleNoun); // "la Haute Autorité de la Santé"
    all = purposes.extend(text, sentences, HyphenPair.wholeCompounds(text, all));
    all = ModelNumbers.extend(text, sentences, all); // "Boeing 747", "Airbus A380"
    all = QuotedWorks.withTitles(text, SiteNames.whole(text, all)); // le livre « Marine est au courant de tout »
    List<Candidate> accepted = select(text, withoutFixedTitles(text, all));
    accepted = Acronyms.link(text, sentences, accepted);
    accepted = withoutPageFurniture(text, sentences, beforeTrailingLinks(text, accepted));
    return linker.link(text, sentences, accepted);
  }

  /** The mentions of {@code accepted} before the links to other articles that end {@code text} ({@link TrailingLinks}). */
  static List<Candidate> beforeTrailingLinks(String text, List<Candidate> accepted) {
    int links = TrailingLinks.start(text);
    return links == text.length() ? accepted : accepted.stream().filter(c -> c.end() <= links).toList();
  }

  /**
   * Settles overlaps: candidates are taken in the order of their origin, longest first; one that
   * crosses a taken one is dropped, and one inside another is kept only as the place or known name
   * ending an organisation or street name ("cour d'appel de Rouen", "Commission des Affaires
   * étrangères de l'Assemblée nationale").
   */
  private static List<Candidate> select(String text, List<Candidate> all) {
    List<Candidate> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing(Candidate::origin)
        .thenComparing(c -> c.start() - c.end())
        .thenComparingInt(Candidate::start));
    TreeMap<Integer, List<Candidate>> taken = new TreeMap<>();
    for (Candidate c : sorted) {
      boolean ok = true;
      List<Candidate> beaten = new ArrayList<>();
      Map<Integer, List<Candidate>> near = taken.subMap(c.start() - LONGEST_NAME, c.end());
      for (List<Candidate> list : near.values()) {
        for (Candidate t : list) {
          if (!t.overlaps(c) || nests(text, t, c)) {
            continue;
          }
          if (extendsKnownName(text, c, t)) {
            beaten.add(t);
          } else {
            ok = false;
          }
        }
      }
      if (ok) {
        for (Candidate b : beaten) {
          taken.get(b.start()).remove(b);
        }
        taken.computeIfAbsent(c.start(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Candidate> out = new ArrayList<>();
    taken.values().forEach(out::addAll);
    return out;
  }

  /**
   * Whether tagged name {@code c} is a longer name made with known name {@code t} and other words,
   * one alone or one with a capital or a figure at least ("Apple Park", "Ve République",
   * "République centrafricaine"), rather than two names joined ("UMP-UDI") or a name and words of
   * the sentence ("Ifop un président").
   */
  private static boolean extendsKnownName(String text, Candidate c, Candidate t) {
    if (c.origin() != Candidate.Origin.CRF || t.origin() != Candidate.Origin.GAZETTEER
        || !c.contains(t) || c.start() == t.start() && c.end() == t.end()
        || allCaps(text.substring(t.start(), t.end()))) {
      return false; // an acronym inside a tagged run is a name of its own ("l'Etat PS")
    }
    String extra = (text.substring(c.start(), t.start()) + " " + text.substring(t.end(), c.end())).strip();
    if (extra.indexOf(' ') > 0
        && extra.codePoints().noneMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))) {
      return false; // "l'Ifop un président": words of the sentence, in lower case
    }
    return (t.start() == c.start() || Character.isWhitespace(text.charAt(t.start() - 1)))
        && (t.end() == c.end() || Character.isWhitespace(text.charAt(t.end())));
  }

  private static boolean allCaps(String s) {
    return s.chars().noneMatch(Character::isLowerCase);
  }

  /**
   * Whether one of two overlapping candidates may sit inside the other. A person stays a mention
   * inside a name made with a noun ("affaire Cahuzac", "place Claude Érignac"), but a single word
   * inside a place's is the place's name only ("palais Bourbon", "théâtre Antoine").
   */
  private static boolean nests(String text, Candidate a, Candidate b) {
    if (a.start() == b.start() && a.end() == b.end()) {
      return false;
    }
    Candidate outer = a.contains(b) ? a : b.contains(a) ? b : null;
    if (outer == null) {
      return false;
    }
    Candidate inner = outer == a ? b : a;
    boolean container = outer.origin() == Candidate.Origin.STRUCTURE
        || outer.origin() == Candidate.Origin.NAMED_BY_NOUN
        || outer.origin() == Candidate.Origin.GAZETTEER;
    boolean nestable = inner.origin() == Candidate.Origin.TAIL
        || inner.origin() == Candidate.Origin.GAZETTEER
        || inner.type() == EntityType.PERSON && outer.origin() == Candidate.Origin.NAMED_BY_NOUN
            && (outer.type() != EntityType.LOCATION
                || text.substring(inner.nameStart(), inner.end()).indexOf(' ') >= 0);
    return container && nestable;
  }

  /** Drops names inside a fixed title ("président de la République"), not the title itself. */
  private List<Candidate> withoutFixedTitles(String text, List<Candidate> all) {
    List<int[]> titles = new ArrayList<>();
    Alternation.Scan m = fixedTitles.scan(text);
    int from = 0;
    while (m.find(from)) {
      titles.add(new int[] {m.start(), m.end()});
      from = Math.max(m.end(), m.start() + 1);
    }
    if (titles.isEmpty()) {
      return all;
    }
    List<Candidate> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      // titles come in order and do not overlap: only the last one starting by c can hold it
      int k = lastStartingBy(titles, c.start());
      int[] t = k < 0 ? null : titles.get(k);
      boolean inside = t != null && c.end() <= t[1] && c.end() - c.start() < t[1] - t[0];
      if (!inside) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Whether the words from {@code j} on, "aussi" or "également" aside, close a teaser's call: a
   * colon or the end of the line ("À lire : ...", "A LIRE AUSSI"); not "À lire les sondages, ...".
   */
  private static boolean teaserMark(String text, List<Word> ws, int j) {
    while (j < ws.size() && ALSO.contains(ws.get(j).folded())) {
      j++;
    }
    return j == ws.size() || ":".equals(ws.get(j).text())
        || ws.get(j).start() >= lineEnd(text, ws.get(j - 1).start());
  }

  /** Whether only spaces and quotation or list marks (">>") come before {@code at} on its line. */
  private static boolean lineStart(String text, int at) {
    for (int k = at - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
      if (!Character.isWhitespace(text.charAt(k)) && ">»•-".indexOf(text.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The end of the line holding offset {@code at}: its newline, or the end of the text. */
  private static int lineEnd(String text, int at) {
    int end = text.indexOf('\n', at);
    return end < 0 ? text.length() : end;
  }

  /** The index of the last span of {@code spans} (sorted by start) starting at or before {@code at}, or -1. */
  private static int lastStartingBy(List<int[]> spans, int at) {
    return SortedOffsets.firstAtLeast(spans.size(), i -> spans.get(i)[0], at + 1) - 1;
  }

  /**
   * Drops mentions on a line that opens with "À" and a call to action ("À lire : Hollande et
   * Sarkozy en mauvaise posture", "A LIRE AUSSI : ..."), the title of another article, and in a
   * sentence that opens with a call to action ("Retrouvez la chronique de
   * ...", "Suivez-le sur Twitter"), up to the end of its line at most, and the people named there
   * wherever else they appear (a byline); the sentences after it on its line are the article's
   * ("Retour à l'envoyeur. Alors qu'Anne Hidalgo...").
   * Such a line near the end of the text (last quarter, under 1500 characters left) starts the
   * page furniture: the author's biography after it is not the article either.
   */
  private List<Candidate> withoutPageFurniture(String text, List<List<Word>> sentences,
      List<Candidate> accepted) {
    List<int[]> lines = new ArrayList<>();
    List<int[]> teasers = new ArrayList<>();
    for (List<Word> ws : sentences) {
      for (int i = 0; i + 1 < ws.size(); i++) {
        Word w = ws.get(i);
        if (w.initial() && AT.contains(w.text()) && lexicon.callToAction.contains(ws.get(i + 1).folded())
            && lineStart(text, w.start()) && teaserMark(text, ws, i + 2)) {
          teasers.add(new int[] {w.start(), lineEnd(text, w.start())}); // "À lire : Hollande et ..."
        }
      }
      for (Word w : ws) {
        // "«Voir des jeunes fumeuses me rend malade»": an imperative opening quoted words is speech
        if (w.initial() && lexicon.callToAction.contains(w.folded()) && !afterQuoteMark(text, w.start())) {
          // the call's own sentence: "Retour à l'envoyeur. Alors qu'Anne Hidalgo..." goes on
          int end = Math.min(lineEnd(text, w.start()), ws.get(ws.size() - 1).end());
          if (w.start() > text.length() * 3 / 4
              && text.length() - w.start() < FURNITURE_TAIL) {
            end = text.length();
          }
          lines.add(new int[] {w.start(), end});
        }
      }
    }
    if (!teasers.isEmpty()) {
      // the title of another article the page links to: its names are not this one's
      accepted = accepted.stream().filter(c -> teasers.stream()
          .noneMatch(t -> t[0] <= c.start() && c.end() <= t[1])).toList();
    }
    if (lines.isEmpty()) {
      return accepted;
    }
    // lines come in text order; they may overlap (two calls in one line): the furthest end of
    // the lines starting by a mention says whether one holds it
    lines.sort(Comparator.comparingInt(line -> line[0]));
    int[] furthest = new int[lines.size()];
    for (int k = 0; k < lines.size(); k++) {
      furthest[k] = Math.max(lines.get(k)[1], k > 0 ? furthest[k - 1] : Integer.MIN_VALUE);
    }
    Set<String> bylines = new HashSet<>();
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : accepted) {
      int k = lastStartingBy(lines, c.start());
      boolean furniture = k >= 0 && furthest[k] >= c.end();
      if (furniture && c.type() == EntityType.PERSON) {
        bylines.add(EntityLexicon.fold(c.name(text)));
      }
      if (!furniture) {
        kept.add(c);
      }
    }
    kept.removeIf(c -> bylines.contains(EntityLexicon.fold(c.name(text))));
    return kept;
  }

  /**
   * Whether an opening quotation mark stands right before offset {@code at} (spaces aside): the
   * tokenizer may leave the mark at the end of the sentence before.
   */
  private static boolean afterQuoteMark(String text, int at) {
    int k = at - 1;
    while (k >= 0 && Character.isSpaceChar(text.charAt(k))) {
      k--;
    }
    return k >= 0 && "«\"“„".indexOf(text.charAt(k)) >= 0;
  }

  static EntityType type(String tag) {
    switch (tag) {
      case "PER":
      case "PERSON":
        return EntityType.PERSON;
      case "ORG":
      case "ORGANIZATION":
        return EntityType.ORGANIZATION;
      case "LOC":
      case "LOCATION":
        return EntityType.LOCATION;
      default:
        return EntityType.MISC;
    }
  }
}
