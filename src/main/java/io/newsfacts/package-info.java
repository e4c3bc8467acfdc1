/**
 * newsfacts: searchable facts from French news. {@link io.newsfacts.Pipeline} wires the stages:
 * {@code ingest} (files to articles), {@code nlp} (CoreNLP), {@code extract} (facts, one package a
 * kind, registered in {@link io.newsfacts.FactKinds}), {@code index} and {@code search} (Lucene),
 * {@code cli} (picocli commands), with records and the fact-kind abstraction in {@code model}.
 * {@link io.newsfacts.OrderedRunner} runs the pipeline on several threads, results in input order.
 */
package io.newsfacts;
