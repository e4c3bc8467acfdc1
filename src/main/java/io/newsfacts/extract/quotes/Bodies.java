package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.text.Folding;
import java.util.List;
import java.util.Set;

/**
 * An organisation named anew by the noun that heads its name: "a conclu l'ANSM. «...», a souligné
 * l'agence" is the Agence nationale de sécurité du médicament, "la banque" the bank the article
 * named "BNP Paribas" right after "la banque". The nouns are those that head organisations' names
 * (models/entities/org-heads.txt: "agence", "banque", "syndicat", "parti", "fondation").
 */
final class Bodies {
  /** models/entities/org-heads.txt, the nouns without their marks, accents folded (also {@link Organisations}'). */
  static final Set<String> HEADS = Set.copyOf(Lexicon.lines("entities/org-heads.txt").stream()
      .map(line -> Folding.fold(line.split("\\s+")[0])).toList());
  /** How far before the phrase the organisation may have been named (characters). */
  private static final int REACH = 1500;

  private final QuotedText quoted;
  private final People people;

  Bodies(QuotedText quoted, People people) {
    this.quoted = quoted;
    this.people = people;
  }

  /** Whether {@code ws} is a definite article and a noun that heads organisations' names: "l'agence", "le syndicat". */
  static boolean isBodyNoun(List<Word> ws, int head) {
    return head == ws.size() - 1 && head >= 1 && ws.get(0).is("le", "la", "l'") && !ws.get(head).isCapitalised()
        && HEADS.contains(Folding.fold(ws.get(head).lower()));
  }

  /**
   * The organisation named last before offset {@code start} (outside quotes, at most {@link
   * #REACH} before) whose name starts with {@code noun} ("Agence nationale de ..." for "l'agence")
   * or that the text introduced with it ("la banque BNP Paribas"); null if none.
   */
  String namedBefore(String noun, int start) {
    String wanted = Folding.fold(noun);
    String text = quoted.text();
    for (Entity e : people.mentionsSince(Math.max(0, start - REACH), start)) {
      if (e.type() != EntityType.ORGANIZATION || quoted.inQuote(e.start())) {
        continue;
      }
      String name = people.canonical(e);
      String first = Folding.fold(name.split("[\\s'’-]+")[0]);
      List<Word> before = Word.scan(text, Math.max(0, e.start() - 30), e.start());
      boolean introduced = !before.isEmpty() && Folding.fold(before.get(before.size() - 1).lower()).equals(wanted);
      if (first.equals(wanted) || introduced) {
        return name;
      }
    }
    return null;
  }
}
