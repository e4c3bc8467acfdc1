/**
 * Article text to sentences and tagged tokens, with Stanford CoreNLP's French models. The only
 * package that imports {@code edu.stanford.*}: CoreNLP's {@code CoreMap}/{@code CoreLabel} are
 * turned into {@link io.newsfacts.model.AnnotatedText} before they leave it.
 */
package io.newsfacts.nlp;
