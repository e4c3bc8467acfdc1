package io.newsfacts.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.AbstractAnalysisFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;

/**
 * The analysers of the index: French prose, and names (case and accents folded, no stemming). Each
 * is a chain of Lucene analysis factories ({@link CustomAnalyzer}), so that the same chain can be
 * written out for another engine built on Lucene ({@link #chain}: the Solr configset).
 */
public final class Analyzers {
  private Analyzers() {}

  /** French prose: elisions (l', qu' - Lucene's French articles), case, plurals and accents folded. */
  public static Analyzer french() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer(StandardTokenizerFactory.class)
          .addTokenFilter(ElisionFilterFactory.class)
          .addTokenFilter(LowerCaseFilterFactory.class)
          .addTokenFilter(FrenchLightStemFilterFactory.class)
          .addTokenFilter(ASCIIFoldingFilterFactory.class)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Names and roles: "Me Boudreault" matches "boudreault", "Lavallee" matches "Lavallée". Values of
   * a multi-valued field are {@link #NAME_GAP} positions apart, so a phrase never spans two names.
   */
  public static Analyzer names() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer(StandardTokenizerFactory.class)
          .addTokenFilter(ElisionFilterFactory.class)
          .addTokenFilter(LowerCaseFilterFactory.class)
          .addTokenFilter(ASCIIFoldingFilterFactory.class)
          .withPositionIncrementGap(NAME_GAP)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Positions between two values of a names field. */
  public static final int NAME_GAP = 100;

  /** One step of an analysis chain: the factory's class name and the arguments it was given. */
  public record Step(String factory, Map<String, String> args) {}

  /** The steps of {@link #french} or {@link #names}: the tokenizer first, then each filter in order. */
  public static List<Step> chain(Analyzer analyzer) {
    if (!(analyzer instanceof CustomAnalyzer custom)) {
      throw new IllegalArgumentException("not a chain of factories: " + analyzer);
    }
    List<Step> steps = new ArrayList<>();
    steps.add(step(custom.getTokenizerFactory()));
    for (TokenFilterFactory f : custom.getTokenFilterFactories()) {
      steps.add(step(f));
    }
    return steps;
  }

  private static Step step(AbstractAnalysisFactory f) {
    Map<String, String> args = new HashMap<>(f.getOriginalArgs());
    args.remove("luceneMatchVersion");
    return new Step(f.getClass().getName(), Map.copyOf(args));
  }

  /** The analyser for each field of {@code schema}: keywords untouched, names folded, prose French. */
  public static Analyzer perField(IndexSchema schema) {
    Analyzer names = names();
    Map<String, Analyzer> fields = new HashMap<>();
    for (String f : schema.names()) {
      fields.put(f, names);
    }
    Analyzer keyword = new KeywordAnalyzer();
    for (String f : schema.keywords()) {
      fields.put(f, keyword);
    }
    return new PerFieldAnalyzerWrapper(french(), fields);
  }
}
