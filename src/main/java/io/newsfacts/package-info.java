/**
 * newsfacts: searchable facts from French news. {@link io.newsfacts.Pipeline} wires the stages:
 * {@code ingest} (files to articles), {@code nlp} (CoreNLP), {@code extract} (facts), {@code index}
 * and {@code search} (Lucene), {@code cli} (picocli commands), with records in {@code model}.
 */
package io.newsfacts;
