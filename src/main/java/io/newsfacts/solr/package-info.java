/**
 * SolrCloud as the index (issue 20): the same documents as the local Lucene index, written by
 * {@link io.newsfacts.index.IndexUpdate} through {@link io.newsfacts.solr.SolrIndexTarget} and read
 * by {@link io.newsfacts.solr.SolrSearcher}, in a collection whose configset ({@link
 * io.newsfacts.solr.SolrConfigset}) is written from the code's one schema ({@code IndexSchema},
 * {@code Analyzers}). The only package importing SolrJ.
 */
package io.newsfacts.solr;
