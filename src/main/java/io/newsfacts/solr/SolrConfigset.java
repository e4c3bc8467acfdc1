package io.newsfacts.solr;

import io.newsfacts.index.Analyzers;
import io.newsfacts.index.EntityLinks;
import io.newsfacts.index.IndexSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Solr configset of a newsfacts collection, written from {@link IndexSchema#fields} and the
 * analysis chains of {@link Analyzers}: the same fields analysed the same way at index time. At
 * query time the French and names fields only split on spaces: newsfacts analyses query text
 * itself, with the same Lucene analysers as the local index, and sends the analysed terms
 * ({@code RemoteQuery}), so both indexes match the same documents.
 *
 * <p>Documents: an article is a Solr block, its article document the parent (id: the article's id)
 * and its facts the children (id: article id, {@code #fact}, number), so that re-adding an article
 * replaces all its documents at once and the facts of an article live on its shard (the joins of
 * {@code --type article} and {@code --topic} run shard by shard). A recorded input file is one
 * document, id {@code file:} and its path.
 */
public final class SolrConfigset {
  private SolrConfigset() {}

  /** Name of the schema file in the configset. */
  public static final String SCHEMA = "managed-schema.xml";
  public static final String CONFIG = "solrconfig.xml";

  /** The configset's files by name. */
  public static Map<String, String> files(IndexSchema schema) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(SCHEMA, schemaXml(schema));
    files.put(CONFIG, solrconfigXml());
    return files;
  }

  /** The configset as the zip that Solr's configset upload takes. */
  static byte[] zip(IndexSchema schema) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> f : files(schema).entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String schemaXml(IndexSchema schema) {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<!-- Written by newsfacts (io.newsfacts.solr.SolrConfigset) from IndexSchema and Analyzers: do not edit -->\n");
    x.append("<schema name=\"newsfacts\" version=\"1.6\">\n");
    x.append("  <uniqueKey>id</uniqueKey>\n");
    x.append("  <fieldType name=\"string\" class=\"solr.StrField\" sortMissingLast=\"true\"/>\n");
    x.append("  <fieldType name=\"plong\" class=\"solr.LongPointField\" sortMissingLast=\"true\"/>\n");
    x.append("  <fieldType name=\"pdouble\" class=\"solr.DoublePointField\"/>\n");
    textType(x, "french", Analyzers.chain(Analyzers.french()), 0);
    textType(x, "names", Analyzers.chain(Analyzers.names()), Analyzers.NAME_GAP);
    x.append("  <field name=\"id\" type=\"string\" indexed=\"true\" stored=\"true\" required=\"true\"/>\n");
    x.append("  <field name=\"_version_\" type=\"plong\" indexed=\"false\" stored=\"false\" docValues=\"true\"/>\n");
    x.append("  <field name=\"_root_\" type=\"string\" indexed=\"true\" stored=\"false\" docValues=\"false\"/>\n");
    for (IndexSchema.Field f : schema.fields()) {
      String type;
      boolean indexed = true;
      boolean docValues = false;
      switch (f.kind()) {
        case KEYWORD -> {
          type = "string";
          docValues = f.name().equals(EntityLinks.FIELD); // listed by a facet prefix (SolrSearcher)
        }
        case FRENCH -> type = "french";
        case NAMES -> type = "names";
        case STORED -> {
          type = "string";
          indexed = false;
        }
        case LONG -> {
          type = "plong";
          docValues = f.name().equals(IndexSchema.WHEN_SORT);
        }
        case DOUBLE -> type = "pdouble";
        case FACET -> {
          type = "string";
          docValues = true;
        }
        default -> throw new IllegalStateException("unknown field kind " + f.kind());
      }
      x.append("  <field name=\"").append(f.name()).append("\" type=\"").append(type)
          .append("\" indexed=\"").append(indexed).append("\" stored=\"").append(f.stored())
          .append("\" docValues=\"").append(docValues).append("\" multiValued=\"").append(f.multiValued())
          .append("\" useDocValuesAsStored=\"false\"/>\n");
    }
    x.append("</schema>\n");
    return x.toString();
  }

  private static void textType(StringBuilder x, String name, List<Analyzers.Step> chain, int gap) {
    x.append("  <fieldType name=\"").append(name).append("\" class=\"solr.TextField\" positionIncrementGap=\"")
        .append(gap).append("\">\n");
    x.append("    <analyzer type=\"index\">\n");
    for (int i = 0; i < chain.size(); i++) {
      Analyzers.Step s = chain.get(i);
      x.append("      <").append(i == 0 ? "tokenizer" : "filter").append(" class=\"").append(s.factory()).append('"');
      for (Map.Entry<String, String> a : new TreeMap<>(s.args()).entrySet()) {
        x.append(' ').append(a.getKey()).append("=\"").append(xml(a.getValue())).append('"');
      }
      x.append("/>\n");
    }
    x.append("    </analyzer>\n");
    x.append("    <!-- query text comes analysed by newsfacts with the chain above -->\n");
    x.append("    <analyzer type=\"query\">\n");
    x.append("      <tokenizer class=\"solr.WhitespaceTokenizerFactory\"/>\n");
    x.append("    </analyzer>\n");
    x.append("  </fieldType>\n");
  }

  static String solrconfigXml() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Written by newsfacts (io.newsfacts.solr.SolrConfigset): do not edit -->
        <config>
          <luceneMatchVersion>9.12</luceneMatchVersion>
          <dataDir>${solr.data.dir:}</dataDir>
          <directoryFactory name="DirectoryFactory" class="${solr.directoryFactory:solr.NRTCachingDirectoryFactory}"/>
          <schemaFactory class="ManagedIndexSchemaFactory">
            <bool name="mutable">false</bool>
            <str name="managedSchemaResourceName">managed-schema.xml</str>
          </schemaFactory>
          <updateHandler class="solr.DirectUpdateHandler2">
            <!-- the update log makes every acknowledged update durable, committed or not -->
            <updateLog><str name="dir">${solr.ulog.dir:}</str></updateLog>
            <autoCommit><maxTime>${solr.autoCommit.maxTime:60000}</maxTime><openSearcher>false</openSearcher></autoCommit>
          </updateHandler>
          <!-- relevance from the statistics of the whole collection, as in one local index -->
          <statsCache class="org.apache.solr.search.stats.ExactStatsCache"/>
          <query>
            <maxBooleanClauses>${solr.max.booleanClauses:1024}</maxBooleanClauses>
          </query>
          <requestDispatcher>
            <requestParsers multipartUploadLimitInKB="-1" formdataUploadLimitInKB="-1"/>
          </requestDispatcher>
          <requestHandler name="/select" class="solr.SearchHandler">
            <lst name="defaults"><str name="q.op">OR</str></lst>
          </requestHandler>
        </config>
        """;
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
