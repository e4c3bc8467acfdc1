package io.newsfacts.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits and tags French text with one CoreNLP pipeline. Building it loads ~400 MB of models and
 * takes seconds: build one and pass it around. {@link #annotate} is safe to call from several
 * threads at once (CoreNLP's annotators are thread-safe once loaded).
 */
public final class FrenchAnnotator {
  private final StanfordCoreNLP pipeline;
  private final NlpSettings settings;

  public FrenchAnnotator(NlpSettings settings) {
    this.settings = settings;
    this.pipeline = new StanfordCoreNLP(settings.toProperties());
  }

  private FrenchAnnotator(NlpSettings settings, java.util.Properties properties) {
    this.settings = settings;
    this.pipeline = new StanfordCoreNLP(properties);
  }

  /**
   * Plain CoreNLP as its French models ship it (StanfordCoreNLP-french.properties, annotators
   * tokenize, ssplit, mwt, pos, ner, nothing of ours): the peer in throughput benchmarks.
   */
  public static FrenchAnnotator plainCoreNlp() {
    return new FrenchAnnotator(NlpSettings.PLAIN_CORENLP, PlainCoreNlp.taggerProperties());
  }

  public NlpSettings settings() {
    return settings;
  }

  /** Annotates {@code text}; token and sentence offsets index {@code text} itself. */
  public AnnotatedText annotate(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(maps == null ? 0 : maps.size());
    if (maps != null) {
      for (CoreMap map : maps) {
        sentences.add(toSentence(text, map));
      }
    }
    return new AnnotatedText(text, sentences);
  }

  /** Runs the pipeline and returns only the token count: the plain-CoreNLP benchmark. */
  public int annotateOnly(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }

  /** "I-PER", "B-PER" and "PER" all become "PER"; no tag becomes "O". */
  static String entityClass(String tag) {
    if (tag == null || tag.isEmpty()) {
      return "O";
    }
    if (tag.length() > 2 && tag.charAt(1) == '-') {
      return tag.substring(2);
    }
    return tag;
  }

  /** One CoreNLP sentence as ours, offsets into {@code text} (shared with {@link PlainCoreNlp}). */
  static Sentence toSentence(String text, CoreMap map) {
    List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      int start = label.beginPosition();
      int end = label.endPosition();
      if (start < 0 || end > text.length() || end <= start) {
        continue; // a word made up by the multi-word splitter without its own surface span
      }
      String word = label.word();
      if (word == null || word.isEmpty()) {
        word = text.substring(start, end);
      }
      tokens.add(new Token(word, start, end, label.tag(), entityClass(label.ner())));
    }
    int start = map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = map.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Sentence(Math.max(0, start), Math.min(text.length(), end), tokens);
  }
}
