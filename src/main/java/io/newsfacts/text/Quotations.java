package io.newsfacts.text;

import io.newsfacts.model.SortedOffsets;
import io.newsfacts.text.QuoteMarks.Marked;
import io.newsfacts.text.QuoteMarks.Style;
import java.util.List;

/**
 * The set-off stretches of one text ({@link QuoteMarks#find}) with the lookups the stages ask of
 * them: is an offset inside someone's words, which stretch was last opened before it. Each lookup
 * is a binary search over the stretches, which come in text order and do not overlap.
 */
public final class Quotations {
  private final List<Marked> marks;

  /** {@code marks} in order of their opening offsets, as {@link QuoteMarks#find} gives them. */
  public Quotations(List<Marked> marks) {
    for (int i = 1; i < marks.size(); i++) {
      if (marks.get(i).open() < marks.get(i - 1).open()) {
        throw new IllegalArgumentException("marks out of order: " + marks.get(i).open() + " after "
            + marks.get(i - 1).open());
      }
    }
    this.marks = List.copyOf(marks);
  }

  /** The quotations of {@code text}. */
  public static Quotations of(String text) {
    return new Quotations(QuoteMarks.find(text));
  }

  public List<Marked> marks() {
    return marks;
  }

  /**
   * Whether offset {@code at} is inside someone's words: in a pair of marks (« », “ ”, " ", the
   * marks included) or on an interview line, but not on a "Name : ..." line, whose words are
   * quoted only when the article has several such lines.
   */
  public boolean inQuote(int at) {
    int i = lastOpenedBy(at);
    if (i < 0) {
      return false;
    }
    Marked m = marks.get(i);
    return m.contains(at) && m.style() != Style.LABEL;
  }

  /** The index in {@link #marks} of the last stretch opened at or before {@code at}, or -1. */
  public int lastOpenedBy(int at) {
    return SortedOffsets.firstAtLeast(marks.size(), i -> marks.get(i).open(), at + 1) - 1;
  }

  /**
   * The pair of marks (« », “ ”, " ") at index {@code index} if it holds offset {@code at}, else
   * null (also for index -1): with {@link #lastOpenedBy}, the pair holding {@code at}.
   */
  public Marked pairAt(int index, int at) {
    Marked m = index < 0 ? null : marks.get(index);
    return m != null && m.contains(at) && m.style().paired() ? m : null;
  }
}
