package io.newsfacts.extract.entities;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups the mentions of an article into entities and gives each entity one canonical name and
 * one type. Mentions are one entity when they have the same name, the same gazetteer line or
 * acronym, when a name alone follows the noun of a building, a body or an operation elsewhere
 * ("Matignon", "l'hôtel Matignon"; {@link NounNameAliases}), when a shorter person name ends the longer one ("Boudreault", "Me Boudreault" and
 * "Jean-Sébastien Boudreault"), when a lone first name starts exactly one full name, or when a
 * bare organisation head starts a longer organisation name ("ministère fédéral"), when a name
 * starts exactly one longer name ({@link LongerNames}) or is another form of the same demonym
 * ({@link DemonymForms}). The canonical
 * name is the fullest name of the group; every mention keeps its own text and offsets. The type
 * is voted by {@link EntityTypeVote}.
 */
final class EntityLinker {
  /** First names written as initials: "j.", "j.-v.", "j.v." (folded). */
  private static final Pattern INITIALS = Pattern.compile("\\p{L}\\.(?:-?\\p{L}\\.)*");
  private final EntityLexicon lexicon;
  private final Roles roles;
  private final EntityTypeVote types;

  EntityLinker(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.roles = new Roles(lexicon);
    this.types = new EntityTypeVote(lexicon);
  }

  List<Entity> link(String text, List<List<Word>> sentences, List<Candidate> mentions) {
    List<Candidate> ms = new ArrayList<>(PersonInitials.withUses(text, sentences, mentions));
    ms.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
    int n = ms.size();
    String[] names = new String[n];
    String[][] words = new String[n][];
    for (int i = 0; i < n; i++) {
      names[i] = ms.get(i).name(text);
      words[i] = EntityLexicon.fold(names[i]).split(" ");
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> byName = new HashMap<>();
    Map<String, Integer> byKey = new HashMap<>();
    Map<String, Integer> count = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String f = String.join(" ", words[i]);
      count.merge(f, 1, Integer::sum);
      if (ms.get(i).origin() == Candidate.Origin.WEAK) {
        continue;
      }
      Integer same = byName.putIfAbsent(f, i);
      if (same != null) {
        union(parent, same, i);
      }
      if (ms.get(i).key() != null) {
        Integer k = byKey.putIfAbsent(ms.get(i).key(), i);
        if (k != null) {
          union(parent, k, i);
        }
      }
    }
    linkWithoutArticle(ms, words, byName, parent);
    for (int[] pair : NameVariants.pairs(ms, names, words, lexicon.names)) {
      union(parent, pair[0], pair[1]);
    }
    for (int[] pair : DemonymForms.pairs(ms, names, lexicon.names)) {
      union(parent, pair[0], pair[1]);
    }
    for (int[] pair : LongerNames.pairs(ms, names, words, lexicon.names)) {
      union(parent, pair[0], pair[1]);
    }
    linkPeople(ms, words, count, parent, lexicon.names);
    linkInitials(ms, names, words, parent);
    for (int[] pair : NounNameAliases.pairs(ms, words, i -> find(parent, i), lexicon)) {
      union(parent, pair[0], pair[1]);
    }
    boolean[] dropped = linkHeads(ms, words, count, parent);

    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (!dropped[i]) {
        groups.computeIfAbsent(find(parent, i), g -> new ArrayList<>()).add(i);
      }
    }
    String[] canonical = new String[n];
    EntityType[] type = new EntityType[n];
    ArticleWords articleWords = new ArticleWords(sentences);
    Set<String> surnames = types.surnames(text, ms);
    for (List<Integer> g : groups.values()) {
      int best = g.get(0);
      for (int i : g) {
        int ci = count.get(String.join(" ", words[i]));
        int cbest = count.get(String.join(" ", words[best]));
        if (DemonymForms.same(names[i], names[best])
            ? DemonymForms.likelier(names[i], names[best], ci, cbest)
            : NameVariants.sameButHyphens(names[i], names[best])
            ? NameVariants.likelier(names[i], names[best], ci, cbest)
            : NameVariants.misspeltPerson(names[i], names[best])
                ? NameVariants.likelierFirstName(names[i], names[best], ci, cbest, lexicon.names)
                : fuller(ms.get(i), words[i], names[i], ms.get(best), words[best], names[best])) {
          best = i;
        }
      }
      EntityType t = types.of(text, ms, names, words, g, best, articleWords, surnames);
      if (t == EntityType.LOCATION && TITLE_ARTICLES.contains(words[best][0])
          && !lexicon.names.place(names[best])) {
        // "la Nouvelle-Calédonie" is the place "Nouvelle-Calédonie"; "La Haye" keeps its article
        for (int i : g) {
          if (words[i].length == words[best].length - 1) {
            best = i;
          }
        }
      }
      for (int i : g) {
        canonical[i] = names[best];
        type[i] = t;
      }
    }
    String[] role = roles(text, sentences, ms, type, canonical);
    List<Entity> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (!dropped[i]) {
        Candidate c = ms.get(i);
        out.add(new Entity(text.substring(c.start(), c.end()), type[i], canonical[i], c.start(),
            c.end(), role[i]));
      }
    }
    return out;
  }

  /** The articles that a title may start with and a text may leave out: "selon le Monde". */
  private static final Set<String> TITLE_ARTICLES = Set.of("le", "la", "les",
      "the");

  /**
   * A name that starts with an article joins the same name without it: "Le Monde" and "le Monde",
   * "The Guardian" and "Guardian", "L'Humanité" and "Humanité" (titles of papers, channels and
   * parties lose their article after a preposition or another article). Not for people ("Le Pen"
   * is no "Pen").
   */
  private static void linkWithoutArticle(List<Candidate> ms, String[][] words,
      Map<String, Integer> byName, int[] parent) {
    for (int i = 0; i < ms.size(); i++) {
      String[] w = words[i];
      if (ms.get(i).type() == EntityType.PERSON || ms.get(i).origin() == Candidate.Origin.WEAK
          || w.length == 0) {
        continue;
      }
      String rest = null;
      if (w.length >= 2 && TITLE_ARTICLES.contains(w[0])) {
        rest = String.join(" ", Arrays.copyOfRange(w, 1, w.length));
      } else if (w[0].startsWith("l'") && w[0].length() > 3) {
        rest = String.join(" ", w).substring(2);
      }
      Integer same = rest == null ? null : byName.get(rest);
      if (same != null && ms.get(same).type() != EntityType.PERSON) {
        union(parent, same, i);
      }
    }
  }

  /** Surnames and first names to the full name of a person of the article. */
  private static void linkPeople(List<Candidate> ms, String[][] words, Map<String, Integer> count,
      int[] parent, NameLexicons names) {
    Map<String, List<Integer>> byLast = new HashMap<>();
    Map<String, List<Integer>> byFirst = new HashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      if (ms.get(i).type() == EntityType.PERSON && words[i].length >= 2
          && ms.get(i).origin() != Candidate.Origin.GAZETTEER) {
        String last = words[i][words[i].length - 1];
        byLast.computeIfAbsent(last, k -> new ArrayList<>()).add(i);
        int dash = last.lastIndexOf('-');
        if (dash > 0) {
          byLast.computeIfAbsent(last.substring(dash + 1), k -> new ArrayList<>()).add(i);
        }
        byFirst.computeIfAbsent(words[i][0], k -> new ArrayList<>()).add(i);
      }
    }
    for (int i = 0; i < ms.size(); i++) {
      Candidate c = ms.get(i);
      if (c.key() != null || head(c)
          || c.origin() == Candidate.Origin.STRUCTURE || c.origin() == Candidate.Origin.DEMONYM
          || c.origin() == Candidate.Origin.NAMED_BY_NOUN || words[i].length > 3) {
        continue;
      }
      String[] w = words[i];
      int best = -1;
      for (int j : byLast.getOrDefault(w[w.length - 1], List.of())) {
        if ((words[j].length > w.length && endsWith(words[j], w) || abbreviates(w, words[j]))
            && better(j, best, words, count)) {
          best = j;
        }
      }
      if (best < 0 && w.length == 1 && (c.type() == EntityType.PERSON || names.firstName(w[0]))
          && !names.holiday(w[0])) { // "à Noël" is no Noël Mamère
        // a first name alone is the one person of the article named in full with it, whatever
        // the tagger calls it ("Fatima" tagged as a place, "Fatima Hadj" a person)
        String only = null;
        for (int j : byFirst.getOrDefault(w[0], List.of())) {
          String full = String.join(" ", words[j]);
          if (only == null || only.equals(full)) {
            only = full;
            best = j;
          } else {
            best = -2; // two people share the first name: leave it alone
            break;
          }
        }
      }
      if (best >= 0) {
        union(parent, best, i);
      }
    }
  }

  /**
   * An acronym of three to five capitals spelled by the initials of the one person of the article
   * whose full name gives them is that person: "NKM" for "Nathalie Kosciusko-Morizet", "DSK" for
   * "Dominique Strauss-Kahn", "VGE" for "Valéry Giscard d'Estaing" (French news names politicians
   * by their initials; the tagger calls them bodies or things).
   */
  private static void linkInitials(List<Candidate> ms, String[] names, String[][] words,
      int[] parent) {
    Map<String, Integer> byInitials = new HashMap<>();
    Map<String, String> fullOf = new HashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      if (ms.get(i).type() != EntityType.PERSON || words[i].length < 2
          || ms.get(i).origin() == Candidate.Origin.GAZETTEER) {
        continue;
      }
      String initials = initials(names[i]);
      String full = String.join(" ", words[i]);
      String other = fullOf.putIfAbsent(initials, full);
      if (other == null) {
        byInitials.put(initials, i);
      } else if (!other.equals(full)) {
        byInitials.put(initials, -1); // two people share them: leave the acronym alone
      }
    }
    for (int i = 0; i < ms.size(); i++) {
      String name = names[i];
      Integer person = byInitials.get(name);
      if (person != null && person >= 0 && words[i].length == 1 && name.length() >= 3
          && name.length() <= 5 && name.chars().allMatch(Character::isUpperCase)) {
        union(parent, person, i);
      }
    }
  }

  /**
   * The capitals that start the parts of a name, hyphenated parts and elided particles included:
   * "Nathalie Kosciusko-Morizet" NKM, "Valéry Giscard d'Estaing" VGE, "Marine Le Pen" MLP.
   */
  static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("[\\s\\-\u2010]+")) {
      int apostrophe = Math.max(part.lastIndexOf('\''), part.lastIndexOf('\u2019'));
      String rest = part.substring(apostrophe + 1);
      if (!rest.isEmpty() && Character.isUpperCase(rest.charAt(0))) {
        out.append(rest.charAt(0));
      }
    }
    return out.toString();
  }

  /**
   * Bare organisation heads ("le Ministère", "l'Assemblée", "ministère fédéral") join the longer
   * organisation name they start; those that start none are dropped.
   */
  private static boolean[] linkHeads(List<Candidate> ms, String[][] words,
      Map<String, Integer> count, int[] parent) {
    boolean[] dropped = new boolean[ms.size()];
    // the organisation names a head may start, by their first word (in mention order)
    Map<String, List<Integer>> byFirst = new HashMap<>();
    List<Integer> all = new ArrayList<>();
    for (int j = 0; j < ms.size(); j++) {
      Candidate o = ms.get(j);
      if (!head(o) && o.type() == EntityType.ORGANIZATION && words[j].length > 0) {
        byFirst.computeIfAbsent(words[j][0], k -> new ArrayList<>()).add(j);
        all.add(j);
      }
    }
    for (int i = 0; i < ms.size(); i++) {
      if (!head(ms.get(i))) {
        continue;
      }
      int best = -1;
      for (int j : words[i].length > 0 ? byFirst.getOrDefault(words[i][0], List.of()) : all) {
        Candidate o = ms.get(j);
        if (!head(o) && o.type() == EntityType.ORGANIZATION
            && words[j].length > words[i].length && startsWith(words[j], words[i])
            && better(j, best, words, count)) {
          best = j;
        }
      }
      if (best >= 0) {
        union(parent, best, i);
      } else {
        dropped[i] = ms.get(i).origin() == Candidate.Origin.WEAK;
      }
    }
    return dropped;
  }

  private static boolean head(Candidate c) {
    return c.origin() == Candidate.Origin.WEAK || c.origin() == Candidate.Origin.HEAD;
  }

  /** More mentions of the same name, then earlier. */
  private static boolean better(int j, int best, String[][] words, Map<String, Integer> count) {
    if (best < 0) {
      return true;
    }
    int cj = count.get(String.join(" ", words[j]));
    int cb = count.get(String.join(" ", words[best]));
    return cj > cb;
  }

  /** The fullest name: more words, then more letters; acronyms and bare heads never win. */
  private static boolean fuller(Candidate a, String[] wa, String na, Candidate b, String[] wb,
      String nb) {
    boolean aWeak = head(a);
    boolean bWeak = head(b);
    if (aWeak != bWeak) {
      return bWeak;
    }
    if (wa.length != wb.length) {
      return wa.length > wb.length;
    }
    if (na.length() != nb.length()) {
      return na.length() > nb.length();
    }
    // same name: prefer the spelling with a capital ("La France insoumise")
    return Character.isUpperCase(na.charAt(0)) && !Character.isUpperCase(nb.charAt(0));
  }

  /** The role of each person mention; mentions without one take the first of their entity. */
  private String[] roles(String text, List<List<Word>> sentences, List<Candidate> ms,
      EntityType[] type, String[] canonical) {
    String[] role = new String[ms.size()];
    Map<String, String> first = new HashMap<>();
    int m = 0;
    for (List<Word> ws : sentences) {
      if (ws.isEmpty()) {
        continue;
      }
      int sentenceEnd = ws.get(ws.size() - 1).end();
      while (m < ms.size() && ms.get(m).end() <= sentenceEnd) {
        Candidate c = ms.get(m);
        if (type[m] == EntityType.PERSON) {
          int from = indexAt(ws, c.start());
          int to = indexAt(ws, c.end() - 1) + 1;
          if (from >= 0 && to > from) {
            final int self = m;
            role[m] = roles.of(text, ws, from, to, k -> personAt(ms, type, self, ws.get(k)));
            if (role[m] != null) {
              first.putIfAbsent(canonical[m], role[m]);
            }
          }
        }
        m++;
      }
    }
    for (int i = 0; i < ms.size(); i++) {
      if (role[i] == null && type[i] == EntityType.PERSON) {
        role[i] = first.get(canonical[i]);
      }
    }
    return role;
  }

  private static boolean personAt(List<Candidate> ms, EntityType[] type, int self, Word w) {
    for (int d = -3; d <= 3; d++) {
      int i = self + d;
      if (d != 0 && i >= 0 && i < ms.size() && type[i] == EntityType.PERSON
          && ms.get(i).start() <= w.start() && w.end() <= ms.get(i).end()) {
        return true;
      }
    }
    return false;
  }

  private static int indexAt(List<Word> ws, int offset) {
    for (int i = 0; i < ws.size(); i++) {
      if (ws.get(i).start() <= offset && offset < ws.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a name is the full name with its first names written as initials: "J.-V. Placé" for
   * "Jean-Vincent Placé", "F. Hollande" for "François Hollande" (folded words, same surname).
   */
  static boolean abbreviates(String[] initials, String[] full) {
    if (initials.length != full.length || initials.length < 2
        || !initials[initials.length - 1].equals(full[full.length - 1])) {
      return false;
    }
    boolean any = false;
    for (int k = 0; k < initials.length - 1; k++) {
      if (initials[k].equals(full[k])) {
        continue;
      }
      if (!INITIALS.matcher(initials[k]).matches()) {
        return false;
      }
      String letters = initials[k].replaceAll("[^\\p{L}]", "");
      String[] parts = full[k].split("-");
      if (letters.length() != parts.length) {
        return false;
      }
      for (int p = 0; p < parts.length; p++) {
        if (parts[p].length() < 2 || parts[p].charAt(0) != letters.charAt(p)) {
          return false;
        }
      }
      any = true;
    }
    return any;
  }

  private static boolean endsWith(String[] full, String[] part) {
    int off = full.length - part.length;
    for (int i = 0; i < part.length; i++) {
      String f = full[off + i];
      if (!f.equals(part[i]) && !(i == part.length - 1 && f.endsWith("-" + part[i]))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the words {@code full} start with the words {@code part} (no longer than {@code full}). */
  static boolean startsWith(String[] full, String[] part) {
    for (int i = 0; i < part.length; i++) {
      if (!full[i].equals(part[i])) {
        return false;
      }
    }
    return true;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
