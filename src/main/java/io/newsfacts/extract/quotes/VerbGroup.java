package io.newsfacts.extract.quotes;

/** A verb group in a word list: words [first, last], with its inverted subject pronoun if any. */
record VerbGroup(int first, int last, String pronoun) {}
