/**
 * Files and bytes to {@link io.newsfacts.model.Article}: walking the user's paths, reading each
 * format (Apache Tika, readability4j for HTML main text, {@code .jsonl} streams), removing
 * boilerplate, finding metadata and naming the cleaned text by its hash. The only package that
 * imports Tika and jsoup.
 */
package io.newsfacts.ingest;
