/**
 * Lucene queries from a {@link io.newsfacts.model.SearchRequest} to ranked {@link io.newsfacts.model.Hit}s:
 * filters, article listing (a join on article ids), sort by date, facet counts, highlighting, and
 * index statistics. Reads the index's last commit, so it is safe to use while {@code index} runs.
 */
package io.newsfacts.search;
