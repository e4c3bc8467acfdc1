/**
 * Annotated text to facts: one sub-package per fact kind ({@code entities}, {@code numbers},
 * {@code dates}, {@code quotes}), each holding its extractor and its kind class ({@code Entities},
 * ...), which says everything else about the kind (its JSON, index fields and table rows) and is
 * registered in {@code io.newsfacts.FactKinds}. Extractors see only {@link io.newsfacts.model}
 * records and never each other: what one needs from another (numbers the dates, quotes the
 * entities) comes through the {@link io.newsfacts.model.ExtractionContext}. So they are tested with
 * hand-made sentences and no models. Their French word lists and patterns are read from
 * {@code models/} through {@link io.newsfacts.lexicon.Lexicon}.
 */
package io.newsfacts.extract;
