/**
 * Article text to sentences and tagged tokens, with Stanford CoreNLP's French models, and a
 * dependency parse (UD_French) of the sentences that may report speech ({@code SpeechSentences});
 * sentences the splitter cut inside a quote's attribution are joined back first ({@code
 * CutQuotes}). The only
 * package that imports {@code edu.stanford.*}: CoreNLP's {@code CoreMap}/{@code CoreLabel} are
 * turned into {@link io.newsfacts.model.AnnotatedText} before they leave it.
 */
package io.newsfacts.nlp;
