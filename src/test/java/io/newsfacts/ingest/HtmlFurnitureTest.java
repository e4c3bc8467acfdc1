package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One kind of furniture a test, each in markup whose class names say nothing (hashes), so that
 * only structure and wording can find it; the article around it must stay whole.
 */
class HtmlFurnitureTest {
  private static final HtmlMainText MAIN = new HtmlMainText();

  private static final List<String> ARTICLE = List.of(
      "Le conseil municipal de Brest a voté mardi soir un budget de 14 millions d'euros pour rénover les écoles"
          + " du centre-ville, une enveloppe en hausse de 12 % sur un an selon l'adjointe aux finances.",
      "Les travaux commenceront à l'été 2025 dans quatre groupes scolaires, dont celui de Kerangoff, fermé depuis"
          + " l'incendie de janvier, a précisé la mairie dans un communiqué publié mercredi matin.",
      "L'opposition a voté contre, jugeant le calendrier trop lent : « Les familles attendent depuis trois ans »,"
          + " a déclaré son président, qui réclame un audit indépendant sur l'état des bâtiments.",
      "La métropole prévoit de son côté une seconde tranche de travaux en 2027, pour un montant encore à définir,"
          + " après la publication du rapport de la chambre régionale des comptes attendu à l'automne.");

  /** A page with the article in hashed-class divs, {@code inside} after its second paragraph, {@code after} after it. */
  private static String page(String inside, String after) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < ARTICLE.size(); i++) {
      body.append("<p>").append(ARTICLE.get(i)).append("</p>");
      if (i == 1) {
        body.append(inside);
      }
    }
    return "<html><head><title>Brest rénove ses écoles</title></head><body><div class=\"css-1x9a2\">"
        + "<div class=\"css-7hq0p\"><h1>Brest rénove ses écoles</h1><div class=\"sc-b2k\">" + body + "</div>"
        + "</div>" + after + "</div></body></html>";
  }

  private static String text(String inside, String after) {
    String text = MAIN.read(page(inside, after), null).text();
    for (String p : ARTICLE) {
      assertTrue(text.contains(p), () -> "article paragraph lost: " + p + "\nin: " + text);
    }
    return text;
  }

  private static void assertGone(String text, String... furniture) {
    for (String f : furniture) {
      assertFalse(text.contains(f), () -> "kept \"" + f + "\" in: " + text);
    }
  }

  private static String teaser(int i) {
    return "<div class=\"sc-q" + i + "\"><img src=\"/i" + i + ".jpg\"><h3><a href=\"/a" + i + "\">Un autre titre de l'actualité numéro " + i
        + "</a></h3><p>Le début d'un autre article de la rédaction, repris ici pour donner envie de cliquer, avec assez de mots"
        + " pour ressembler à un vrai paragraphe de texte suivi.</p><span>12 mars 2024</span></div>";
  }

  @Test
  void inlineReadAlsoTeaser() {
    String text = text("<p><strong>LIRE AUSSI</strong> <a href=\"/x\">Quimper : la piscine fermée jusqu'en juin</a></p>"
        + "<div>À lire également : <a href=\"/y\">Morlaix vote son budget</a></div>", "");
    assertGone(text, "LIRE AUSSI", "Quimper", "Morlaix", "À lire également");
  }

  @Test
  void labelAloneThenItsLink() {
    String text = text("<div><span>Lire aussi</span></div><div><a href=\"/x\">Quimper : la piscine fermée jusqu'en juin</a></div>", "");
    assertGone(text, "Lire aussi", "Quimper");
  }

  @Test
  void relatedArticlesUnderTheirHeadingWithExcerpts() {
    String text = text("", "<div class=\"css-r1\"><h2>Sur le même sujet</h2>" + teaser(1) + teaser(2) + "</div>");
    assertGone(text, "Sur le même sujet", "Un autre titre", "Le début d'un autre article");
  }

  @Test
  void teaserGridWithoutHeading() {
    String text = text("", "<section class=\"css-g\">" + teaser(1) + teaser(2) + teaser(3) + teaser(4) + "</section>");
    assertGone(text, "Un autre titre", "Le début d'un autre article");
  }

  @Test
  void moreArticlesHeadingInsideTheArticleContainer() {
    String html = page("", "").replace("</div></div></div></body>",
        "<h2>Plus d'articles</h2>" + teaser(1) + teaser(2) + "</div></div></div></body>");
    String text = MAIN.read(html, null).text();
    assertTrue(text.contains(ARTICLE.get(3)), text);
    assertGone(text, "Plus d'articles", "Un autre titre", "Le début d'un autre article");
  }

  @Test
  void authorBioBoxByHeadingAndByLink() {
    String byHeading = text("", "<div class=\"css-a\"><img src=\"/p.jpg\"><h3>À propos de l'auteur</h3>"
        + "<p>Marie Kerhervé est journaliste à la rédaction de Brest depuis 2012, où elle suit la vie municipale.</p></div>");
    assertGone(byHeading, "À propos de l'auteur", "Marie Kerhervé");
    String byLink = text("", "<div class=\"css-b\"><img src=\"/p.jpg\"><p>Par Yann Le Goff</p>"
        + "<p>Yann Le Goff couvre l'éducation et la jeunesse pour l'édition du Finistère.</p><a href=\"/auteur\">Voir tous ses articles</a></div>");
    assertGone(byLink, "Yann Le Goff", "Voir tous ses articles");
  }

  @Test
  void commentsSection() {
    String comment = "<div class=\"css-c\"><b>Loïc</b> <span>12 mars</span><p>Enfin ! Cela fait des années que les parents"
        + " le demandent, il était temps que la mairie se décide à agir pour nos enfants.</p><a href=\"#\">Répondre</a></div>";
    String text = text("", "<div class=\"css-k\"><h2>3 commentaires</h2>" + comment + comment
        + "<h3>Laisser un commentaire</h3></div>");
    assertGone(text, "commentaires", "Loïc", "Enfin !", "Laisser un commentaire");
  }

  @Test
  void photoCreditsUnderAPhotoAndAtTheEnd() {
    String text = text("<div><img src=\"/e.jpg\"><span>Crédits photos : AFP / Fred Tanneau</span></div>",
        "<p>© Ouest-France</p><p><em>Photo d'illustration Maxppp</em></p><p>(Photo Reuters)</p>");
    assertGone(text, "Crédits photos", "Fred Tanneau", "Ouest-France", "Maxppp", "Reuters");
  }

  @Test
  void linkListsAndMenus() {
    String text = text("", "<div class=\"css-m\"><a href=\"/1\">Brest</a> <a href=\"/2\">Quimper</a> <a href=\"/3\">Morlaix</a>"
        + " <a href=\"/4\">Lorient</a></div><ul><li><a href=\"/p\">Mentions légales</a></li><li><a href=\"/c\">Contact</a></li>"
        + "<li><a href=\"/r\">Recrutement</a></li></ul>");
    assertGone(text, "Quimper", "Mentions légales");
  }

  @Test
  void aListInTheArticleIsNotATeaserList() {
    String list = "<ul><li>14 millions d'euros pour les écoles du centre, dont la moitié pour l'isolation.</li>"
        + "<li>Quatre groupes scolaires rénovés d'ici à 2026, <a href=\"/k\">dont Kerangoff</a>.</li>"
        + "<li>Une seconde tranche en 2027, selon la métropole.</li></ul>";
    String text = text(list, "");
    assertTrue(text.contains("Quatre groupes scolaires rénovés d'ici à 2026, dont Kerangoff."), text);
    assertTrue(text.contains("Une seconde tranche en 2027"), text);
  }

  @Test
  void aWordListEditChangesWhatIsFound() {
    HtmlFurniture none = new HtmlFurniture(List.of(), List.of(), List.of(), List.of());
    HtmlFurniture credits = new HtmlFurniture(List.of(), List.of(), List.of(), List.of("photo ?:"));
    assertFalse(none.isCredit("Photo : AFP"));
    assertTrue(credits.isCredit("Photo : AFP"));
    assertFalse(credits.isCredit("Photo : " + "x".repeat(HtmlFurniture.CREDIT_LINE)), "a credit line is short");
  }
}
