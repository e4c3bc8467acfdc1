package io.newsfacts.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
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

  /** Names and roles: "Me Boudreault" matches "boudreault", "Lavallee" matches "Lavallée". */
  public static Analyzer names() {
    return new Analyzer() {
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

  /** The analyser for each field of {@link IndexSchema}. */
  public static Analyzer perField() {
    Analyzer names = names();
    return new PerFieldAnalyzerWrapper(french(), Map.of(
        IndexSchema.SPEAKER, names,
        IndexSchema.ENTITIES, names));
  }
}
