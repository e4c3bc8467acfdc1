package io.newsfacts.testing;

import io.newsfacts.Pipeline;
import io.newsfacts.nlp.FrenchAnnotator;
import io.newsfacts.nlp.NlpSettings;

/**
 * The CoreNLP-backed objects tests share: built once per test JVM on first use (~4 s, ~1 GB), so
 * only the tests that need the models pay for them.
 */
public final class Models {
  private Models() {}

  private static final class Holder {
    static final FrenchAnnotator ANNOTATOR = new FrenchAnnotator(NlpSettings.FULL);
    static final Pipeline PIPELINE = Pipeline.create(ANNOTATOR);
  }

  public static FrenchAnnotator annotator() {
    return Holder.ANNOTATOR;
  }

  public static Pipeline pipeline() {
    return Holder.PIPELINE;
  }
}
