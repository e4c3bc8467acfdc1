package io.newsfacts.web;

import io.newsfacts.FactKinds;
import io.newsfacts.Pipeline;
import io.newsfacts.index.FactIndexWriter;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.testing.HandText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Five short French articles written for the web tests (invented stories about real places, entity
 * tags by hand as in {@link HandText}), their facts found by the real extractors without the models,
 * written to an index. Four tell of asylum requests and migrants over 2016-2017; the fifth,
 * {@link #HOSTILE_ID}, holds markup in its title, text and a speaker's name.
 */
final class WebCorpus {
  static final String HOSTILE_ID = "hostile";
  static final String HOSTILE_TITLE = "<script>alert(\"titre\")</script> Un titre piégé";

  private WebCorpus() {}

  private record Text(String id, LocalDate published, String title, String marked) {}

  private static final List<Text> TEXTS = List.of(
      new Text("asile-record", LocalDate.of(2017, 1, 18), "Demandes d'asile : un record en 2016",
          "L'[ORG Ofpra] a enregistré 85 244 demandes d'asile en 2016, soit 7 % de plus qu'en 2015. "
              + "«Nous n'avons jamais reçu autant de dossiers», a déclaré [PER Pascal Brice], directeur général de l'[ORG Ofpra]. "
              + "En décembre 2016, 7 200 demandes d'asile ont été déposées, selon le ministère de l'Intérieur. "
              + "Le délai moyen de traitement est tombé à quatre mois.\n\n"
              + "Les Soudanais et les Afghans forment les premiers groupes de demandeurs. "
              + "[PER Pascal Brice] a rappelé que 36 % des demandes ont reçu une réponse positive."),
      new Text("calais-juillet", LocalDate.of(2016, 7, 12), "Calais : le nombre de migrants augmente",
          "Près de 7 000 migrants vivent dans la jungle de [LOC Calais], selon l'association [ORG L'Auberge des migrants]. "
              + "En mars 2016, ils étaient 4 500 migrants. "
              + "«La situation devient intenable», a affirmé [PER Natacha Bouchart], maire de [LOC Calais]. "
              + "Le préfet a annoncé 200 places supplémentaires dans les centres d'accueil."),
      new Text("calais-octobre", LocalDate.of(2016, 10, 24), "Démantèlement de la jungle de Calais",
          "Le démantèlement du camp de [LOC Calais] a commencé lundi. "
              + "Plus de 2 300 migrants ont quitté la jungle dans la journée, a indiqué le ministère de l'Intérieur. "
              + "«Tout se déroule dans le calme», a déclaré [PER Bernard Cazeneuve], ministre de l'Intérieur. "
              + "[PER Natacha Bouchart] a salué une opération nécessaire. "
              + "Les demandes d'asile devraient atteindre 80 000 en décembre 2016."),
      new Text("asile-allemagne", LocalDate.of(2017, 4, 5), "Asile : l'Allemagne accueille moins",
          "L'[LOC Allemagne] a reçu 280 000 demandes d'asile en 2016, contre 890 000 demandes d'asile en 2015. "
              + "«La route des Balkans est fermée», a expliqué [PER Angela Merkel] mardi à [LOC Berlin]. "
              + "En [LOC France], 7 % de demandes d'asile en plus ont été comptées en mars 2017."),
      new Text(HOSTILE_ID, LocalDate.of(2016, 11, 2), HOSTILE_TITLE,
          "Le site a publié <script>alert(1)</script> puis <img src=x onerror=alert(2)> dans sa page. "
              + "«Ceci est un test <b>gras</b> de 12 visites», a dit [PER Jean <i>Onerror</i>]."));

  /** The corpus, extracted. */
  static List<ArticleFacts> articles() {
    Pipeline pipeline = new Pipeline(HandText::of, FactKinds.STANDARD);
    List<ArticleFacts> out = new ArrayList<>();
    for (Text t : TEXTS) {
      AnnotatedText annotated = HandText.of(t.marked());
      Article a = new Article(t.id(), t.id() + ".txt", t.title(), null, "Le Quotidien d'essai", t.published(), "fr",
          annotated.text());
      out.add(pipeline.extract(a, annotated));
    }
    return out;
  }

  /** Writes the corpus into a new index at {@code dir}. */
  static void write(Path dir) throws IOException {
    try (FactIndexWriter w = new FactIndexWriter(dir, FactKinds.STANDARD)) {
      for (ArticleFacts f : articles()) {
        w.write(f, "/corpus/" + f.article().id() + ".txt", "1:1");
      }
    }
  }
}
