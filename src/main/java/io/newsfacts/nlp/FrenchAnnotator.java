package io.newsfacts.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Properties;

/**
 * Splits and tags French text with one CoreNLP pipeline, runs the named-entity CRF on the
 * sentences that may hold a name ({@link NameSentences}; plain CoreNLP runs it on every sentence),
 * then parses the sentences that may report speech ({@link SpeechSentences}) with CoreNLP's French
 * dependency parser when the settings ask for it. Building it loads ~400 MB of models and takes
 * seconds: build one and pass it around.
 * {@link #annotate} is safe to call from several threads at once (CoreNLP's annotators and the
 * parser's prediction are thread-safe once loaded).
 */
public final class FrenchAnnotator {
  private final StanfordCoreNLP pipeline;
  /** The named-entity CRF when it runs apart from {@link #pipeline}, or null. */
  private final NERCombinerAnnotator names;
  private final NameSentences nameSentences;
  private final NlpSettings settings;
  /** The dependency parser, or null when the settings leave it off. */
  private final DependencyParser parser;
  private final SpeechSentences speech;

  public FrenchAnnotator(NlpSettings settings) {
    this(settings, settings.toProperties(), settings.namedEntities());
  }

  /**
   * @param namesApart run the CRF apart from the pipeline, on the sentences that may hold a name
   */
  private FrenchAnnotator(NlpSettings settings, Properties properties, boolean namesApart) {
    this.settings = settings;
    if (namesApart) {
      Properties tagging = (Properties) properties.clone();
      tagging.setProperty("annotators", properties.getProperty("annotators").replace(",ner", ""));
      this.pipeline = new StanfordCoreNLP(tagging);
      try {
        this.names = new NERCombinerAnnotator(properties);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load CoreNLP's French named-entity model", e);
      }
      this.nameSentences = new NameSentences();
    } else {
      this.pipeline = new StanfordCoreNLP(properties);
      this.names = null;
      this.nameSentences = null;
    }
    this.parser = settings.dependencies()
        ? DependencyParser.loadFromModelFile(NlpSettings.DEPENDENCY_MODEL, new Properties()) : null;
    this.speech = settings.dependencies() ? new SpeechSentences() : null;
  }

  /**
   * Plain CoreNLP as its French models ship it (StanfordCoreNLP-french.properties, annotators
   * tokenize, ssplit, mwt, pos, ner, nothing of ours): the peer in throughput benchmarks.
   */
  public static FrenchAnnotator plainCoreNlp() {
    return new FrenchAnnotator(NlpSettings.PLAIN_CORENLP, PlainCoreNlp.taggerProperties(), false);
  }

  public NlpSettings settings() {
    return settings;
  }

  /** Annotates {@code text}; token and sentence offsets index {@code text} itself. */
  public AnnotatedText annotate(String text) {
    Annotation doc = tag(text);
    List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(maps == null ? 0 : maps.size());
    Map<Integer, CoreMap> parseable = new HashMap<>(); // by start offset: what the parser may read
    if (maps != null) {
      for (CoreMap map : CutQuotes.join(text, maps)) {
        Sentence s = toSentence(text, map, null);
        sentences.add(s);
        if (parser != null && mayParse(text, map)) {
          parseable.put(s.start(), map);
        }
      }
    }
    if (parseable.isEmpty()) {
      return new AnnotatedText(text, sentences);
    }
    // parsed on demand, once: the quote rules ask only for sentences the word rules leave open
    Map<Integer, Sentence> done = new ConcurrentHashMap<>();
    return new AnnotatedText(text, sentences, s -> {
      CoreMap map = parseable.get(s.start());
      return map == null ? s : done.computeIfAbsent(s.start(), k -> toSentence(text, map, parse(map)));
    });
  }

  /** Runs the pipeline and returns only the token count: the plain-CoreNLP benchmark. */
  public int annotateOnly(String text) {
    Annotation doc = tag(text);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }

  /**
   * The pipeline's annotation of {@code text}, then the CRF's on the sentences that may hold a name
   * when it runs apart (the others keep no tag, read as "O").
   */
  private Annotation tag(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (names == null || all == null) {
      return doc;
    }
    List<CoreMap> named = new ArrayList<>(all.size());
    for (CoreMap sentence : all) {
      if (nameSentences.mayHoldName(sentence.get(CoreAnnotations.TokensAnnotation.class))) {
        named.add(sentence);
      }
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, named);
    try {
      names.annotate(doc);
    } finally {
      doc.set(CoreAnnotations.SentencesAnnotation.class, all);
    }
    return doc;
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

  /**
   * The head (CoreNLP index, 1-based, 0 for the root) and relation of each word of a sentence
   * that may report speech, or null when the sentence is not parsed.
   */
  private boolean mayParse(String text, CoreMap map) {
    List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
    if (labels == null || labels.isEmpty()
        || settings.maxSentenceTokens() > 0 && labels.size() > settings.maxSentenceTokens()) {
      return false;
    }
    int start = map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = map.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    List<String> words = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      words.add(label.word());
    }
    return speech.mayReportSpeech(text.substring(Math.max(0, start), Math.min(text.length(), end)), words);
  }

  /** The parse of a sentence (heads by CoreNLP index, 1-based; 0 is the root). */
  private Parse parse(CoreMap map) {
    List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
    GrammaticalStructure gs = parser.predict(map);
    int[] heads = new int[labels.size() + 1];
    String[] relations = new String[labels.size() + 1];
    Arrays.fill(heads, -1);
    for (TypedDependency d : gs.typedDependencies()) {
      int dep = d.dep().index();
      if (dep > 0 && dep < heads.length) {
        heads[dep] = d.gov().index();
        relations[dep] = d.reln().toString();
      }
    }
    return new Parse(heads, relations);
  }

  /** Heads and relations by CoreNLP word index (1-based; head 0 is the root). */
  record Parse(int[] heads, String[] relations) {}

  /** One CoreNLP sentence as ours, offsets into {@code text} (shared with {@link PlainCoreNlp}). */
  static Sentence toSentence(String text, CoreMap map) {
    return toSentence(text, map, null);
  }

  /** One CoreNLP sentence as ours with its parse (or null), heads renumbered to our tokens. */
  static Sentence toSentence(String text, CoreMap map, Parse parse) {
    List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    int[] ours = new int[labels.size() + 1]; // CoreNLP index -> our token index, or -1
    Arrays.fill(ours, -1);
    List<Integer> kept = new ArrayList<>(labels.size()); // CoreNLP indexes of the words kept
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel label = labels.get(i);
      int start = label.beginPosition();
      int end = label.endPosition();
      if (start < 0 || end > text.length() || end <= start) {
        continue; // a word made up by the multi-word splitter without its own surface span
      }
      ours[i + 1] = kept.size();
      kept.add(i + 1);
    }
    for (int index : kept) {
      CoreLabel label = labels.get(index - 1);
      int start = label.beginPosition();
      int end = label.endPosition();
      String word = label.word();
      if (word == null || word.isEmpty()) {
        word = text.substring(start, end);
      }
      String relation = parse == null || index <= 0 || index >= parse.relations().length
          ? null : parse.relations()[index];
      int head = relation == null || parse.heads()[index] <= 0 ? -1 : ours[parse.heads()[index]];
      tokens.add(new Token(word, start, end, label.tag(), entityClass(label.ner()), head,
          relation == null ? null : relation.toLowerCase(java.util.Locale.ROOT)));
    }
    int start = map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = map.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Sentence(Math.max(0, start), Math.min(text.length(), end), tokens);
  }
}
