package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French verbs that report speech ("déclarer", "souligner", "marteler"...), every inflected
 * form mapped to its lemma, read from {@code models/quotes/reporting-verbs.txt}.
 */
final class ReportingVerbs {
  private static final Pattern INVERTED = Pattern.compile("(.+?)-(?:t-)?(il|elle|on|ils|elles)");
  private final Map<String, String> lemmaOf = new HashMap<>();
  /** Lemmas that can close a paraphrase as a post-posed incise ("..., explique X."). */
  private final Set<String> incise;
  /** Lemmas that report speech in their pronominal form too ("s'exclame", not "se poursuit"). */
  private final Set<String> pronominal;

  ReportingVerbs() {
    this(Lexicon.pairs("quotes/reporting-verbs.txt"), Lexicon.lines("quotes/incise-verbs.txt"),
        Lexicon.lines("quotes/pronominal-verbs.txt"));
  }

  ReportingVerbs(List<String[]> lemmaForms, List<String> inciseLemmas, List<String> pronominalLemmas) {
    for (String[] pair : lemmaForms) {
      lemmaOf.put(pair[0], pair[0]);
      for (String form : pair[1].split("\\s+")) {
        lemmaOf.put(form, pair[0]);
      }
    }
    this.incise = known(inciseLemmas);
    this.pronominal = known(pronominalLemmas);
  }

  private Set<String> known(List<String> lemmas) {
    for (String lemma : lemmas) {
      if (!lemmaOf.containsKey(lemma)) {
        throw new IllegalArgumentException(lemma + " is not in reporting-verbs.txt");
      }
    }
    return Set.copyOf(lemmas);
  }

  /** Whether {@code lower} is a form of a verb that reports speech after "se"/"s'" ("s'exclame"). */
  boolean isPronominal(String lower) {
    String lemma = lemmaOf.get(lower);
    return lemma != null && pronominal.contains(lemma);
  }

  /** Whether {@code lower} is a form of a verb that can close a paraphrase ("..., explique X."). */
  boolean isIncise(String lower) {
    String lemma = lemmaOf.get(lower);
    return lemma != null && incise.contains(lemma);
  }

  /** The lemma of {@code lower} (a word in lower case, without any inverted subject), or null. */
  String lemma(String lower) {
    return lemmaOf.get(lower);
  }

  /** The lemma of word {@code w}, an inverted subject left aside ("interroge-t-elle": interroger), or null. */
  String lemma(Word w) {
    return lemmaOf.get(splitInverted(w.lower())[0]);
  }

  boolean isForm(String lower) {
    return lemmaOf.containsKey(lower);
  }

  /** "explique-t-il" -> {"explique", "il"}; a word with no inverted subject -> {word, null}. */
  static String[] splitInverted(String lower) {
    if (lower.indexOf('-') < 0) {
      return new String[] {lower, null}; // most words: no hyphen, no inverted subject
    }
    Matcher m = INVERTED.matcher(lower);
    if (m.matches()) {
      return new String[] {m.group(1), m.group(2)};
    }
    return new String[] {lower, null};
  }
}
