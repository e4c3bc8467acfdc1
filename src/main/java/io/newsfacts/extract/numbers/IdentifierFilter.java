package io.newsfacts.extract.numbers;

import io.newsfacts.text.NormalText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Digits that name rather than count: phone numbers, style-sheet values, digits glued to a word
 * ("COVID-19", "A380"), after an identifier word ("article 49.3", "loi n° 2016-1088") or before an
 * address word ("12 rue"), hyphened identifiers ("le 49-3"), postal codes, digits inside a name.
 */
final class IdentifierFilter {
  private static final NumberLexicon LEX = NumberLexicon.INSTANCE;
  static final QuickFind PHONE = new QuickFind(
      "(?<![\\d])(?:\\+\\s?33\\s?\\(?0?\\)?\\s?|0)[1-9](?:[ .-]?\\d{2}){4}(?!\\d)",
      "+0", false);
  private static final Pattern HYPHEN_NUMBER_AFTER = Pattern.compile("^-(\\d{1,4})(?![\\d,.]\\d|\\d)");
  private static final Pattern HYPHEN_NUMBER_BEFORE = Pattern.compile("(?<![\\d,.])(\\d{1,4})-$");
  /** An identifier word right before a figure ("article 49.3", "n° 5"). */
  private static final Pattern IDENTIFIER_BEFORE =
      Pattern.compile("(?:^|[^\\p{L}])(" + NumberLexicon.alternation(LEX.identifierWords) + ")\\s*$");
  /** An address word right after a figure ("12 rue", "3 bis avenue"). */
  private static final Pattern ADDRESS_AFTER =
      Pattern.compile("^\\s*(?:bis |ter )?(" + NumberLexicon.alternation(LEX.addressWords) + ")(?![\\p{L}])");
  private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

  private final NormalText t;
  private final TokenTags tags;
  /** Phone numbers and style sheets: no figure inside. */
  private final List<int[]> blocked;

  IdentifierFilter(NormalText t, TokenTags tags) {
    this.t = t;
    this.tags = tags;
    this.blocked = blockedSpans(t);
  }

  private static List<int[]> blockedSpans(NormalText t) {
    List<int[]> out = new ArrayList<>();
    QuickFind.Search phones = PHONE.in(t.text);
    while (phones.find()) {
      Matcher p = phones.matcher();
      out.add(new int[] {p.start(), p.end()});
    }
    // style sheets and scripts left in the text: "{ padding-bottom: 50%; }"
    int open = t.text.indexOf('{');
    while (open >= 0) {
      int close = t.text.indexOf('}', open);
      if (close < 0) {
        break;
      }
      if (t.text.substring(open, close).contains(";") || t.text.substring(open, close).contains(":")) {
        out.add(new int[] {open, close + 1});
      }
      open = t.text.indexOf('{', close);
    }
    return out;
  }

  /** {@code f}, dropped when it names rather than counts. */
  Figure check(Figure f) {
    String why = f.isDropped() ? null : whyNot(f);
    return why == null ? f : f.drop(why);
  }

  private String whyNot(Figure f) {
    for (int[] b : blocked) {
      if (f.coreStart() < b[1] && f.coreEnd() > b[0]) {
        return "phone or code";
      }
    }
    if (f.spelled()) {
      return null;
    }
    int s = f.coreStart();
    // glued to a word: "COVID-19", "A380", "G7" (but "USD1,23" is money)
    if (s > 0 && f.start() == s && (Character.isLetter(t.text.charAt(s - 1))
        || s > 1 && t.text.charAt(s - 1) == '-' && Character.isLetter(t.text.charAt(s - 2)))) {
      return "identifier";
    }
    if (IDENTIFIER_BEFORE.matcher(t.slice(s - 20, s)).find()
        || ADDRESS_AFTER.matcher(t.slice(f.coreEnd(), f.coreEnd() + 20)).find()) {
      return "identifier";
    }
    if (hyphenedIdentifier(f)) {
      return "identifier";
    }
    String digits = t.slice(f.coreStart(), f.coreEnd());
    if (digits.length() == 5 && FIVE_DIGITS.matcher(digits).matches() && f.coreEnd() + 1 < t.length()
        && t.text.charAt(f.coreEnd()) == ' ' && t.upperAt(f.coreEnd() + 1)) {
      return "postal code";
    }
    String tag = tags.ner(f.coreStart());
    return tag != null && !tag.equals("O") ? "inside a name" : null;
  }

  /**
   * "le 49-3", "loi n° 2016-1088": two whole numbers joined by a bare hyphen, the second smaller,
   * name one thing (a range goes up: "10-12 ans"). Small pairs are left to scores ("3-1").
   */
  private boolean hyphenedIdentifier(Figure f) {
    double raw = f.raw();
    if (raw != Math.rint(raw)) {
      return false;
    }
    Matcher next = HYPHEN_NUMBER_AFTER.matcher(t.slice(f.coreEnd(), f.coreEnd() + 8));
    if (next.find() && raw > 20 && Double.parseDouble(next.group(1)) < raw) {
      return true;
    }
    Matcher prev = HYPHEN_NUMBER_BEFORE.matcher(t.slice(f.coreStart() - 8, f.coreStart()));
    return prev.find() && Double.parseDouble(prev.group(1)) > 20 && raw < Double.parseDouble(prev.group(1));
  }
}
