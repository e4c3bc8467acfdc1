package io.newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.json.ArticleLine;
import io.newsfacts.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link FrenchTimexGrammar#find} tries each pattern only where one of its start words stands; it
 * must find exactly what running every pattern over the whole text finds. A start word missing
 * from a rule shows here as a date the fast path loses.
 */
class FrenchTimexGrammarTest {
  private static final FrenchTimexGrammar GRAMMAR = new FrenchTimexGrammar(new TimeWords());

  @Test
  void findsWhatAWholeTextScanFindsOnHandMadeText() {
    List<String> texts = List.of(
        "Le 27 mai 1998, dimanche 29 août, le 6 mai dernier, lun. 18 février, jeudi 15, du 3 au 5 mai.",
        "Les 23 et 24 mai, entre le 13 et le 15 juillet, 13-15 juillet, les 6 et 13 avril.",
        "Octobre 98, mars 2011, le mois de juin, septembre dernier, début mars, mi-décembre, fin 2016.",
        "L'année 2001, l'an 2000, 2016-2017, entre 2010 et 2015, 15.05.2016, a15/05/2016, le 17/02, 2015-03-03.",
        "Les années 60, les années quatre-vingt, XXe siècle, le XIXᵉ siècle, le 3e siècle.",
        "AUJOURD'HUI VENDREDI, avant-hier soir, Après-demain matin, la veille au soir, l’avant-veille,"
            + " le lendemain du 13 février, hier à 10 h, ce jour-là.",
        "Mercredi dernier, ce dimanche, mardi soir, tous les jeudis, lundi en huit, chaque samedi, mardis.",
        "La semaine dernière, l'an dernier, cette année, ce week-end, en fin d'année, la nouvelle année.",
        "Au premier trimestre, le second semestre 2016, le 2e trimestre, le dernier semestre.",
        "Il y a trois jours, dans deux semaines, il y a 20 ans jour pour jour, voilà dix ans, deux jours plus tard.",
        "Pendant deux mois, depuis 7 ans, 30,4 secondes, environ une heure, près de vingt-cinq ans, une dizaine"
            + " d'années, de longs mois, depuis des années, ces derniers jours, les trois prochaines semaines.",
        "Un quart de siècle, une demi-heure, quinquennat, chaque jour, tous les 3 ans, toute l'année.",
        "À 14 h 30, 18 h, 10h30, 15:00, à quinze heures, vers midi, minuit et quart, à cinq heures du matin.",
        "La soirée, dans la nuit, en fin de soirée, ce soir, le matin même, très tôt le matin, cet après-midi.",
        "L'été 2015, en hiver, cet automne, le printemps dernier, Noël, la Toussaint, le lundi de Pâques,"
            + " la fête nationale, la Saint-Sylvestre 1999, le jour de l'an.",
        "LE 1ER MAI, Le\u00a014\u202fjuillet, le\u00a0lendemain, 3\u00a0h\u00a015, ANNÉES 80, MI-MARS.",
        "Il y a au moins trois ans, voici quelques jours, dans plusieurs semaines, pas moins de dix ans, de longs"
            + " mois, quelques semaines, plusieurs années, la quinzaine de jours, chaque matin, tous les soirs,"
            + " toutes les 2 semaines, chaque 3 ans, le jour même, le même jour, le jour d'après, jour de Noël.",
        "La fête du travail, en milieu de matinée, l'hiver, les mois d'été, mois d'hiver, le mois de mai, au mois"
            + " d'août, dès la fin de l'année, à la mi-mars, ces trois derniers jours, le 3 mai, tôt le matin,"
            + " au premier trimestre 2016, le 2e semestre, une quinzaine de jours, quelques dizaines d'années.",
        "Le vingt et un mai, le premier juin, 12-15 mai, 12 - 15 mai, du 3 au 5 mai, les vingt-deux et vingt-trois"
            + " avril, 1 000 ans, trois jours plus tard, vingt-deux ans, 30,4 secondes plus tôt, le 1er et le 3 mars.",
        // words glued together, as the patterns allow
        "Lasemaine dernière, cetété, enhiver, lanoël, ensoirée, cettesemaine, leweek-end, lamatinée, cejour,"
            + " 12au 15 mai, 12 au15 mai, 12au15 mai, 3et4 mai, 3à5 mai, 2e-3e siècle.");
    for (String text : texts) {
      assertEquals(signature(GRAMMAR.findScanningWholeText(text)), signature(GRAMMAR.find(text)), text);
    }
    assertTrue(GRAMMAR.find(texts.get(0)).size() >= 6, "hand-made dates not found");
  }

  @Test
  void findsWhatAWholeTextScanFindsOnBenchmarkNews() throws IOException {
    Path jsonl = SharedData.require("bench/fresada_regular_news_5000.jsonl");
    List<String> texts = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null && texts.size() < 600; ) {
        if (!line.isBlank()) {
          texts.add(ArticleLine.parse(line).text());
        }
      }
    }
    int mentions = 0;
    for (int i = 0; i < texts.size(); i++) {
      // every fifth text in capitals too: the patterns ignore case, so must the start words
      String text = i % 5 == 0 ? texts.get(i).toUpperCase(Locale.ROOT) : texts.get(i);
      List<Mention> found = GRAMMAR.find(text);
      mentions += found.size();
      assertEquals(signature(GRAMMAR.findScanningWholeText(text)), signature(found), "article " + i);
    }
    assertTrue(mentions > 1000, "too few dates: " + mentions);
  }

  /** What a list of mentions says: spans, types and values on a fixed day in a past clause. */
  private static String signature(List<Mention> mentions) {
    StringBuilder sb = new StringBuilder();
    for (Mention m : mentions) {
      Timeline t = new Timeline(LocalDate.of(2019, 6, 12));
      t.at(() -> Tense.PAST, null, false);
      sb.append(m.start()).append('-').append(m.end()).append(' ').append(m.type()).append(m.needsDay() ? " day " : " ")
          .append(m.meaning().resolve(t)).append('\n');
    }
    return sb.toString();
  }
}
