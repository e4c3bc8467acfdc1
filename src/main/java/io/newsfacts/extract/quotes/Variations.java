package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import java.util.List;
import java.util.Set;

/**
 * Elegant variation: French news names a person just quoted anew by a description ("«...», a
 * expliqué Eric Bonnet. «...», note encore le sondeur"; "«...», a dit X. «...», a éludé le maire
 * de Saint-Quentin"). The description is the one who just spoke when nothing between the two
 * names anyone else.
 */
final class Variations {
  /** models/quotes/trait-nouns.txt: "sondeur", "militante", "socialiste", "milieu". */
  private static final Set<String> TRAITS = Set.copyOf(Lexicon.lines("quotes/trait-nouns.txt"));

  private final QuotedText quoted;
  private final People people;

  Variations(QuotedText quoted, People people) {
    this.quoted = quoted;
    this.people = people;
  }

  /**
   * The previous speaker, when the definite description of words {@code ws} (head {@code head},
   * starting at {@code start}) names them by a trait ({@link #TRAITS}: "le sondeur", "la
   * militante", "le socialiste") of a gender that agrees, and nothing since their mention names
   * anyone else; whatever role the article gave them ("directeur d'études chez BVA" is also "le
   * sondeur"). Null otherwise.
   */
  Speaker previousDescribed(List<Word> ws, int head, int start, Character gender, Speaker previous) {
    if (head < 0 || previous == null || !ws.get(0).is("le", "la", "l'") || ws.get(head).isCapitalised()
        || !TRAITS.contains(ws.get(head).lower()) || start - previous.at() > Speaker.CARRY
        || people.mentions(previous.name()) == 0 || !previous.fits(gender) || !aloneSince(previous, start)) {
      return null;
    }
    Character known = people.gender(previous.name());
    return gender != null && known != null && !gender.equals(known) ? null
        : new Speaker(previous.name(), previous.role(), previous.gender(), start, SpeakerResolver.COREFERENCE);
  }

  /**
   * The previous speaker again for a definite role phrase in the incise of the next quote: "«...», a affirmé
   * X. «...», a ajouté le candidat à la présidentielle" is X, even when the article gives that role
   * to someone else too (the caller checks that X may hold it), when X was named by the reporting words of the sentence just before the
   * phrase's (at offset {@code start}), no one else since, of a gender that agrees. Null otherwise.
   */
  Speaker justSpoke(Speaker previous, int start, Character gender) {
    if (previous == null || previous.at() < quoted.previousSentenceStart(start)
        || previous.at() >= quoted.sentenceStart(start)
        || people.mentions(previous.name()) == 0 || !previous.fits(gender) || !aloneSince(previous, start)
        || previous.how() != null || !quoteBefore(start)) {
      return null;
    }
    Character known = people.gender(previous.name());
    return gender != null && known != null && !gender.equals(known) ? null
        : new Speaker(previous.name(), previous.role(), previous.gender(), start, SpeakerResolver.COREFERENCE);
  }

  /** Whether a quote stands in the sentence of offset {@code start}, before it: the phrase is its incise. */
  private boolean quoteBefore(int start) {
    for (int i = quoted.sentenceStart(start); i < start; i++) {
      if (quoted.inQuote(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text from the previous speaker's mention to offset {@code to} names no one else
   * outside quotes: "«...», a dit X. «...», a ajouté le maire de Y" with nothing between is X
   * described anew, even if the article never shows X with place Y.
   */
  boolean aloneSince(Speaker previous, int to) {
    return people.personsSince(previous.at() + 1, to, i -> quoted.inQuote(i) || isNamed(i, previous.name()))
        .isEmpty();
  }

  private boolean isNamed(int at, String name) {
    var e = people.at(at);
    return e != null && people.canonical(e).equals(name);
  }
}
