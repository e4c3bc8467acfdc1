/**
 * Plain records for articles, annotated text and the facts found in them, and the neutral
 * interfaces between the stages: the fact-kind abstraction ({@link io.newsfacts.model.FactKind},
 * {@link io.newsfacts.model.FactKindList}, one {@link io.newsfacts.model.FactExtractor} over one
 * {@link io.newsfacts.model.ExtractionContext}), what kinds write to ({@link
 * io.newsfacts.model.JsonFields}, {@link io.newsfacts.model.IndexSink}) and what readers write to
 * ({@link io.newsfacts.model.ArticleSink}). No library types and nothing else of the project: every
 * other package converts its own library's objects to these before they travel on. Offsets always
 * index {@link io.newsfacts.model.Article#text()}.
 */
package io.newsfacts.model;
