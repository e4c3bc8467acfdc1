/**
 * Plain records for articles, annotated text and the facts found in them. No library types:
 * every other package converts its own library's objects to these before they travel on.
 * Offsets always index {@link io.newsfacts.model.Article#text()}.
 */
package io.newsfacts.model;
