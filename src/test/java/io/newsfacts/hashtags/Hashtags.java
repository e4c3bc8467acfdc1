package io.newsfacts.hashtags;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.FactExtractor;
import io.newsfacts.model.FactKind;
import io.newsfacts.model.IndexField;
import io.newsfacts.model.IndexSink;
import io.newsfacts.model.JsonFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The toy kind: hashtags in the article's text. */
public final class Hashtags implements FactKind<Hashtag> {
  public static final Hashtags KIND = new Hashtags();

  /** Keyword: the tag, exactly ({@code tag:VéloBrest}). */
  static final IndexField TAG = IndexField.keyword("tag");
  /** Facet: the tag, lower-cased. */
  static final IndexField TAG_FACET = IndexField.facet("tag");

  private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_])#([\\p{L}\\p{N}_]+)");

  private Hashtags() {}

  @Override
  public String name() {
    return "hashtag";
  }

  @Override
  public String plural() {
    return "hashtags";
  }

  @Override
  public Class<Hashtag> factType() {
    return Hashtag.class;
  }

  @Override
  public FactExtractor<Hashtag> newExtractor() {
    return context -> {
      List<Hashtag> out = new ArrayList<>();
      Matcher m = HASHTAG.matcher(context.text().text());
      while (m.find()) {
        out.add(new Hashtag(m.group(), m.group(1), m.start(), m.end()));
      }
      return out;
    };
  }

  @Override
  public void writeJson(Hashtag h, JsonFields out) {
    out.string("text", h.text());
    out.string("tag", h.tag());
    out.integer("start", h.start());
    out.integer("end", h.end());
  }

  @Override
  public List<IndexField> indexFields() {
    return List.of(TAG, TAG_FACET);
  }

  @Override
  public void index(Hashtag h, ArticleFacts article, IndexSink out) {
    out.add(TAG, h.tag());
    out.add(TAG_FACET, h.tag().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public String label(Hashtag h) {
    return "#" + h.tag();
  }
}
