package io.newsfacts.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import java.util.HashMap;
import java.util.Map;

/** The analysers of the index: French prose, and names (case and accents folded, no stemming). */
public final class Analyzers {
  private Analyzers() {}

  /** French prose: elisions (l', qu'), case, accents and plurals folded. */
  public static Analyzer french() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new LowerCaseFilter(result);
        result = new FrenchLightStemFilter(result);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
      }
    };
  }

  /**
   * Names and roles: "Me Boudreault" matches "boudreault", "Lavallee" matches "Lavallée". Values of
   * a multi-valued field are {@link #NAME_GAP} positions apart, so a phrase never spans two names.
   */
  public static Analyzer names() {
    return new Analyzer() {
      @Override
      public int getPositionIncrementGap(String fieldName) {
        return NAME_GAP;
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
      }
    };
  }

  /** Positions between two values of a names field. */
  public static final int NAME_GAP = 100;

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
