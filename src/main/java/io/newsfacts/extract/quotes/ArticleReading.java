package io.newsfacts.extract.quotes;

/**
 * What an article's speaker rules read from: its text with the quotes marked, the people it
 * names, its verb groups and noun phrases, and the resolver that says whom a phrase names. Built
 * once per article by {@link QuoteExtractor} and handed to {@link SpeakerFinder} and the rules it
 * wires ({@link Subjects}, {@link ClauseSpeakers}, {@link LaterClauses} ...), which take it plus
 * their own collaborators.
 */
record ArticleReading(QuotedText quoted, People people, VerbGroups verbs, NounPhrases phrases,
    SpeakerResolver resolver) {}
