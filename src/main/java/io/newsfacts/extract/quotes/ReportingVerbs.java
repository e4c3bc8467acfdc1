package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French verbs that report speech ("déclarer", "souligner", "marteler"...), every inflected
 * form mapped to its lemma, read from {@code models/quotes/reporting-verbs.txt}.
 */
final class ReportingVerbs {
  private static final Pattern INVERTED = Pattern.compile("(.+?)-(?:t-)?(il|elle|on|ils|elles)");
  private final Map<String, String> lemmaOf = new HashMap<>();

  ReportingVerbs() {
    this(Lexicon.pairs("quotes/reporting-verbs.txt"));
  }

  ReportingVerbs(List<String[]> lemmaForms) {
    for (String[] pair : lemmaForms) {
      lemmaOf.put(pair[0], pair[0]);
      for (String form : pair[1].split("\\s+")) {
        lemmaOf.put(form, pair[0]);
      }
    }
  }

  /** The lemma of {@code lower} (a word in lower case, without any inverted subject), or null. */
  String lemma(String lower) {
    return lemmaOf.get(lower);
  }

  boolean isForm(String lower) {
    return lemmaOf.containsKey(lower);
  }

  /** "explique-t-il" -> {"explique", "il"}; a word with no inverted subject -> {word, null}. */
  static String[] splitInverted(String lower) {
    Matcher m = INVERTED.matcher(lower);
    if (m.matches()) {
      return new String[] {m.group(1), m.group(2)};
    }
    return new String[] {lower, null};
  }
}
