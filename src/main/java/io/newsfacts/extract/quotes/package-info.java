/**
 * Direct and indirect quotes and who said them.
 *
 * <p>{@link io.newsfacts.extract.quotes.QuoteExtractor} reads the set-off stretches ({@code
 * io.newsfacts.text.QuoteMarks}) and keeps those that are someone's words; {@code SpeakerFinder}
 * finds the reporting clause around each (after, before, colon, incise, "selon X") with the clause
 * chunker ({@code VerbGroups}, {@code NounPhrases}) and, where the {@code nlp} package parsed the
 * sentence, the subject of the governing reporting verb in the dependency parse ({@code Syntax});
 * {@code SpeakerResolver} says whom its
 * subject names, with the article's people and roles ({@code People}). {@code IndirectSpeech}
 * finds reported speech without marks. All of them read sentences and words through {@code
 * QuotedText}, over the shared text code: the sentence splitter that runs over quotes ({@code
 * io.newsfacts.text.Sentences}) and the reader's word scanner ({@code
 * io.newsfacts.text.WordScanner#READER}). Word lists: {@code models/quotes},
 * role nouns in {@code models/common/role-nouns.txt}.
 */
package io.newsfacts.extract.quotes;
