package io.newsfacts.extract.numbers;

import io.newsfacts.text.NormalText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers written in digits, in all their French forms: "14 137", "1.200.000", "6.700,54", "3,5", ",5". */
final class DigitFinder implements FigureFinder {
  static final QuickFind DIGITS = new QuickFind(
      "(?:(?<![\\p{L}\\d,.])|(?<=" + NumberLexicon.alternation(gluedCurrencies()) + "))(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?: \\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?|,\\d+)"
          + "(?!\\d|[.,]\\d)",
      "0123456789,", false);
  private static final Pattern DOTTED_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");

  /** Currency codes in letters that may stand before a figure, and so be glued to it: "USD1,23". */
  private static List<String> gluedCurrencies() {
    return NumberLexicon.INSTANCE.currencyForms(true).stream().filter(c -> c.chars().allMatch(Character::isLetter))
        .toList();
  }

  @Override
  public void find(NormalText t, List<Figure> figs) {
    QuickFind.Search search = DIGITS.in(t.text);
    while (search.find()) {
      Matcher m = search.matcher();
      figs.add(Figure.found(m.start(1), m.end(1), parseDigits(m.group(1)), false).done());
    }
  }

  /** The value of a French digit string: "14 137", "1.200.000", "6.700,54", "3,5", ",0012". */
  static double parseDigits(String s) {
    String x = s.replace(" ", "");
    if (x.contains(",")) {
      x = x.replace(".", "").replace(',', '.');
    } else if (DOTTED_THOUSANDS.matcher(x).matches()) {
      x = x.replace(".", "");
    }
    return Double.parseDouble(x.startsWith(".") ? "0" + x : x);
  }
}
