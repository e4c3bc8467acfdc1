package io.newsfacts.extract.dates;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.DateType;
import io.newsfacts.model.Sentence;
import io.newsfacts.text.Quotations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * French temporal expressions (dates, times, durations, sets) resolved to TIMEX3 values. Finding
 * is done by {@link FrenchTimexGrammar} from the word lists in {@code models/dates/}; resolution
 * reads the article from start to end, anchoring deictic words ("hier", "mercredi dernier") on the
 * publication date and anaphoric ones ("la veille", a bare "mardi", "21 h 45") on the story's last
 * fully specified day, with the tense of the governing verb deciding past or future.
 *
 * <p>Build once and share: the word lists and patterns are read in the constructor; {@link
 * #extract} keeps no state between calls and is safe to call from several threads.
 */
public final class DateExtractor {
  /** How far (in characters of separators) a day may follow a time and still give it its day. */
  private static final int TIME_DAY_GAP = 4;

  private final TimeWords words;
  private final FrenchTimexGrammar grammar;

  public DateExtractor() {
    this.words = new TimeWords();
    this.grammar = new FrenchTimexGrammar(words);
  }

  /**
   * The temporal expressions of {@code doc} in text order; {@code published} (may be null) is the
   * speaker's "today". Without it, the day of the latest post the article embeds ("— Agathe
   * Lambret (@AgatheLambret) 12 septembre 2018") stands for it: a story quoting posts is written
   * when they are fresh. What cannot be resolved keeps X for its unknown parts ("XXXX-WXX-2" for a
   * Tuesday of an unknown week, "XXXX-XX-XX" when nothing is known).
   */
  public List<DateFact> extract(AnnotatedText doc, LocalDate published) {
    String text = doc.text();
    List<Mention> mentions = grammar.find(text);
    Quotations quotes = Quotations.of(text);
    Timeline timeline = new Timeline(published != null ? published : EmbeddedPosts.latestDay(text, mentions));
    String[] values = new String[mentions.size()];
    boolean[] done = new boolean[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      if (done[i]) {
        continue;
      }
      Mention m = mentions.get(i);
      LocalDate nextDay = null;
      if (m.needsDay() && i + 1 < mentions.size() && !done[i + 1] && adjacent(text, m, mentions.get(i + 1))) {
        // "en fin de soirée mardi", "Vers 0 h 40, jeudi": the day that follows is the time's day
        values[i + 1] = resolve(doc, mentions.get(i + 1), timeline, null, quotes);
        done[i + 1] = true;
        nextDay = Timeline.dayOf(values[i + 1]);
      }
      values[i] = resolve(doc, m, timeline, nextDay, quotes);
      done[i] = true;
      if (StoryNow.says(text, mentions, i)) {
        timeline.nowIs(values[i]);
      }
    }
    List<DateFact> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      out.add(new DateFact(text.substring(m.start(), m.end()), m.type(), values[i], m.start(), m.end()));
    }
    return out;
  }

  private String resolve(AnnotatedText doc, Mention m, Timeline timeline, LocalDate nextDay, Quotations quotes) {
    timeline.at(() -> {
      Sentence s = doc.sentenceAt(m.start());
      return Tense.around(s, m.start(), m.end(), words);
    }, nextDay, quotes.inQuote(m.start()));
    String value = m.meaning().resolve(timeline);
    timeline.told(value);
    // unknown parts stay X (CONTRACT.md): a date nothing anchors is still a date
    return value != null ? value : m.type() == DateType.TIME ? "XXXX-XX-XXTXX:XX" : "XXXX-XX-XX";
  }

  private static boolean adjacent(String text, Mention time, Mention next) {
    if (next.start() - time.end() > TIME_DAY_GAP) {
      return false;
    }
    for (int k = time.end(); k < next.start(); k++) {
      char c = text.charAt(k);
      if (!Character.isSpaceChar(c) && c != ',') {
        return false;
      }
    }
    return true;
  }
}
