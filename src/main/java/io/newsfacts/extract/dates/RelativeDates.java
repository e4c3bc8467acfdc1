package io.newsfacts.extract.dates;

import static io.newsfacts.extract.dates.Matched.end;
import static io.newsfacts.extract.dates.Matched.precededBy;
import static io.newsfacts.extract.dates.Matched.start;
import static io.newsfacts.extract.dates.Matched.textAfter;
import static io.newsfacts.extract.dates.Mention.Meaning.constant;

import io.newsfacts.extract.dates.Mention.Meaning;
import io.newsfacts.model.DateType;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers of dates told relative to another: to the publication ("hier", "l'an dernier", "il y a
 * trois jours", "la nouvelle année") or to the story's own day ("la veille", "deux jours plus
 * tard").
 */
final class RelativeDates {
  private static final Pattern OF_SOMETHING = Pattern.compile("[\\s\\u00a0]+(?:d['’]|(?:de|du|des)(?!\\p{L}))");
  private static final Pattern RELATIVE_TO_SOMETHING = Pattern.compile(
      "[\\s\\u00a0]+(?:l['’]|qu['’]|d['’]|(?:le|la|les|son|sa|ses|leur|leurs|mon|ma|mes|ton|ta|tes|notre|nos|votre|vos|que|de|du|des|un|une|cette|ce|cet"
          + "|avoir|être)(?!\\p{L}))");
  private final TimeWords words;

  RelativeDates(TimeWords words) {
    this.words = words;
  }

  Mention relativeDay(Matcher m, String text) {
    String rule = words.relativeDays.get(TimeWords.key(m.group("rd")));
    boolean story = rule.startsWith("~");
    int offset = Integer.parseInt(rule.replace("~", "").replace("+", ""));
    String tail = textAfter(text, m.end("t"), 6);
    if (story && m.group("mo") == null && OF_SOMETHING.matcher(tail).lookingAt()) {
      return null; // "le lendemain d'une élection": relative to an event, not a day
    }
    if (!story && offset > 0 && precededBy(text, m.start("t"), "de", "d'")
        && !precededBy(text, m.start("t") - 3, "partir")) {
      return null; // "les talents de demain": the future in general
    }
    String pod = words.podCode(m.group("pod"));
    boolean today = offset == 0 && !story;
    Integer dd = m.group("d") != null ? words.dayNumber(m.group("d")) : null;
    Integer mo = m.group("mo") != null ? words.months.get(TimeWords.key(m.group("mo"))) : null;
    String y = m.group("y");
    boolean namedDay = m.group("wd") != null;
    String clock = Clock.clockAfter(m);
    Meaning meaning = t -> {
      if (today && pod == null && t.quoted() && !namedDay) {
        return "PRESENT_REF";
      }
      LocalDate base;
      if (dd != null && mo != null) {
        Integer year = y != null ? Integer.valueOf(y) : t.yearOfDay(mo, dd, null, 0);
        base = year == null ? null : Timeline.safeDate(year, mo, dd);
      } else {
        base = story ? t.storyDayOrPartial() : t.today();
      }
      return Timeline.withClock(Timeline.withPod(base == null ? null : base.plusDays(offset), pod), clock);
    };
    return new Mention(start(m), end(m), pod == null && clock == null ? DateType.DATE : DateType.TIME, meaning);
  }

  Mention relativeUnit(Matcher m, String text) {
    String det = m.group("det") == null ? "" : TimeWords.key(m.group("det"));
    String mod = m.group("mod") == null ? "" : TimeWords.key(m.group("mod"));
    boolean edge = m.group("edge") != null;
    boolean demonstrative = det.startsWith("ce") || m.group("ci") != null;
    if (mod.isEmpty() && !demonstrative && !(edge && (det.isEmpty() || det.equals("l'") || det.equals("la")))) {
      return null; // "la semaine", "l'année" alone are not dates
    }
    if (det.isEmpty() && !edge) {
      return null;
    }
    String u = words.units.get(TimeWords.key(m.group("u")));
    String rule = mod.isEmpty() ? "0" : words.modifiers.get(mod);
    if (rule == null) {
      return null;
    }
    boolean story = rule.startsWith("~");
    int dir = Integer.parseInt(rule.replace("~", "").replace("+", ""));
    Meaning meaning = t -> {
      LocalDate base = story ? t.storyDay() : t.published();
      LocalDate partialNow = story ? t.storyDayOrPartial() : t.today();
      if (base == null && u.equals("M") && partialNow != null) {
        // a day of unknown year ("ce 23 juillet" with no publication date) still gives its month
        return Timeline.month(null, partialNow.plusMonths(dir).getMonthValue());
      }
      if (base == null && u.equals("M") && dir == 0 && !story && t.toldPoint('M') != null) {
        // "ce mois-ci" in a story that dates nothing as today: the month it is telling ("le 6
        // juillet ... ce mois-ci"), its year withheld
        return Timeline.month(null, t.toldPoint('M').getMonthValue());
      }
      if (base == null) {
        return switch (u) {
          case "W" -> "XXXX-WXX";
          case "M" -> "XXXX-XX";
          default -> "XXXX";
        };
      }
      return switch (u) {
        case "W" -> Timeline.week(base.plusWeeks(dir));
        case "M" -> Timeline.month(base.plusMonths(dir).getYear(), base.plusMonths(dir).getMonthValue());
        case "Y" -> Timeline.year(base.getYear() + dir);
        case "Q" -> {
          LocalDate q = base.plusMonths(3L * dir);
          yield q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1);
        }
        case "HALF" -> {
          LocalDate h = base.plusMonths(6L * dir);
          yield h.getYear() + "-H" + ((h.getMonthValue() - 1) / 6 + 1);
        }
        case "DE" -> String.valueOf((base.getYear() + 10 * dir) / 10);
        case "CE" -> String.valueOf((base.getYear() + 100 * dir) / 100);
        default -> { // week-end
          LocalDate w = base.plusWeeks(dir);
          if (dir == 0 && t.tense() == Tense.PAST && w.getDayOfWeek().getValue() < 6) {
            w = w.minusWeeks(1);
          }
          yield Timeline.week(w) + "-WE";
        }
      };
    };
    return new Mention(start(m), end(m), DateType.DATE, meaning);
  }

  Mention agoOrIn(Matcher m, String text) {
    Double n = words.number(m.group("n"));
    String u = words.units.get(TimeWords.key(m.group("u")));
    if (n == null) {
      // "il y a quelques mois": only the vague duration is a date expression
      return new Mention(m.start("n"), m.end("u"), DateType.DURATION, constant(Timeline.duration(null, u, false)));
    }
    boolean past = !TimeWords.key(m.group("prep")).equals("dans");
    boolean dayPrecise = m.group("jpj") != null;
    long amount = Math.round(n);
    return new Mention(start(m), end(m), DateType.DATE, t -> {
      LocalDate told = t.toldPoint('D');
      if (t.published() == null && dayPrecise && past && told != null && !Timeline.unknownYear(told.getYear())) {
        // "le 6 février 1998, il y a 20 ans jour pour jour": an anniversary says the writer's today
        t.nowIs(shifted(told, u, amount, true));
        return Timeline.day(told);
      }
      return shifted(t.published(), u, past ? -amount : amount, dayPrecise);
    });
  }

  Mention later(Matcher m, String text) {
    Double n = words.number(m.group("n"));
    String u = words.units.get(TimeWords.key(m.group("u")));
    String dir = TimeWords.key(m.group("dir"));
    String tail = textAfter(text, m.end("t"), 6);
    if (n == null || RELATIVE_TO_SOMETHING.matcher(tail).lookingAt()) {
      return null; // "trois ans après l'élection": relative to an event, read as a duration
    }
    long amount = Math.round(n) * (dir.contains("tard") || dir.equals("après") ? 1 : -1);
    String asDuration = Timeline.duration(Math.abs((double) amount), u, false);
    if (u.equals("H") || u.equals("MIN") || u.equals("S")) {
      // "une heure plus tard": the duration is the expression, "plus tard" only relates it
      return new Mention(start(m), m.end("u"), DateType.DURATION, constant(asDuration));
    }
    char precision = switch (u) {
      case "Y", "DE", "CE" -> 'Y';
      case "M", "Q", "HALF" -> 'M';
      default -> 'D';
    };
    // counted from the last point the story told, as precise as the unit: "mai 68 ... treize ans
    // plus tard" is 1981; else from the story's today; with neither, only the amount is known
    return new Mention(start(m), end(m), DateType.DATE, t -> {
      LocalDate from = t.toldPoint(precision);
      if (from == null) {
        from = t.storyDay(); // nothing told yet: the story's today
      }
      if (from == null || precision == 'Y' && Timeline.unknownYear(from.getYear())) {
        return asDuration; // "20 ans après" in a title: only the amount is known
      }
      return shifted(from, u, amount, false);
    });
  }

  private static String shifted(LocalDate base, String unit, long amount, boolean dayPrecise) {
    if (base == null) {
      return null;
    }
    return switch (unit) {
      case "D", "H", "MIN", "S" -> Timeline.day(base.plusDays("D".equals(unit) ? amount : 0));
      case "W" -> Timeline.day(base.plusWeeks(amount));
      case "2W" -> Timeline.day(base.plusWeeks(2 * amount));
      case "M" -> dayPrecise ? Timeline.day(base.plusMonths(amount))
          : Timeline.month(base.plusMonths(amount).getYear(), base.plusMonths(amount).getMonthValue());
      case "Y" -> dayPrecise ? Timeline.day(base.plusYears(amount)) : Timeline.year(base.getYear() + (int) amount);
      case "DE" -> Timeline.year(base.getYear() + 10 * (int) amount);
      case "CE" -> Timeline.year(base.getYear() + 100 * (int) amount);
      default -> null;
    };
  }

  /** "la nouvelle année": the year after the publication's December, else its own year. */
  Mention newYear(Matcher m, String text) {
    return new Mention(start(m), end(m), DateType.DATE, t -> t.published() == null ? null
        : Timeline.year(t.published().getYear() + (t.published().getMonthValue() == 12 ? 1 : 0)));
  }

  /** "désormais", "auparavant": the value its list gives (PRESENT_REF, PAST_REF). */
  Mention presentWord(Matcher m, String text) {
    String value = words.presentWords.get(TimeWords.key(m.group("t")));
    return new Mention(start(m), end(m), DateType.DATE, constant(value));
  }
}
