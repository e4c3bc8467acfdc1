package io.newsfacts.index;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Field names of the index (documented for users in docs/index-schema.md). One Lucene document
 * per article ({@code type=article}), one per fact ({@code type=entity|number|date|quote}) and one
 * per indexed input file ({@code type=file}, its stamp); every article and fact document carries
 * the article's id, source, file, title and publication date.
 */
public final class IndexSchema {
  private IndexSchema() {}

  /** Keyword: article, entity, number, date, quote, file. */
  public static final String TYPE = "type";
  /** Keyword + sorted doc values: the article's id; all documents of an article are replaced together. */
  public static final String ARTICLE_ID = "articleId";
  /** Keyword: the article's source as given (path, path#line, URL). */
  public static final String SOURCE = "source";
  /** Keyword: absolute path of the input file the article was read from (incremental indexing, --remove). */
  public static final String FILE = "file";
  /** Keyword: the input file's modification time and size when it was indexed ("mtime:size"). */
  public static final String STAMP = "stamp";
  /** Stored title. On article documents the title is also indexed in {@link #SENTENCE}. */
  public static final String TITLE = "title";
  /** Stored ISO date; {@link #PUBLISHED_DAY} holds it as an epoch-day point. */
  public static final String PUBLISHED = "published";
  public static final String PUBLISHED_DAY = "publishedDay";
  /** French-analysed, stored: the fact's own text (the article's text on article documents). */
  public static final String TEXT = "text";
  /** French-analysed, stored: the sentence the fact is in (the title on article documents). */
  public static final String SENTENCE = "sentence";
  /** Names-analysed, one value per name: canonical names and aliases of the entities in the fact's sentence. */
  public static final String ENTITIES = "entities";
  /** Names-analysed, one value per name: a quote's speaker, the speaker's aliases and role. */
  public static final String SPEAKER = "speaker";
  /** French-analysed: what a number counts. */
  public static final String UNIT = "unit";
  /** Keyword: an entity's canonical name, exactly. */
  public static final String CANONICAL = "canonical";
  /** Keyword: PERSON, ORGANIZATION, LOCATION, MISC. */
  public static final String ENTITY_TYPE = "entityType";
  /** Names-analysed: an entity's role ("porte-parole du MIDI"). */
  public static final String ROLE = "role";
  /** Double points: a number's lower and upper ends (open ends are infinite). */
  public static final String LOW = "low";
  public static final String HIGH = "high";
  /** Keywords of numbers: exact|approx|atLeast|atMost|range; count|percent|...; the rate's period. */
  public static final String QUALIFIER = "qualifier";
  public static final String NUMBER_KIND = "numberKind";
  public static final String PER = "per";
  /** Keywords of dates: DATE|TIME|DURATION|SET and the TIMEX3 value. */
  public static final String DATE_TYPE = "dateType";
  public static final String TIMEX = "timex";
  /** Keyword of quotes: direct|indirect. */
  public static final String QUOTE_KIND = "quoteKind";
  /** Long points (epoch days): the interval of the fact's date, else the publication date. */
  public static final String WHEN_START = "whenStart";
  public static final String WHEN_END = "whenEnd";
  /** Numeric doc values (epoch day of {@link #WHEN_START}): the key of --sort date. */
  public static final String WHEN_SORT = "whenSort";
  /** Stored: a one-line summary of the fact for tables ("PERSON Jean Dupont", "200000 visites"). */
  public static final String LABEL = "label";
  /** Stored JSON of the fact's own fields, as in the extract schema (counts on article documents). */
  public static final String FACT = "fact";

  /** Facet dimensions (Lucene sorted-set doc-values facets). */
  public static final String FACET_TYPE = "type";
  public static final String FACET_ENTITY = "entity";
  public static final String FACET_SPEAKER = "speaker";
  public static final String FACET_UNIT = "unit";
  public static final String FACET_MONTH = "month";
  public static final List<String> FACETS = List.of(FACET_TYPE, FACET_ENTITY, FACET_SPEAKER, FACET_UNIT, FACET_MONTH);

  /** The document types that are facts. */
  public static final List<String> FACT_TYPES = List.of("entity", "number", "date", "quote");

  /** Keyword fields: matched exactly by the query parser ({@code numberKind:percent}). */
  public static final List<String> KEYWORDS = List.of(TYPE, ARTICLE_ID, SOURCE, FILE, STAMP, CANONICAL,
      ENTITY_TYPE, QUALIFIER, NUMBER_KIND, PER, DATE_TYPE, TIMEX, QUOTE_KIND);

  /** Indexed fields a query may name ({@code unit:visites}). */
  public static final List<String> SEARCHABLE = List.of(TYPE, ARTICLE_ID, SOURCE, FILE, STAMP, TEXT, SENTENCE,
      ENTITIES, SPEAKER, UNIT, CANONICAL, ENTITY_TYPE, ROLE, QUALIFIER, NUMBER_KIND, PER, DATE_TYPE, TIMEX,
      QUOTE_KIND);

  /** Facet configuration shared by writer and searcher. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_ENTITY, true);
    return config;
  }
}
