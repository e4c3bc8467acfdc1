package io.newsfacts.extract.quotes;

import java.util.List;
import java.util.Set;

/**
 * "ils estiment que «", "», ajoutent-elles": the group a plural subject pronoun stands for.
 * Split from {@link Subjects}.
 */
final class PluralPronouns {
  private final QuotedText quoted;
  private final SpeakerResolver resolver;
  private final PluralSubjects groups;
  private final GroupMembers members;

  PluralPronouns(QuotedText quoted, SpeakerResolver resolver, PluralSubjects groups, GroupMembers members) {
    this.quoted = quoted;
    this.resolver = resolver;
    this.groups = groups;
    this.members = members;
  }

  /**
   * "ils estiment que «", "elles dénoncent «": the words of several people. The previous speaker
   * when that was a group too ("Selon les quatre ministres, «...». Ils jugent que «"), else the
   * group that opens the sentence or the one before as its plural subject ({@link PluralSubjects}),
   * else no one: never the one person who spoke before.
   */
  Speaker plural(Speaker previous, int at) {
    Word nearest = nearestPlural(at);
    if (previous != null && at - previous.at() <= Speaker.CARRY && Subjects.isGroup(previous.name())
        && (nearest == null || nearest.start() <= previous.at() || quoted.text().regionMatches(true,
            nearest.start(), previous.name(), 0, previous.name().length()) || takenUp(nearest, previous))) {
      // (the nearest plural may be the group's own phrase: "», regrettent ces organisations. «...», ajoutent-elles")
      return previous.via(SpeakerResolver.PRONOUN);
    }
    int[] group = groups.before(at);
    if (group != null) {
      // "Les syndicats ont quitté la table. «...», ont-ils prévenu": the group opening the sentence
      return new Speaker(PluralSubjects.phrase(quoted.text(), group[0], group[1]), null, null, group[0],
          SpeakerResolver.PRONOUN);
    }
    if (nearest != null) {
      // "Mes parents n'ayant pas grandi en France, ils m'ont toujours dit : «": people the article
      // does not name, given by a person noun (PersonNouns); any other plural stands for no speaker
      List<Word> ws = quoted.words(nearest.start(), at);
      if (ws.size() > 1 && PersonNouns.is(ws.get(1).lower())) {
        return new Speaker(resolver.phrase(ws.get(0).start(), ws.get(1).end()), null, null, nearest.start(),
            SpeakerResolver.PRONOUN);
      }
    }
    return Speaker.UNNAMED;
  }

  /** Whether the plural phrase opening with {@code determiner} takes up group {@code previous} ({@link GroupMembers#takesUp}). */
  private boolean takenUp(Word determiner, Speaker previous) {
    List<Word> ws = quoted.words(determiner.start(), quoted.sentenceEnd(determiner.start()));
    return ws.size() >= 2 && (ws.size() == 2 || !ws.get(2).isWord())
        && members.takesUp(ws.subList(0, 2), determiner.start(), previous);
  }

  /** Plural determiners: "les élèves", "mes parents", "ces ministres". */
  private static final Set<String> PLURAL_PEOPLE = Set.of(
      "les", "mes", "tes", "ses", "nos", "vos", "leurs", "ces");

  /**
   * The plural determiner of the nearest plural noun phrase before {@code at} that "ils"/"elles"
   * may take up, in the pronoun's sentence or the one before, within its paragraph and outside
   * quotes; null when none.
   */
  private Word nearestPlural(int at) {
    int from = Math.max(quoted.previousSentenceStart(at), quoted.text().lastIndexOf('\n', at) + 1);
    List<Word> ws = quoted.words(from, at);
    for (int i = ws.size() - 2; i >= 0; i--) {
      String noun = ws.get(i + 1).lower();
      if (PLURAL_PEOPLE.contains(ws.get(i).lower()) && (noun.endsWith("s") || noun.endsWith("x"))
          && !quoted.inQuote(ws.get(i).start())) {
        return ws.get(i);
      }
    }
    return null;
  }

}
