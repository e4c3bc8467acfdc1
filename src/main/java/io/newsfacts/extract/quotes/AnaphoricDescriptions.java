package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import io.newsfacts.text.NormalText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whom an anaphoric description of a reporting clause stands for ("l'intéressé", "ce dernier", "le
 * jeune homme": models/quotes/anaphors.txt): the last person named, the person the text just before
 * is about, or the previous speaker, by its kind; no one when the article introduced the person
 * without a name ("un adolescent ... l'adolescent"). Split from {@link Antecedents}, whose
 * candidates it reads.
 */
final class AnaphoricDescriptions {
  private final String text;
  private final QuotedText quoted;
  private final People people;
  private final Antecedents antecedents;

  AnaphoricDescriptions(QuotedText quoted, People people, Antecedents antecedents) {
    this.text = quoted.text();
    this.quoted = quoted;
    this.people = people;
    this.antecedents = antecedents;
  }

  /** An anaphoric description of models/quotes/anaphors.txt: its kind and gender ('m', 'f' or null). */
  record Anaphor(String phrase, String kind, Character gender) {}

  /** models/quotes/anaphors.txt, phrase -> anaphor. */
  private static final List<Anaphor> ANAPHORS = Lexicon.pairs("quotes/anaphors.txt").stream().map(kv -> {
    String[] v = kv[1].split("\\s+");
    return new Anaphor(kv[0], v[0], v.length > 1 ? v[1].charAt(0) : null);
  }).toList();

  /** The phrases of {@link #ANAPHORS}, lower case ("ce dernier", "l'intéressé"). */
  private static final Set<String> PHRASES = ANAPHORS.stream().map(Anaphor::phrase)
      .collect(Collectors.toUnmodifiableSet());

  /** Whether lower-case {@code phrase} is exactly an anaphoric description of models/quotes/anaphors.txt. */
  static boolean isListed(String phrase) {
    return PHRASES.contains(phrase);
  }

  /**
   * The anaphoric description the noun phrase {@code ws} is ("l'intéressé", "ce dernier", "le
   * jeune homme", followed by nothing or by words other than a complement: "l'homme d'affaires"
   * is none), or null.
   */
  Anaphor anaphor(List<Word> ws) {
    if (ws.isEmpty()) {
      return null;
    }
    String phrase = NormalText.lowerStraight(text.substring(ws.get(0).start(), ws.get(ws.size() - 1).end()))
        .replaceAll("\\s+", " ");
    for (Anaphor a : ANAPHORS) {
      if (phrase.equals(a.phrase())) {
        return a;
      }
      if (phrase.startsWith(a.phrase()) && phrase.length() > a.phrase().length()) {
        String rest = phrase.substring(a.phrase().length());
        if (!Character.isLetterOrDigit(rest.charAt(0)) && rest.charAt(0) != '\'' && rest.charAt(0) != '-'
            && !COMPLEMENT.matcher(rest).lookingAt()) {
          return a;
        }
      }
    }
    return null;
  }

  /** " de ...", " d'...", " du ...", " des ...": a complement that makes another noun ("l'homme d'affaires"). */
  private static final Pattern COMPLEMENT = Pattern.compile("\\s*(?:de|du|des|d')\\b|\\s*d'");

  /**
   * Who the anaphoric description {@code a} at text offset {@code start} stands for, or null when
   * no one fits (a wrong person is worse than none): see models/quotes/anaphors.txt for the kinds.
   * For a "person" description the article introduced without a name ("un adolescent"), null.
   */
  Speaker anaphor(Anaphor a, int start, Speaker previous) {
    switch (a.kind()) {
      case "last" -> {
        Entity e = people.lastPerson(start, a.gender(), quoted::inQuote);
        if (previous != null && start - previous.at() <= Speaker.CARRY && previous.fits(a.gender())
            && (e == null || previous.at() > e.start()) && people.mentions(previous.name()) > 0) {
          // "poursuit le numéro un du Medef. «...» Pour ce dernier : «": the one last spoken of was
          // the speaker named by a role after the last name
          return previous.via(SpeakerResolver.COREFERENCE);
        }
        return e == null ? null : antecedents.person(e).via(SpeakerResolver.COREFERENCE);
      }
      case "topic" -> {
        String who = topic(0, start, a.gender(), previous, false);
        return who == null ? null : new Speaker(who, people.role(who), people.gender(who), start,
            SpeakerResolver.COREFERENCE);
      }
      default -> {
        if (introducedUnnamed(a.phrase(), start)) {
          return null;
        }
        if (previous != null && start - previous.at() <= Speaker.CARRY && people.mentions(previous.name()) > 0
            && previous.fits(a.gender())) {
          return previous.via(SpeakerResolver.COREFERENCE);
        }
        // else the person the text just before is about, whose gender the article shows
        String who = a.gender() == null ? null : topic(Math.max(0, start - Speaker.CARRY), start, a.gender(), null, true);
        return who == null ? null : new Speaker(who, people.role(who), people.gender(who), start,
            SpeakerResolver.COREFERENCE);
      }
    }
  }

  /**
   * The person the text [from, start) is about: of those named there (outside quotes, no noun's
   * qualifier) whose gender agrees ({@code known}: whose gender the article shows and agrees), the
   * one named most, the latest on a tie; not the speaker just before when someone else fits ("X a
   * attaqué Y. «...», a répondu l'intéressé": Y).
   */
  private String topic(int from, int start, Character gender, Speaker previous, boolean known) {
    Map<String, Integer> counts = new HashMap<>();
    List<String> order = new java.util.ArrayList<>();
    for (Entity e : people.personsSince(from, start, antecedents::notAntecedent)) {
      String name = people.canonical(e);
      Character g = people.gender(name);
      if (gender != null && g != null && !gender.equals(g) || known && g == null) {
        continue;
      }
      if (counts.merge(name, 1, Integer::sum) == 1) {
        order.add(name); // last named first
      }
    }
    if (previous != null && start - previous.at() <= Speaker.CARRY && counts.size() > 1) {
      counts.remove(previous.name());
      order.remove(previous.name());
    }
    String best = null;
    for (String name : order) {
      if (best == null || counts.get(name) > counts.get(best)) {
        best = name;
      }
    }
    return best;
  }

  /** How far back "un adolescent" is looked for before "l'adolescent". */
  private static final int INTRODUCTION_REACH = 1500;

  /**
   * Whether the article introduced the person a description names without a name ("un
   * adolescent a parlé à X ... a répondu l'adolescent"): the same noun after "un"/"une" before.
   */
  private boolean introducedUnnamed(String phrase, int start) {
    String noun = phrase.replaceFirst("^(?:le |la |les |l')", "");
    Pattern indefinite = Pattern.compile("\\b(?:un|une) " + Pattern.quote(noun) + "\\b");
    String before = NormalText.lowerStraight(text.substring(Math.max(0, start - INTRODUCTION_REACH), start));
    return indefinite.matcher(before).find();
  }
}
