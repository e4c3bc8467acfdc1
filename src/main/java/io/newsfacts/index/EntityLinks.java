package io.newsfacts.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Acronyms and full names linked across the index: when one article names an entity both ways
 * ("le Front national (FN)", or "Front national" and "FN" as one entity), {@code --entity FN} also
 * finds the articles that write only "Front national", and the other way round.
 *
 * <p>The table lives in the index itself, so that incremental runs keep it right without a second
 * store: each article document carries one keyword term per link it makes, in both directions
 * ({@link #FIELD}, "fn|front national" and "front national|fn": names folded as the entities
 * field folds them). Replacing or deleting an article replaces or deletes its links with it. At
 * query time the names linked to the one asked are the live terms starting with its key and the
 * separator: one hop, so an acronym linked to two full names in different articles finds both,
 * but a full name finds only its own acronyms.
 */
public final class EntityLinks {
  /** Keyword, article documents only: "name|other name" for each acronym link the article makes. */
  public static final String FIELD = "entityLink";
  /** Between the two names of a link term; the names analyser never keeps it in a token. */
  private static final char SEPARATOR = '|';
  /** Longest acronym: "ONU", "LaREM", "CNRS", "UNESCO". */
  private static final int ACRONYM_LENGTH = 8;

  private static final Analyzer NAMES = Analyzers.names();

  private EntityLinks() {}

  /**
   * Adds to an article's document the links its entities make: within each group of names of one
   * entity (its canonical name and mention texts), every acronym with every name of two words or
   * more.
   */
  static void add(Document article, Collection<? extends Collection<String>> groups) {
    for (String term : terms(groups)) {
      article.add(new StringField(FIELD, term, Field.Store.NO));
    }
  }

  /** The link terms of the groups of names, both directions. */
  static Set<String> terms(Collection<? extends Collection<String>> groups) {
    Set<String> out = new LinkedHashSet<>();
    for (Collection<String> names : groups) {
      List<String> acronyms = new ArrayList<>();
      List<String> full = new ArrayList<>();
      for (String name : names) {
        String key = key(name);
        if (key.isEmpty()) {
          continue;
        }
        if (isAcronym(name)) {
          acronyms.add(key);
        } else if (key.indexOf(' ') > 0) {
          full.add(key);
        }
      }
      for (String a : acronyms) {
        for (String f : full) {
          if (!a.equals(f)) {
            out.add(a + SEPARATOR + f);
            out.add(f + SEPARATOR + a);
          }
        }
      }
    }
    return out;
  }

  /**
   * The other names of {@code name} that some live article of the index links to it, as their keys
   * (folded words separated by a space, which the names analyser reads back as the same words).
   */
  public static List<String> linked(IndexSearcher searcher, String name) throws IOException {
    String start = prefix(name);
    List<String> out = new ArrayList<>();
    if (start.isEmpty()) {
      return out;
    }
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), FIELD);
    if (terms == null) {
      return out;
    }
    BytesRef prefix = new BytesRef(start);
    TermsEnum e = terms.iterator();
    if (e.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
      return out;
    }
    for (BytesRef t = e.term(); t != null && startsWith(t, prefix); t = e.next()) {
      // a deleted article's terms stay in the dictionary until its segment is merged
      BytesRef term = BytesRef.deepCopyOf(t);
      if (searcher.count(new TermQuery(new Term(FIELD, term))) > 0) {
        out.add(term.utf8ToString().substring(start.length()));
      }
    }
    return out;
  }

  /**
   * What every link term from {@code name} starts with ("fn|"), for an engine that lists the terms
   * of {@link #FIELD} itself (a Solr facet prefix); empty when the name has no words.
   */
  public static String prefix(String name) {
    String key = key(name);
    return key.isEmpty() ? "" : key + SEPARATOR;
  }

  /** One word of at most {@value #ACRONYM_LENGTH} letters or digits with two capitals or more: "FN", "UE", "LaREM". */
  static boolean isAcronym(String name) {
    if (name.isEmpty() || name.length() > ACRONYM_LENGTH) {
      return false;
    }
    int capitals = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '&') {
        return false;
      }
      capitals += Character.isUpperCase(c) ? 1 : 0;
    }
    return capitals >= 2;
  }

  /** The name as the entities field indexes it: words folded (case, accents, elisions), one space apart. */
  static String key(String name) {
    StringBuilder out = new StringBuilder();
    try (TokenStream ts = NAMES.tokenStream(IndexSchema.ENTITIES, name)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(term);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
    return out.toString();
  }

  private static boolean startsWith(BytesRef t, BytesRef prefix) {
    if (t.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (t.bytes[t.offset + i] != prefix.bytes[prefix.offset + i]) {
        return false;
      }
    }
    return true;
  }
}
