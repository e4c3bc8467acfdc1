package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * A group speaker and the members the article names: "», estiment ces ONG, dont Oxfam France,
 * CCFD-Terre Solidaire et ONE France, membres de": the words are the named members', whom the
 * reader can find, not "ces ONG"; and "», regrettent ces organisations" right after is that same
 * group again, a demonstrative taking up the one that just spoke.
 */
final class GroupMembers {
  /** Names a "dont" list must hold to stand for the group. */
  private static final int MIN_NAMES = 2;
  /** Characters between the group that spoke and a demonstrative phrase that takes it up. */
  private static final int REACH = 400;

  private final QuotedText quoted;
  private final People people;

  GroupMembers(QuotedText quoted, People people) {
    this.quoted = quoted;
    this.people = people;
  }

  /**
   * The members named after a plural group phrase that ends at offset {@code end}: ", dont A, B
   * et C" with two names or more (organisations or people), up to the punctuation that closes the
   * list; null when no such list follows.
   */
  String namedAfter(int end) {
    String text = quoted.text();
    List<Word> ws = quoted.words(end, Math.min(text.length(), quoted.sentenceEnd(end)));
    if (ws.size() < 4 || !ws.get(0).is(",") || !ws.get(1).is("dont")) {
      return null;
    }
    int names = 0;
    int last = -1;
    int i = 2;
    while (i < ws.size()) {
      Entity e = people.at(ws.get(i).start());
      if (e == null || e.type() == EntityType.MISC || e.type() == EntityType.LOCATION || e.start() != ws.get(i).start()) {
        return null; // "ces ONG, dont la plupart": no names
      }
      names++;
      last = e.end();
      while (i < ws.size() && ws.get(i).start() < e.end()) {
        i++;
      }
      if (i >= ws.size() || !ws.get(i).is(",", "et")) {
        break;
      }
      if (ws.get(i).is(",") && i + 1 < ws.size() && people.at(ws.get(i + 1).start()) == null) {
        break; // ", membres de la Plateforme": an apposition closes the list
      }
      i++;
    }
    boolean closed = i >= ws.size() || !ws.get(i).isWord();
    return names >= MIN_NAMES && closed ? text.substring(ws.get(2).start(), last) : null;
  }

  /**
   * Whether a demonstrative plural phrase {@code ws} at offset {@code start} ("ces organisations",
   * no complement) takes up {@code previous}, a group that spoke just before with no other plural
   * phrase between them outside the quotes.
   */
  boolean takesUp(List<Word> ws, int start, Speaker previous) {
    if (ws.size() != 2 || !ws.get(0).is("ces") || previous == null || previous.at() >= start
        || start - previous.at() > REACH || !isGroup(previous.name())) {
      return false;
    }
    List<Word> between = quoted.words(previous.at(), start);
    for (int i = 1; i + 1 < between.size(); i++) {
      Word w = between.get(i);
      String noun = between.get(i + 1).lower();
      if (w.is("les", "des", "ces", "leurs", "plusieurs") && !quoted.inQuote(w.start())
          && (noun.endsWith("s") || noun.endsWith("x"))) {
        return false; // another group the demonstrative may stand for
      }
    }
    return true;
  }

  /** A group: a plural phrase, or names joined by "et" ("Oxfam France, CCFD et ONE France"). */
  private static boolean isGroup(String name) {
    return Subjects.isGroup(name) || name.toLowerCase(Locale.ROOT).contains(" et ")
        && Character.isUpperCase(name.charAt(0));
  }
}
