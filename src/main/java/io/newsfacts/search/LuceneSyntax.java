package io.newsfacts.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.newsfacts.index.IndexSchema;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.PrefixCodedTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A query written back in Lucene's classic syntax over its terms as analysed, for an engine that
 * analyses query text no further (the Solr configset's query analysers only split on spaces): the
 * engine then matches exactly what this query matches here. Every term is quoted or escaped;
 * a query this cannot write (one the free-text parser does not make) is refused, never dropped.
 */
final class LuceneSyntax {
  private LuceneSyntax() {}

  /** A query matching no document. */
  static final String NOTHING = "(*:* -*:*)";

  static String of(Query q) throws BadQueryException {
    if (q instanceof TermQuery t) {
      return t.getTerm().field() + ":" + quoted(t.getTerm().text());
    }
    if (q instanceof BooleanQuery b) {
      if (b.getMinimumNumberShouldMatch() > 1) {
        throw unsupported(q);
      }
      List<String> parts = new ArrayList<>();
      boolean positive = false;
      for (BooleanClause c : b.clauses()) {
        String sub = of(c.getQuery());
        switch (c.getOccur()) {
          case MUST, FILTER -> {
            parts.add("+" + sub);
            positive = true;
          }
          case SHOULD -> {
            parts.add(sub);
            positive = true;
          }
          case MUST_NOT -> parts.add("-" + sub);
        }
      }
      if (parts.isEmpty()) {
        return NOTHING;
      }
      if (!positive) {
        return NOTHING; // a Lucene query of negative clauses only matches nothing
      }
      return "(" + String.join(" ", parts) + ")";
    }
    if (q instanceof BoostQuery b) {
      return "(" + of(b.getQuery()) + ")^" + String.format(Locale.ROOT, "%s", b.getBoost());
    }
    if (q instanceof PhraseQuery p) {
      Term[] terms = p.getTerms();
      int[] positions = p.getPositions();
      if (terms.length == 0) {
        return NOTHING;
      }
      List<String> words = new ArrayList<>();
      for (int i = 0; i < terms.length; i++) {
        if (positions[i] != positions[0] + i) {
          throw unsupported(q); // a gap or two words at one position: the analysers here make neither
        }
        words.add(terms[i].text());
      }
      return p.getField() + ":" + quoted(String.join(" ", words)) + (p.getSlop() > 0 ? "~" + p.getSlop() : "");
    }
    if (q instanceof WildcardQuery w) {
      return w.getField() + ":" + escapedPattern(w.getTerm().text());
    }
    if (q instanceof PrefixQuery p) {
      return p.getField() + ":" + escaped(p.getPrefix().text()) + "*";
    }
    if (q instanceof FuzzyQuery f) {
      return f.getField() + ":" + escaped(f.getTerm().text()) + "~" + f.getMaxEdits();
    }
    if (q instanceof RegexpQuery r) {
      return r.getField() + ":/" + r.getRegexp().text().replace("/", "\\/") + "/";
    }
    if (q instanceof TermRangeQuery r) {
      return r.getField() + ":" + (r.includesLower() ? "[" : "{")
          + (r.getLowerTerm() == null ? "*" : quoted(r.getLowerTerm().utf8ToString())) + " TO "
          + (r.getUpperTerm() == null ? "*" : quoted(r.getUpperTerm().utf8ToString())) + (r.includesUpper() ? "]" : "}");
    }
    if (q instanceof TermInSetQuery t) {
      List<String> terms = new ArrayList<>();
      PrefixCodedTerms.TermIterator it = t.getTermData().iterator();
      for (BytesRef b = it.next(); b != null; b = it.next()) {
        terms.add(t.getField() + ":" + quoted(b.utf8ToString()));
      }
      return terms.isEmpty() ? NOTHING : "(" + String.join(" ", terms) + ")";
    }
    if (q instanceof PointRangeQuery p && p.getNumDims() == 1) {
      String field = p.getField();
      if (field.equals(IndexSchema.LOW) || field.equals(IndexSchema.HIGH)) {
        double low = DoublePoint.decodeDimension(p.getLowerPoint(), 0);
        double high = DoublePoint.decodeDimension(p.getUpperPoint(), 0);
        return field + ":[" + (low == Double.NEGATIVE_INFINITY ? "*" : Double.toString(low)) + " TO "
            + (high == Double.POSITIVE_INFINITY ? "*" : Double.toString(high)) + "]";
      }
      long low = LongPoint.decodeDimension(p.getLowerPoint(), 0);
      long high = LongPoint.decodeDimension(p.getUpperPoint(), 0);
      return field + ":[" + (low == Long.MIN_VALUE ? "*" : Long.toString(low)) + " TO "
          + (high == Long.MAX_VALUE ? "*" : Long.toString(high)) + "]";
    }
    if (q instanceof MatchAllDocsQuery) {
      return "*:*";
    }
    if (q instanceof MatchNoDocsQuery) {
      return NOTHING;
    }
    throw unsupported(q);
  }

  /** {@code "text"} with quotes and backslashes escaped. */
  static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String escaped(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\+-!():^[]\"{}~*?|&/ ".indexOf(c) >= 0 || Character.isWhitespace(c)) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** A wildcard pattern: * and ? kept, escaped ones (\* in the pattern) and every other special character escaped. */
  private static String escapedPattern(String pattern) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        b.append('\\').append(pattern.charAt(++i));
      } else if (c == '*' || c == '?') {
        b.append(c);
      } else {
        b.append(escaped(String.valueOf(c)));
      }
    }
    return b.toString();
  }

  private static BadQueryException unsupported(Query q) {
    return new BadQueryException("this query is not supported on Solr: " + q, null);
  }
}
