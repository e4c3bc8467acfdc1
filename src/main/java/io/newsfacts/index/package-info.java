/**
 * Facts to Lucene documents: one document per article and one per fact, French-analysed text
 * fields, keyword fields for filters, points for numbers and dates, facets ({@link
 * io.newsfacts.index.IndexSchema}, docs/index-schema.md); and the life of an index: incremental,
 * resumable runs ({@link io.newsfacts.index.IndexUpdate}) and removal. With {@code search}, the
 * only package importing Lucene.
 */
package io.newsfacts.index;
