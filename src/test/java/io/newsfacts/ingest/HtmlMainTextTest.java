package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.lexicon.Lexicon;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The article of a page, without its furniture, with its headings and fact boxes. */
class HtmlMainTextTest {
  private static final HtmlMainText MAIN = new HtmlMainText(new HtmlNoise(), new HtmlFurniture(), Lexicon.lines("ingest/fact-boxes.txt"));

  private static final String BODY = """
      <p>Le ministère québécois de l’Immigration a lui aussi ressenti un effet Trump, la semaine dernière,
      avec une hausse notable des visites sur son site Internet consacré aux futurs immigrants.</p>
      <h2>Trop tôt pour les prévisions</h2>
      <p>Le porte-parole du ministère a confirmé que plus de 200 000 visites avaient été enregistrées
      mercredi, soit trois fois plus qu’à l’habitude, selon les chiffres obtenus par La Presse.</p>
      <p>Il est toutefois trop tôt pour dire si cette hausse se traduira par des demandes d’immigration,
      a-t-il ajouté, car le processus prend des mois et les candidats doivent remplir plusieurs critères.</p>
      """;

  private static String page(String articleExtra, String outside) {
    return """
        <html><head><title>Effet Trump</title>
        <meta property="article:published_time" content="2016-11-16T10:00:00+01:00">
        <meta property="og:site_name" content="Dreuz"></head><body>
        <div id="cookie-banner">Ce site utilise des cookies. <a>Accepter</a></div>
        <nav class="main-menu"><ul><li>Accueil</li><li>Politique</li><li>Monde</li></ul></nav>
        <article><h1>Effet Trump au Québec</h1>
        <div class="share-buttons"><a>Partager sur Facebook</a><a>Twitter</a></div>
        %s%s
        <div class="lire-aussi"><strong>Lire aussi</strong><a>Un autre article sans rapport</a></div>
        </article>
        %s
        <section id="comments"><p>Jean a écrit : totalement d'accord avec cet article, bravo !</p></section>
        <footer>Mentions légales · Contact · Plan du site</footer>
        </body></html>""".formatted(BODY, articleExtra, outside);
  }

  @Test
  void furnitureGoesHeadingsStay() {
    HtmlMainText.Page p = MAIN.read(page("", ""), null);
    assertTrue(p.text().contains("Trop tôt pour les prévisions\n\nLe porte-parole"), p.text());
    for (String furniture : new String[] {"cookies", "Accueil", "Partager", "Un autre article", "Jean a écrit", "Mentions légales"}) {
      assertFalse(p.text().contains(furniture), furniture + " kept in: " + p.text());
    }
    assertEquals(LocalDate.of(2016, 11, 16), p.published());
    assertEquals("Dreuz", p.publisher());
    assertEquals("Effet Trump", p.title());
  }

  @Test
  void factBoxOfTheArticleIsKept() {
    String box = """
        <aside class="encadre"><h3>EN CHIFFRES</h3><ul><li>200 000 visites mercredi</li>
        <li>899 pages uniques vues par jour en moyenne</li></ul></aside>""";
    HtmlMainText.Page p = MAIN.read(page(box, ""), null);
    assertTrue(p.text().contains("EN CHIFFRES"), p.text());
    assertTrue(p.text().contains("899 pages uniques vues par jour en moyenne"), p.text());
  }

  @Test
  void aFactBoxFarFromTheArticleIsNotPulledIn() {
    String other = """
        <div class="sidebar-x"><div><h3>En chiffres</h3><p>12 matchs joués cette saison par l'équipe locale</p></div></div>""";
    HtmlMainText.Page p = MAIN.read(page("", other), null);
    assertFalse(p.text().contains("12 matchs"), p.text());
  }

  @Test
  void aBodyClassNamedLikeFurnitureDoesNotEmptyThePage() {
    String html = page("", "").replace("<body>", "<body class=\"nav-open has-cookie-banner\">")
        .replace("<article>", "<article class=\"menu-article\">");
    HtmlMainText.Page p = MAIN.read(html, null);
    assertTrue(p.text().contains("Le porte-parole du ministère"), p.text());
  }

  @Test
  void noiseNamesMatchWholeWordsOfClassNames() {
    HtmlNoise noise = new HtmlNoise();
    org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(
        "<div class='canvas'>a</div><div class='live-match-comment'>b</div><div class='comments-list'>c</div>"
            + "<div class='social-links'>d</div><div id='navbar'>e</div><div class='img-metadata'>f</div>");
    assertEquals("a b", d.body().children().stream().filter(e -> !noise.isNoise(e))
        .map(e -> e.text()).reduce((x, y) -> x + " " + y).orElse(""));
  }
}
