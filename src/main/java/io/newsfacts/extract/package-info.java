/**
 * Annotated text to facts: one extractor per fact kind, each in its own sub-package
 * ({@code entities}, {@code numbers}, {@code dates}, {@code quotes}). Extractors see only
 * {@link io.newsfacts.model} records, so they are tested with hand-made sentences and no models.
 * Their French word lists and patterns are read from {@code models/} through {@link io.newsfacts.lexicon.Lexicon}.
 */
package io.newsfacts.extract;
