package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;

/**
 * An indefinite source the next sentence names ("explique un migrant. Mohammed est arrivé ..."),
 * and the demonstrative that takes it up again ("continue ce migrant"). Split from {@link
 * SpeakerResolver}.
 */
final class IntroducedSources {
  private final QuotedText quoted;
  private final People people;

  IntroducedSources(QuotedText quoted, People people) {
    this.quoted = quoted;
    this.people = people;
  }

  /**
   * "explique un migrant à BFMTV. Mohammed est arrivé il y a dix jours": a source the article
   * names in the very next sentence, a person it had not mentioned before; then "continue ce
   * migrant" is the same person (the noun is kept as the speaker's role). Null otherwise.
   */
  Speaker source(List<Word> ws, int head, int start, int end, Speaker previous) {
    if (head < 0 || head > 1 || ws.get(head).isCapitalised()) {
      return null;
    }
    String noun = ws.get(head).lower();
    if (ws.get(0).is("ce", "cet", "cette") && previous != null && noun.equals(previous.role())
        && start - previous.at() <= Speaker.CARRY) {
      return previous.via(SpeakerResolver.COREFERENCE);
    }
    if (!ws.get(0).is("un", "une") || SpeakerResolver.isSourceNoun(noun)) {
      return null; // "une source diplomatique" stays anonymous whoever the next sentence names
    }
    String text = quoted.text();
    int next = quoted.sentenceEnd(end);
    if (next < text.length() && ".!?…".indexOf(text.charAt(next)) >= 0) {
      next++; // the stop itself
    }
    while (next < text.length() && Word.isSpace(text.charAt(next)) && text.charAt(next) != '\n') {
      next++;
    }
    Entity e = next < text.length() ? people.at(next) : null;
    if (e == null || e.type() != EntityType.PERSON || e.start() != next) {
      return null;
    }
    String name = people.canonical(e);
    for (Entity before : people.personsSince(0, start, i -> false)) {
      if (people.canonical(before).equals(name)) {
        return null; // someone the article named already is not introduced here
      }
    }
    return new Speaker(name, noun, SpeakerResolver.genderOf(ws), start, SpeakerResolver.COREFERENCE);
  }
}
