package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.text.Folding;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An organisation named anew by a noun of its kind that does not head its name: "regrette le CNCT.
 * «...», poursuit l'association" is the CNCT, "lancée par l'UMP ... a précisé le parti" the UMP
 * (models/quotes/organisation-nouns.txt). The organisation is the one the article named last,
 * shortly before, and the only one it named there: with two bodies in reach, the noun could be
 * either and stays the phrase. {@link Bodies} reads the nouns that head the name ("l'agence").
 */
final class Organisations {
  /** models/quotes/organisation-nouns.txt: the nouns, accents folded. */
  private static final List<String> LINES = Lexicon.lines("quotes/organisation-nouns.txt");
  /** The nouns of any kind of organisation (marked "+any"). */
  private static final Set<String> ANY = LINES.stream().filter(l -> l.contains("+any"))
      .map(l -> Folding.fold(l.split("\\s+")[0])).collect(Collectors.toUnmodifiableSet());
  /** All the nouns. */
  private static final Set<String> NOUNS = LINES.stream().map(l -> Folding.fold(l.split("\\s+")[0]))
      .collect(Collectors.toUnmodifiableSet());
  /** models/entities/org-heads.txt: the nouns that open organisations' names ({@link Bodies#HEADS}). */
  private static final List<String> HEAD_LINES = Lexicon.lines("entities/org-heads.txt");
  /** The heads of bodies of the state (marked "+lower" there: "ministère", "préfecture", "tribunal"). */
  private static final Set<String> STATE = HEAD_LINES.stream().filter(l -> l.contains("+lower"))
      .map(l -> Folding.fold(l.split("\\s+")[0])).collect(Collectors.toUnmodifiableSet());
  /** How far before the phrase the organisation may have been named (characters): a paragraph or two. */
  private static final int REACH = 800;

  private final QuotedText quoted;
  private final People people;

  Organisations(QuotedText quoted, People people) {
    this.quoted = quoted;
    this.people = people;
  }

  /** Whether {@code noun} names any kind of organisation ("le mouvement", "le collectif": marked "+any"). */
  static boolean isAnyKind(String noun) {
    return ANY.contains(Folding.fold(noun));
  }

  /** Whether {@code ws} is "le"/"la"/"l'" and a noun of organisation-nouns.txt, nothing else: "l'association". */
  static boolean isOrganisationNoun(List<Word> ws, int head) {
    return head == 1 && ws.size() == 2 && ws.get(0).is("le", "la", "l'") && !ws.get(1).isCapitalised()
        && NOUNS.contains(Folding.fold(ws.get(1).lower()));
  }

  /**
   * The organisation {@code noun} stands for at offset {@code start}: the one named last before it
   * (outside quotes, at most {@link #REACH} before), neither a medium nor a body of the state, whose
   * name as written opens with no other organisation noun unless {@code noun} is of any kind; null
   * if none, or if another such organisation was named in reach too.
   */
  String namedBefore(String noun, int start) {
    String wanted = Folding.fold(noun);
    String found = null;
    for (Entity e : people.mentionsSince(Math.max(0, start - REACH), start)) {
      if (e.type() != EntityType.ORGANIZATION || quoted.inQuote(e.start())) {
        continue;
      }
      String name = people.canonical(e);
      String first = Folding.fold(e.text().split("[\\s'’-]+")[0].toLowerCase(Locale.ROOT));
      String canonicalFirst = Folding.fold(name.split("[\\s'’-]+")[0].toLowerCase(Locale.ROOT));
      if (Media.isMedium(name) || Media.isMedium(e.text()) || STATE.contains(first) || STATE.contains(canonicalFirst)) {
        continue;
      }
      if (!ANY.contains(wanted) && Bodies.HEADS.contains(first) && !first.equals(wanted)) {
        continue; // "le Syndicat national des pharmaciens ... l'association": another body
      }
      if (found == null) {
        if (unnamedNameBetween(e.end(), start)) {
          return null; // "les dirigeants du CRCM d'Alsace ... l'organisation": a body no entity stands for
        }
        found = name;
      } else if (!found.equals(name)) {
        return null; // two bodies in reach: either may be meant
      }
    }
    return found;
  }

  /**
   * Whether a capitalised word opening no sentence, in no entity and no quote, lies in text[from, to):
   * the name of a body the entities missed ("le groupe de réflexion Allons Enfants"), which the
   * noun may stand for as well.
   */
  private boolean unnamedNameBetween(int from, int to) {
    String text = quoted.text();
    for (Word w : Word.scan(text, from, to)) {
      if (!w.isWord() || !w.isCapitalised() || people.at(w.start()) != null || quoted.inQuote(w.start())) {
        continue;
      }
      int p = w.start() - 1;
      while (p >= 0 && (Word.isSpace(text.charAt(p)) || text.charAt(p) == '\n')) {
        p--;
      }
      if (p >= 0 && ".!?:«\"“(/\n".indexOf(text.charAt(p)) < 0) {
        return true;
      }
    }
    return false;
  }
}
