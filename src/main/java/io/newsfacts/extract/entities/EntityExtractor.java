package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entity mentions from the tagger's PER/LOC/ORG/MISC runs: spans trimmed of punctuation and
 * elided articles, titles removed from names, demonyms typed MISC, common words dropped, and every
 * mention of one entity given the same canonical name.
 */
public final class EntityExtractor {
  private final Set<String> stopwords;
  private final Set<String> demonyms;
  private final Set<String> titles;

  public EntityExtractor() {
    this(
        lowered(Lexicon.lines("entities/not-entities.txt")),
        lowered(Lexicon.lines("entities/demonyms.txt")),
        lowered(Lexicon.lines("entities/titles.txt")));
  }

  EntityExtractor(Set<String> stopwords, Set<String> demonyms, Set<String> titles) {
    this.stopwords = stopwords;
    this.demonyms = demonyms;
    this.titles = titles;
  }

  public List<Entity> extract(AnnotatedText doc) {
    List<Entity> raw = new ArrayList<>();
    String text = doc.text();
    for (Sentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      int i = 0;
      while (i < tokens.size()) {
        String tag = tokens.get(i).ner();
        if ("O".equals(tag)) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < tokens.size() && tag.equals(tokens.get(j).ner())) {
          j++;
        }
        Entity e = mention(text, tokens.get(i).start(), tokens.get(j - 1).end(), tag);
        if (e != null) {
          raw.add(e);
        }
        i = j;
      }
    }
    return canonicalise(raw);
  }

  private Entity mention(String text, int start, int end, String tag) {
    // trim punctuation, quotation marks and spaces from both ends
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    // elided article at the start: l'Immigration -> Immigration
    String s = text.substring(start, end);
    if (s.length() > 2
        && (s.charAt(1) == '\'' || s.charAt(1) == '\u2019')
        && "ldLD".indexOf(s.charAt(0)) >= 0) {
      start += 2;
    }
    if (end - start < 2) {
      return null;
    }
    String surface = text.substring(start, end);
    String lower = surface.toLowerCase(Locale.ROOT);
    if (stopwords.contains(lower) || !Character.isUpperCase(surface.codePointAt(0))) {
      return null;
    }
    EntityType type = type(tag);
    if (demonyms.contains(lower)) {
      type = EntityType.MISC;
    }
    return new Entity(surface, type, stripTitle(surface), start, end, null);
  }

  private String stripTitle(String name) {
    int space = name.indexOf(' ');
    if (space > 0 && titles.contains(name.substring(0, space).toLowerCase(Locale.ROOT))) {
      return name.substring(space + 1);
    }
    return name;
  }

  /** Surnames and shorter forms take the longest name of the same type that ends with them. */
  private static List<Entity> canonicalise(List<Entity> raw) {
    Map<String, Entity> longest = new LinkedHashMap<>();
    for (Entity e : raw) {
      longest.merge(e.canonical(), e, (a, b) -> a);
    }
    List<Entity> out = new ArrayList<>(raw.size());
    for (Entity e : raw) {
      String best = e.canonical();
      for (Entity other : longest.values()) {
        String name = other.canonical();
        if (name.length() > best.length()
            && other.type() == e.type()
            && (name.endsWith(" " + e.canonical()) || name.endsWith("-" + e.canonical()))) {
          best = name;
        }
      }
      out.add(new Entity(e.text(), e.type(), best, e.start(), e.end(), e.role()));
    }
    return out;
  }

  static EntityType type(String tag) {
    switch (tag) {
      case "PER":
      case "PERSON":
        return EntityType.PERSON;
      case "ORG":
      case "ORGANIZATION":
        return EntityType.ORGANIZATION;
      case "LOC":
      case "LOCATION":
        return EntityType.LOCATION;
      default:
        return EntityType.MISC;
    }
  }

  private static Set<String> lowered(List<String> lines) {
    Set<String> out = new HashSet<>();
    for (String l : lines) {
      out.add(l.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
