package io.newsfacts.hashtags;

import io.newsfacts.model.Fact;

/** "#VéloBrest": {@code tag} is the word after the hash sign. */
public record Hashtag(String text, String tag, int start, int end) implements Fact {}
