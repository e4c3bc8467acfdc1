package io.newsfacts.index;

/**
 * Field names of the index. One Lucene document per article ({@code type=article}) and one per
 * fact ({@code type=entity|number|date|quote}); every document carries the article's id, source,
 * title and publication date.
 */
public final class IndexSchema {
  private IndexSchema() {}

  /** Keyword: article, entity, number, date, quote. */
  public static final String TYPE = "type";
  /** Keyword: the article's id; all documents of an article are replaced together. */
  public static final String ARTICLE_ID = "articleId";
  /** Keyword: the source path of the article (for incremental indexing and --remove). */
  public static final String SOURCE = "source";
  public static final String TITLE = "title";
  /** Stored ISO date; {@link #PUBLISHED_DAY} holds it as an epoch-day point. */
  public static final String PUBLISHED = "published";
  public static final String PUBLISHED_DAY = "publishedDay";
  /** French-analysed: the fact's own text (the article's text on article documents). */
  public static final String TEXT = "text";
  /** French-analysed: the sentence the fact is in. */
  public static final String SENTENCE = "sentence";
  /** Names-analysed: canonical names and mentions of the entities in the fact's sentence. */
  public static final String ENTITIES = "entities";
  /** Names-analysed: quote speaker, its aliases and role. */
  public static final String SPEAKER = "speaker";
  /** French-analysed: what a number counts. */
  public static final String UNIT = "unit";
  /** Double points: a number's lower and upper ends (open ends are infinite). */
  public static final String LOW = "low";
  public static final String HIGH = "high";
  /** Long points (epoch days): the interval of the fact's date, else the publication date. */
  public static final String WHEN_START = "whenStart";
  public static final String WHEN_END = "whenEnd";
  /** Stored JSON of the fact's own fields, as in the extract schema. */
  public static final String FACT = "fact";
  /** Keyword facets. */
  public static final String FACET_ENTITY = "facetEntity";
  public static final String FACET_SPEAKER = "facetSpeaker";
  public static final String FACET_UNIT = "facetUnit";
  public static final String FACET_MONTH = "facetMonth";
  /** Keyword: file modification stamp of the source, for incremental indexing. */
  public static final String STAMP = "stamp";
}
