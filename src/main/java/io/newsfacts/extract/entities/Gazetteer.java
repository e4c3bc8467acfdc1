package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Known names from the editable lists in models/entities (institutions, parties, media and
 * companies, products). Each line is one entity: all its names found in an article share one key.
 * Names match whatever the case after their first letter, which must be a capital in the text;
 * acronyms and other names with inner capitals ("UMP", "MoDem") match exactly.
 */
final class Gazetteer {
  private final Pattern names;
  private final Pattern exact;
  private final Map<String, Entry> byName = new HashMap<>();

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
          (caseSensitive(form) ? strict : loose).add(form);
        }
      }
    }
    names = alternation(loose, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    exact = alternation(strict, 0);
  }

  /** Every known name in {@code text}. */
  List<Candidate> find(String text) {
    List<Candidate> out = new ArrayList<>();
    collect(names.matcher(text), true, out);
    collect(exact.matcher(text), false, out);
    return out;
  }

  /** The key of the gazetteer line that has this name, or null. */
  String keyOf(String name) {
    Entry e = byName.get(lookup(name));
    return e == null ? null : e.key();
  }

  private void collect(Matcher m, boolean needCapital, List<Candidate> out) {
    int from = 0;
    while (from < m.regionEnd() && m.find(from)) {
      from = m.end();
      if (needCapital && !Character.isUpperCase(m.group().charAt(0))) {
        from = m.start() + 1; // a longer lower-case phrase may hide a shorter name inside
        continue;
      }
      Entry e = byName.get(lookup(m.group()));
      if (e != null) {
        out.add(new Candidate(m.start(), m.start(), m.end(), e.type(), Candidate.Origin.GAZETTEER,
            e.key()));
      }
    }
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

  /** One pattern matching any of {@code forms}, longest first, on word boundaries. */
  static Pattern alternation(List<String> forms, int flags) {
    List<String> sorted = new ArrayList<>(forms);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      sb.append(formPattern(sorted.get(i)));
    }
    if (sorted.isEmpty()) {
      sb.append("(?!)");
    }
    sb.append(")(?![\\p{L}\\p{N}])");
    return Pattern.compile(sb.toString(), flags);
  }

  /** Apostrophes of either kind, any spaces, hyphens with or without spaces around them. */
  private static String formPattern(String form) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (c == '\'' || c == '\u2019') {
        sb.append("['\u2019]\\s*");
      } else if (c == ' ') {
        sb.append("\\s+");
      } else if (c == '-') {
        sb.append("\\s*-\\s*");
      } else if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      } else {
        sb.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return sb.toString();
  }
}
