/**
 * Figures in French text: digits and words, qualifiers, ranges, what they count. {@link
 * io.newsfacts.extract.numbers.NumberExtractor} is the entry point and reads as the chain of
 * steps: finders (one {@code FigureFinder} per way of writing a number: digits, number words,
 * collectives, fractions, multipliers), filters ({@code IdentifierFilter}, {@code DateFilter},
 * {@code WordFilter}: what is not a figure) and combiners ({@code Widener}, {@code UnitFinder},
 * {@code Slashes}, {@code Shares}, {@code Ranges}, {@code BorrowedUnits}, {@code FigureDates}: a
 * figure read with what is around it). They read the shared normalised view of the text and its
 * runs of letters and digits ({@code io.newsfacts.text.NormalText}). A {@code Figure} is
 * immutable; the word lists come from models/numbers through {@code NumberLexicon}.
 */
package io.newsfacts.extract.numbers;
