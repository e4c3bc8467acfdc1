package io.newsfacts.search;

import io.newsfacts.FactKinds;
import io.newsfacts.index.FactIndexWriter;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.DateType;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.NumberFact;
import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;
import io.newsfacts.model.Quote;
import io.newsfacts.model.QuoteKind;
import io.newsfacts.testing.HandText;
import io.newsfacts.testing.StandardFacts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Three hand-made articles with hand-made facts (no models), written to an index for search tests.
 * Every fact's text is found in its article, so offsets are real.
 *
 * <ul>
 *   <li>{@code a1} (2016-11-16, the "effet Trump" article): Boudreault quoted about Américains,
 *       "plus de 200 000 visites" in November 2016, Lavallée's figures;
 *   <li>{@code a2} (2016-10-05): 5 000 visites counted by Lavallée;
 *   <li>{@code a3} (2015-03-01): unemployment 10,5 % and 3 000 000 demandeurs, entre 20 et 30 euros.
 * </ul>
 */
public final class SearchCorpus {
  private SearchCorpus() {}

  public static final String A1 = "[PER Jean-Sébastien Boudreault] observe que les [MISC Américains] arrivent. "
      + "Le portail a reçu plus de 200 000 visites en novembre 2016. "
      + "«Les Américains ne viennent pas vivre au Canada comme ça», a dit Me [PER Boudreault]. "
      + "Le porte-parole [PER Jonathan Lavallée] parle de trois fois plus de vues.";
  public static final String A2 = "[PER Jonathan Lavallée] a compté 5 000 visites en octobre. "
      + "«Nous avons vu beaucoup de visites», a dit [PER Jonathan Lavallée].";
  public static final String A3 = "Le taux de chômage atteint 10,5 % en mars 2015. "
      + "[ORG Pôle emploi] compte 3 000 000 demandeurs. Un repas coûte entre 20 et 30 euros.";

  /** Writes the corpus into a new index at {@code dir}. */
  public static void write(Path dir) throws IOException {
    try (FactIndexWriter w = new FactIndexWriter(dir, FactKinds.STANDARD)) {
      for (ArticleFacts f : articles()) {
        w.write(f, "/corpus/" + f.article().id() + ".txt", "1:1");
      }
    }
  }

  public static List<ArticleFacts> articles() {
    return List.of(a1(), a2(), a3());
  }

  static ArticleFacts a1() {
    AnnotatedText t = HandText.of(A1);
    String s = t.text();
    Article a = new Article("a1", "a1.txt", "Effet Trump au Québec", null, null, LocalDate.of(2016, 11, 16), "fr", s);
    List<Entity> e = new ArrayList<>();
    e.add(entity(s, "Jean-Sébastien Boudreault", 0, EntityType.PERSON, "Jean-Sébastien Boudreault", "avocat"));
    e.add(entity(s, "Américains", 0, EntityType.MISC, "Américains", null));
    e.add(entity(s, "Américains", 1, EntityType.MISC, "Américains", null));
    e.add(entity(s, "Boudreault", 1, EntityType.PERSON, "Jean-Sébastien Boudreault", null));
    e.add(entity(s, "Jonathan Lavallée", 0, EntityType.PERSON, "Jonathan Lavallée", "porte-parole"));
    List<NumberFact> n = List.of(
        number(s, "plus de 200 000 visites", 200000.0, 200000.0, null, Qualifier.AT_LEAST, NumberKind.COUNT, "visites", "2016-11"),
        number(s, "trois fois plus", 3.0, 3.0, 3.0, Qualifier.EXACT, NumberKind.MULTIPLIER, "vues", null));
    List<DateFact> d = List.of(date(s, "novembre 2016", "2016-11"));
    List<Quote> q = List.of(quote(s, "Les Américains ne viennent pas vivre au Canada comme ça", QuoteKind.DIRECT,
        "Jean-Sébastien Boudreault", "avocat"));
    return StandardFacts.of(a, e, n, d, q, t);
  }

  static ArticleFacts a2() {
    AnnotatedText t = HandText.of(A2);
    String s = t.text();
    Article a = new Article("a2", "a2.txt", "Des visites", null, null, LocalDate.of(2016, 10, 5), "fr", s);
    List<Entity> e = List.of(
        entity(s, "Jonathan Lavallée", 0, EntityType.PERSON, "Jonathan Lavallée", null),
        entity(s, "Jonathan Lavallée", 1, EntityType.PERSON, "Jonathan Lavallée", null));
    List<NumberFact> n = List.of(
        number(s, "5 000 visites", 5000.0, 5000.0, 5000.0, Qualifier.EXACT, NumberKind.COUNT, "visites", "2016-10"));
    List<DateFact> d = List.of(date(s, "octobre", "2016-10"));
    List<Quote> q = List.of(quote(s, "Nous avons vu beaucoup de visites", QuoteKind.DIRECT, "Jonathan Lavallée", null));
    return StandardFacts.of(a, e, n, d, q, t);
  }

  static ArticleFacts a3() {
    AnnotatedText t = HandText.of(A3);
    String s = t.text();
    Article a = new Article("a3", "a3.txt", null, null, null, LocalDate.of(2015, 3, 1), "fr", s);
    List<Entity> e = List.of(entity(s, "Pôle emploi", 0, EntityType.ORGANIZATION, "Pôle emploi", null));
    List<NumberFact> n = List.of(
        number(s, "10,5 %", 10.5, 10.5, 10.5, Qualifier.EXACT, NumberKind.PERCENT, null, "2015-03"),
        number(s, "3 000 000 demandeurs", 3_000_000.0, 3_000_000.0, 3_000_000.0, Qualifier.EXACT, NumberKind.COUNT,
            "demandeurs", null),
        number(s, "entre 20 et 30 euros", null, 20.0, 30.0, Qualifier.RANGE, NumberKind.MONEY, "euros", null));
    List<DateFact> d = List.of(date(s, "mars 2015", "2015-03"));
    return StandardFacts.of(a, e, n, d, List.of(), t);
  }

  private static int at(String text, String what, int nth) {
    int i = -1;
    for (int k = 0; k <= nth; k++) {
      i = text.indexOf(what, i + 1);
      if (i < 0) {
        throw new IllegalArgumentException("'" + what + "' #" + nth + " not in the text");
      }
    }
    return i;
  }

  private static Entity entity(String s, String text, int nth, EntityType type, String canonical, String role) {
    int i = at(s, text, nth);
    return new Entity(text, type, canonical, i, i + text.length(), role);
  }

  private static NumberFact number(String s, String text, Double value, Double low, Double high, Qualifier q,
      NumberKind kind, String unit, String date) {
    int i = at(s, text, 0);
    return new NumberFact(text, value, low, high, q, kind, unit, null, date, i, i + text.length());
  }

  private static DateFact date(String s, String text, String value) {
    int i = at(s, text, 0);
    return new DateFact(text, DateType.DATE, value, i, i + text.length());
  }

  private static Quote quote(String s, String text, QuoteKind kind, String speaker, String role) {
    int i = at(s, text, 0);
    return new Quote(text, kind, speaker, role, i, i + text.length());
  }
}
