package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Demonyms;
import io.newsfacts.model.Entity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "«...», a déclaré le Portugais de 28 ans": a nationality standing for a person, as sports and
 * foreign news write it. The phrase is the person the article gives that nationality ("le
 * Français Franck Ribéry"), else the person named most in the quote's paragraph and the one
 * before (a digest of several stories has no one main person), if no other nationality is given
 * to them; else it stays the phrase.
 */
final class DemonymSpeakers {
  /** "le Portugais", "l'Argentine", "la Française de 24 ans". */
  private static final Pattern PHRASE = Pattern.compile(
      "(?:le |la |l'|l’)(\\p{Lu}[\\p{L}-]+)(?: de \\d+ ans)?");
  /** A nationality right before a name: "le Français Franck Ribéry", "l'Argentin Lionel Messi". */
  private static final Pattern BEFORE_NAME = Pattern.compile("(?:le|la|l'|l’|du|de la|au|à la)\\s?(\\p{Lu}[\\p{L}-]+)\\s+$");
  /** How many more mentions than anyone else the article's main person needs. */
  private static final int MAIN_LEAD = 1;

  private final QuotedText quoted;
  private final People people;
  private final Variations variations;

  DemonymSpeakers(QuotedText quoted, People people) {
    this.quoted = quoted;
    this.people = people;
    this.variations = new Variations(quoted, people, new MentionPositions(quoted.text(), people, new RoleNouns()));
  }

  /**
   * The person a nationality phrase speaker {@code s} stands for, or {@code s} itself; right after
   * a quote of {@code previous} (or null) with no one else named between, that speaker, if the
   * article gives them no other nationality ("«...», a déclaré X. «...», a estimé l'Auvergnat").
   */
  Speaker resolve(Speaker s, int at, Speaker previous) {
    if (s == null || s.name() == null) {
      return s;
    }
    Matcher m = PHRASE.matcher(s.name());
    String nationality = m.matches() ? Demonyms.base(m.group(1)) : null;
    if (nationality == null) {
      return s;
    }
    String text = quoted.text();
    Map<String, Set<String>> given = new HashMap<>(); // person -> nationalities the text puts before their name
    Map<String, Integer> counts = new HashMap<>();
    int paragraph = quoted.paragraphStart(at);
    int from = paragraph > 1 ? quoted.paragraphStart(paragraph - 2) : 0; // the paragraph before too
    for (Entity e : people.personsSince(0, text.length(), quoted::inQuote)) {
      String who = people.canonical(e);
      if (e.start() >= from && e.start() < at) {
        counts.merge(who, 1, Integer::sum);
      }
      Matcher b = BEFORE_NAME.matcher(text.substring(Math.max(0, e.start() - 40), e.start()));
      String base = b.find() ? Demonyms.base(b.group(1)) : null;
      if (base != null) {
        given.computeIfAbsent(who, k -> new HashSet<>()).add(base);
      }
    }
    Set<String> holders = new HashSet<>();
    given.forEach((who, bases) -> {
      if (bases.contains(nationality)) {
        holders.add(who);
      }
    });
    String who = holders.size() == 1 ? holders.iterator().next() : holders.isEmpty() ? main(counts, given) : null;
    if (holders.isEmpty() && previous != null && people.mentions(previous.name()) > 0
        && !given.containsKey(previous.name()) && at - previous.at() <= Speaker.CARRY
        && variations.aloneSince(previous, s.at())) {
      who = previous.name();
    }
    Character gender = s.gender();
    if (who == null || gender != null && people.gender(who) != null && !gender.equals(people.gender(who))) {
      return s;
    }
    return new Speaker(who, people.role(who), people.gender(who), s.at(), SpeakerResolver.COREFERENCE);
  }

  /** The person named most near the quote, ahead of the next, with no nationality of their own given. */
  private static String main(Map<String, Integer> counts, Map<String, Set<String>> given) {
    RoleHolders.Lead lead = RoleHolders.Lead.of(counts);
    return lead.best() != null && lead.first() >= 2 && lead.first() - lead.second() >= MAIN_LEAD
        && !given.containsKey(lead.best()) ? lead.best() : null;
  }
}
