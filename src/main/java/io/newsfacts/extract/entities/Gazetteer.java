package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Known names from the editable lists in models/entities (institutions, parties, media and
 * companies, products). Each line is one entity: all its names found in an article share one key.
 * Names match whatever the case after their first letter, which must be a capital in the text;
 * acronyms and other names with inner capitals ("UMP", "MoDem") match exactly.
 */
final class Gazetteer {
  private final Alternation names;
  private final Alternation exact;
  private final Map<String, Entry> byName = new HashMap<>();
  /** The forms of the lists as written, by {@link #lookup} key. */
  private final Map<String, List<String>> formsOf = new HashMap<>();

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern HYPHEN = Pattern.compile("\\s*-\\s*");
  private static final Pattern AFTER_APOSTROPHE = Pattern.compile("'\\s+");

  private record Entry(String key, EntityType type) {}

  Gazetteer() {
    this(List.of(
        new Source("entities/institutions.txt", EntityType.ORGANIZATION),
        new Source("entities/parties.txt", EntityType.ORGANIZATION),
        new Source("entities/media-and-companies.txt", EntityType.ORGANIZATION),
        new Source("entities/products.txt", EntityType.MISC)));
  }

  /** A list file and the type of its names. */
  record Source(String file, EntityType type) {}

  Gazetteer(List<Source> sources) {
    List<String> loose = new ArrayList<>();
    List<String> strict = new ArrayList<>();
    for (Source source : sources) {
      for (String line : Lexicon.lines(source.file())) {
        String[] forms = line.split("\\s*\\|\\s*");
        Entry entry = new Entry("gaz:" + EntityLexicon.fold(forms[0]), source.type());
        for (String form : forms) {
          if (form.isEmpty()) {
            continue;
          }
          byName.putIfAbsent(lookup(form), entry);
          formsOf.computeIfAbsent(lookup(form), k -> new ArrayList<>()).add(form);
          (caseSensitive(form) ? strict : loose).add(form);
        }
      }
    }
    names = new Alternation(loose, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    exact = new Alternation(strict, 0);
  }

  /** Every known name in {@code text}. */
  List<Candidate> find(String text) {
    List<Candidate> out = new ArrayList<>();
    collect(names.scan(text), text.length(), true, out);
    collect(exact.scan(text), text.length(), false, out);
    return out;
  }

  /** The key of the gazetteer line that has this name, or null. */
  String keyOf(String name) {
    Entry e = byName.get(lookup(name));
    return e == null ? null : e.key();
  }

  private void collect(Alternation.Scan m, int length, boolean needCapital, List<Candidate> out) {
    int from = 0;
    while (from < length && m.find(from)) {
      from = m.end();
      if (needCapital && !Character.isUpperCase(m.group().charAt(0))) {
        from = m.start() + 1; // a longer lower-case phrase may hide a shorter name inside
        continue;
      }
      String key = lookup(m.group());
      Entry e = byName.get(key);
      if (e != null && (!needCapital || capitalsKept(m.group(), formsOf.get(key)))) {
        out.add(new Candidate(m.start(), m.start(), m.end(), e.type(), Candidate.Origin.GAZETTEER,
            e.key()));
      }
    }
  }

  /**
   * Whether the text keeps the capitals of one of the forms on its later words: "Le Monde" is the
   * newspaper, "Le monde" opening a sentence is not.
   */
  private static boolean capitalsKept(String text, List<String> forms) {
    String[] words = SPACES.split(text);
    for (String form : forms) {
      String[] fw = SPACES.split(form);
      boolean kept = true;
      for (int i = 1; i < fw.length && i < words.length && fw.length == words.length; i++) {
        kept &= !Character.isUpperCase(fw[i].charAt(0)) || Character.isUpperCase(words[i].charAt(0));
      }
      if (kept) {
        return true;
      }
    }
    return false;
  }

  private static String lookup(String name) {
    String f = HYPHEN.matcher(EntityLexicon.fold(name)).replaceAll("-");
    return AFTER_APOSTROPHE.matcher(f).replaceAll("'");
  }

  private static boolean caseSensitive(String form) {
    if (form.contains(" ")) {
      return false;
    }
    for (int i = 1; i < form.length(); i++) {
      if (Character.isUpperCase(form.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
