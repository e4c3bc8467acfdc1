package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one who answers is not the one who called: "X a appelé l'ancien chef de l'Etat. «...», a
 * alors répondu le responsable politique" is the words of the one X called, never X's. Read for a
 * role phrase that is the subject of a verb of models/quotes/reply-verbs.txt.
 */
final class Replies {
  /** Lemmas of the verbs that answer someone (models/quotes/reply-verbs.txt). */
  private static final Set<String> REPLYING = Set.copyOf(Lexicon.lines("quotes/reply-verbs.txt"));
  /** Words read on each side of a role phrase for its verb ("avait alors répondu le", "le ministre lui a répondu"). */
  private static final int VERB_REACH = 4;

  private final QuotedText quoted;
  private final People people;
  private final VerbGroups verbs;

  Replies(QuotedText quoted, People people, VerbGroups verbs) {
    this.quoted = quoted;
    this.people = people;
    this.verbs = verbs;
  }

  /**
   * When the role phrase text[start, end) is the subject of a reply verb, the people of its
   * paragraph before offset {@code before} who open a sentence as the subject of a verb with an
   * object right after it ("X avait déjà appelé l'ancien chef de l'Etat", "X a interpellé le
   * ministre"): the ones answered. Empty otherwise, or for a passive ("X a été interrogé": X
   * answers).
   */
  Set<String> answered(int start, int end, int before) {
    if (!replies(quoted.words(Math.max(0, start - 40), start), true)
        && !replies(quoted.words(end, Math.min(quoted.text().length(), end + 40)), false)) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    for (Entity e : people.personsSince(quoted.paragraphStart(before), before, quoted::inQuote)) {
      int sentence = quoted.sentenceStart(e.start());
      List<Word> lead = quoted.words(sentence, e.start());
      if (Frames.end(lead, verbs) < lead.size()) {
        continue; // (a name opening its sentence, after its frames: "Pour son anniversaire, X")
      }
      List<Word> after = quoted.words(e.end(), quoted.sentenceEnd(e.end()));
      int object = objectAfter(after);
      if (object > 0 && object < after.size() && (FrenchWords.DEFINITE.contains(after.get(object).lower())
          || people.at(after.get(object).start()) != null)) {
        out.add(people.canonical(e));
      }
    }
    return out;
  }

  /**
   * The index of the word after the verb that right follows a subject ({@code after}: "avait déjà
   * appelé | l'ancien chef", "interpelle | le ministre"), or -1: no such verb, or a passive ("a été
   * interrogé": the subject is the one asked).
   */
  private int objectAfter(List<Word> after) {
    if (after.isEmpty() || !after.get(0).isWord()) {
      return -1;
    }
    Word first = after.get(0);
    int verb = 0;
    if (FrenchWords.AUXILIARIES.contains(first.lower())) {
      verb = VerbAdverbs.after(after, 1);
      if (verb >= after.size() || !VerbGroups.isParticiple(after.get(verb)) || after.get(verb).is("été")) {
        return -1;
      }
    } else if (!verbs.tagged(first)) {
      return -1;
    }
    return verb + 1;
  }

  /** Whether a reply verb stands among the words next to the phrase (the last ones before it, or the first after it). */
  private boolean replies(List<Word> ws, boolean before) {
    for (int i = 0; i < Math.min(VERB_REACH, ws.size()); i++) {
      Word w = ws.get(before ? ws.size() - 1 - i : i);
      String lemma = verbs.lemma(w);
      if (lemma != null && REPLYING.contains(lemma)) {
        return true;
      }
      if (!w.isWord()) {
        return false;
      }
    }
    return false;
  }
}
