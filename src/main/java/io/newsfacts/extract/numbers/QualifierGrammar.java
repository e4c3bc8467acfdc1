package io.newsfacts.extract.numbers;

import io.newsfacts.model.Qualifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The qualifier written before a figure, read by the grammar of models/numbers/qualifier-grammar.txt:
 * {@code [negation] [intensifier] head [link]}. "un peu plus de", "bien au-delà de", "pas loin de",
 * "guère plus de" are read from their parts; a negation turns atLeast into atMost and back. The
 * qualifier may follow an elided "d'" or "qu'" ("crédité d'au moins 20 %").
 */
final class QualifierGrammar {
  private static final NumberLexicon LEX = NumberLexicon.INSTANCE;
  /** A qualifier ending the text before a figure. */
  private static final Pattern BEFORE = Pattern.compile("(?:^|[^\\p{L}'-]|(?<=(?:^|[^\\p{L}])(?:d|qu)'))("
      + "(?:(?<neg>" + NumberLexicon.alternation(LEX.negations) + ")\\s+)?"
      + "(?:(?<int>" + NumberLexicon.alternation(LEX.intensifiers) + ")\\s+)?"
      + "(?<head>" + NumberLexicon.alternation(LEX.qualifierHeads.keySet()) + ")"
      + "(?:\\s+(?<link>de|que|à)|\\s*(?<elided>d'|qu'))?"
      + ")\\s*$");

  /**
   * What a text holding a qualifier ends with, spaces aside: a link, an elided link or a head's last
   * word. Most texts before a figure end otherwise, and this is cheaper to ask than {@link #BEFORE},
   * which tries each of their characters.
   */
  private static final List<String> ENDINGS = endings();

  /** A qualifier read: its label and where it starts in the text searched. */
  record Reading(Qualifier qualifier, int start) {}

  private QualifierGrammar() {}

  /** The qualifier that ends {@code before} (the text right before a figure, lower case), or null. */
  static Reading before(String before) {
    if (!mayEndWithQualifier(before)) {
      return null;
    }
    Matcher m = BEFORE.matcher(before);
    if (!m.find()) {
      return null;
    }
    NumberLexicon.QualifierHead head = LEX.qualifierHeads.get(m.group("head").replaceAll("\\s+", " "));
    String link = m.group("link") != null ? m.group("link") : m.group("elided");
    if (head == null || (link == null ? !head.links().isEmpty() : !head.links().contains(link))) {
      return null;
    }
    String label = head.label();
    if (m.group("neg") != null) {
      label = switch (label) {
        case "atLeast" -> "atMost";
        case "atMost" -> "atLeast";
        case "far" -> "approx";
        default -> null;
      };
    }
    if (label == null || label.equals("far")) {
      return null;
    }
    return new Reading(of(label), m.start(1));
  }

  private static boolean mayEndWithQualifier(String before) {
    String end = before.stripTrailing();
    for (String ending : ENDINGS) {
      if (end.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> endings() {
    Set<String> out = new LinkedHashSet<>(List.of("de", "que", "à", "d'", "qu'"));
    for (String head : LEX.qualifierHeads.keySet()) {
      out.add(head.substring(head.lastIndexOf(' ') + 1));
    }
    return List.copyOf(out);
  }

  /** The qualifier of a label of models/numbers (approx, atLeast, atMost, exact). */
  static Qualifier of(String label) {
    return switch (label) {
      case "approx" -> Qualifier.APPROX;
      case "atLeast" -> Qualifier.AT_LEAST;
      case "atMost" -> Qualifier.AT_MOST;
      default -> Qualifier.EXACT;
    };
  }
}
