package io.newsfacts.extract.numbers;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.Fact;
import io.newsfacts.model.FactExtractor;
import io.newsfacts.model.FactKind;
import io.newsfacts.model.IndexField;
import io.newsfacts.model.IndexSink;
import io.newsfacts.model.JsonFields;
import io.newsfacts.model.Labels;
import io.newsfacts.model.NumberFact;
import io.newsfacts.model.Qualifier;
import java.util.List;
import java.util.Locale;

/** The number kind: figures normalised, with qualifier, unit, rate and the date they refer to (from the dates). */
public final class Numbers implements FactKind<NumberFact> {
  public static final Numbers KIND = new Numbers();

  /** French text: the noun phrase counted (what {@code search --unit} matches). */
  public static final IndexField UNIT = IndexField.text("unit");
  /** Facet: the unit's head noun, lower-cased ("demandes" for "demandes d'asile"). */
  public static final IndexField UNIT_FACET = IndexField.facet("unit");
  /** Keyword: exact, approx, atLeast, atMost, range. */
  public static final IndexField QUALIFIER = IndexField.keyword("qualifier");
  /** Keyword: count, percent, money, multiplier, fraction, ordinal, other. */
  public static final IndexField NUMBER_KIND = IndexField.keyword("numberKind");
  /** Keyword: the period of a rate ("jour"). */
  public static final IndexField PER = IndexField.keyword("per");

  private static final List<Class<? extends Fact>> NEEDS = List.of(DateFact.class);

  private Numbers() {}

  @Override
  public String name() {
    return "number";
  }

  @Override
  public String plural() {
    return "numbers";
  }

  @Override
  public Class<NumberFact> factType() {
    return NumberFact.class;
  }

  /** A figure takes the date its sentence gives. */
  @Override
  public List<Class<? extends Fact>> needs() {
    return NEEDS;
  }

  @Override
  public FactExtractor<NumberFact> newExtractor() {
    NumberExtractor extractor = new NumberExtractor();
    return context -> extractor.extract(context.text(), context.facts(DateFact.class));
  }

  @Override
  public void writeJson(NumberFact n, JsonFields out) {
    out.string("text", n.text());
    out.number("value", n.value());
    out.number("low", n.low());
    out.number("high", n.high());
    out.string("qualifier", n.qualifier().label());
    out.string("kind", n.kind().label());
    out.string("unit", n.unit());
    out.string("unitHead", n.unitHead());
    out.string("per", n.per());
    out.string("date", n.date());
    out.integer("start", n.start());
    out.integer("end", n.end());
  }

  @Override
  public List<String> jsonFields() {
    return List.of("text", "value", "low", "high", "qualifier", "kind", "unit", "unitHead", "per", "date",
        "start", "end");
  }

  @Override
  public List<IndexField> indexFields() {
    return List.of(UNIT, UNIT_FACET, QUALIFIER, NUMBER_KIND, PER);
  }

  @Override
  public void index(NumberFact n, ArticleFacts article, IndexSink out) {
    out.range(n.low(), n.high());
    out.add(QUALIFIER, n.qualifier().label());
    out.add(NUMBER_KIND, n.kind().label());
    if (n.unit() != null && !n.unit().isBlank()) {
      // the phrase and its head, so that --unit "demandes d'asile" and --unit demandes both find it
      out.add(UNIT, n.unit());
      String head = n.unitHead() == null || n.unitHead().isBlank() ? n.unit() : n.unitHead();
      if (!head.equals(n.unit())) {
        out.add(UNIT, head);
      }
      out.add(UNIT_FACET, head.toLowerCase(Locale.ROOT));
    }
    if (n.per() != null && !n.per().isBlank()) {
      out.add(PER, n.per());
    }
    out.date(n.date());
  }

  @Override
  public String label(NumberFact n) {
    return value(n) + " " + n.kind().label()
        + (n.qualifier() == Qualifier.EXACT ? "" : " " + n.qualifier().label())
        + (n.unit() == null ? "" : " " + n.unit()) + (n.per() == null ? "" : " / " + n.per())
        + (Labels.timex(n.date()) == null ? "" : " @ " + Labels.timex(n.date()));
  }

  @Override
  public List<String> tableRows(List<NumberFact> numbers) {
    return numbers.stream()
        .map(n -> String.format("%-14s %-10s %-8s %-22s %s%s%s", value(n), n.kind().label(), n.qualifier().label(),
            "\"" + n.text() + "\"", Labels.orDash(n.unit()), n.per() == null ? "" : " / " + n.per(),
            Labels.timex(n.date()) == null ? "" : " @ " + Labels.timex(n.date())))
        .toList();
  }

  /** "200000", or "[20 .. 30]" for a range. */
  private static String value(NumberFact n) {
    return n.value() != null ? Labels.number(n.value())
        : "[" + Labels.number(n.low()) + " .. " + Labels.number(n.high()) + "]";
  }
}
