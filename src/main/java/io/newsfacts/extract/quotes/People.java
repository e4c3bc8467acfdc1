package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.SortedOffsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The people and organisations of one article as the speaker rules need them: mentions in text
 * order, the role the article gives each person ("le porte-parole du MIDI, Jonathan Lavallée"),
 * their grammatical gender when it shows, and the last person a pronoun can stand for.
 */
final class People {
  /** Pronouns look back at most this far for their person. */
  private static final int PRONOUN_REACH = 2500;
  /** Words a role's comparison skips ("président de la République" ~ "président", "république"). */
  private static final Set<String> ROLE_GLUE =
      Set.of("de", "du", "des", "d", "l", "la", "le", "les", "à", "au", "aux");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s']+");

  private final String text;
  private final List<Entity> mentions;
  private final RoleNouns roleNouns;
  /** Reads the role written beside a name, while the mentions are read. */
  private final RoleAppositions appositions;
  private final Map<String, String> fullNames = new HashMap<>();
  private final Map<String, Character> genders = new HashMap<>();
  /** Given names and their usual gender (models/quotes/first-names.txt), lower case. */
  private final Map<String, Character> firstNames;
  private final Map<String, String> roles = new HashMap<>();
  private final Map<String, Integer> mentionCounts = new HashMap<>();
  /** Role mentions in text order: who was introduced with which role where. */
  private final List<RoleMention> roleMentions = new ArrayList<>();

  private record RoleMention(String person, String role, int at) {}

  /** Role -> its words, lower case, split at spaces and apostrophes: each role is split once. */
  private final Map<String, List<String>> roleWords = new HashMap<>();

  People(String text, List<Entity> entities, RoleNouns roleNouns, Map<String, Character> firstNames) {
    this.firstNames = firstNames;
    this.text = text;
    this.roleNouns = roleNouns;
    this.mentions = new ArrayList<>(entities);
    mentions.sort(Comparator.comparingInt(Entity::start));
    this.appositions = new RoleAppositions(text, roleNouns, this);
    linkSurnames();
    for (Entity e : mentions) {
      if (e.type() != EntityType.PERSON && ACRONYM.matcher(e.text()).matches() && !e.canonical().equals(e.text())) {
        acronyms.putIfAbsent(e.text(), e.canonical());
      }
    }
    Map<String, Character> shown = new HashMap<>();
    Set<String> guessed = new HashSet<>(); // people whose gender is only their first name's so far
    for (Entity e : mentions) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      String who = canonical(e);
      mentionCounts.merge(who, 1, Integer::sum);
      String role = e.role() != null && !completedByName(e.role()) ? e.role() : appositions.before(e);
      if (role == null) {
        role = appositions.after(e);
      }
      if (role != null) {
        roles.putIfAbsent(who, role);
        roleMentions.add(new RoleMention(who, role, e.start()));
        Character r = roleNouns.gender(role, appositions.articleBefore(e, role));
        String apposed = r != null && e.text().contains(" ") && guessed.contains(who) ? appositions.before(e) : null;
        Character a = apposed == null || readsOverVerb(apposed) ? null
            : roleNouns.gender(apposed, appositions.articleBefore(e, apposed));
        if (a != null) {
          // "la ministre George Pau-Langevin": the article of a role apposed to the name beats the
          // first name's usual gender; not a role the tagger read over a verb ("L'animatrice recevra X")
          guessed.remove(who);
          genders.put(who, a);
        }
        putGender(who, r);
      }
      Character g = PersonGenders.title(text, e);
      g = g != null ? g : PersonGenders.agreement(text, e);
      if (e.text().contains(" ")) {
        shown.putIfAbsent(who, g);
      } else {
        putGender(who, g); // "Mme Knoll" may be the mother of "Daniel Knoll": only in mention order
      }
      Character usual = PersonGenders.firstName(who, firstNames);
      if (usual != null && !genders.containsKey(who)) {
        genders.put(who, usual);
        guessed.add(who);
      }
    }
    // "M."/"Mme" or an agreement on a full name beats a role or first name read on an earlier mention
    shown.forEach((who, g) -> {
      if (g != null) {
        genders.put(who, g);
      }
    });
    linkRoleNames();
  }

  /**
   * "le Roi du Maroc" tagged as a person named "Roi": a name that is only a role noun stands for
   * the one person the article gives that role ("le roi Mohammed VI"), else for no one named
   * (the mention is left out, and the words are read as a role phrase).
   */
  private void linkRoleNames() {
    List<Entity> roleNames = new ArrayList<>();
    for (Entity e : mentions) {
      String c = e.canonical();
      if (e.type() == EntityType.PERSON && !c.contains(" ") && roleNouns.contains(c.toLowerCase(Locale.ROOT))) {
        roleNames.add(e);
      }
    }
    for (Entity e : roleNames) {
      String noun = e.canonical().toLowerCase(Locale.ROOT);
      String holder = null;
      for (Map.Entry<String, String> r : roles.entrySet()) {
        List<String> words = RoleWords.of(r.getValue());
        if (!r.getKey().equals(e.canonical()) && !words.isEmpty() && words.get(0).equals(noun)) {
          holder = holder == null || holder.equals(r.getKey()) ? r.getKey() : "";
        }
      }
      if (holder != null && !holder.isEmpty()) {
        fullNames.put(e.canonical(), holder);
        mentionCounts.merge(holder, 1, Integer::sum);
      } else {
        mentions.remove(e);
      }
      mentionCounts.remove(e.canonical());
      roles.remove(e.canonical());
      genders.remove(e.canonical());
      roleMentions.removeIf(r -> r.person().equals(e.canonical()));
    }
  }

  /** Each person mention's appositions (see {@link Descriptions}), built on first use. */
  private Descriptions descriptions;

  /**
   * The person whose apposition holds the noun {@code head} of a description ("l'historien"):
   * {@link Descriptions#described}.
   */
  String described(String head, List<String> words, int at) {
    if (descriptions == null) {
      descriptions = new Descriptions(text, this, mentions);
    }
    return descriptions.described(head, words, at);
  }

  /**
   * "Candidat surprise après le renoncement de" (before "François Hollande"): a role ending with
   * a preposition is completed by the name, which holds some other role than the one it names.
   */
  /**
   * Whether role words hold a finite verb that is no role noun: "animatrice recevra" read before
   * "L'animatrice recevra X" is a clause whose object is X, not X's apposed role.
   */
  private boolean readsOverVerb(String role) {
    return RoleWords.of(role).stream().anyMatch(w -> VerbForms.thirdPerson(w) && !VerbForms.participle(w)
        && !roleNouns.contains(w));
  }

  private static boolean completedByName(String role) {
    String[] words = WORD_SEPARATORS.split(role.strip().toLowerCase(Locale.ROOT).replace('’', '\''));
    String last = words.length == 0 ? "" : words[words.length - 1];
    return role.strip().endsWith("'") || ROLE_GLUE.contains(last) || FrenchWords.PREPOSITIONS.contains(last);
  }

  /** Mentions that a surname alone ("Boudreault") was given as canonical get the full name. */
  private void linkSurnames() {
    Map<String, String> byLast = new HashMap<>();
    for (Entity e : mentions) {
      String c = e.canonical();
      if (e.type() == EntityType.PERSON && c.contains(" ")) {
        String last = c.substring(c.lastIndexOf(' ') + 1);
        String had = byLast.putIfAbsent(last, c);
        if (had != null && !had.equals(c)) {
          byLast.put(last, "");
        }
      }
    }
    for (Entity e : mentions) {
      String full = byLast.get(e.canonical());
      if (e.type() == EntityType.PERSON && full != null && !full.isEmpty()) {
        fullNames.put(e.canonical(), full);
      }
    }
  }

  /**
   * The one person of the article whose full name ends with {@code surname} ("Royal" for "Ségolène
   * Royal"), or null: a heading's "Royal :" where the tagger read the surname, also a common
   * word, as none.
   */
  String bySurname(String surname) {
    String found = null;
    for (Entity e : mentions) {
      String c = canonical(e);
      if (e.type() == EntityType.PERSON && c.endsWith(" " + surname) && !c.equals(found)) {
        if (found != null) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  String canonical(Entity e) {
    return fullNames.getOrDefault(e.canonical(), e.canonical());
  }

  /** How many times the article mentions {@code person} (any form of the name). */
  int mentions(String person) {
    return mentionCounts.getOrDefault(person, 0);
  }

  String role(String person) {
    return roles.get(person);
  }

  /** An acronym as a whole word: "LR", "PS", "EELV". */
  private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,6}\\b");
  /** The article's acronyms linked to a full name, by mention: "LR" -> "Les Républicains". */
  private final Map<String, String> acronyms = new HashMap<>();

  /**
   * A role's words with the article's acronyms spelled out, so that "secrétaire général de LR" and
   * "le secrétaire général des Républicains" compare as one office.
   */
  String spelledOut(String role) {
    return role == null || acronyms.isEmpty() ? role
        : ACRONYM.matcher(role).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
            acronyms.getOrDefault(m.group(), m.group())));
  }

  Character gender(String person) {
    return genders.get(person);
  }

  /** The mention covering offset {@code at}, or null. */
  Entity at(int at) {
    int found = SortedOffsets.firstAtLeast(mentions.size(), i -> mentions.get(i).start(), at + 1) - 1;
    for (int i = found; i >= 0 && i >= found - 2; i--) {
      if (at < mentions.get(i).end()) {
        return mentions.get(i);
      }
    }
    return null;
  }

  /**
   * The last person mentioned before {@code before} (and not earlier than {@code before -
   * reach}) whose gender is {@code gender} or unknown, skipping mentions where {@code skip} holds
   * (inside quotes).
   */
  Entity lastPerson(int before, Character gender, IntPredicate skip) {
    for (int i = lastStartingBefore(before); i >= 0; i--) {
      Entity e = mentions.get(i);
      if (e.end() > before || e.type() != EntityType.PERSON || skip.test(e.start())) {
        continue;
      }
      if (e.end() < before - PRONOUN_REACH) {
        break;
      }
      Character g = genders.get(canonical(e));
      if (gender == null || g == null || g.equals(gender)) {
        return e;
      }
    }
    return null;
  }

  /** The person mentions in [from, before), last first, skipping those where {@code skip} holds. */
  List<Entity> personsSince(int from, int before, IntPredicate skip) {
    List<Entity> out = new ArrayList<>();
    for (int i = lastStartingBefore(before); i >= 0; i--) {
      Entity e = mentions.get(i);
      if (e.start() < from) {
        break;
      }
      if (e.end() <= before && e.type() == EntityType.PERSON && !skip.test(e.start())) {
        out.add(e);
      }
    }
    return out;
  }

  /** Every mention (people, organisations, places) in [from, before), last first. */
  List<Entity> mentionsSince(int from, int before) {
    List<Entity> out = new ArrayList<>();
    for (int i = lastStartingBefore(before); i >= 0 && mentions.get(i).start() >= from; i--) {
      if (mentions.get(i).end() <= before) {
        out.add(mentions.get(i));
      }
    }
    return out;
  }

  /**
   * The index of the last mention starting before {@code before}, or -1: the mentions after it
   * neither end before {@code before} nor start before it.
   */
  private int lastStartingBefore(int before) {
    return SortedOffsets.firstAtLeast(mentions.size(), i -> mentions.get(i).start(), before) - 1;
  }

  /**
   * The person last introduced before {@code before} with a role holding every word of {@code
   * words} ("maire", "sortant" matches "maire DVG sortant"), or null.
   */
  String withRole(List<String> words, int before) {
    // role mentions come in text order: skip those at or after "before" with a binary search
    int last = SortedOffsets.firstAtLeast(roleMentions.size(), i -> roleMentions.get(i).at(), before) - 1;
    for (int i = last; i >= 0; i--) {
      RoleMention r = roleMentions.get(i);
      if (wordsOf(r.role()).containsAll(words) && sameTime(words, r.role())) {
        return r.person();
      }
    }
    return null;
  }

  /**
   * Whether role phrase words and a role are both former or both current: "le chef de l'Etat" is
   * not "l'ancien chef de l'Etat X", "l'ex-ministre" not "le ministre Y".
   */
  private boolean sameTime(List<String> words, String role) {
    return RoleWords.former(words) == RoleWords.former(wordsOf(role));
  }

  /** The words of a role, in lower case with straight apostrophes, computed once per role. */
  private List<String> wordsOf(String role) {
    return roleWords.computeIfAbsent(role,
        r -> List.of(WORD_SEPARATORS.split(r.toLowerCase(Locale.ROOT).replace('’', '\''))));
  }

  /**
   * The person the article introduces after {@code after} with a role holding every word of
   * {@code words} ("la chancelière ... a-t-elle dit" before "la chancelière Angela Merkel"), the
   * first such, or null.
   */
  String withRoleAfter(List<String> words, int after) {
    int first = SortedOffsets.firstAtLeast(roleMentions.size(), i -> roleMentions.get(i).at(), after);
    for (int i = first; i < roleMentions.size(); i++) {
      RoleMention r = roleMentions.get(i);
      if (wordsOf(r.role()).containsAll(words) && sameTime(words, r.role())) {
        return r.person();
      }
    }
    return null;
  }

  /**
   * The person last introduced before {@code at} (with {@code after}, first introduced after it)
   * with a role that {@code words} narrows: the same head, and every other word of that role among
   * {@code words} ("Leur président, X" for "le président du collectif"; "le Président Macron" for
   * "le président de la République"), or null.
   */
  String withRoleWithin(List<String> words, int at, boolean after) {
    int first = SortedOffsets.firstAtLeast(roleMentions.size(), i -> roleMentions.get(i).at(), at);
    for (int i = after ? first : first - 1; after ? i < roleMentions.size() : i >= 0; i += after ? 1 : -1) {
      RoleMention r = roleMentions.get(i);
      List<String> have = roleWords.computeIfAbsent(r.role(),
          role -> List.of(WORD_SEPARATORS.split(role.toLowerCase(Locale.ROOT).replace('’', '\''))));
      List<String> content = have.stream().filter(w -> !ROLE_GLUE.contains(w)).toList();
      if (!content.isEmpty() && content.get(0).equals(words.get(0)) && words.containsAll(content)
          && sameTime(words, r.role())) {
        return r.person();
      }
    }
    return null;
  }

  private void putGender(String who, Character g) {
    if (g != null) {
      genders.putIfAbsent(who, g);
    }
  }

  /** The usual gender of lower-case given name {@code lower} ("guillaume": 'm'), or null. */
  Character firstNameGender(String lower) {
    return firstNames.get(lower);
  }

  /** Whether lower-case word {@code lower} is a given name of models/quotes/first-names.txt ("jean"). */
  boolean isFirstName(String lower) {
    return firstNames.containsKey(lower);
  }
}
