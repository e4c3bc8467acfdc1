/**
 * Named entities: CoreNLP's CRF mentions, repaired, typed and linked to one canonical name. Its
 * words ({@code Word}) are a view of CoreNLP's tokens whose lower-case and folded forms come from
 * the shared text code ({@code io.newsfacts.text.NormalText}, {@code io.newsfacts.text.Folding}).
 */
package io.newsfacts.extract.entities;
