/**
 * French temporal expressions, resolved to TIMEX3 values against the publication date.
 *
 * <p>{@link io.newsfacts.extract.dates.DateExtractor} is the entry point. Finding: {@code
 * TimexRules} is the table of rules, each a pattern built from the word lists of {@code
 * models/dates} ({@code TimeWords}, {@code WordList}) and a reader of one kind ({@code
 * CalendarDates}, {@code DateRanges}, {@code MonthParts}, {@code Weekdays}, {@code RelativeDates}, {@code Durations},
 * {@code Sets}, {@code Clock}, {@code PartsOfDay}, {@code Seasons}, {@code Holidays});
 * {@code FrenchTimexGrammar} runs them where {@code StartIndex} says a match may begin, the start
 * words being read from each pattern by {@code RuleStarts} ({@code PatternAutomaton}). Resolving:
 * {@code Timeline} and {@code Tense} follow the story from date to date; {@code StoryNow} finds where
 * the story says its own today (a dated heading, "ce lundi 6 mai", a dateline).
 */
package io.newsfacts.extract.dates;
