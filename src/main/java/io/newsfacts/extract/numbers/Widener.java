package io.newsfacts.extract.numbers;

import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;
import io.newsfacts.text.NormalText;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Widens a number over what is written around it: a scale ("2,5 millions", "3 Md€"), an ordinal
 * suffix ("1er"), a glued measure ("3km"), "et demi", a percent sign, a currency before or after
 * ("20 €", "$10"), "N fois plus", a sign, and a qualifier before or after ("près de", "au moins").
 */
final class Widener {
  private static final NumberLexicon LEX = NumberLexicon.INSTANCE;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** A scale suffix glued to the digits ("100k", "3Md€"). */
  private static final Pattern SUFFIX =
      Pattern.compile("^(" + NumberLexicon.alternation(LEX.suffixScales.keySet()) + ")(?![\\p{L}])");
  /** A scale suffix after a space, before a currency sign ("2 M€"). */
  private static final Pattern SPACED_SUFFIX =
      Pattern.compile("^ (" + NumberLexicon.alternation(LEX.spacedSuffixes) + ")(?=\\s?[€$])");
  private static final Pattern ORDINAL_SUFFIX = Pattern.compile("^(er|re|ère|ème|eme|e|è|nd|nde|es|ers|res)(?![\\p{L}])");
  private static final Pattern GLUED_UNIT =
      Pattern.compile("^(" + NumberLexicon.alternation(LEX.gluedUnits) + ")(?![\\p{L}\\d])");
  private static final Pattern WORD_SCALE =
      Pattern.compile("^\\s+(" + NumberLexicon.alternation(LEX.wordScales.keySet()) + ")(?![\\p{L}])");
  private static final Pattern HALF = Pattern.compile("^\\s+et\\s+demie?(?![\\p{L}])");
  private static final Pattern PERCENT = Pattern.compile("^\\s?(%|pour\\s?cents?(?![\\p{L}])|pourcents?(?![\\p{L}]))");
  private static final Pattern CURRENCY_AFTER =
      Pattern.compile("^\\s?(" + NumberLexicon.alternation(LEX.currencyForms(false)) + ")(?![\\p{L}])");
  private static final Pattern CURRENCY_BEFORE =
      Pattern.compile("(?:^|[^\\p{L}])(" + NumberLexicon.alternation(LEX.currencyForms(true)) + ")\\s?$");
  /** The coins of a currency after it: "20 euros et 50 centimes". */
  private static final Pattern CENTS = Pattern.compile("^\\s+(?:et\\s+)?(\\d{1,2})\\s+("
      + NumberLexicon.alternation(LEX.currencies.values().stream().filter(NumberLexicon.Currency::hundredth)
          .map(NumberLexicon.Currency::form).toList()) + ")(?![\\p{L}])");
  private static final Pattern QUALIFIER_AFTER = Pattern.compile("^\\s*("
      + NumberLexicon.alternation(LEX.qualifiersAfter.keySet())
      + ")(?![\\p{L}])(?!\\s*(?:de|d'|que|qu'|en|du|des)(?![\\p{L}]))");
  private static final Pattern FOIS = Pattern.compile("^\\s+fois(?![\\p{L}])");
  private static final Pattern FOIS_COMPARED = Pattern.compile(
      "^\\s+(plus|moins|autant|supérieure?s?|inférieure?s?|le|la|les|l'|sa|son|ses|leur|leurs|ce|cet|cette|ces"
          + "|notre|nos|votre|vos|celui|celle|ceux|celles)(?![\\p{L}])");
  private static final Set<String> NOT_SIGN_BEFORE = Set.of("au", "non", "pas", "ni", "de", "du", "fois", "en", "le",
      "la", "les", "d'", "un", "peu", "bien", "beaucoup", "ou", "que", "qu'", "encore", "rien");

  private Widener() {}

  /** The figure widened over what follows it: a scale, a suffix, a percent, a currency, "fois plus". */
  static Figure right(NormalText t, Figure f) {
    Figure.Draft d = f.edit();
    String orig = t.original;
    int p = d.end;
    if (!d.spelled) {
      String after = orig.substring(p, Math.min(orig.length(), p + 8));
      Matcher s = SUFFIX.matcher(after);
      Matcher ss = SPACED_SUFFIX.matcher(after);
      if (s.find()) {
        d.applyScale(LEX.suffixScales.get(s.group(1)), false);
        p += s.end();
      } else if (ss.find()) {
        d.applyScale(LEX.suffixScales.get(ss.group(1)), false);
        p += ss.end();
      } else if (p < orig.length() && (Character.isLetter(orig.charAt(p)) || orig.charAt(p) == '°')) {
        Matcher o = ORDINAL_SUFFIX.matcher(t.slice(p, p + 5));
        Matcher g = GLUED_UNIT.matcher(t.slice(p, p + 5));
        if (o.find() && d.raw == Math.rint(d.raw)) {
          d.kind = NumberKind.ORDINAL;
          p += o.end();
        } else if (g.find()) {
          d.unit = orig.substring(p, p + g.end());
          d.ownUnit = true;
          p += g.end();
        } else if (t.text.charAt(p) == 'h') {
          d.droppedAs = "time";
        } else {
          d.droppedAs = "identifier";
        }
        d.end = p;
        return d.done();
      }
    }
    if (d.kind == NumberKind.ORDINAL) {
      d.end = p;
      return d.done();
    }
    Matcher ws = WORD_SCALE.matcher(t.slice(p, p + 20));
    if (ws.find() && d.scale == 1 && (!d.spelled || d.raw < 1000)) {
      d.applyScale(LEX.wordScales.get(ws.group(1)), true);
      p += ws.end();
    }
    Matcher h = HALF.matcher(t.slice(p, p + 15));
    if (h.find() && d.raw == Math.rint(d.raw)) {
      d.value += 0.5 * d.scale;
      p += h.end();
    }
    Matcher pc = PERCENT.matcher(t.slice(p, p + 15));
    if (pc.find()) {
      d.kind = NumberKind.PERCENT;
      p += pc.end();
    } else {
      Matcher c = CURRENCY_AFTER.matcher(t.slice(p, p + 25));
      if (c.find() && writtenAsCurrency(t, p + c.start(1), p + c.end(1))) {
        setMoney(d, SPACES.matcher(c.group(1)).replaceAll(" "));
        p += c.end();
        Matcher cents = CENTS.matcher(t.slice(p, p + 20));
        if (cents.find()) {
          d.value += Integer.parseInt(cents.group(1)) / 100.0;
          p += cents.end();
        }
      }
    }
    Matcher fois = FOIS.matcher(t.slice(p, p + 8));
    if (fois.find() && d.kind == NumberKind.COUNT) {
      int q = p + fois.end();
      Matcher cmp = FOIS_COMPARED.matcher(t.slice(q, q + 15));
      if (cmp.find()) {
        d.kind = NumberKind.MULTIPLIER;
        String word = cmp.group(1);
        p = word.equals("plus") || word.equals("moins") || word.equals("autant") ? q + cmp.end() : q;
      }
    }
    d.end = p;
    return d.done();
  }

  /** Whether the currency form at {@code start..end} is one as written: a code only in capitals. */
  private static boolean writtenAsCurrency(NormalText t, int start, int end) {
    String written = t.original.substring(start, end);
    NumberLexicon.Currency c = LEX.currencies.get(SPACES.matcher(t.text.substring(start, end)).replaceAll(" "));
    return c == null || c.writtenAs(written);
  }

  private static void setMoney(Figure.Draft d, String form) {
    NumberLexicon.Currency c = LEX.currencies.get(form);
    d.kind = NumberKind.MONEY;
    d.unit = c == null ? form : c.unit();
    d.ownUnit = true;
  }

  /** The figure widened over what precedes it: a currency, a sign, a qualifier. */
  static Figure left(NormalText t, Figure f) {
    Figure.Draft d = f.edit();
    if (!d.spelled && d.kind != NumberKind.PERCENT) {
      String sixBefore = t.slice(d.start - 6, d.start);
      int base = d.start - sixBefore.length();
      Matcher c = CURRENCY_BEFORE.matcher(sixBefore);
      if (c.find() && writtenAsCurrency(t, base + c.start(1), base + c.end(1))) {
        setMoney(d, c.group(1));
        d.start -= c.end() - c.start(1);
      }
    }
    if (!d.spelled && d.start > 0 && "-+−".indexOf(t.original.charAt(d.start - 1)) >= 0
        && (d.start == 1 || " (\n".indexOf(t.text.charAt(d.start - 2)) >= 0)) {
      if (t.original.charAt(d.start - 1) != '+') {
        d.value = -d.value;
      }
      d.sign = true;
      d.start -= 1;
    }
    String before = t.slice(d.start - 40, d.start);
    QualifierGrammar.Reading q = QualifierGrammar.before(before);
    if (q != null) {
      d.qualifier = q.qualifier();
      d.start -= before.length() - q.start();
      return d.done();
    }
    int w = t.wordBefore(d.start);
    if (w >= 0 && (t.words[w].equals("moins") || t.words[w].equals("plus")) && t.joined(w, t.wordAt(d.start))
        && !(w > 0 && NOT_SIGN_BEFORE.contains(t.words[w - 1]))) {
      if (t.words[w].equals("moins")) {
        d.value = -d.value;
      }
      d.sign = true;
      d.start = t.wordStart[w];
    }
    return d.done();
  }

  /** A qualifier after the figure or its unit ("20 ans et plus", "3 000 euros environ"), if it has none yet. */
  static Figure qualifierAfter(NormalText t, Figure f) {
    if (f.qualifier() != Qualifier.EXACT) {
      return f;
    }
    for (int at : new int[] {f.end(), f.unitEnd()}) {
      Matcher q = QUALIFIER_AFTER.matcher(t.slice(at, at + 20));
      if (q.find()) {
        Figure.Draft d = f.edit();
        d.qualifier = QualifierGrammar.of(LEX.qualifiersAfter.get(SPACES.matcher(q.group(1)).replaceAll(" ")));
        return d.done();
      }
    }
    return f;
  }
}
