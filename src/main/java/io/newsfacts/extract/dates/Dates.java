package io.newsfacts.extract.dates;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.FactExtractor;
import io.newsfacts.model.FactKind;
import io.newsfacts.model.IndexField;
import io.newsfacts.model.IndexSink;
import io.newsfacts.model.JsonFields;
import io.newsfacts.model.Labels;
import java.util.List;

/** The date kind: temporal expressions and their TIMEX3 values, resolved against the publication date. */
public final class Dates implements FactKind<DateFact> {
  public static final Dates KIND = new Dates();

  /** Keyword: DATE, TIME, DURATION, SET. */
  public static final IndexField DATE_TYPE = IndexField.keyword("dateType");
  /** Keyword: the TIMEX3 value ("2016-11", "2016-W45", "P3D"). */
  public static final IndexField TIMEX = IndexField.keyword("timex");

  private Dates() {}

  @Override
  public String name() {
    return "date";
  }

  @Override
  public String plural() {
    return "dates";
  }

  @Override
  public Class<DateFact> factType() {
    return DateFact.class;
  }

  @Override
  public FactExtractor<DateFact> newExtractor() {
    DateExtractor extractor = new DateExtractor();
    return context -> extractor.extract(context.text(), context.published());
  }

  @Override
  public void writeJson(DateFact d, JsonFields out) {
    out.string("text", d.text());
    out.string("type", d.type().name());
    out.string("value", d.value());
    out.integer("start", d.start());
    out.integer("end", d.end());
  }

  @Override
  public List<String> jsonFields() {
    return List.of("text", "type", "value", "start", "end");
  }

  @Override
  public List<IndexField> indexFields() {
    return List.of(DATE_TYPE, TIMEX);
  }

  @Override
  public void index(DateFact d, ArticleFacts article, IndexSink out) {
    out.add(DATE_TYPE, d.type().name());
    out.add(TIMEX, d.value());
    out.date(d.value());
  }

  @Override
  public String label(DateFact d) {
    String when = Labels.timex(d.value());
    return d.type().name() + " " + (when == null ? "date inconnue" : when);
  }

  @Override
  public List<String> tableRows(List<DateFact> dates) {
    return dates.stream()
        .map(d -> String.format("%-12s %-9s \"%s\"", Labels.orDash(Labels.timex(d.value())), d.type(), d.text()))
        .toList();
  }
}
