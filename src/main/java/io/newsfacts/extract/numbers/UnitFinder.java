package io.newsfacts.extract.numbers;

import io.newsfacts.lexicon.FrenchCalendar;
import io.newsfacts.model.NumberKind;
import io.newsfacts.text.NormalText;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a figure counts: the head noun after it ("14 137 pages", "55,4% des voix",
 * "5 milliards de dollars", "14 137 : Nombre de pages uniques vues"), with the adjectives that
 * follow it when the tagger says so, and the period of a rate ("par jour", "quotidiennes").
 * Part-of-speech tags are used when the text has them; without them a stop-list decides.
 */
final class UnitFinder {
  /**
   * What follows a figure: the noun phrase counted and its head noun. {@code end} is where the unit
   * phrase ends (the figure's end if none).
   */
  record Unit(String unit, String head, int end, String per, boolean adjacent) {}

  private static final Pattern NUMBER_OF =
      Pattern.compile("^\\s*(?::\\s*)?(?:(?:le|est le)\\s+)?nombre\\s+(?:total\\s+)?(?:de|d')\\s*");
  private static final Pattern PARTITIVE = Pattern.compile("^\\s*(?:(?:de la|des|du|de)\\s+|de l'|d')");
  private static final Pattern SPACE = Pattern.compile("^\\s+");
  /** A noun complement without determiner after the head: "demandes d'asile", "titres de séjour". */
  private static final Pattern COMPLEMENT = Pattern.compile("^\\s+(?:de\\s+|d')(?=\\p{L})");
  /** Endings of a past participle after the noun: "pages vues", "emplois créés". */
  private static final Pattern PARTICIPLE = Pattern.compile("(?:é|u|i)e?s?$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WORD =
      Pattern.compile("^[\\p{L}][\\p{L}\\p{M}\\d]*(?:['-][\\p{L}\\p{M}\\d]+)*");
  private static final Set<String> NOT_NOUN_TAGS =
      Set.of("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM", "ADV", "SYM", "X");
  private static final Set<String> MONTHS = Set.copyOf(FrenchCalendar.monthNames());
  /** A rate period starting at the position (group 1): "par jour", "/mois", "quotidiennes". */
  private static final Pattern PERIOD = Pattern.compile(
      "^(" + NumberLexicon.alternation(NumberLexicon.INSTANCE.periods.keySet()) + ")(?![\\p{L}])");

  private final NormalText t;
  private final TokenTags tags;
  private final NumberLexicon lex = NumberLexicon.INSTANCE;

  UnitFinder(NormalText t, TokenTags tags) {
    this.t = t;
    this.tags = tags;
  }

  /**
   * Gives {@code f} the unit after it and the period of its rate; a figure that already has its
   * unit (money, a glued measure) or is a multiplier only gets the period.
   */
  Figure attach(Figure f) {
    Figure.Draft d = f.edit();
    if (d.unit == null && d.kind != NumberKind.MULTIPLIER) {
      Unit u = after(d.end, d.kind == NumberKind.PERCENT || d.kind == NumberKind.FRACTION);
      setUnit(d, u);
      d.unitEnd = u.end();
      d.textEnd = u.adjacent() ? u.end() : d.end;
      d.per = u.per();
    } else {
      d.unitEnd = d.end;
      d.per = periodAfter(d.end);
    }
    return d.done();
  }

  /** A currency word as the unit makes the figure money ("20 dollars"), unless it is a percent. */
  private void setUnit(Figure.Draft d, Unit u) {
    String unit = u.unit();
    if (unit == null) {
      return;
    }
    String head = unit.toLowerCase(Locale.ROOT).split(" ")[0];
    NumberLexicon.Currency c = lex.currencies.get(head);
    if (c != null && d.kind != NumberKind.PERCENT && c.writtenAs(unit.split(" ")[0])) {
      d.kind = NumberKind.MONEY;
      d.unit = c.unit();
    } else {
      d.unit = unit;
      d.unitHead = u.head();
    }
    d.ownUnit = true;
  }

  /** The tag of the word starting at {@code at}, or "" when untagged. */
  String tag(int at) {
    return tags.pos(at);
  }

  /**
   * The unit and period after a figure ending at {@code from}. With {@code partitiveOnly} (percents,
   * fractions) the noun must come after "de"/"des": "12 % des actifs", "la moitié des électeurs".
   */
  Unit after(int from, boolean partitiveOnly) {
    int p = from;
    String rest = t.slice(p, p + 80);
    Matcher m = NUMBER_OF.matcher(rest);
    boolean partitive = false;
    boolean numberOf = m.find();
    if (numberOf) {
      p += m.end();
      partitive = true;
    } else {
      Matcher d = PARTITIVE.matcher(rest);
      if (d.find()) {
        p += d.end();
        partitive = true;
      } else {
        Matcher sp = SPACE.matcher(rest);
        if (sp.find()) {
          p += sp.end();
        }
      }
    }
    String unit = null;
    String head = null;
    int end = from;
    if (partitiveOnly && !partitive) {
      return new Unit(null, null, end, periodAfter(end), true);
    }
    for (int skipped = 0; skipped <= 2; skipped++) {
      Matcher w = WORD.matcher(t.slice(p, p + 60));
      if (!w.find()) {
        break;
      }
      String word = w.group();
      if (lex.prenominal.contains(word) && skipped < 2) {
        int q = p + w.end();
        Matcher sp = SPACE.matcher(t.slice(q, q + 5));
        if (sp.find() && WORD.matcher(t.slice(q + sp.end(), q + sp.end() + 40)).find()) {
          String after = nextWord(q + sp.end());
          if (after != null && !lex.unitStopwords.contains(after)) {
            p = q + sp.end();
            continue;
          }
        }
      }
      if (isUnitWord(word, p, partitive)) {
        unit = t.original.substring(p, p + w.end());
        head = unit;
        end = p + w.end();
        // adjectives and participles the tagger marks right after the noun: "pages uniques vues"
        for (int k = 0; k < 2; k++) {
          Matcher sp = SPACE.matcher(t.slice(end, end + 3));
          if (!sp.find()) {
            break;
          }
          int q = end + sp.end();
          Matcher a = WORD.matcher(t.slice(q, q + 40));
          if (a.find() && isAdjective(a.group(), q) && agrees(head, a.group()) && !lex.unitStopwords.contains(a.group())
              && !lex.periods.containsKey(a.group()) && !lex.timeUnits.contains(a.group())) {
            end = q + a.end();
            unit = t.original.substring(p, end);
          } else {
            break;
          }
        }
        end = complement(end);
        unit = t.original.substring(p, end);
      }
      break;
    }
    return new Unit(unit, head, end, periodAfter(end), !numberOf);
  }

  /** Whether an adjective can go with the noun: a plural noun takes a plural ("personnes représentatif" does not). */
  private static boolean agrees(String noun, String adjective) {
    return !plural(noun) || plural(adjective);
  }

  private static boolean plural(String word) {
    return word.endsWith("s") || word.endsWith("x");
  }

  /** An adjective, or a past participle the tagger calls a verb ("vues", "créés"). */
  private boolean isAdjective(String word, int at) {
    String tag = tag(at);
    return tag.equals("ADJ") || tag.equals("VERB") && PARTICIPLE.matcher(word).find();
  }

  /**
   * The end of the noun complement after a unit ending at {@code end}: "de"/"d'" and a common noun
   * with no determiner ("demandes d'asile", "places d'hébergement"); {@code end} when there is none.
   */
  private int complement(int end) {
    Matcher c = COMPLEMENT.matcher(t.slice(end, end + 8));
    if (!c.find()) {
      return end;
    }
    int q = end + c.end();
    Matcher w = WORD.matcher(t.slice(q, q + 40));
    if (!w.find() || t.upperAt(q)) {
      return end;
    }
    String word = w.group();
    String tag = tag(q);
    if (lex.unitStopwords.contains(word) || MONTHS.contains(word) || NumberWords.isNumberWord(word)
        || NumberWords.cardinalOfOrdinal(word) != null || lex.periods.containsKey(word)
        || lex.timeUnits.contains(word) || lex.wordScales.containsKey(word) || lex.currencies.containsKey(word)
        || !(tag.equals("NOUN") || tag.isEmpty())) {
      return end;
    }
    return q + w.end();
  }

  private String nextWord(int at) {
    Matcher w = WORD.matcher(t.slice(at, at + 40));
    return w.find() ? w.group() : null;
  }

  private boolean isUnitWord(String word, int at, boolean partitive) {
    if (lex.unitStopwords.contains(word) || MONTHS.contains(word) || NumberWords.isNumberWord(word)
        || NumberWords.cardinalOfOrdinal(word) != null) {
      return false;
    }
    String tag = tag(at);
    if (NOT_NOUN_TAGS.contains(tag)) {
      // a tagger may call a nominalised participle a verb ("élus", "inscrits"); trust it after "des"
      return partitive && tag.equals("VERB") && !word.endsWith("ant");
    }
    if (tag.equals("ADJ") && !partitive && !lex.currencies.containsKey(word) && !lex.timeUnits.contains(word)) {
      return false;
    }
    return true;
  }

  /** The period of a rate within the next few words of the same clause, or null. */
  String periodAfter(int from) {
    int p = from;
    for (int words = 0; words < 4; words++) {
      String rest = t.slice(p, p + 40);
      Matcher sp = SPACE.matcher(rest);
      int q = p + (sp.find() ? sp.end() : 0);
      Matcher per = PERIOD.matcher(t.slice(q, q + 30));
      if (per.find()) {
        return lex.periods.get(SPACES.matcher(per.group(1)).replaceAll(" "));
      }
      Matcher w = WORD.matcher(t.slice(q, q + 40));
      if (!w.find()) {
        return null;
      }
      p = q + w.end();
    }
    return null;
  }
}
