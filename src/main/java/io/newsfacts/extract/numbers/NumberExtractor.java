package io.newsfacts.extract.numbers;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.DateType;
import io.newsfacts.model.NumberFact;
import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every figure of a French article, normalised: digits in all their French forms ("14 137",
 * "1.200.000", "3,5 %", "2,5 millions", "5 M€"), spelled-out numbers ("quatre-vingt-dix-sept",
 * "une dizaine"), fractions and multipliers ("la moitié", "trois fois plus"), with their
 * qualifier ("près de", "plus de", "entre X et Y"), the noun they count and the date of their
 * sentence. Years, days of dates, times, phone numbers, identifiers and durations are not figures.
 *
 * <p>The rules read the text itself (normalised by {@link NormalText}), not the tokenizer's cut,
 * which splits some digit groups and not others; tags, when present, only help find the unit.
 */
public final class NumberExtractor {
  private static final NumberLexicon LEX = NumberLexicon.INSTANCE;
  /** Patterns used per figure, compiled once (String.matches and replaceAll compile each time). */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DOTTED_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
  private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

  static final QuickFind DIGITS = new QuickFind(
      "(?:(?<![\\p{L}\\d,.])|(?<=usd|eur|gbp|chf|cad))(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?: \\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?|,\\d+)"
          + "(?!\\d|[.,]\\d)",
      "0123456789,", false);
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
  private static final Pattern MONTH_AFTER = Pattern.compile(
      "^\\s*(?:er|re|ère)?\\s*(?:(?:au|et|ou|-|à)\\s*\\d{1,2}(?:er)?\\s*)?(?:janvier|février|fevrier|mars|avril|mai"
          + "|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv\\.|févr\\.|sept\\.|oct\\."
          + "|nov\\.|déc\\.)(?![\\p{L}])");
  private static final Pattern TIME_AFTER = Pattern.compile("^(?:\\s?h\\s?\\d{0,2}(?![\\p{L}])|:\\d\\d)");
  static final QuickFind PHONE = new QuickFind(
      "(?<![\\d])(?:\\+\\s?33\\s?\\(?0?\\)?\\s?|0)[1-9](?:[ .-]?\\d{2}){4}(?!\\d)",
      "+0", false);
  private static final Pattern YEAR_BEFORE = Pattern.compile(
      "(?:^|[^\\p{L}])(en|depuis|dès|jusqu'en|vers|fin|début|mi|d'ici|année|années|l'an|"
          + "printemps|été|automne|hiver|saison|janvier|février|mars|avril|mai|juin|juillet|août|"
          + "septembre|octobre|novembre|décembre|courant|depuis\\s+\\p{L}+)\\s*-?$");
  private static final Pattern ENTRE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])entre\\s*$");
  private static final Pattern DE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:de|d')\\s*$");
  private static final Pattern CHANGE_VERB = Pattern.compile(
      "(?:^|[^\\p{L}])(?:pass|augment|baiss|grimp|chut|recul|progress|diminu|hauss|tomb|mont|rédui|ramen|"
          + "port|élev|gonfl|bondi|envol|évolu|multipli|réévalu|relev|abaiss|revu)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:de|d')\\s*$");
  private static final Pattern AND_BETWEEN = Pattern.compile("^\\s+et\\s+$");
  private static final Pattern TO_BETWEEN = Pattern.compile("^\\s+(?:à|a)\\s+$");
  private static final Pattern DASH_BETWEEN = Pattern.compile("^\\s?-\\s?$");
  private static final Pattern COORD_BETWEEN = Pattern.compile("^\\s*,\\s*$|^\\s+(?:et|ou|voire|à)\\s+$");
  private static final Pattern SPORTS = Pattern.compile(
      "(?:^|[^\\p{L}])(match|score|victoire|défaite|l'emporte|s'impose|battu|battue|but|buts|mi-temps|set|sets|"
          + "finale|nul)(?![\\p{L}])");
  private static final Pattern DURATION_BEFORE = Pattern.compile(
      "(?:^|[^\\p{L}])(depuis|pendant|durant|il y a|voilà|voici|dans|en|après|avant|pour|sur|d'ici|au bout de|"
          + "plus de|moins de|près de|environ|de|d')\\s*$");
  private static final Pattern EVERY_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:tous|toutes) les\\s*$");
  private static final Pattern AND_MORE_AFTER = Pattern.compile("^\\s*(?:et|ou) plus(?![\\p{L}])");
  private static final Pattern GROUPED_THOUSANDS = Pattern.compile("\\d{1,3}\\|\\d{1,3}(?:[. \\u00a0\\u202f]\\d{3})+");
  private static final Pattern SHARE_QUALIFIER = Pattern.compile("(?<![\\p{L}])(plus|moins|près) d'$");
  private static final Pattern HYPHEN_NUMBER_AFTER = Pattern.compile("^-(\\d{1,4})(?![\\d,.]\\d|\\d)");
  private static final Pattern HYPHEN_NUMBER_BEFORE = Pattern.compile("(?<![\\d,.])(\\d{1,4})-$");
  private static final Pattern SLASH_BETWEEN = Pattern.compile("^\\s?/\\s?$");
  /** "24h/24", "7j/7": a digit with a one- or two-letter unit glued to it, then a slash. */
  private static final Pattern SLASH_AFTER_UNIT = Pattern.compile("\\d\\p{L}{1,2}\\s?/\\s?$");
  private static final Pattern OF_AFTER = Pattern.compile("^\\s+(?:des|de|du|d['’])(?![\\p{L}])");
  private static final Pattern LIST_ITEM_AFTER = Pattern.compile("^[.)]\\s");
  private static final Pattern APPOSITION_AFTER = Pattern.compile("^\\s*[,)]");
  static final QuickFind COLLECTIVE = new QuickFind(
      "(?<![\\p{L}])(une|un|des|plusieurs|quelques|de|d')\\s*(dizaines?|douzaines?|quinzaine|vingtaines?|trentaine|"
          + "quarantaine|cinquantaine|soixantaine|centaines?|milliers?|millions|milliards)(?:\\s+(?:de|d')\\s*"
          + "(milliers|millions|milliards)(?![\\p{L}]))?(?=\\s+(?:de|d')|\\s*[,.;:)]|\\s*$)",
      "udpq", true, List.of("zaine", "ntaine", "gtaine", "milli"));
  static final QuickFind FRACTION_DET = new QuickFind(
      "(?<![\\p{L}])(la|une|un|le|au|du|par|l'|les)\\s*(moitié|tiers|quart)(?![\\p{L}])",
      "luadp", true, List.of("moitié", "tiers", "quart"));
  private static final Pattern NOT_FRACTION_AFTER = Pattern.compile("^\\s*(?:d'heure|de finale|de siècle|d'heures|-monde)");
  static final QuickFind VERB_MULTIPLIER = new QuickFind(
      "(?<![\\p{L}])(doubl|tripl|quadrupl|quintupl|décupl|centupl)(é|ée|és|ées|er|era|eront|erait|eraient|ait|"
          + "aient|ent|ant)(?![\\p{L}])",
      "dtqc", true, List.of("doubl", "tripl", "quadrupl", "quintupl", "décupl", "centupl"));
  static final QuickFind NOUN_MULTIPLIER = new QuickFind(
      "(?<![\\p{L}])(le|du|au|quasiment|presque|quasi)\\s+(double|triple|quadruple)(?![\\p{L}])",
      "ldaqp", true, List.of("double", "triple", "quadruple"));
  private static final Map<String, Double> MULTIPLIER_STEMS = Map.of("doubl", 2.0, "tripl", 3.0, "quadrupl", 4.0,
      "quintupl", 5.0, "décupl", 10.0, "centupl", 100.0, "double", 2.0, "triple", 3.0, "quadruple", 4.0);
  private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "des", "du", "au", "aux", "ces", "leurs",
      "nos", "vos", "mes", "tes", "ses", "l'");
  private static final Set<String> PLURAL_DETERMINERS = Set.of("les", "des", "ces", "leurs", "nos", "vos", "mes",
      "tes", "ses", "aux");
  private static final Set<String> NOT_SIGN_BEFORE = Set.of("au", "non", "pas", "ni", "de", "du", "fois", "en", "le",
      "la", "les", "d'", "un", "peu", "bien", "beaucoup", "ou", "que", "qu'", "encore", "rien");
  private static final Set<String> LIST_CONTEXT = Set.of("dont");

  /** The figures of {@code doc}; {@code dates} are the date extractor's facts for the same text. */
  public List<NumberFact> extract(AnnotatedText doc, List<DateFact> dates) {
    NormalText t = new NormalText(doc.text());
    TokenTags tags = new TokenTags(doc);
    UnitFinder units = new UnitFinder(t, tags);
    List<Figure> figs = new ArrayList<>();
    digits(t, figs);
    spelled(t, figs);
    collectives(t, figs);
    fractions(t, figs);
    multiplierWords(t, figs);
    figs = withoutOverlaps(figs);
    slashes(t, figs);
    List<int[]> blocked = blockedSpans(t);
    for (Figure f : figs) {
      if (f.kind == NumberKind.COUNT || f.kind == NumberKind.ORDINAL) {
        extendRight(t, f);
        extendLeft(t, f);
      }
      notAFigure(t, f, blocked, tags);
    }
    figs.removeIf(f -> f.dropped != null);
    figs = withoutSwallowed(figs);
    for (Figure f : figs) {
      if (f.unit == null && f.kind != NumberKind.MULTIPLIER) {
        UnitFinder.Unit u = units.after(f.end, f.kind == NumberKind.PERCENT || f.kind == NumberKind.FRACTION);
        setUnit(f, u.unit(), true);
        f.unitEnd = u.end();
        f.textEnd = u.adjacent() ? u.end() : f.end;
        f.per = u.per();
      } else {
        f.unitEnd = f.end;
        f.per = units.periodAfter(f.end);
      }
      qualifierAfter(t, f);
      if (f.yearLike() && (f.unit == null || !Character.isLowerCase(f.unit.charAt(0))
          || LEX.timeUnits.contains(f.unit.toLowerCase(java.util.Locale.ROOT))
          || YEAR_BEFORE.matcher(t.slice(f.start - 25, f.start)).find())) {
        f.dropped = "year";
      }
      if (f.spelled && f.kind == NumberKind.COUNT) {
        articleOrNumber(t, f);
      }
    }
    figs.removeIf(f -> f.dropped != null);
    oneInN(t, figs);
    figs.removeIf(f -> f.dropped != null);
    rangesAndLists(t, figs);
    figs.removeIf(f -> f.dropped != null);
    borrowUnits(t, figs, units);
    Figure previousAge = null;
    for (Figure f : figs) {
      durationOrAge(t, f, previousAge, dates);
      if (f.dropped == null && f.unit != null && f.unit.toLowerCase(java.util.Locale.ROOT).startsWith("an")) {
        previousAge = f;
      }
      wordsThatAreNotNumbers(t, f);
      digitsInNames(t, f);
    }
    figs.removeIf(f -> f.dropped != null);
    List<NumberFact> out = new ArrayList<>();
    for (int i = 0; i < figs.size(); i++) {
      Figure f = figs.get(i);
      if (i + 1 < figs.size()) {
        f.textEnd = Math.min(f.textEnd, figs.get(i + 1).start); // a unit never runs into the next figure
      }
      out.add(f.toFact(doc.text(), dateOf(doc, f, dates)));
    }
    return out;
  }

  // ---------------------------------------------------------------- finding numbers

  private static void digits(NormalText t, List<Figure> figs) {
    QuickFind.Search search = DIGITS.in(t.text);
    while (search.find()) {
      Matcher m = search.matcher();
      Figure f = new Figure(m.start(1), m.end(1), parseDigits(m.group(1)), false);
      figs.add(f);
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

  /** Spelled-out numbers: runs of number words joined by spaces or hyphens. */
  private static void spelled(NormalText t, List<Figure> figs) {
    String[] w = t.words;
    int i = 0;
    while (i < w.length) {
      if (!startsNumber(w[i])) {
        i++;
        continue;
      }
      List<String> run = new ArrayList<>();
      run.add(w[i]);
      int j = i;
      while (run.size() < 24 && t.joined(j, j + 1) && (isRunWord(w[j + 1]))) {
        j++;
        run.add(w[j]);
      }
      NumberWords.Reading r = NumberWords.read(run);
      if (r == null) {
        i++;
        continue;
      }
      int last = i + r.words() - 1;
      double value = r.value();
      int end = t.wordEnd[last];
      if (!r.ordinal() && last + 2 < w.length && w[last + 1].equals("virgule") && t.joined(last, last + 1)
          && t.joined(last + 1, last + 2)) {
        List<String> dec = new ArrayList<>();
        int k = last + 2;
        int zeros = 0;
        while (k < w.length && (w[k].equals("zéro") || w[k].equals("zero"))) {
          zeros++;
          k++;
        }
        List<String> run2 = new ArrayList<>();
        for (int q = k; q < w.length && q < k + 12 && (q == k || t.joined(q - 1, q)) && isRunWord(w[q]); q++) {
          run2.add(w[q]);
        }
        NumberWords.Reading d = run2.isEmpty() ? null : NumberWords.read(run2);
        if (d != null && !d.ordinal()) {
          value = Double.parseDouble((long) value + "." + "0".repeat(zeros) + (long) d.value());
          last = k + d.words() - 1;
          end = t.wordEnd[last];
        } else if (zeros > 0) {
          value = (long) value;
          last = k - 1;
          end = t.wordEnd[last];
        }
      }
      Figure f = new Figure(t.wordStart[i], end, value, true);
      if (r.ordinal()) {
        f.kind = NumberKind.ORDINAL;
      }
      figs.add(f);
      i = last + 1;
    }
  }

  private static boolean startsNumber(String w) {
    return (NumberWords.isNumberWord(w) && !w.equals("cents") && !w.equals("vingts"))
        || (NumberWords.cardinalOfOrdinal(w) != null);
  }

  private static boolean isRunWord(String w) {
    return NumberWords.isNumberWord(w) || w.equals("et") || NumberWords.cardinalOfOrdinal(w) != null;
  }

  /** "une dizaine de", "des centaines de", "des dizaines de milliers de", "des millions de". */
  private static void collectives(NormalText t, List<Figure> figs) {
    QuickFind.Search search = COLLECTIVE.in(t.text);
    while (search.find()) {
      Matcher m = search.matcher();
      String det = m.group(1);
      String noun = m.group(2);
      boolean vague = !det.equals("un") && !det.equals("une");
      if (!vague && (noun.endsWith("s") || noun.startsWith("million") || noun.startsWith("milliard"))) {
        continue; // "un millions" does not exist; "un million" is a number, not a collective
      }
      if ((det.equals("de") || det.equals("d'")) && !vague) {
        continue;
      }
      if (det.equals("de") || det.equals("d'")) {
        // "de" alone before a collective: only "plus de centaines", rare; a "des" elided by "de" after a verb
        if (!noun.endsWith("s")) {
          continue;
        }
      }
      double v = noun.startsWith("million") ? 1e6 : noun.startsWith("milliard") ? 1e9
          : LEX.collectives.getOrDefault(noun, 0.0);
      if (v == 0) {
        continue;
      }
      int end = m.end(2);
      if (m.group(3) != null) {
        v *= LEX.wordScales.getOrDefault(m.group(3), 1.0);
        end = m.end(3);
      }
      Figure f = new Figure(m.start(1), end, v, true);
      f.qualifier = vague ? Qualifier.AT_LEAST : Qualifier.APPROX;
      f.collective = true;
      figs.add(f);
    }
  }

  /** "la moitié", "un tiers", "les trois quarts", "deux tiers". */
  private static void fractions(NormalText t, List<Figure> figs) {
    QuickFind.Search search = FRACTION_DET.in(t.text);
    while (search.find()) {
      Matcher m = search.matcher();
      if (NOT_FRACTION_AFTER.matcher(t.slice(m.end(), m.end() + 15)).find()) {
        continue;
      }
      Figure f = new Figure(m.start(1), m.end(2), LEX.fractions.get(m.group(2)), true);
      f.kind = NumberKind.FRACTION;
      figs.add(f);
    }
    // a number before a fraction noun: "les trois quarts", "deux tiers", "2/3" is left as digits
    for (int i = 1; i < t.words.length; i++) {
      String w = t.words[i];
      if (!w.equals("tiers") && !w.equals("quarts") && !w.equals("cinquièmes") && !w.equals("dixièmes")) {
        continue;
      }
      int j = i - 1;
      while (j > 0 && t.joined(j - 1, j) && NumberWords.isNumberWord(t.words[j - 1])) {
        j--;
      }
      if (!NumberWords.isNumberWord(t.words[i - 1]) || !t.joined(i - 1, i)) {
        continue;
      }
      List<String> run = new ArrayList<>();
      for (int k = j; k < i; k++) {
        run.add(t.words[k]);
      }
      NumberWords.Reading r = NumberWords.read(run);
      if (r == null || r.words() != run.size() || NotFractionAfter(t, t.wordEnd[i])) {
        continue;
      }
      double unitValue = w.equals("tiers") ? 1.0 / 3 : w.equals("quarts") ? 0.25 : w.equals("cinquièmes") ? 0.2 : 0.1;
      int start = t.wordStart[j];
      if (j > 0 && t.words[j - 1].equals("les") && t.joined(j - 1, j)) {
        start = t.wordStart[j - 1];
      }
      Figure f = new Figure(start, t.wordEnd[i], r.value() * unitValue, true);
      f.kind = NumberKind.FRACTION;
      figs.add(f);
    }
  }

  private static boolean NotFractionAfter(NormalText t, int at) {
    return NOT_FRACTION_AFTER.matcher(t.slice(at, at + 15)).find();
  }

  /** "a doublé", "sera triplé", "le double". */
  private static void multiplierWords(NormalText t, List<Figure> figs) {
    QuickFind.Search verbs = VERB_MULTIPLIER.in(t.text);
    while (verbs.find()) {
      Matcher m = verbs.matcher();
      Figure f = new Figure(m.start(), m.end(), MULTIPLIER_STEMS.get(m.group(1)), true);
      f.kind = NumberKind.MULTIPLIER;
      figs.add(f);
    }
    QuickFind.Search nouns = NOUN_MULTIPLIER.in(t.text);
    while (nouns.find()) {
      Matcher n = nouns.matcher();
      Figure f = new Figure(n.start(2), n.end(2), MULTIPLIER_STEMS.get(n.group(2)), true);
      f.kind = NumberKind.MULTIPLIER;
      String det = n.group(1);
      if (det.startsWith("quasi") || det.equals("presque")) {
        f.qualifier = Qualifier.APPROX;
        f.start = n.start(1);
      }
      figs.add(f);
    }
  }

  /** Keeps the longest of overlapping candidates (a fraction over its number word, "une dizaine" over "une"). */
  private static List<Figure> withoutOverlaps(List<Figure> figs) {
    figs.sort(Comparator.comparingInt((Figure f) -> f.start).thenComparingInt(f -> -(f.end - f.start)));
    List<Figure> out = new ArrayList<>();
    for (Figure f : figs) {
      Figure last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && f.start < last.end) {
        if (f.end - f.start > last.end - last.start) {
          out.set(out.size() - 1, f);
        }
        continue;
      }
      out.add(f);
    }
    return out;
  }

  /** Drops a candidate that a figure before it took in while widening ("cent" in "12 pour cent"). */
  private static List<Figure> withoutSwallowed(List<Figure> figs) {
    List<Figure> out = new ArrayList<>();
    for (Figure f : figs) {
      if (!out.isEmpty() && f.start < out.get(out.size() - 1).end) {
        continue;
      }
      out.add(f);
    }
    return out;
  }

  // ---------------------------------------------------------------- widening a figure

  private static void extendRight(NormalText t, Figure f) {
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

  private static void extendLeft(NormalText t, Figure f) {
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

  private static void qualifierAfter(NormalText t, Figure f) {
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

  private static void setUnit(Figure f, String unit, boolean own) {
    if (unit == null) {
      return;
    }
    String head = unit.toLowerCase(java.util.Locale.ROOT).split(" ")[0];
    NumberLexicon.Currency c = LEX.currencies.get(head);
    if (c != null && f.kind != NumberKind.PERCENT) {
      f.kind = NumberKind.MONEY;
      f.unit = c.unit();
    } else {
      f.unit = unit;
    }
    f.ownUnit = own;
  }

  // ---------------------------------------------------------------- what is not a figure

  /**
   * Numbers joined by a slash. What follows the slash is never a figure of its own: a mark's scale
   * ("6 / 10"), a time-table ("24h/24", "7j/7"). Before "des", "de" a smaller over a larger integer
   * is a fraction ("2/3 des électeurs"); otherwise the first number stays as it is (a mark).
   */
  private static void slashes(NormalText t, List<Figure> figs) {
    for (int i = 0; i < figs.size(); i++) {
      Figure b = figs.get(i);
      if (b.spelled || b.dropped != null) {
        continue;
      }
      if (SLASH_AFTER_UNIT.matcher(t.slice(b.start - 8, b.start)).find()) {
        b.dropped = "denominator";
        continue;
      }
      Figure a = i > 0 ? figs.get(i - 1) : null;
      // "2,1/2,2 millions": decimals either side are two readings of one figure, not a ratio
      if (a == null || a.spelled || a.end > b.start || !SLASH_BETWEEN.matcher(t.slice(a.end, b.start)).find()
          || a.raw != Math.rint(a.raw) || b.raw != Math.rint(b.raw)) {
        continue;
      }
      b.dropped = "denominator";
      if (a.dropped == null && a.kind == NumberKind.COUNT && a.raw < b.raw && a.raw > 0 && OF_AFTER.matcher(t.slice(b.end, b.end + 6)).find()) {
        a.kind = NumberKind.FRACTION;
        a.value = a.raw / b.raw;
        a.end = b.end;
      }
    }
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

  /**
   * "le 49-3", "loi n° 2016-1088": two whole numbers joined by a bare hyphen, the second smaller,
   * name one thing (a range goes up: "10-12 ans"). Small pairs are left to scores ("3-1").
   */
  private static boolean hyphenedIdentifier(NormalText t, Figure f) {
    if (f.raw != Math.rint(f.raw)) {
      return false;
    }
    Matcher next = HYPHEN_NUMBER_AFTER.matcher(t.slice(f.coreEnd, f.coreEnd + 8));
    if (next.find() && f.raw > 20 && Double.parseDouble(next.group(1)) < f.raw) {
      return true;
    }
    Matcher prev = HYPHEN_NUMBER_BEFORE.matcher(t.slice(f.coreStart - 8, f.coreStart));
    return prev.find() && Double.parseDouble(prev.group(1)) > 20 && f.raw < Double.parseDouble(prev.group(1));
  }

  private static void notAFigure(NormalText t, Figure f, List<int[]> blocked, TokenTags tags) {
    if (f.dropped != null) {
      return;
    }
    for (int[] b : blocked) {
      if (f.coreStart < b[1] && f.coreEnd > b[0]) {
        f.dropped = "phone or code";
        return;
      }
    }
    if (f.spelled) {
      return;
    }
    int s = f.coreStart;
    // glued to a word: "COVID-19", "A380", "G7" (but "USD1,23" is money)
    if (s > 0 && f.start == s && (Character.isLetter(t.text.charAt(s - 1))
        || s > 1 && t.text.charAt(s - 1) == '-' && Character.isLetter(t.text.charAt(s - 2)))) {
      f.dropped = "identifier";
      return;
    }
    if (LEX.identifierBefore.matcher(t.slice(s - 20, s)).find()
        || LEX.addressAfter.matcher(t.slice(f.coreEnd, f.coreEnd + 20)).find()) {
      f.dropped = "identifier";
      return;
    }
    if (hyphenedIdentifier(t, f)) {
      f.dropped = "identifier";
      return;
    }
    String after = t.slice(f.coreEnd, f.coreEnd + 40);
    if (MONTH_AFTER.matcher(after).find()) {
      f.dropped = "day";
      return;
    }
    if (TIME_AFTER.matcher(after).find() && f.scale == 1) {
      f.dropped = "time";
      return;
    }
    String digits = t.slice(f.coreStart, f.coreEnd);
    if (digits.length() == 5 && FIVE_DIGITS.matcher(digits).matches() && f.coreEnd + 1 < t.length()
        && t.text.charAt(f.coreEnd) == ' ' && t.upperAt(f.coreEnd + 1)) {
      f.dropped = "postal code";
      return;
    }
    String tag = tags.ner(f.coreStart);
    if (tag != null && !tag.equals("O")) {
      f.dropped = "inside a name";
    }
  }

  // ---------------------------------------------------------------- ranges, lists, borrowed units

  /**
   * "un Français sur deux", "plus d'une entreprise sur cinq": a share, 1/N of what "un" counts,
   * not a count of N. The figure takes in "un", the noun (its unit) and a qualifier before "un".
   */
  private static void oneInN(NormalText t, List<Figure> figs) {
    for (Figure f : figs) {
      if (f.kind != NumberKind.COUNT || f.qualifier != Qualifier.EXACT || f.sign || f.scale != 1 || f.raw < 2
          || f.raw > 100 || f.raw != Math.rint(f.raw)) {
        continue;
      }
      int sur = t.wordBefore(f.coreStart);
      if (sur < 2 || !t.words[sur].equals("sur") || !t.joined(sur, sur + 1)) {
        continue;
      }
      int one = -1;
      for (int w = sur - 1; w >= Math.max(0, sur - 3) && t.isLetters(w) && t.joined(w, w + 1); w--) {
        if (t.words[w].equals("un") || t.words[w].equals("une")) {
          one = w;
          break;
        }
      }
      if (one < 0 || one + 1 >= sur) {
        continue;
      }
      int start = t.wordStart[one];
      Qualifier q = Qualifier.EXACT;
      Matcher before = SHARE_QUALIFIER.matcher(t.slice(start - 12, start));
      if (before.find()) {
        String w = before.group(1);
        q = w.equals("plus") ? Qualifier.AT_LEAST : w.equals("moins") ? Qualifier.AT_MOST : Qualifier.APPROX;
        start -= before.end() - before.start(1);
      }
      for (Figure other : figs) {
        if (other != f && other.start < f.coreStart && other.end > start) {
          other.dropped = "part of a share";
        }
      }
      f.kind = NumberKind.FRACTION;
      f.value = 1 / f.raw;
      f.qualifier = q;
      f.start = start;
      f.end = Math.max(f.end, f.coreEnd);
      f.textEnd = f.end;
      f.unitEnd = f.end;
      f.unit = t.original.substring(t.wordStart[one + 1], t.wordEnd[one + 1]);
      f.ownUnit = true;
    }
  }

  /**
   * "de 200 à 300.000", "entre 3 et 5 000": a small whole number before one written in thousands
   * of about the same size once multiplied by a thousand.
   */
  private static boolean sharesThousands(NormalText t, Figure a, Figure b) {
    return !a.spelled && !b.spelled && a.scale == 1 && b.scale == 1 && a.raw == Math.rint(a.raw) && a.raw >= 1
        && a.raw < 1000 && GROUPED_THOUSANDS.matcher(t.slice(a.coreStart, a.coreEnd) + "|"
        + t.slice(b.coreStart, b.coreEnd)).matches() && a.raw * 1000 < b.raw && a.raw * 10_000 > b.raw;
  }

  private static void rangesAndLists(NormalText t, List<Figure> figs) {
    for (int i = 0; i + 1 < figs.size(); i++) {
      Figure a = figs.get(i);
      Figure b = figs.get(i + 1);
      if (a.dropped != null || b.start < a.end || a.kind == NumberKind.MULTIPLIER || a.kind == NumberKind.FRACTION
          || a.kind == NumberKind.ORDINAL || b.kind == NumberKind.ORDINAL || b.kind == NumberKind.FRACTION) {
        continue;
      }
      String between = t.slice(a.end, b.start);
      String betweenUnit = a.unitEnd > a.end && a.unitEnd <= b.start ? t.slice(a.unitEnd, b.start) : between;
      String before = t.slice(a.start - 40, a.start);
      boolean entre = ENTRE_BEFORE.matcher(before).find()
          && (AND_BETWEEN.matcher(between).find() || AND_BETWEEN.matcher(betweenUnit).find());
      boolean deA = a.qualifier == Qualifier.EXACT && DE_BEFORE.matcher(before).find()
          && (TO_BETWEEN.matcher(between).find() || TO_BETWEEN.matcher(betweenUnit).find())
          && !CHANGE_VERB.matcher(t.slice(a.start - 60, a.start)).find();
      boolean dash = DASH_BETWEEN.matcher(between).find() && a.qualifier == Qualifier.EXACT && !a.yearLike()
          && !a.spelled && !b.spelled;
      boolean bareA = a.qualifier == Qualifier.EXACT && TO_BETWEEN.matcher(between).find() && !a.ownUnit
          && !CHANGE_VERB.matcher(t.slice(a.start - 60, a.start)).find()
          && !DE_BEFORE.matcher(before).find();
      if (dash && !a.spelled && !b.spelled && a.raw == Math.rint(a.raw) && b.raw == Math.rint(b.raw)
          && a.raw <= 20 && b.raw <= 20 && SPORTS.matcher(t.slice(a.start - 120, b.end + 60)).find()) {
        a.kind = NumberKind.OTHER;
        a.qualifier = Qualifier.RANGE;
        a.low = Math.min(a.value, b.value);
        a.high = Math.max(a.value, b.value);
        a.end = b.end;
        b.dropped = "score";
        continue;
      }
      if (entre || deA || dash || bareA) {
        double low = a.value;
        if (!a.wordScale && b.wordScale && a.raw < b.raw) {
          low = a.raw * b.scale;
        } else if (sharesThousands(t, a, b)) {
          low = a.raw * 1000; // "entre 200 et 300.000": the thousands of the second are the first's too
        }
        if (low >= b.value || b.qualifier != Qualifier.EXACT) {
          continue;
        }
        int start = a.start;
        if (entre || deA) {
          Matcher m = (entre ? ENTRE_BEFORE : DE_BEFORE).matcher(before);
          m.find();
          start = a.start - (before.length() - m.start()) + (m.start() < before.length()
              && !Character.isLetter(before.charAt(m.start())) ? 1 : 0);
        }
        a.start = start;
        a.end = b.end;
        a.textEnd = b.textEnd;
        a.low = low;
        a.high = b.value;
        a.value = Double.NaN;
        a.qualifier = Qualifier.RANGE;
        if (a.kind == NumberKind.COUNT) {
          a.kind = b.kind;
        }
        if (b.unit != null) {
          a.unit = b.unit;
          a.ownUnit = b.ownUnit;
        }
        a.unitEnd = b.unitEnd;
        a.per = b.per != null ? b.per : a.per;
        b.dropped = "range";
        i++;
        continue;
      }
      // "de 6 et 10 euros", "20 ou 25 euros": the first figure counts what the second counts
      if (!a.ownUnit && a.unit == null && COORD_BETWEEN.matcher(between).find()
          && (b.unit != null || b.kind == NumberKind.PERCENT)) {
        a.unit = b.unit;
        if (a.kind == NumberKind.COUNT) {
          a.kind = b.kind;
        }
        a.per = a.per != null ? a.per : b.per;
        if (!a.wordScale && b.wordScale && a.raw < b.raw && a.scale == 1) {
          a.applyScale(b.scale, true);
        }
      }
    }
  }

  /**
   * A figure with no noun of its own counts what the figure before it in the sentence counts:
   * "55 voix contre 52", "4 millions de voyageurs : 2,4 millions sur ...", "50 milliards d'euros
   * par an, dont 10 pour la France" (which also takes the scale). After "dont" with no figure
   * before, it counts the noun before "dont".
   */
  private static void borrowUnits(NormalText t, List<Figure> figs, UnitFinder units) {
    for (int i = 0; i < figs.size(); i++) {
      Figure f = figs.get(i);
      if (f.unit != null || f.kind == NumberKind.MULTIPLIER || f.kind == NumberKind.FRACTION
          || f.kind == NumberKind.ORDINAL || f.kind == NumberKind.OTHER) {
        continue;
      }
      int w = t.wordBefore(f.start);
      while (w > 0 && (t.words[w].equals("\"") || t.words[w].equals("«"))) {
        w--;
      }
      boolean dont = w >= 0 && t.words[w].equals("dont");
      Figure prev = null;
      for (int k = i - 1; k >= 0; k--) {
        Figure p = figs.get(k);
        if (f.start - p.end > 300 || crossesSentence(t, p.end, f.start)) {
          break;
        }
        if (p.unit != null && p.kind != NumberKind.ORDINAL && p.kind != NumberKind.MULTIPLIER
            && (p.kind == NumberKind.PERCENT) == (f.kind == NumberKind.PERCENT)) {
          prev = p;
          break;
        }
      }
      if (prev != null) {
        f.unit = prev.unit;
        f.per = f.per != null ? f.per : prev.per;
        if (f.kind == NumberKind.COUNT) {
          f.kind = prev.kind;
        }
        if (dont && prev.wordScale && f.scale == 1 && f.raw < prev.raw) {
          f.applyScale(prev.scale, true);
        }
        f.borrowed = true;
      } else if (dont) {
        f.unit = nounBefore(t, units, t.wordStart[w]);
        f.borrowed = f.unit != null;
      }
    }
  }

  private static boolean crossesSentence(NormalText t, int from, int to) {
    String s = t.slice(from, to);
    return s.contains(". ") || s.contains("\n") || s.contains("! ") || s.contains("? ");
  }

  /** The last noun before {@code at} in the same clause ("les nouvelles rames Océane, dont"). */
  private static String nounBefore(NormalText t, UnitFinder units, int at) {
    int w = t.wordBefore(at);
    for (int k = 0; k < 6 && w >= 0; k++, w--) {
      String word = t.words[w];
      if (word.equals(".") || word.equals(";")) {
        return null;
      }
      if (!t.isLetters(w) || LEX.unitStopwords.contains(word)) {
        continue;
      }
      String tag = units.tag(t.wordStart[w]);
      if (tag.equals("NOUN") || tag.isEmpty() && !t.upperAt(t.wordStart[w])) {
        return t.original.substring(t.wordStart[w], t.wordEnd[w]);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- final checks

  /** "20 ans après" is a duration (the date extractor's); "âgés de 18 ans", "plus de 65 ans" are ages. */
  private static void durationOrAge(NormalText t, Figure f, Figure previousAge, List<DateFact> dates) {
    boolean age = false;
    String u = f.unit == null ? "" : f.unit.toLowerCase(java.util.Locale.ROOT).split(" ")[0];
    if (LEX.timeUnits.contains(u)) {
      String before = t.slice(f.start - 40, f.start);
      String beforeCore = t.slice(f.coreStart - 40, f.coreStart);
      if ((u.equals("ans") || u.equals("an")) && !EVERY_BEFORE.matcher(beforeCore).find()) {
        age = LEX.ageBefore.matcher(beforeCore).find()
            || previousAge != null && f.start - previousAge.end < 80 && !crossesSentence(t, previousAge.end, f.start)
            && !DURATION_BEFORE.matcher(before).find()
            || AND_MORE_AFTER.matcher(t.slice(f.unitEnd, f.unitEnd + 12)).find()
            || before.stripTrailing().endsWith(",") && APPOSITION_AFTER.matcher(t.slice(f.unitEnd, f.unitEnd + 3)).find()
            || before.stripTrailing().endsWith("(");
      }
      if (!age) {
        f.dropped = "duration";
        return;
      }
    }
    for (DateFact d : dates) {
      if (d.start() < f.coreEnd && d.end() > f.coreStart && !age) {
        f.dropped = "inside a date";
        return;
      }
    }
  }

  /** "un" and "une" are articles unless they count; a capitalised number word inside a sentence is a name. */
  private static void articleOrNumber(NormalText t, Figure f) {
    int first = t.wordAt(f.coreStart);
    int last = t.wordBefore(f.coreEnd);
    int prev = first - 1;
    String prevWord = prev >= 0 ? t.words[prev] : "";
    String nextWord = last + 1 < t.words.length ? t.words[last + 1] : "";
    if (t.upperAt(f.coreStart) && !t.sentenceStart(f.coreStart)) {
      f.dropped = "inside a name";
      return;
    }
    if (first != last || !(t.words[first].equals("un") || t.words[first].equals("une")) || f.value != 1) {
      return;
    }
    boolean nextIsNumber = NumberWords.isNumberWord(nextWord)
        || nextWord.equals(",") && last + 2 < t.words.length && NumberWords.isNumberWord(t.words[last + 2]);
    boolean prevIsNumber = NumberWords.isNumberWord(prevWord)
        || prevWord.equals(",") && prev > 0 && NumberWords.isNumberWord(t.words[prev - 1]);
    boolean alone = (prev < 0 || !t.isLetters(prev) && !prevWord.equals("'")) && last + 1 >= t.words.length;
    boolean counts = alone || nextIsNumber || prevIsNumber || f.sign || LIST_CONTEXT.contains(prevWord)
        || nextWord.equals("virgule");
    if (!counts) {
      f.dropped = "article";
    }
  }

  /** Ordinals that name a title ("Premier ministre"); number words with no noun are pronouns ("les deux"). */
  private static void wordsThatAreNotNumbers(NormalText t, Figure f) {
    if (f.dropped != null || !f.spelled || f.collective || f.kind == NumberKind.FRACTION
        || f.kind == NumberKind.MULTIPLIER) {
      return;
    }
    int first = t.wordAt(f.coreStart);
    int last = t.wordBefore(f.coreEnd);
    int prev = first - 1;
    String prevWord = prev >= 0 ? t.words[prev] : "";
    String nextWord = last + 1 < t.words.length ? t.words[last + 1] : "";
    // a number word hyphened to a noun makes a compound noun: "mille-feuille", "deux-roues"
    if (f.coreEnd + 1 < t.length() && t.text.charAt(f.coreEnd) == '-' && Character.isLetter(t.text.charAt(f.coreEnd + 1))
        && !NumberWords.isNumberWord(nextWord) && !nextWord.equals("et")) {
      f.dropped = "compound word";
      return;
    }
    if (f.kind == NumberKind.ORDINAL) {
      boolean afterNoun = t.words[first].startsWith("premi") && t.isLetters(prev)
          && !LEX.unitStopwords.contains(prevWord) && !DETERMINERS.contains(prevWord)
          && !isRunWord(prevWord); // "matière première"
      if (t.upperAt(f.coreStart) && !t.sentenceStart(f.coreStart) || LEX.ordinalTitles.contains(nextWord)
          || t.words[first].startsWith("second") || afterNoun) {
        f.dropped = "title";
      }
      return;
    }
    if (f.unit == null && f.qualifier == Qualifier.EXACT && !f.sign && f.kind == NumberKind.COUNT
        && (PLURAL_DETERMINERS.contains(prevWord) || prevWord.equals("tous") || prevWord.equals("toutes")
            || t.isLetters(prev) && !LEX.unitStopwords.contains(prevWord)
            && !NumberWords.isNumberWord(prevWord) && !prevWord.equals("moins") && !prevWord.equals("plus"))) {
      f.dropped = "pronoun";
    }
  }

  /** Digits with no noun after a determiner or a proper noun name something ("la cité des 4 000", "France 2"). */
  private static void digitsInNames(NormalText t, Figure f) {
    if (f.dropped != null || f.spelled || f.unit != null || f.kind != NumberKind.COUNT
        || f.qualifier != Qualifier.EXACT || f.sign) {
      return;
    }
    if (t.sentenceStart(f.start) && LIST_ITEM_AFTER.matcher(t.slice(f.end, f.end + 2)).find()) {
      f.dropped = "list item number";
      return;
    }
    int prev = t.wordBefore(f.start);
    if (prev < 0) {
      return;
    }
    String w = t.words[prev];
    boolean adjacent = t.text.substring(t.wordEnd[prev], f.start).equals(" ");
    if (adjacent && (DETERMINERS.contains(w) || t.isLetters(prev) && t.upperAt(t.wordStart[prev])
        && !t.sentenceStart(t.wordStart[prev]))) {
      f.dropped = "name";
    }
  }

  // ---------------------------------------------------------------- the date of a figure

  private static String dateOf(AnnotatedText doc, Figure f, List<DateFact> dates) {
    if (dates.isEmpty()) {
      return null;
    }
    Sentence s = doc.sentenceAt(f.start);
    int from = s == null ? Math.max(0, f.start - 200) : s.start();
    int to = s == null ? Math.min(doc.text().length(), f.end + 200) : s.end();
    DateFact best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateFact d : dates) {
      if (d.value() == null || d.start() < from || d.end() > to || d.type() == DateType.DURATION
          || d.type() == DateType.SET) {
        continue;
      }
      int distance = d.start() >= f.end ? d.start() - f.end : Math.max(0, f.start - d.end());
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best == null ? null : best.value();
  }
}
