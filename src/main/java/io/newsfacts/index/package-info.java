/**
 * Facts to Lucene documents: one document per article and one per fact, French-analysed text
 * fields, keyword fields for filters, points for numbers and dates ({@link IndexSchema}). With
 * {@code search}, the only package importing Lucene.
 */
package io.newsfacts.index;
