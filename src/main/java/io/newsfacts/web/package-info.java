/**
 * {@code newsfacts serve}: a local, read-only web application over the search code of
 * {@link io.newsfacts.search.FactSearcher} (no second query implementation). The search page (the
 * address holds the search), article pages with every fact marked in place, person pages, charts
 * drawn as SVG by the server, and a JSON API giving the contract's objects. Pages are HTML built
 * here with every piece of text escaped ({@code Html}); no script, no asset from outside the jar.
 * Facts are read through the contract's JSON fields, never through a kind's classes.
 */
package io.newsfacts.web;
