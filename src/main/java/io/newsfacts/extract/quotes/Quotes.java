package io.newsfacts.extract.quotes;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Fact;
import io.newsfacts.model.FactExtractor;
import io.newsfacts.model.FactKind;
import io.newsfacts.model.IndexField;
import io.newsfacts.model.IndexSink;
import io.newsfacts.model.JsonFields;
import io.newsfacts.model.Labels;
import io.newsfacts.model.Quote;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The quote kind: direct and indirect speech with its speaker (a canonical name from the entities). */
public final class Quotes implements FactKind<Quote> {
  public static final Quotes KIND = new Quotes();

  /**
   * Names, one value a name: the speaker's canonical name, aliases (how the article mentions them)
   * and roles (what {@code search --speaker} matches); on article documents, everyone quoted.
   */
  public static final IndexField SPEAKER = IndexField.names("speaker");
  /** Facet: the speaker's canonical name. */
  public static final IndexField SPEAKER_FACET = IndexField.facet("speaker");
  /** Keyword: direct, indirect. */
  public static final IndexField QUOTE_KIND = IndexField.keyword("quoteKind");

  private static final List<Class<? extends Fact>> NEEDS = List.of(Entity.class);

  private Quotes() {}

  @Override
  public String name() {
    return "quote";
  }

  @Override
  public String plural() {
    return "quotes";
  }

  @Override
  public Class<Quote> factType() {
    return Quote.class;
  }

  /** Speakers are people and organisations the article names. */
  @Override
  public List<Class<? extends Fact>> needs() {
    return NEEDS;
  }

  @Override
  public FactExtractor<Quote> newExtractor() {
    QuoteExtractor extractor = new QuoteExtractor();
    return context -> extractor.extract(context.text(), context.facts(Entity.class));
  }

  @Override
  public void writeJson(Quote q, JsonFields out) {
    out.string("text", q.text());
    out.string("kind", q.kind().label());
    out.string("speaker", q.speaker());
    out.string("speakerRole", q.speakerRole());
    out.integer("start", q.start());
    out.integer("end", q.end());
    out.string("speakerEvidence", q.speakerEvidence());
  }

  @Override
  public List<String> jsonFields() {
    return List.of("text", "kind", "speaker", "speakerRole", "start", "end", "speakerEvidence");
  }

  @Override
  public List<IndexField> indexFields() {
    return List.of(SPEAKER, SPEAKER_FACET, QUOTE_KIND);
  }

  @Override
  public void index(Quote q, ArticleFacts article, IndexSink out) {
    out.add(QUOTE_KIND, q.kind().label());
    if (q.speaker() != null && !q.speaker().isBlank()) {
      // the speaker as the article names them: "Me Boudreault", "l'avocat" find Jean-Sébastien Boudreault
      Set<String> who = new LinkedHashSet<>();
      who.add(q.speaker());
      List<Entity> entities = article.facts(Entity.class);
      for (Entity e : entities) {
        if (e.canonical().equals(q.speaker())) {
          who.add(e.text());
        }
      }
      for (Entity e : entities) {
        if (e.role() != null && e.canonical().equals(q.speaker())) {
          who.add(e.role());
        }
      }
      if (q.speakerRole() != null && !q.speakerRole().isBlank()) {
        who.add(q.speakerRole());
      }
      for (String name : who) {
        out.add(SPEAKER, name);
      }
      out.add(SPEAKER_FACET, q.speaker());
    }
  }

  @Override
  public void indexArticle(List<Quote> quotes, IndexSink out) {
    Set<String> speakers = new LinkedHashSet<>();
    for (Quote q : quotes) {
      if (q.speaker() != null && !q.speaker().isBlank() && speakers.add(q.speaker())) {
        out.add(SPEAKER, q.speaker());
      }
    }
  }

  @Override
  public String label(Quote q) {
    return q.kind().label() + ", " + (q.speaker() == null ? "speaker unknown" : q.speaker())
        + (q.speakerRole() == null ? "" : " (" + q.speakerRole() + ")");
  }

  @Override
  public List<String> tableRows(List<Quote> quotes) {
    return quotes.stream()
        .map(q -> String.format("[%s] %s%s: «%s»", q.kind().label(), Labels.orDash(q.speaker()),
            q.speakerRole() == null ? "" : " (" + q.speakerRole() + ")", Labels.shorten(q.text(), 160)))
        .toList();
  }

  /** In quotation marks. */
  @Override
  public String hitText(String text) {
    return "«" + Labels.shorten(text, 300) + "»";
  }
}
