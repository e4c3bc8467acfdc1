package io.newsfacts.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Fact;
import io.newsfacts.model.FactExtractor;
import io.newsfacts.model.FactKind;
import io.newsfacts.model.NumberFact;
import io.newsfacts.model.Quote;
import io.newsfacts.model.QuoteKind;
import io.newsfacts.model.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The peer the README compares us with: Stanford CoreNLP's own French pipeline and nothing else,
 * its output read as contract facts. Entities are the raw CRF runs, numbers the NUM tokens, quotes
 * the {@code quote} annotator's; no dates (SUTime is English-only) and no speakers (quote
 * attribution is English-only). Loads two pipelines (~1 GB); {@link #annotate} and the
 * extractors are thread-safe. {@code io.newsfacts.Pipeline#baseline} runs it as the standard kinds.
 */
public final class PlainCoreNlp {
  /** CoreNLP's own French defaults, shipped in its French models jar. */
  private static final String FRENCH_DEFAULTS = "StanfordCoreNLP-french.properties";
  /** The quotation marks the quote annotator knows (`` and '' are two of them). */
  private static final String MARKS = "«»“”„\"'‘’‹›`´";

  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP quotes;

  public PlainCoreNlp() {
    this.tagger = new StanfordCoreNLP(taggerProperties());
    this.quotes = new StanfordCoreNLP(quoteProperties());
  }

  /**
   * CoreNLP's French defaults with the annotators the facts need (tokenize, ssplit, mwt, pos, ner:
   * the default list less depparse, which no fact reads).
   */
  static Properties taggerProperties() {
    Properties p = frenchDefaults();
    p.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner");
    return p;
  }

  /**
   * A second pipeline for quotes, without mwt: CoreNLP's quote annotator crashes on the French
   * multi-word tokens. Attribution is off because it only knows English.
   */
  static Properties quoteProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,quote");
    p.setProperty("tokenize.language", "fr");
    p.setProperty("quote.attributeQuotes", "false");
    return p;
  }

  private static Properties frenchDefaults() {
    Properties p = new Properties();
    try (InputStream in = PlainCoreNlp.class.getClassLoader().getResourceAsStream(FRENCH_DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException(FRENCH_DEFAULTS + " not on the class path: the CoreNLP French models jar is missing");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The annotation the baseline's facts are read from: CoreNLP's French defaults. */
  public AnnotatedText annotate(String text) {
    Annotation doc = new Annotation(text);
    tagger.annotate(doc);
    List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>();
    if (maps != null) {
      for (CoreMap map : maps) {
        sentences.add(FrenchAnnotator.toSentence(text, map));
      }
    }
    return new AnnotatedText(text, sentences);
  }

  /**
   * What plain CoreNLP finds of {@code kind} in an article {@link #annotate}d: the raw CRF runs as
   * entities, the NUM tokens as numbers, the quote annotator's quotes; nothing of any other kind
   * (dates: SUTime is English-only).
   */
  @SuppressWarnings("unchecked") // each branch gives facts of the record it tests for
  public <T extends Fact> FactExtractor<T> extractor(FactKind<T> kind) {
    Class<T> type = kind.factType();
    FactExtractor<?> found;
    if (type == Entity.class) {
      FactExtractor<Entity> runs = context -> RawFacts.entities(context.text());
      found = runs;
    } else if (type == NumberFact.class) {
      FactExtractor<NumberFact> tokens = context -> RawFacts.numbers(context.text());
      found = tokens;
    } else if (type == Quote.class) {
      FactExtractor<Quote> quotes = context -> quotes(context.text().text());
      found = quotes;
    } else {
      found = context -> List.of();
    }
    return (FactExtractor<T>) found;
  }

  /** The quote annotator's top-level quotes, their words without the marks, no speaker. */
  private List<Quote> quotes(String text) {
    Annotation doc = new Annotation(text);
    quotes.annotate(doc);
    List<CoreMap> found = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    List<Quote> out = new ArrayList<>();
    if (found == null) {
      return out;
    }
    for (CoreMap q : found) {
      int start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      start = skipMark(text, start, end, 1);
      end = skipMark(text, end, start, -1);
      if (start < end) {
        out.add(new Quote(text.substring(start, end), QuoteKind.DIRECT, null, null, start, end));
      }
    }
    return out;
  }

  /**
   * From {@code at} stepping {@code step} (1 forward, -1 backward, reading text.charAt(at - 1)),
   * past spaces, one quotation mark (two for `` and ''), and the spaces French puts inside «».
   */
  static int skipMark(String text, int at, int limit, int step) {
    int i = at;
    int marks = 0;
    char first = 0;
    while (i != limit) {
      char c = text.charAt(step > 0 ? i : i - 1);
      boolean mark = MARKS.indexOf(c) >= 0;
      if (mark && (marks == 0 || marks == 1 && c == first && (c == '`' || c == '\''))) {
        first = c;
        marks++;
      } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        break;
      }
      i += step;
    }
    return i;
  }
}
