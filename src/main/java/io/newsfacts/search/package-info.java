/** Lucene queries from a {@link io.newsfacts.model.SearchRequest} to ranked {@link io.newsfacts.model.Hit}s. */
package io.newsfacts.search;
