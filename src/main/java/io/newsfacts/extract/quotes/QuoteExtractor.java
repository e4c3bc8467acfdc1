package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.Quote;
import io.newsfacts.model.QuoteKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words in « », “ ” or " " that someone said: at least a clause (short terms in quotation marks are
 * not quotes), attributed to the person named by the reporting clause right after the quote.
 */
public final class QuoteExtractor {
  private static final Pattern QUOTED =
      Pattern.compile("«\\s*([^«»]+?)\\s*»|“([^“”]+?)”|\"([^\"\\n]+?)\"");
  private static final int MIN_WORDS = 5;
  private final Set<String> verbs;

  public QuoteExtractor() {
    this(new HashSet<>(Lexicon.lines("quotes/reporting-verbs.txt")));
  }

  QuoteExtractor(Set<String> verbs) {
    this.verbs = verbs;
  }

  public List<Quote> extract(AnnotatedText doc, List<Entity> entities) {
    String text = doc.text();
    List<Quote> out = new ArrayList<>();
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
      String words = m.group(g);
      if (words.split("\\s+").length < MIN_WORDS) {
        continue;
      }
      Entity speaker = speakerAfter(text, m.end(), entities);
      out.add(new Quote(words, QuoteKind.DIRECT, speaker == null ? null : speaker.canonical(),
          null, m.start(g), m.end(g)));
    }
    return out;
  }

  /** The first person named in the reporting clause after the quote, if it has a reporting verb. */
  private Entity speakerAfter(String text, int from, List<Entity> entities) {
    int stop = from;
    while (stop < text.length() && ".\n".indexOf(text.charAt(stop)) < 0) {
      stop++;
    }
    String clause = text.substring(from, stop).toLowerCase(Locale.ROOT);
    boolean reported = false;
    for (String w : clause.split("[^\\p{L}-]+")) {
      if (verbs.contains(w)) {
        reported = true;
        break;
      }
    }
    if (!reported) {
      return null;
    }
    for (Entity e : entities) {
      if (e.start() >= from && e.end() <= stop && e.type() == EntityType.PERSON) {
        return e;
      }
    }
    return null;
  }
}
