package io.newsfacts.extract.dates;

import io.newsfacts.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A list of {@code models/dates} whose entries carry tags: {@code word = value !tag !tag}. A tag
 * names a phrase the word may stand in ("matin = MO !this": "ce matin"), so that the rule of that
 * phrase is built from the file and an edit there changes what is found.
 */
final class WordList {
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, Set<String>> tags = new HashMap<>();
  /** Each entry as written in the file, with its tags. */
  private final Map<String, Set<String>> written = new HashMap<>();

  private WordList(String file) {
    for (String[] kv : Lexicon.pairs(file)) {
      List<String> value = new ArrayList<>();
      List<String> tagged = new ArrayList<>();
      for (String part : kv[1].split("\\s+")) {
        if (part.startsWith("!") && part.length() > 1) {
          tagged.add(part.substring(1));
        } else {
          value.add(part);
        }
      }
      String key = TimeWords.key(kv[0]);
      values.put(key, String.join(" ", value));
      tags.put(key, Set.copyOf(tagged));
      written.put(kv[0], Set.copyOf(tagged));
    }
  }

  static WordList read(String file) {
    return new WordList(file);
  }

  /** Each entry (in the lookup form of {@link TimeWords#key}) to its value, without the tags. */
  Map<String, String> values() {
    return values;
  }

  /** Whether the entry {@code key} (lookup form) carries {@code tag}. */
  boolean has(String key, String tag) {
    return tags.getOrDefault(key, Set.of()).contains(tag);
  }

  /** Every entry as written in the file. */
  List<String> written() {
    return written.keySet().stream().sorted().toList();
  }

  /** The tags the entries carry. */
  Set<String> tagNames() {
    Set<String> all = new TreeSet<>();
    tags.values().forEach(all::addAll);
    return all;
  }

  /** The entries that carry {@code tag}, as written in the file ("après-midi", "d'après"). */
  List<String> written(String tag) {
    return written.entrySet().stream().filter(e -> e.getValue().contains(tag)).map(Map.Entry::getKey).sorted()
        .toList();
  }
}
