package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of events, agreements, laws, taxes and regimes, known by their head noun
 * (models/entities/event-heads.txt), for {@link EntityTypeVote}: "Traité de Lisbonne", "Fête de
 * l'Humanité", "Ve République", "Crédit d'impôt pour la compétitivité et l'emploi", "Women's
 * March" are things, whatever the tagger or the structure of an organisation name says; "la
 * République", "Conférence des évêques de France" and "Salon de Provence" are not.
 */
final class EventNames {
  /** An ordinal written in figures: "Ve", "Vème", "IIIe", "5e", "5ème". */
  static final Pattern ORDINAL =
      Pattern.compile("(?:[IVX]+|[0-9]+)(?:e|è|ème|eme|er|re)");
  private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'");
  private static final Set<String> OF = Set.of("des", "du", "de", "d'");
  /** Heads, folded; several words each for heads of several words ("credit d'impot"). */
  private static final List<String[]> HEADS = new ArrayList<>();
  static final Set<String> AFTER_ORDINAL = new HashSet<>();
  private static final Set<String> NOT_PEOPLE = new HashSet<>();
  private static final Set<String> NOT_NAMED = new HashSet<>();
  private static final Set<String> LAST = new HashSet<>();
  static final Set<String> ORDINAL_WORDS = new HashSet<>();
  /** Heads that name the thing alone too: "la Constitution". */
  static final Set<String> ALONE = new HashSet<>();

  static {
    for (String line : Lexicon.lines("entities/event-heads.txt")) {
      List<String> words = new ArrayList<>();
      Set<String> marks = new HashSet<>();
      for (String w : line.trim().split("\\s+")) {
        (w.startsWith("+") ? marks : words).add(w.startsWith("+") ? w : EntityLexicon.fold(w));
      }
      String head = String.join(" ", words);
      if (marks.contains("+ordinal-word")) {
        ORDINAL_WORDS.add(head);
      } else if (marks.contains("+last")) {
        LAST.add(head);
      } else {
        if (marks.contains("+ordinal")) {
          AFTER_ORDINAL.add(head);
        }
        if (marks.contains("+not-people")) {
          NOT_PEOPLE.add(head);
        }
        if (marks.contains("+not-named")) {
          NOT_NAMED.add(head);
        }
        if (marks.contains("+alone")) {
          ALONE.add(head);
        }
        HEADS.add(words.toArray(new String[0]));
      }
    }
  }

  private final EntityLexicon lexicon;

  /** Whether a folded word is the head of an event's name on its own ("salon", "coupe", "pacte"). */
  static boolean head(String folded) {
    for (String[] head : HEADS) {
      if (head.length == 1 && head[0].equals(folded)) {
        return true;
      }
    }
    return false;
  }

  EventNames(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Whether a name is an event's, an agreement's, a law's, a tax's or a regime's: two words or
   * more opening with a head written with its capital (after the name's own article or an
   * ordinal), or ending with an English head; no known place; or a head that names the thing
   * alone, written with its capital ("Constitution").
   *
   * @param parts the name's words; {@code folded} the same, folded
   */
  boolean named(String name, String[] parts, String[] folded) {
    if (folded.length == 1 && parts.length == 1 && ALONE.contains(folded[0])
        && Character.isUpperCase(parts[0].charAt(0))) {
      return true; // "la Constitution"
    }
    if (folded.length < 2 || folded.length != parts.length || lexicon.names.place(name)
        || lexicon.names.place(String.join("-", parts))) { // "Salon de Provence"
      return false;
    }
    String last = parts[parts.length - 1];
    if (LAST.contains(folded[folded.length - 1]) && Character.isUpperCase(last.charAt(0))) {
      return true; // "Women's March"
    }
    int k = ARTICLES.contains(folded[0]) ? 1 : 0; // "La Fête de l'Huma"
    boolean ordinal = k < parts.length - 1
        && (ORDINAL.matcher(parts[k]).matches() || ORDINAL_WORDS.contains(folded[k]));
    if (ordinal) {
      k++;
    }
    if (!Character.isUpperCase(parts[k].charAt(0))) {
      return false;
    }
    for (String[] head : HEADS) {
      if (k + head.length > folded.length || !startsWith(folded, k, head)) {
        continue;
      }
      String h = String.join(" ", head);
      if (AFTER_ORDINAL.contains(h) && !ordinal
          || NOT_PEOPLE.contains(h) && peopleAfter(folded, k + head.length)
          || NOT_NAMED.contains(h) && k + head.length < parts.length
              && Character.isUpperCase(parts[k + head.length].charAt(0))) { // "Salon Murat"
        return false;
      }
      return k + head.length < folded.length || ordinal; // a head alone is no name
    }
    return false;
  }

  private static boolean startsWith(String[] folded, int k, String[] head) {
    for (int j = 0; j < head.length; j++) {
      if (!folded[k + j].equals(head[j])) {
        return false;
      }
    }
    return true;
  }

  /** Whether "des", "du", "de la" and a role noun come at word {@code k}: "des évêques". */
  private boolean peopleAfter(String[] folded, int k) {
    if (k >= folded.length || !OF.contains(folded[k])) {
      return false;
    }
    int noun = k + 1 < folded.length && ARTICLES.contains(folded[k + 1]) ? k + 2 : k + 1;
    return noun < folded.length && lexicon.roleNoun(folded[noun]);
  }
}
