package io.newsfacts.extract.dates;

import static io.newsfacts.extract.dates.Matched.end;
import static io.newsfacts.extract.dates.Matched.nextWord;
import static io.newsfacts.extract.dates.Matched.precededBy;
import static io.newsfacts.extract.dates.Matched.start;
import static io.newsfacts.extract.dates.Matched.startsWithDigit;
import static io.newsfacts.extract.dates.Matched.textBefore;
import static io.newsfacts.extract.dates.Mention.Meaning.constant;

import io.newsfacts.extract.dates.Mention.Meaning;
import io.newsfacts.model.DateType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers of weekdays: "mardi", "mercredi dernier", "ce dimanche", "mardi soir", "lundi en huit",
 * and the sets "tous les jeudis", "le lundi". A bare weekday is placed by the tense of its verb
 * around the story's day.
 */
final class Weekdays {
  /** A weekday then "à", "au" or "et": the next weekday is later in the same stretch of days. */
  private final Pattern dayThen;
  private final TimeWords words;

  Weekdays(TimeWords words) {
    this.words = words;
    dayThen = Pattern.compile(TimeWords.alternatives(words.weekdays.keySet())
        + "[\\s\\u00a0]+(?:à|au|et|jusqu['’]à)[\\s\\u00a0]+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  Mention weekday(Matcher m, String text) {
    int dow = words.weekdays.get(TimeWords.key(m.group("wd")));
    String det = m.group("det") == null ? "" : TimeWords.key(m.group("det"));
    String mod = m.group("mod") == null ? "" : TimeWords.key(m.group("mod"));
    String pod = words.podCode(m.group("pod"));
    boolean plural = m.group("pl") != null;
    if (det.isEmpty() && inTitle(text, m.start("wd"))) {
      return null;
    }
    if (det.equals("chaque") || det.equals("tous les") || plural
        || det.equals("le") && mod.isEmpty() && !startsWithDigit(nextWord(text, m.end("t")))) {
      if (det.equals("le") && pod == null && precededBy(text, m.start("t"), "depuis", "dès", "jusqu'à", "avant", "après")) {
        return null;
      }
      String value = "XXXX-WXX-" + dow + (pod == null ? "" : "T" + pod);
      return new Mention(start(m), end(m), DateType.SET, constant(value));
    }
    boolean sequel = det.isEmpty() && mod.isEmpty() && dayThen.matcher(textBefore(text, m.start("t"), 16)).find();
    String clock = Clock.clockAfter(m);
    Meaning meaning = t -> {
      LocalDate d = sequel && t.storyDay() != null ? t.storyDay().with(TemporalAdjusters.next(DayOfWeek.of(dow)))
          : resolveWeekday(t, dow, det, mod);
      if (d == null) { // no anchor: the weekday is known, its week is not
        return "XXXX-WXX-" + dow + (clock != null ? clock : pod == null ? "" : "T" + pod);
      }
      return Timeline.withClock(Timeline.withPod(d, pod), clock);
    };
    return new Mention(start(m), end(m), pod == null && clock == null ? DateType.DATE : DateType.TIME, meaning);
  }

  /**
   * "le Journal du Dimanche": a weekday after "du" and a capitalised word in mid-sentence is part
   * of a title, not a day.
   */
  private static boolean inTitle(String text, int at) {
    if (!precededBy(text, at, "du")) {
      return false;
    }
    int du = text.lastIndexOf("du", at);
    int j = du;
    while (j > 0 && Character.isSpaceChar(text.charAt(j - 1))) {
      j--;
    }
    int i = j;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return i < j && Character.isUpperCase(text.charAt(i)) && !Matched.isSentenceStart(text, i);
  }

  /** The day a weekday named alone ("samedi") stands for, or null when nothing anchors it. */
  LocalDate bare(Timeline t, int dow) {
    return resolveWeekday(t, dow, "", "");
  }

  private LocalDate resolveWeekday(Timeline t, int dow, String det, String mod) {
    // without a publication date, a today of unknown year written with its weekday ("ce jeudi 30 mars")
    LocalDate pub = t.todayForWeekday();
    if (mod.startsWith("en ")) {
      if (pub == null) {
        return null;
      }
      int days = mod.endsWith("huit") || mod.endsWith("8") ? 7 : 14;
      return pub.plusDays(days).with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dow)));
    }
    if (mod.contains("semaine")) {
      if (pub == null) {
        return null;
      }
      int weeks = mod.contains("cette") ? 0 : words.move(mod.substring(mod.indexOf("semaine ") + 8));
      return pub.with(DayOfWeek.MONDAY).plusWeeks(weeks).plusDays(dow - 1L);
    }
    String rule = words.modifiers.get(mod);
    if (rule != null) {
      boolean story = rule.startsWith("~");
      LocalDate base = story ? (t.storyDay() != null ? t.storyDay() : t.weekdayAnchor()) : pub;
      if (base == null) {
        return null;
      }
      int dir = Integer.parseInt(rule.replace("~", "").replace("+", ""));
      return dir < 0 ? base.with(TemporalAdjusters.previous(DayOfWeek.of(dow)))
          : base.with(TemporalAdjusters.next(DayOfWeek.of(dow)));
    }
    boolean demonstrative = det.startsWith("ce");
    LocalDate anchor = demonstrative && !det.contains("même") ? pub : t.weekdayAnchor();
    if (anchor == null) {
      return null;
    }
    // a story day on the far side of publication cannot anchor a weekday told in the other tense:
    // "rouvriront le 1er juillet, a annoncé mercredi l'ARS" is the Wednesday before publication
    if (pub != null && Math.abs(pub.getYear() - anchor.getYear()) <= 1 // not two days of unknown years
        && ((t.tense() == Tense.PAST && anchor.isAfter(pub))
        || (t.tense() == Tense.FUTURE && anchor.isBefore(pub)))) {
      anchor = pub;
    }
    if (anchor.getDayOfWeek().getValue() == dow) {
      // the day itself: a week earlier or later would be "mardi dernier", "mardi prochain"
      return anchor;
    }
    java.time.DayOfWeek d = DayOfWeek.of(dow);
    if (demonstrative && anchor.equals(pub) && t.tense() != Tense.PAST && t.tense() != Tense.FUTURE) {
      // "ce lundi" with no tense to point the way is a day of the publication's own days: "ce mardi"
      // read on a Wednesday is the day before (an article updated the next day), "ce jeudi" the day
      // after; three days back or more is too far to be sure, and the next one stays the reading
      LocalDate before = anchor.with(TemporalAdjusters.previous(d));
      return ChronoUnit.DAYS.between(before, anchor) <= 2 ? before : anchor.with(TemporalAdjusters.next(d));
    }
    if (pub == null) {
      // the anchor is a day the story told, not the writer's today: the tense says where the
      // weekday is from today, not from that day ("tiré samedi 18 mars, annoncé dimanche" is the
      // 19th), so the nearest one is taken
      LocalDate before = anchor.with(TemporalAdjusters.previous(d));
      LocalDate after = anchor.with(TemporalAdjusters.next(d));
      return ChronoUnit.DAYS.between(before, anchor) < ChronoUnit.DAYS.between(anchor, after) ? before : after;
    }
    return t.tense() == Tense.PAST ? anchor.with(TemporalAdjusters.previous(d)) : anchor.with(TemporalAdjusters.next(d));
  }
}
