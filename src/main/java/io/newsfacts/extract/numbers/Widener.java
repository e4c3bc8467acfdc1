package io.newsfacts.extract.numbers;

import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;
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
  private static final Pattern SUFFIX = Pattern.compile("^(Mds|Mrds|Mrd|Md|mds|md|k|K|M|G)(?![\\p{L}])");
  private static final Pattern SPACED_SUFFIX = Pattern.compile("^ (Mds|Mrds|Mrd|Md|M|k|K)(?=\\s?[€$])");
  private static final Pattern ORDINAL_SUFFIX = Pattern.compile("^(er|re|ère|ème|eme|e|è|nd|nde|es|ers|res)(?![\\p{L}])");
  private static final Pattern GLUED_MEASURE = Pattern.compile(
      "^(km2|km|m2|m3|cm|mm|m|kg|g|t|l|ml|cl|hl|ha|kwh|kw|mw|gw|go|mo|ko|°c)(?![\\p{L}\\d])");
  private static final Pattern WORD_SCALE =
      Pattern.compile("^\\s+(mille|millions?|milliards?|billions?)(?![\\p{L}])");
  private static final Pattern HALF = Pattern.compile("^\\s+et\\s+demie?(?![\\p{L}])");
  private static final Pattern PERCENT = Pattern.compile("^\\s?(%|pour\\s?cents?(?![\\p{L}])|pourcents?(?![\\p{L}]))");
  private static final Pattern CENTS =
      Pattern.compile("^\\s+(?:et\\s+)?(\\d{1,2})\\s+(centimes?|cents)(?![\\p{L}])");
  private static final Pattern FOIS = Pattern.compile("^\\s+fois(?![\\p{L}])");
  private static final Pattern FOIS_COMPARED = Pattern.compile(
      "^\\s+(plus|moins|autant|supérieure?s?|inférieure?s?|le|la|les|l'|sa|son|ses|leur|leurs|ce|cet|cette|ces"
          + "|notre|nos|votre|vos|celui|celle|ceux|celles)(?![\\p{L}])");
  private static final Set<String> NOT_SIGN_BEFORE = Set.of("au", "non", "pas", "ni", "de", "du", "fois", "en", "le",
      "la", "les", "d'", "un", "peu", "bien", "beaucoup", "ou", "que", "qu'", "encore", "rien");

  private Widener() {}

  static void extendRight(NormalText t, Figure f) {
    String orig = t.original;
    int p = f.end;
    if (!f.spelled) {
      String after = orig.substring(p, Math.min(orig.length(), p + 8));
      Matcher s = SUFFIX.matcher(after);
      Matcher ss = SPACED_SUFFIX.matcher(after);
      if (s.find()) {
        f.applyScale(LEX.suffixScales.get(s.group(1)), false);
        p += s.end();
      } else if (ss.find()) {
        f.applyScale(LEX.suffixScales.get(ss.group(1)), false);
        p += ss.end();
      } else if (p < orig.length() && Character.isLetter(orig.charAt(p))) {
        Matcher o = ORDINAL_SUFFIX.matcher(t.slice(p, p + 5));
        Matcher g = GLUED_MEASURE.matcher(t.slice(p, p + 5));
        if (o.find() && f.raw == Math.rint(f.raw)) {
          f.kind = NumberKind.ORDINAL;
          p += o.end();
        } else if (g.find()) {
          f.unit = orig.substring(p, p + g.end());
          f.ownUnit = true;
          p += g.end();
        } else if (t.text.charAt(p) == 'h') {
          f.dropped = "time";
        } else {
          f.dropped = "identifier";
        }
        f.end = p;
        return;
      }
    }
    if (f.kind == NumberKind.ORDINAL) {
      f.end = p;
      return;
    }
    Matcher ws = WORD_SCALE.matcher(t.slice(p, p + 20));
    if (ws.find() && f.scale == 1 && (!f.spelled || f.raw < 1000)) {
      f.applyScale(LEX.wordScales.get(ws.group(1)), true);
      p += ws.end();
    }
    Matcher h = HALF.matcher(t.slice(p, p + 15));
    if (h.find() && f.raw == Math.rint(f.raw)) {
      f.value += 0.5 * f.scale;
      p += h.end();
    }
    Matcher pc = PERCENT.matcher(t.slice(p, p + 15));
    if (pc.find()) {
      f.kind = NumberKind.PERCENT;
      p += pc.end();
    } else {
      Matcher c = LEX.currencyAfter.matcher(t.slice(p, p + 25));
      if (c.find()) {
        setMoney(f, SPACES.matcher(c.group(1)).replaceAll(" "));
        p += c.end();
        Matcher cents = CENTS.matcher(t.slice(p, p + 20));
        if (cents.find()) {
          f.value += Integer.parseInt(cents.group(1)) / 100.0;
          p += cents.end();
        }
      }
    }
    Matcher fois = FOIS.matcher(t.slice(p, p + 8));
    if (fois.find() && f.kind == NumberKind.COUNT) {
      int q = p + fois.end();
      Matcher cmp = FOIS_COMPARED.matcher(t.slice(q, q + 15));
      if (cmp.find()) {
        f.kind = NumberKind.MULTIPLIER;
        String word = cmp.group(1);
        p = word.equals("plus") || word.equals("moins") || word.equals("autant") ? q + cmp.end() : q;
      }
    }
    f.end = p;
  }

  private static void setMoney(Figure f, String form) {
    NumberLexicon.Currency c = LEX.currencies.get(form);
    f.kind = NumberKind.MONEY;
    f.unit = c == null ? form : c.unit();
    f.ownUnit = true;
  }

  static void extendLeft(NormalText t, Figure f) {
    if (!f.spelled && f.kind != NumberKind.PERCENT) {
      Matcher c = LEX.currencyBefore.matcher(t.slice(f.start - 6, f.start));
      if (c.find()) {
        setMoney(f, c.group(1));
        f.start -= c.end() - c.start(1);
      }
    }
    if (!f.spelled && f.start > 0 && "-+−".indexOf(t.original.charAt(f.start - 1)) >= 0
        && (f.start == 1 || " (\n".indexOf(t.text.charAt(f.start - 2)) >= 0)) {
      if (t.original.charAt(f.start - 1) != '+') {
        f.value = -f.value;
      }
      f.sign = true;
      f.start -= 1;
    }
    String before = t.slice(f.start - 40, f.start);
    Matcher q = LEX.qualifierBefore.matcher(before);
    if (q.find()) {
      String phrase = SPACES.matcher(q.group(1)).replaceAll(" ");
      f.qualifier = qualifier(LEX.qualifiersBefore.get(phrase));
      f.start -= before.length() - q.start(1);
      return;
    }
    int w = t.wordBefore(f.start);
    if (w >= 0 && (t.words[w].equals("moins") || t.words[w].equals("plus")) && t.joined(w, t.wordAt(f.start))
        && !(w > 0 && NOT_SIGN_BEFORE.contains(t.words[w - 1]))) {
      if (t.words[w].equals("moins")) {
        f.value = -f.value;
      }
      f.sign = true;
      f.start = t.wordStart[w];
    }
  }

  private static Qualifier qualifier(String label) {
    return switch (label) {
      case "approx" -> Qualifier.APPROX;
      case "atLeast" -> Qualifier.AT_LEAST;
      case "atMost" -> Qualifier.AT_MOST;
      default -> Qualifier.EXACT;
    };
  }

  static void qualifierAfter(NormalText t, Figure f) {
    if (f.qualifier != Qualifier.EXACT) {
      return;
    }
    for (int at : new int[] {f.end, f.unitEnd}) {
      Matcher q = LEX.qualifierAfter.matcher(t.slice(at, at + 20));
      if (q.find()) {
        f.qualifier = qualifier(LEX.qualifiersAfter.get(SPACES.matcher(q.group(1)).replaceAll(" ")));
        return;
      }
    }
  }
}
