package io.newsfacts.index;

import io.newsfacts.model.FactKind;
import io.newsfacts.model.FactKindList;
import io.newsfacts.model.Hit;
import io.newsfacts.model.IndexField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The fields of the index (documented for users in docs/index-schema.md). One Lucene document per
 * article ({@code type=article}), one per fact ({@code type} = its kind's name) and one per indexed
 * input file ({@code type=file}, its stamp); every article and fact document carries the article's
 * id, source, file, title and publication date. The fields below are those of every document; each
 * fact kind adds its own ({@link FactKind#indexFields}), which an instance gathers for the writer's
 * and the searcher's analysis.
 */
public final class IndexSchema {
  /** Keyword: article, file, or a fact kind's name. */
  public static final String TYPE = "type";
  /** {@link #TYPE} of article documents. */
  public static final String ARTICLE_TYPE = Hit.ARTICLE;
  /** {@link #TYPE} of the documents that record an indexed input file. */
  public static final String FILE_TYPE = "file";
  /** Keyword + sorted doc values: the article's id; all documents of an article are replaced together. */
  public static final String ARTICLE_ID = "articleId";
  /** Keyword: the article's source as given (path, path#line, URL). */
  public static final String SOURCE = "source";
  /** Keyword: absolute path of the input file the article was read from (incremental indexing, --remove). */
  public static final String FILE = "file";
  /** Keyword: the input file's modification time and size when it was indexed ("mtime:size"). */
  public static final String STAMP = "stamp";
  /** Keyword, article documents only: a digest of the cleaned text ({@code TextKey}), to find copies under other ids. */
  public static final String TEXT_KEY = "textKey";
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
  /** Double points: the ends of a fact's value or range (open ends are infinite). */
  public static final String LOW = "low";
  public static final String HIGH = "high";
  /** Long points (epoch days): the interval of the fact's date, else the publication date. */
  public static final String WHEN_START = "whenStart";
  public static final String WHEN_END = "whenEnd";
  /** Numeric doc values (epoch day of {@link #WHEN_START}): the key of --sort date. */
  public static final String WHEN_SORT = "whenSort";
  /** Stored: a one-line summary of the fact for tables ("PERSON Jean Dupont", "200000 visites"). */
  public static final String LABEL = "label";
  /** Stored JSON of the fact's own fields, as in the extract schema (counts on article documents). */
  public static final String FACT = "fact";

  /** Facet dimensions of every document (Lucene sorted-set doc-values facets). */
  public static final String FACET_TYPE = "type";
  public static final String FACET_ENTITY = "entity";
  public static final String FACET_MONTH = "month";

  /** Keyword fields of every document: matched exactly by the query parser. */
  private static final List<String> KEYWORDS = List.of(TYPE, ARTICLE_ID, SOURCE, FILE, STAMP);
  /** Indexed fields of every document that a query may name. */
  private static final List<String> SEARCHABLE = List.of(TYPE, ARTICLE_ID, SOURCE, FILE, STAMP, TEXT, SENTENCE,
      ENTITIES);
  /** Every field of every document, which no kind may redefine. */
  private static final List<String> OWN = List.of(TYPE, ARTICLE_ID, SOURCE, FILE, STAMP, TITLE, PUBLISHED,
      PUBLISHED_DAY, TEXT, SENTENCE, ENTITIES, TEXT_KEY, LOW, HIGH, WHEN_START, WHEN_END, WHEN_SORT, LABEL, FACT,
      FactIndexWriter.FILE_KEY, EntityLinks.FIELD);

  private final FactKindList kinds;
  /** Each kind field (not facets) and how it is analysed, in kind order. */
  private final Map<String, IndexField.Type> kindFields = new LinkedHashMap<>();
  private final List<String> facets;

  /** The schema of an index holding {@code kinds}: their fields are checked not to clash. */
  public IndexSchema(FactKindList kinds) {
    this.kinds = kinds;
    TreeSet<String> kindFacets = new TreeSet<>();
    for (FactKind<?> kind : kinds) {
      for (IndexField f : kind.indexFields()) {
        if (f.type() == IndexField.Type.FACET) {
          if (f.name().equals(FACET_TYPE) || f.name().equals(FACET_ENTITY) || f.name().equals(FACET_MONTH)) {
            throw new IllegalArgumentException("fact kind '" + kind.name() + "' redefines the facet " + f.name());
          }
          kindFacets.add(f.name());
          continue;
        }
        if (OWN.contains(f.name())) {
          throw new IllegalArgumentException("fact kind '" + kind.name() + "' redefines the field " + f.name());
        }
        IndexField.Type before = kindFields.putIfAbsent(f.name(), f.type());
        if (before != null && before != f.type()) {
          throw new IllegalArgumentException("field " + f.name() + " is " + before + " for one fact kind and "
              + f.type() + " for '" + kind.name() + "'");
        }
      }
    }
    List<String> dims = new ArrayList<>();
    dims.add(FACET_TYPE);
    dims.add(FACET_ENTITY);
    dims.addAll(kindFacets); // the kinds' own, in alphabetical order
    dims.add(FACET_MONTH);
    this.facets = List.copyOf(dims);
  }

  public FactKindList kinds() {
    return kinds;
  }

  /** The document types that are facts: the kinds' names. */
  public List<String> factTypes() {
    return kinds.names();
  }

  /** Keyword fields: matched exactly by the query parser ({@code numberKind:percent}). */
  public List<String> keywords() {
    return fieldsOf(KEYWORDS, IndexField.Type.KEYWORD);
  }

  /** Names-analysed fields: case and accents folded, no stemming, values far apart. */
  public List<String> names() {
    return fieldsOf(List.of(ENTITIES), IndexField.Type.NAMES);
  }

  /** Indexed fields a query may name ({@code unit:visites}). */
  public List<String> searchable() {
    List<String> out = new ArrayList<>(SEARCHABLE);
    out.addAll(kindFields.keySet());
    return Collections.unmodifiableList(out);
  }

  /** Facet dimensions, in the order {@code search --facets} lists them: type, entity, the kinds' own, month. */
  public List<String> facets() {
    return facets;
  }

  private List<String> fieldsOf(List<String> own, IndexField.Type type) {
    List<String> out = new ArrayList<>(own);
    kindFields.forEach((name, t) -> {
      if (t == type) {
        out.add(name);
      }
    });
    return Collections.unmodifiableList(out);
  }

  /** How a field is indexed, for an engine given the schema as a list ({@link #fields}). */
  public enum Kind {
    /** One term, matched exactly. */
    KEYWORD,
    /** {@link Analyzers#french}. */
    FRENCH,
    /** {@link Analyzers#names}. */
    NAMES,
    /** Stored only, not searched. */
    STORED,
    /** A long, range-searchable; {@link #WHEN_SORT} also sortable. */
    LONG,
    /** A double, range-searchable. */
    DOUBLE,
    /** A facet dimension's values ({@link #facetField}), counted, not searched. */
    FACET
  }

  /** One field of the index as another engine must declare it. */
  public record Field(String name, Kind kind, boolean stored, boolean multiValued) {}

  /**
   * The field holding a facet dimension's values in an engine without Lucene's facet fields (the
   * dimensions share one hidden field in Lucene): {@code facet_speaker}; kind fields are camelCase
   * words, so it never clashes with one.
   */
  public static String facetField(String dim) {
    return "facet_" + dim;
  }

  /** Every field of this schema's documents (file documents' {@code fileKey} aside), kinds' fields included. */
  public List<Field> fields() {
    List<Field> out = new ArrayList<>();
    for (String f : List.of(TYPE, ARTICLE_ID, SOURCE, FILE, STAMP)) {
      out.add(new Field(f, Kind.KEYWORD, true, false));
    }
    out.add(new Field(TEXT_KEY, Kind.KEYWORD, false, false));
    out.add(new Field(EntityLinks.FIELD, Kind.KEYWORD, false, true));
    for (String f : List.of(TITLE, PUBLISHED, LABEL, FACT)) {
      out.add(new Field(f, Kind.STORED, true, false));
    }
    out.add(new Field(TEXT, Kind.FRENCH, true, false));
    out.add(new Field(SENTENCE, Kind.FRENCH, true, false));
    out.add(new Field(ENTITIES, Kind.NAMES, false, true));
    for (String f : List.of(PUBLISHED_DAY, WHEN_START, WHEN_END, WHEN_SORT)) {
      out.add(new Field(f, Kind.LONG, false, false));
    }
    out.add(new Field(LOW, Kind.DOUBLE, false, true));
    out.add(new Field(HIGH, Kind.DOUBLE, false, true));
    kindFields.forEach((name, t) -> out.add(new Field(name, switch (t) {
      case KEYWORD -> Kind.KEYWORD;
      case TEXT -> Kind.FRENCH;
      case NAMES -> Kind.NAMES;
      case FACET -> throw new IllegalStateException("facets are kept apart");
    }, false, true)));
    for (String dim : facets) {
      out.add(new Field(facetField(dim), Kind.FACET, false, true));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The documents of one article (see {@link FactDocuments#fields}) as field values by name, for an
   * engine given documents rather than Lucene fields.
   */
  public List<Map<String, List<Object>>> documents(io.newsfacts.model.ArticleFacts facts, String file, String stamp) {
    return FactDocuments.fields(this, facts, file, stamp);
  }

  /** Facet configuration shared by writer and searcher. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_ENTITY, true);
    return config;
  }
}
