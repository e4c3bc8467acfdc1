package io.newsfacts.spark;

import io.newsfacts.Pipeline;
import io.newsfacts.ingest.ArticleReader;
import io.newsfacts.nlp.NlpSettings;

/**
 * The pipeline and the article reader of this JVM, built on first use. Loading CoreNLP's French
 * models takes seconds and a gigabyte: an executor runs many tasks, each on many articles, so they
 * all share one (the pipeline is made to be shared by threads). A static holder is the Spark way
 * to keep one per executor JVM: functions are serialised to the executors, the pipeline cannot be.
 */
final class Workers {
  private static Workers instance;

  private final Pipeline pipeline;
  private final ArticleReader reader;

  private Workers(Pipeline pipeline, ArticleReader reader) {
    this.pipeline = pipeline;
    this.reader = reader;
  }

  /** This JVM's workers; the first call loads the models. */
  static synchronized Workers get() {
    if (instance == null) {
      instance = new Workers(Pipeline.create(NlpSettings.FULL), new ArticleReader());
    }
    return instance;
  }

  Pipeline pipeline() {
    return pipeline;
  }

  ArticleReader reader() {
    return reader;
  }
}
