package io.newsfacts.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated French news pages for measuring main-text extraction on markup nobody tuned for: a
 * real article's paragraphs (from the shared benchmark text, read at test time, never stored)
 * wrapped in one of several site families (WordPress, SPIP, Drupal, CSS-module class soup, table
 * layout, ...) with the furniture news sites put around an article: menus, breadcrumbs, share
 * bars, photo credits, inline "lire aussi", author bio boxes, related-article grids whose
 * teasers are other articles' titles and opening paragraphs, comments, newsletter boxes, footers.
 *
 * <p>Each page comes with its checks, as the public extraction benchmarks give them: snippets the
 * text must keep (paragraphs of the article) and snippets it must not contain (the furniture).
 * Families {@link #HELD_OUT} were written with the others but never looked at in detail while
 * tuning: their figure stands for pages nobody tuned for.
 */
final class NewsPages {
  /** A bench article: title and paragraphs (one a line in the benchmark text). */
  record Story(String title, List<String> paragraphs) {}

  /** A page and its checks. */
  record Page(String family, String html, List<String> keep, List<String> drop) {}

  static final List<String> TUNE = List.of("wordpress", "spip", "drupal", "cssmodules", "blogger", "quotidien");
  static final List<String> HELD_OUT = List.of("ghost", "tables", "html5", "regional");

  private static final String[] FIRST = {"Jean", "Marie", "Sophie", "Thomas", "Claire", "Nicolas", "Camille",
      "Julien", "Élodie", "Antoine", "Léa", "Mathieu", "Hélène", "Karim", "Nadia"};
  private static final String[] LAST = {"Dupont", "Martin", "Lefèvre", "Moreau", "Garnier", "Rousseau",
      "Benali", "Fontaine", "Chevalier", "Mercier", "Lambert", "Giraud", "Perrin", "Roux"};
  private static final String[] AGENCIES = {"AFP", "Reuters", "Maxppp", "AP", "Hans Lucas", "Getty Images",
      "Sipa", "Wikimedia Commons", "DR", "Pixabay", "Shutterstock", "Le Parisien / Olivier Arandel"};
  private static final String[] SECTIONS = {"Politique", "Économie", "Société", "International", "Culture",
      "Sports", "Planète", "Sciences", "Faits divers", "Régions", "Santé", "Tech"};
  private static final String[] SITE = {"Le Courrier du Centre", "La Gazette des Hauts", "L'Écho du Littoral",
      "Nord Matin", "Le Journal de la Vallée", "Info Provence", "Le Quotidien d'Armor"};

  private final Random random;
  private final List<Story> others;
  private List<String> drop;
  private Story current;

  NewsPages(long seed, List<Story> others) {
    this.random = new Random(seed);
    this.others = others;
  }

  Page page(String family, Story story) {
    drop = new ArrayList<>();
    current = story;
    String html = switch (family) {
      case "wordpress" -> wordpress(story);
      case "spip" -> spip(story);
      case "drupal" -> drupal(story);
      case "cssmodules" -> cssModules(story);
      case "blogger" -> blogger(story);
      case "quotidien" -> quotidien(story);
      case "ghost" -> ghost(story);
      case "tables" -> tables(story);
      case "html5" -> html5(story);
      case "regional" -> regional(story);
      default -> throw new IllegalArgumentException(family);
    };
    return new Page(family, html, keeps(story), List.copyOf(drop));
  }

  /**
   * The first and last paragraphs of prose and two others: what a benchmark's "with" snippets hold.
   * Prose: a sentence of 60 characters or more (the benchmark text has a few lines of its pages'
   * furniture left in, which are no check of ours).
   */
  private List<String> keeps(Story story) {
    List<String> body = new ArrayList<>();
    for (String p : story.paragraphs()) {
      if (isProse(p)) {
        body.add(p);
      }
    }
    List<String> out = new ArrayList<>();
    out.add(snippet(body.get(0)));
    out.add(snippet(body.get(body.size() - 1)));
    if (body.size() > 3) {
      out.add(snippet(body.get(1 + random.nextInt(body.size() - 2))));
      out.add(snippet(body.get(1 + random.nextInt(body.size() - 2))));
    }
    return out;
  }

  static String snippet(String paragraph) {
    String p = paragraph.strip();
    return p.length() <= 90 ? p : p.substring(0, p.lastIndexOf(' ', 90) > 40 ? p.lastIndexOf(' ', 90) : 90);
  }

  static boolean isProse(String p) {
    return p.length() >= 60 && p.matches(".*[.!?»\"”)]\\s*$") && !p.contains("{");
  }

  static boolean isHeading(String p) {
    return p.length() < 90 && !p.matches(".*[.!?:»\"”)]\\s*$");
  }

  // ---------------------------------------------------------------- the families

  private String wordpress(Story s) {
    String site = pick(SITE);
    return head(s, site) + "<body class=\"post-template-default single single-post\">"
        + "<div id=\"page\" class=\"site\"><header id=\"masthead\" class=\"site-header\">"
        + "<div class=\"site-branding\"><p class=\"site-title\"><a href=\"/\">" + site + "</a></p></div>"
        + "<nav id=\"site-navigation\" class=\"main-navigation\">" + menu("ul", "li") + "</nav></header>"
        + "<div id=\"content\" class=\"site-content\"><main id=\"main\" class=\"site-main\">"
        + "<article class=\"post type-post status-publish\"><header class=\"entry-header\"><h1 class=\"entry-title\">"
        + esc(s.title()) + "</h1><div class=\"entry-meta\">" + byline() + "</div></header>"
        + "<div class=\"entry-content\">" + figure("wp-caption", "wp-caption-text", true)
        + body(s, "p", "h2", inlineRead("p")) + (random.nextBoolean() ? creditParagraph("p") : "") + sharedaddy() + "</div>"
        + "<footer class=\"entry-footer\">" + tags("span", "tags-links") + "</footer></article>"
        + bioBox("div", "author-info", "h2") + related("div", "jp-relatedposts", "h3", "Articles similaires", 3)
        + comments("div", "comments-area", "comment-content") + "</main>"
        + "<aside id=\"secondary\" class=\"widget-area\">" + mostRead("section", "widget", "h2") + "</aside></div>"
        + "<footer id=\"colophon\" class=\"site-footer\">" + footer(site) + "</footer></div></body></html>";
  }

  private String spip(Story s) {
    String site = pick(SITE);
    return head(s, site) + "<body class=\"page_article\"><div class=\"page\"><div class=\"header\">"
        + "<a class=\"spip_logo_site\" href=\"/\">" + site + "</a>" + menu("ul", "li") + "</div>"
        + "<div class=\"main\"><div class=\"wrapper\"><div class=\"content\">"
        + "<p class=\"arbo\">" + breadcrumb() + "</p><div class=\"cartouche\"><h1 class=\"surtitre\">" + esc(s.title())
        + "</h1><p class=\"info-publi\">" + byline() + "</p></div>"
        + "<div class=\"chapo\"><p>" + esc(s.paragraphs().get(0)) + "</p></div><div class=\"texte\">"
        + body(s.paragraphs().subList(1, s.paragraphs().size()), "p", "h3", inlineRead("p"))
        + "</div>" + creditSpan("span", "credits") + "<div class=\"notes\"></div>"
        + related("div", "menu articles", "h2", "Dans la même rubrique", 4)
        + forum() + "</div></div><div class=\"aside\">" + mostRead("div", "menu", "h2") + newsletter("div", "formulaire_newsletter") + "</div></div>"
        + "<div class=\"footer\">" + footer(site) + "</div></div></body></html>";
  }

  private String drupal(Story s) {
    String site = pick(SITE);
    return head(s, site) + "<body class=\"path-node page-node-type-article\"><div class=\"dialog-off-canvas-main-canvas\">"
        + "<div class=\"layout-container\"><header role=\"banner\"><div class=\"region region-header\">" + site
        + "</div><div class=\"region region-primary-menu\">" + menu("ul", "li") + "</div></header>"
        + "<div class=\"region region-breadcrumb\">" + breadcrumb() + "</div>"
        + "<main role=\"main\"><div class=\"layout-content\"><div class=\"region region-content\">"
        + "<article class=\"node node--type-article node--view-mode-full\"><h1 class=\"page-title\"><span>" + esc(s.title())
        + "</span></h1><div class=\"node__meta\">" + byline() + "</div><div class=\"node__content\">"
        + "<div class=\"field field--name-field-image\">" + img() + "<div class=\"field--name-field-credit\">"
        + credit() + "</div></div>"
        + "<div class=\"clearfix text-formatted field field--name-body field--type-text-with-summary\">"
        + body(s, "p", "h2", inlineRead("p")) + "</div>" + creditParagraph("p")
        + "<div class=\"field field--name-field-tags\">" + tags("div", "field__item") + "</div></div></article>"
        + related("div", "block-views-block-related-content", "h2", "Sur le même sujet", 3)
        + "</div></div></main><footer role=\"contentinfo\"><div class=\"region region-footer\">" + footer(site)
        + "</div></footer></div></div></body></html>";
  }

  /** React/Next pages: class names are hashes, only the tags and the structure say what is what. */
  private String cssModules(Story s) {
    String site = pick(SITE);
    return head(s, site) + "<body><div id=\"__next\"><div class=\"" + h() + "\"><div class=\"" + h() + "\">"
        + "<a href=\"/\" class=\"" + h() + "\">" + site + "</a>" + menu("div", "a") + "</div>"
        + "<div class=\"" + h() + "\"><div class=\"" + h() + "\"><span class=\"" + h() + "\">" + pick(SECTIONS)
        + "</span><h1 class=\"" + h() + "\">" + esc(s.title()) + "</h1><div class=\"" + h() + "\">" + byline() + "</div>"
        + shareLinks("div", h()) + "<div class=\"" + h() + "\">" + img() + "<span class=\"" + h() + "\">" + credit()
        + "</span></div><div class=\"" + h() + "\">" + body(s, "p", "h2", inlineRead("div")) + "</div>"
        + "<div class=\"" + h() + "\">" + creditPlain() + "</div>"
        + bioBox("div", h(), "p") + "</div>" + related("div", h(), "h2", pick(new String[] {"À lire aussi", "Vous aimerez aussi", "Nos dernières actualités"}), 4)
        + "</div>" + newsletter("div", h()) + "<div class=\"" + h() + "\">" + footer(site) + "</div></div></div></body></html>";
  }

  /** Blogger: the post is one div of text and line breaks. */
  private String blogger(Story s) {
    StringBuilder text = new StringBuilder();
    for (String p : s.paragraphs()) {
      text.append(isHeading(p) ? "<b>" + esc(p) + "</b>" : esc(p)).append("<br /><br />\n");
    }
    String site = "Le blog de " + pick(FIRST) + " " + pick(LAST);
    return head(s, site) + "<body class=\"loading\"><div class=\"outer-wrapper\"><div class=\"header-outer\"><h1 class=\"title\">"
        + site + "</h1></div><div class=\"main-inner\"><div class=\"column-center-inner\"><div class=\"blog-posts hfeed\">"
        + "<div class=\"date-outer\"><h2 class=\"date-header\"><span>" + date() + "</span></h2>"
        + "<div class=\"post hentry\"><h3 class=\"post-title entry-title\">" + esc(s.title()) + "</h3>"
        + "<div class=\"post-body entry-content\">" + img() + "<br />" + text + creditPlain() + "<br /></div>"
        + "<div class=\"post-footer\"><div class=\"post-footer-line\">Publié par " + pick(FIRST) + " à 10:42 "
        + "<span class=\"post-comment-link\">" + (2 + random.nextInt(9)) + " commentaires</span></div>"
        + "<div class=\"post-share-buttons\"><a>Envoyer par e-mail</a><a>BlogThis!</a><a>Partager sur Twitter</a></div></div></div></div>"
        + comments("div", "comments", "comment-body") + "</div></div></div>"
        + "<div class=\"sidebar\">" + mostRead("div", "widget PopularPosts", "h2") + "</div></div></body></html>";
  }

  /** A national daily: lede, article body, a "lire aussi" catcher inside, "more articles" after. */
  private String quotidien(Story s) {
    String site = pick(SITE);
    return head(s, site) + "<body><div class=\"Header\"><div class=\"Header__logo\">" + site + "</div>"
        + menu("ul", "li") + "</div><main class=\"article--content\"><section class=\"article__header\">"
        + "<ul class=\"breadcrumb\"><li>" + pick(SECTIONS) + "</li></ul><h1 class=\"article__title\">" + esc(s.title())
        + "</h1><p class=\"article__desc\">" + esc(s.paragraphs().get(0)) + "</p><span class=\"meta__author\">"
        + byline() + "</span></section><section class=\"article__wrapper\">" + figure("article__media", "article__legend", false)
        + "<article class=\"article__content\">" + body(s.paragraphs().subList(1, s.paragraphs().size()),
            "p class=\"article__paragraph\"", "h2 class=\"article__sub-title\"", catcher())
        + "<p class=\"article__paragraph article__credit\">" + creditPlain() + "</p></article>"
        + "<section class=\"article__reactions\">" + reactions() + "</section></section>"
        + moreArticles() + "</main><footer class=\"Footer\">" + footer(site) + "</footer></body></html>";
  }

  // held-out families: never looked at in detail while tuning

  private String ghost(Story s) {
    String site = pick(SITE);
    return head(s, site) + "<body class=\"post-template\"><div class=\"viewport\"><header id=\"gh-head\" class=\"gh-head\">"
        + "<a class=\"gh-head-logo\" href=\"/\">" + site + "</a><nav class=\"gh-head-menu\">" + menu("ul", "li") + "</nav></header>"
        + "<main id=\"site-main\" class=\"site-main\"><article class=\"article post\"><header class=\"article-header gh-canvas\">"
        + "<span class=\"article-tag\">" + pick(SECTIONS) + "</span><h1 class=\"article-title\">" + esc(s.title())
        + "</h1><p class=\"article-excerpt\">" + esc(s.paragraphs().get(0)) + "</p><div class=\"article-byline\">" + byline()
        + "</div><figure class=\"article-image\">" + img() + "<figcaption>" + credit() + "</figcaption></figure></header>"
        + "<section class=\"gh-content gh-canvas\">" + body(s.paragraphs().subList(1, s.paragraphs().size()), "p", "h2", inlineRead("p"))
        + "<p><em>" + creditPlain() + "</em></p></section></article>"
        + bioBox("section", "author-card", "h3")
        + related("aside", "read-more-wrap", "h3", "Lire la suite", 3) + "</main>"
        + "<footer class=\"site-footer outer\">" + footer(site) + "</footer></div></body></html>";
  }

  /** An old site laid out with tables and font tags. */
  private String tables(Story s) {
    String site = pick(SITE);
    StringBuilder text = new StringBuilder();
    for (String p : s.paragraphs()) {
      text.append(isHeading(p) ? "<p><b>" + esc(p) + "</b></p>" : "<p><font face=\"Arial\" size=\"2\">" + esc(p) + "</font></p>");
    }
    return head(s, site) + "<body bgcolor=\"#ffffff\"><table width=\"100%\"><tr><td colspan=\"2\"><font size=\"5\">" + site
        + "</font><br>" + menu("font", "a") + "</td></tr><tr><td width=\"160\" valign=\"top\">" + mostRead("div", "", "b")
        + "</td><td valign=\"top\"><font size=\"4\"><b>" + esc(s.title()) + "</b></font><br><font size=\"1\">" + byline()
        + "</font><br>" + img() + "<br><font size=\"1\">" + credit() + "</font>" + text
        + "<p><font size=\"1\">" + creditPlain() + "</font></p><hr>" + related("div", "", "b", "Dans la même rubrique", 4)
        + "</td></tr><tr><td colspan=\"2\" align=\"center\"><font size=\"1\">" + footer(site)
        + "</font></td></tr></table></body></html>";
  }

  /** HTML5 tags and no class names at all. */
  private String html5(Story s) {
    String site = pick(SITE);
    return head(s, site) + "<body><header><a href=\"/\">" + site + "</a><nav>" + menu("ul", "li") + "</nav></header>"
        + "<main><article><header><h1>" + esc(s.title()) + "</h1><p>" + byline() + "</p></header>"
        + "<figure>" + img() + "<figcaption>" + credit() + "</figcaption></figure>"
        + body(s, "p", "h2", inlineRead("aside")) + "<p><small>" + creditPlain() + "</small></p>"
        + "<section>" + shareLinks("div", "") + "</section></article>"
        + "<aside>" + bioPlain() + "</aside>" + related("section", "", "h2", "Plus d'articles", 4)
        + "<section><h2>" + (2 + random.nextInt(20)) + " commentaires</h2>" + commentList("article", "") + "</section></main>"
        + "<footer>" + footer(site) + "</footer></body></html>";
  }

  /** A regional daily: the related list sits inside the article container, after the text. */
  private String regional(Story s) {
    String site = pick(SITE);
    return head(s, site) + "<body><div id=\"app\"><div class=\"top-bar\">" + site + menu("ul", "li") + "</div>"
        + "<div class=\"container\"><div class=\"row\"><div class=\"col-md-8\"><div class=\"su-article\">"
        + "<h1>" + esc(s.title()) + "</h1><div class=\"su-date\">" + byline() + "</div>" + shareLinks("ul", "su-share")
        + "<div class=\"su-media\">" + img() + "<p class=\"su-photo\">" + credit() + "</p></div>"
        + "<div class=\"su-article-body\">" + body(s, "p", "h2", inlineRead("p")) + "</div>"
        + "<p class=\"su-copy\">" + creditPlain() + "</p>"
        + related("div", "su-liste", "h3", pick(new String[] {"Les plus lus", "À voir aussi", "Dans l'actualité"}), 4)
        + "</div></div><div class=\"col-md-4\">" + newsletter("div", "box-nl") + mostRead("div", "box", "h3")
        + "</div></div></div><div class=\"bottom\">" + footer(site) + "</div></div></body></html>";
  }

  // ---------------------------------------------------------------- the parts

  private String head(Story s, String site) {
    return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + esc(s.title()) + " - " + site
        + "</title><meta property=\"og:site_name\" content=\"" + esc(site) + "\"></head>";
  }

  /** The article's paragraphs, headings for short unpunctuated lines, an inline teaser after the second. */
  private String body(Story s, String p, String heading, String inline) {
    return body(s.paragraphs(), p, heading, inline);
  }

  private String body(List<String> paragraphs, String p, String heading, String inline) {
    StringBuilder sb = new StringBuilder();
    int at = Math.min(2, paragraphs.size() - 1);
    for (int i = 0; i < paragraphs.size(); i++) {
      String t = paragraphs.get(i);
      String tag = isHeading(t) ? heading : p;
      String close = tag.split(" ")[0];
      sb.append('<').append(tag).append('>').append(esc(t)).append("</").append(close).append(">\n");
      if (i == at && inline != null) {
        sb.append(inline);
      }
    }
    return sb.toString();
  }

  private String menu(String list, String item) {
    StringBuilder sb = new StringBuilder("<" + list + ">");
    for (String s : new String[] {"Accueil", pick(SECTIONS), pick(SECTIONS), pick(SECTIONS), "Vidéos", "Podcasts"}) {
      sb.append('<').append(item).append(item.equals("a") ? " href=\"/r\">" : "><a href=\"/r\">").append(s)
          .append(item.equals("a") ? "</a>" : "</a></" + item + ">");
    }
    return sb.append("</").append(list.split(" ")[0]).append('>').toString();
  }

  private String breadcrumb() {
    return "<a href=\"/\">Accueil</a> &gt; <a href=\"/r\">" + pick(SECTIONS) + "</a> &gt; <a href=\"/r\">" + pick(SECTIONS) + "</a>";
  }

  private String byline() {
    return "Par <a href=\"/auteur\">" + pick(FIRST) + " " + pick(LAST) + "</a> · Publié le " + date();
  }

  private String date() {
    String[] months = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre"};
    return (1 + random.nextInt(28)) + " " + pick(months) + " 20" + (10 + random.nextInt(14));
  }

  private String img() {
    return "<img src=\"/img/" + random.nextInt(100000) + ".jpg\" alt=\"\">";
  }

  /** A credit line under a photo. */
  private String credit() {
    String c = pick(new String[] {
        "Crédits photos : " + pick(AGENCIES) + " / " + pick(FIRST) + " " + pick(LAST),
        "© " + pick(AGENCIES),
        "Photo : " + pick(FIRST) + " " + pick(LAST) + " / " + pick(AGENCIES),
        "(Photo " + pick(AGENCIES) + ")",
        "Crédit photo : " + pick(AGENCIES),
        "Photo d'illustration " + pick(AGENCIES),
        "Image : " + pick(AGENCIES) + " - " + pick(FIRST) + " " + pick(LAST)});
    drop.add(c);
    return esc(c);
  }

  /** A credit line at the end of the article text, where the issue found one kept. */
  private String creditPlain() {
    String c = pick(new String[] {
        "Crédits photos : " + pick(AGENCIES) + ", " + pick(AGENCIES),
        "Crédit photo de une : " + pick(FIRST) + " " + pick(LAST) + " / " + pick(AGENCIES),
        "Photo de couverture : " + pick(AGENCIES),
        "Photos : " + pick(FIRST) + " " + pick(LAST) + " pour " + pick(SITE),
        "© " + pick(AGENCIES) + " / " + pick(FIRST) + " " + pick(LAST),
        "Crédits : " + pick(AGENCIES) + " - " + pick(AGENCIES),
        "Illustration : " + pick(FIRST) + " " + pick(LAST)});
    drop.add(c);
    return esc(c);
  }

  private String creditParagraph(String tag) {
    return "<" + tag + ">" + creditPlain() + "</" + tag + ">";
  }

  private String creditSpan(String tag, String cls) {
    return "<" + tag + " class=\"" + cls + "\">" + credit() + "</" + tag + ">";
  }

  private String figure(String cls, String captionCls, boolean wrapInDiv) {
    String caption = esc(pick(new String[] {"Vue générale de la salle, le jour du vote.", "Le site, photographié en début de semaine.",
        "Des manifestants devant la préfecture."})) + " " + credit();
    return wrapInDiv ? "<div class=\"" + cls + "\">" + img() + "<p class=\"" + captionCls + "\">" + caption + "</p></div>"
        : "<figure class=\"" + cls + "\">" + img() + "<figcaption class=\"" + captionCls + "\">" + caption + "</figcaption></figure>";
  }

  /** "Lire aussi" in the middle of the article text. */
  private String inlineRead(String tag) {
    Story other = other();
    String label = pick(new String[] {"Lire aussi", "À lire aussi", "LIRE AUSSI", "Lire aussi :", "À lire également", "Voir aussi"});
    drop.add(other.title());
    return "<" + tag + "><strong>" + label + "</strong> <a href=\"/a\">" + esc(other.title()) + "</a></" + tag.split(" ")[0] + ">";
  }

  private String catcher() {
    Story other = other();
    drop.add(other.title());
    return "<section class=\"catcher\"><span class=\"catcher__label\">Lire aussi</span> <a class=\"js-article-read-also\" href=\"/a\">"
        + esc(other.title()) + "</a></section>";
  }

  private String sharedaddy() {
    drop.add("Partager sur Facebook");
    return "<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Partager :</h3><ul><li><a>Partager sur Facebook</a></li>"
        + "<li><a>Partager sur X</a></li><li><a>Imprimer</a></li></ul></div>";
  }

  private String shareLinks(String tag, String cls) {
    String label = pick(new String[] {"Partager sur Facebook", "Partager l'article sur WhatsApp", "Envoyer par e-mail"});
    drop.add(label);
    return "<" + tag + (cls.isEmpty() ? "" : " class=\"" + cls + "\"") + "><a href=\"#\">Facebook</a> <a href=\"#\">X</a> <a href=\"#\">"
        + label + "</a> <a href=\"#\">Copier le lien</a></" + tag + ">";
  }

  private String tags(String tag, String cls) {
    return "Mots-clés : <" + tag + " class=\"" + cls + "\"><a href=\"/t\">" + pick(SECTIONS) + "</a>, <a href=\"/t\">"
        + pick(SECTIONS) + "</a></" + tag + ">";
  }

  /** The writer's box after the article: photo, name, a sentence or two of bio, a link. */
  private String bioBox(String tag, String cls, String nameTag) {
    String name = pick(FIRST) + " " + pick(LAST);
    String bio = bioSentence(name);
    drop.add(bio);
    return "<" + tag + " class=\"" + cls + "\">" + img() + "<" + nameTag + ">"
        + pick(new String[] {"À propos de l'auteur", "L'auteur", name, "Par " + name})
        + "</" + nameTag + "><p>" + esc(bio) + "</p><a href=\"/auteur\">Voir tous ses articles</a></" + tag + ">";
  }

  private String bioPlain() {
    String name = pick(FIRST) + " " + pick(LAST);
    String bio = bioSentence(name);
    drop.add(bio);
    return "<h2>" + name + "</h2><p>" + esc(bio) + "</p>";
  }

  private String bioSentence(String name) {
    return pick(new String[] {
        name + " est journaliste au service " + pick(SECTIONS).toLowerCase() + " depuis 20" + (10 + random.nextInt(12))
            + ". Passé(e) par " + pick(SITE) + ", il ou elle couvre l'actualité de la région.",
        "Journaliste indépendant(e), " + name + " collabore avec plusieurs titres de la presse quotidienne régionale et s'intéresse aux questions sociales.",
        name + " a rejoint la rédaction en 20" + (10 + random.nextInt(12)) + " après des études de sciences politiques à Lille. Spécialiste des questions "
            + pick(new String[] {"agricoles", "européennes", "de santé", "d'éducation"}) + ".",
        "Diplômé(e) de l'École supérieure de journalisme, " + name + " est rédacteur(trice) en chef adjoint(e) chargé(e) du numérique."});
  }

  /** A "related" block: a heading then teasers, each a title link, often an excerpt and a date. */
  private String related(String tag, String cls, String headTag, String heading, int n) {
    StringBuilder sb = new StringBuilder("<" + tag + (cls.isEmpty() ? "" : " class=\"" + cls + "\"") + "><" + headTag + ">"
        + heading + "</" + headTag + ">");
    boolean list = random.nextBoolean();
    sb.append(list ? "<ul>" : "<div>");
    for (int i = 0; i < n; i++) {
      Story o = other();
      String excerpt = teaser(o);
      drop.add(o.title());
      if (i == 0) {
        drop.add(snippet(excerpt));
      }
      sb.append(list ? "<li>" : "<div class=\"" + (cls.isEmpty() ? "" : "item") + "\">").append(img())
          .append("<h4><a href=\"/a").append(i).append("\">").append(esc(o.title())).append("</a></h4><p>")
          .append(esc(excerpt)).append("</p><span>").append(date()).append("</span>").append(list ? "</li>" : "</div>");
    }
    return sb.append(list ? "</ul>" : "</div>").append("</").append(tag).append('>').toString();
  }

  /** "Plus d'articles": teasers under the article, no container class but the grid's. */
  private String moreArticles() {
    StringBuilder sb = new StringBuilder("<section class=\"river\"><h2 class=\"river__title\">Plus d'articles</h2>");
    for (int i = 0; i < 4; i++) {
      Story o = other();
      drop.add(o.title());
      String excerpt = teaser(o);
      if (i < 2) {
        drop.add(snippet(excerpt));
      }
      sb.append("<div class=\"teaser\"><a class=\"teaser__link\" href=\"/b\"><h3 class=\"teaser__title\">").append(esc(o.title()))
          .append("</h3></a><p class=\"teaser__desc\">").append(esc(excerpt)).append("</p></div>");
    }
    return sb.append("</section>").toString();
  }

  private String mostRead(String tag, String cls, String headTag) {
    StringBuilder sb = new StringBuilder("<" + tag + (cls.isEmpty() ? "" : " class=\"" + cls + "\"") + "><" + headTag + ">"
        + pick(new String[] {"Les plus lus", "Articles populaires", "Les plus partagés", "Derniers articles"}) + "</" + headTag + "><ol>");
    for (int i = 0; i < 5; i++) {
      Story o = other();
      drop.add(o.title());
      sb.append("<li><a href=\"/c\">").append(esc(o.title())).append("</a></li>");
    }
    return sb.append("</ol></").append(tag).append('>').toString();
  }

  private String teaser(Story o) {
    String p = o.paragraphs().get(0);
    return p.length() > 220 ? p.substring(0, p.lastIndexOf(' ', 200)) + "…" : p;
  }

  private static final String[] COMMENT = {
      "Encore une décision prise sans consulter les habitants, comme d'habitude. On verra bien ce que ça donnera dans deux ans.",
      "Merci pour cet article très complet, enfin un peu de clarté sur ce dossier que personne ne comprenait.",
      "Je ne suis pas du tout d'accord avec cette analyse, les chiffres cités sont largement sous-estimés à mon avis.",
      "Et pendant ce temps-là, les petits commerces du centre-ville ferment les uns après les autres. Triste époque.",
      "Il serait temps que nos élus se réveillent. Cela fait dix ans que l'on attend ces travaux promis à chaque élection."};

  private String comments(String tag, String cls, String textCls) {
    int n = 2 + random.nextInt(3);
    return "<" + tag + " id=\"comments\" class=\"" + cls + "\"><h2 class=\"comments-title\">" + n + " réflexions au sujet de « article »</h2>"
        + commentList("div", textCls) + "<div id=\"respond\"><h3>Laisser un commentaire</h3><p>Votre adresse e-mail ne sera pas publiée.</p></div></"
        + tag + ">";
  }

  private String commentList(String tag, String textCls) {
    StringBuilder sb = new StringBuilder("<ol>");
    for (int i = 0; i < 3; i++) {
      String c = COMMENT[random.nextInt(COMMENT.length)];
      if (i == 0) {
        drop.add(c);
      }
      sb.append("<li><").append(tag).append("><b>").append(pick(FIRST)).append("</b> <span>").append(date())
          .append(" à 18h").append(10 + i).append("</span><div").append(textCls.isEmpty() ? "" : " class=\"" + textCls + "\"")
          .append("><p>").append(esc(c)).append("</p></div><a href=\"#\">Répondre</a></").append(tag).append("></li>");
    }
    return sb.append("</ol>").toString();
  }

  private String forum() {
    String c = COMMENT[random.nextInt(COMMENT.length)];
    drop.add(c);
    return "<div class=\"forum\"><h2>Messages</h2><ul><li class=\"forum-fil\"><div class=\"forum-message\"><div class=\"forum-chapo\">"
        + "<strong>" + pick(FIRST) + "</strong>, le " + date() + "</div><div class=\"forum-texte\"><p>" + esc(c)
        + "</p><p class=\"repondre\"><a>Répondre à ce message</a></p></div></div></li></ul></div>";
  }

  private String reactions() {
    String c = COMMENT[random.nextInt(COMMENT.length)];
    drop.add(c);
    return "<h3>Réactions (" + (3 + random.nextInt(40)) + ")</h3><div class=\"comment\"><p class=\"comment__author\">" + pick(FIRST)
        + "</p><p class=\"comment__content\">" + esc(c) + "</p></div><a>Voir les réactions</a>";
  }

  private String newsletter(String tag, String cls) {
    String t = pick(new String[] {"Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.",
        "Inscrivez-vous à notre newsletter et ne manquez plus aucune information locale."});
    drop.add(t);
    return "<" + tag + " class=\"" + cls + "\"><h3>Newsletter</h3><p>" + t + "</p><input type=\"email\"><button>Je m'inscris</button></" + tag + ">";
  }

  private String footer(String site) {
    String t = "© " + (2010 + random.nextInt(14)) + " " + site + " - Tous droits réservés";
    drop.add(t);
    return "<ul><li><a>Mentions légales</a></li><li><a>Contact</a></li><li><a>Gestion des cookies</a></li></ul><p>" + esc(t) + "</p>";
  }

  // ---------------------------------------------------------------- small things

  private Story other() {
    Story o;
    do {
      o = others.get(random.nextInt(others.size()));
    } while (o.title().equals(current.title()));
    return o;
  }

  private String h() {
    String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789";
    StringBuilder sb = new StringBuilder(random.nextBoolean() ? "css-" : "sc-");
    for (int i = 0; i < 7; i++) {
      sb.append(chars.charAt(random.nextInt(chars.length())));
    }
    return sb.toString();
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
