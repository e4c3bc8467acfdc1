/** Figures in French text: digits and words, qualifiers, ranges, what they count. */
package io.newsfacts.extract.numbers;
