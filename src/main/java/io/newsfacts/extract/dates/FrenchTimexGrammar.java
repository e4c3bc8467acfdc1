package io.newsfacts.extract.dates;

import static io.newsfacts.extract.dates.Matched.end;
import static io.newsfacts.extract.dates.Matched.start;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * The French temporal expressions the extractor knows, as rules ({@link TimexRules}): a pattern
 * built once from the word lists of {@link TimeWords}, and a reader that checks the context and
 * says what the match means. {@link #find} runs every rule and keeps the longest matches that do
 * not overlap. The words each rule's matches may begin with are read from its pattern ({@link
 * RuleStarts}) and looked up as the text is read ({@link StartIndex}), so that a pattern is tried
 * only there and not at every character of the text.
 *
 * <p>Span convention (from the gold files): the shortest form that carries the date, with its
 * determiner and modifiers ("le 27 mai 1998", "mercredi dernier", "hier matin") but without the
 * preposition before it ("depuis", "du", "vers").
 */
final class FrenchTimexGrammar {
  private final List<Rule> rules;
  /** Where each rule's matches may begin, read from its pattern. */
  private final StartIndex index;

  FrenchTimexGrammar(TimeWords words) {
    rules = TimexRules.of(words);
    index = new StartIndex(rules.stream().map(r -> RuleStarts.of(r.pattern().pattern())).toList());
  }

  /**
   * The mentions of {@code text}: the longest readings, not overlapping, in text order. Each rule's
   * pattern is tried only where a word it may begin with stands ({@link StartIndex}), which finds
   * exactly what scanning the whole text would, at a fraction of the cost.
   */
  List<Mention> find(String text) {
    int n = rules.size();
    StartIndex.Candidates candidates = index.find(text);
    int[][] starts = candidates.at();
    int[] counts = candidates.count();
    int len = text.length();
    List<Mention> all = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      Rule rule = rules.get(r);
      // the look-arounds see the text beyond the region, as they would in a scan of the whole text
      Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      int next = 0; // like Matcher.find, the next match starts after the previous one
      for (int k = 0; k < counts[r]; k++) {
        int p = starts[r][k];
        if (p < next) {
          continue;
        }
        m.region(p, len);
        if (!m.lookingAt()) {
          continue;
        }
        next = m.end() > p ? m.end() : p + 1;
        Mention mention = rule.reader().read(m, text);
        if (mention != null) {
          all.add(mention);
        }
      }
    }
    return longestFirst(all);
  }

  /**
   * The same as {@link #find}, by running every pattern over the whole text: the slow reference
   * that tests compare {@link #find} with.
   */
  List<Mention> findScanningWholeText(String text) {
    List<Mention> all = new ArrayList<>();
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        Mention mention = rule.reader().read(m, text);
        if (mention != null) {
          all.add(mention);
        }
      }
    }
    return longestFirst(all);
  }

  /** The longest of overlapping mentions, in text order. */
  private static List<Mention> longestFirst(List<Mention> all) {
    all.sort(Comparator.comparingInt((Mention x) -> x.end() - x.start()).reversed()
        .thenComparingInt(Mention::start));
    TreeMap<Integer, Mention> kept = new TreeMap<>();
    for (Mention x : all) {
      Map.Entry<Integer, Mention> before = kept.floorEntry(x.end() - 1);
      if (before != null && before.getValue().end() > x.start()) {
        continue;
      }
      kept.put(x.start(), x);
    }
    return new ArrayList<>(kept.values());
  }
}
