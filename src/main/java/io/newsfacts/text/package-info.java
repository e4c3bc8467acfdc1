/**
 * How the article text is set out and read, shared by the stages that read it: quotation marks
 * (« », “ ”, " ", dialogue dashes, interview lines) and the stretches they set off ({@code
 * QuoteMarks}, {@code Quotations}); the one normalised view of the text, same length as the
 * original ({@code NormalText}); the one word scanner, with a cut for reading phrases and one for
 * runs of letters and digits ({@code WordScanner}); the one sentence splitter, which reads over
 * quotations ({@code Sentences}); the folded form of names ({@code Folding}). Depends on {@code
 * model} only; no extractor's knowledge.
 */
package io.newsfacts.text;
