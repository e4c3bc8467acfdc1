/**
 * How the article text is set out, shared by the stages that read it: quotation marks (« », “ ”,
 * " ", dialogue dashes, interview lines) and the stretches they set off. Depends on {@code model}
 * only; no extractor's knowledge.
 */
package io.newsfacts.text;
