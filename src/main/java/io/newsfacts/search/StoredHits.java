package io.newsfacts.search;

import io.newsfacts.index.IndexSchema;
import io.newsfacts.model.Hit;
import org.apache.lucene.document.Document;

/** A stored article or fact document read back as a {@link Hit}. */
final class StoredHits {
  private StoredHits() {}

  static Hit of(Document d, float score) {
    String type = d.get(IndexSchema.TYPE);
    boolean article = IndexSchema.ARTICLE_TYPE.equals(type);
    return new Hit(type, Float.isNaN(score) ? 0f : score, d.get(IndexSchema.ARTICLE_ID), d.get(IndexSchema.SOURCE),
        d.get(IndexSchema.TITLE), d.get(IndexSchema.PUBLISHED), d.get(IndexSchema.TEXT),
        article ? null : d.get(IndexSchema.SENTENCE), d.get(IndexSchema.FACT));
  }
}
