package io.newsfacts.extract.entities;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A long generated French article, tagged as the tagger would tag it, for tests that the
 * extractors read long texts whole: varied sentences with many different people (with roles,
 * titles and pronouns), places, organisations and acronyms, figures in digits and words, direct
 * and reported quotes, paragraphs. Not realistic news; the same seed gives the same article.
 */
public final class LongArticle {
  private static final String[] FIRST = {"Jean", "Marie", "Pierre", "Sophie", "Nicolas", "Isabelle", "François",
      "Nathalie", "Laurent", "Céline", "Olivier", "Sandrine", "Philippe", "Valérie", "Julien", "Aurélie",
      "Thomas", "Claire", "Mathieu", "Hélène", "Antoine", "Camille", "Sébastien", "Émilie", "Guillaume"};
  private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
      "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand",
      "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert",
      "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin"};
  private static final String[] PLACES = {"Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Rennes", "Brest",
      "Lille", "Bordeaux", "Strasbourg", "Montpellier", "Grenoble", "Quimper", "Carhaix", "Rouen", "Caen"};
  private static final String[] ROLES = {"le porte-parole", "la ministre", "le maire", "la députée",
      "le président", "la directrice", "le secrétaire général", "la sénatrice", "le préfet", "l' avocate"};
  private static final String[] ORGS = {"Parti socialiste", "Assemblée nationale", "Conseil constitutionnel",
      "Association des maires de France", "Cour des comptes", "Conseil régional de Bretagne"};
  private static final String[] NUMBERS = {"14 137", "3,5", "deux cents", "12", "1.200.000", "quarante-deux",
      "55,4", "7", "mille", "dix-huit", "2 500", "0,8"};
  private static final String[] TEMPLATES = {
      "{ROLE} {PER} a déclaré : « Nous allons investir {NUM} millions d' euros dans la région de {LOC} » .",
      "« Il est trop tôt pour le dire , mais la situation reste grave » , a expliqué {PER} , {ROLE} du {ORG} .",
      "Selon {PER} , le nombre de chômeurs a augmenté de {NUM} % en 2019 à {LOC} .",
      "{PER} a affirmé qu' il comptait {NUM} adhérents et {NUM} salariés au {ORG} .",
      "Le président de la République a reçu {PER} et {PER} à {LOC} le 12 mars .",
      "L' {ACRNAME} ( {ACR} ) a publié un rapport de {NUM} pages sur la sécurité .",
      "« C' est une décision historique qui engage tout le pays » , estime {PER} .",
      "Elle a précisé que plus de deux cents personnes étaient présentes à {LOC} .",
      "M. {LAST} , qui dirige le {ORG} depuis 2015 , n' a pas souhaité réagir .",
      "Les militants de l' {ACR} ont recruté une dizaine de volontaires , soit la moitié des effectifs .",
      "Il est trop tôt pour conclure , explique {ROLE} .",
      "La hausse atteint {NUM} % , soit {NUM} euros par mois selon {ROLE} de {LOC} .",
      "Interrogé , {PER} a indiqué que la réunion aurait lieu à {LOC} avec {NUM} participants ."};
  private static final String[][] ACRONYMS = {{"Agence régionale de santé", "ARS"},
      {"Union des industries chimiques", "UIC"}, {"Office national des forêts", "ONF"}};
  private static final Map<String, String> POS = Map.ofEntries(Map.entry("le", "DET"), Map.entry("la", "DET"),
      Map.entry("les", "DET"), Map.entry("l'", "DET"), Map.entry("un", "DET"), Map.entry("une", "DET"),
      Map.entry("des", "DET"), Map.entry("du", "DET"), Map.entry("de", "ADP"), Map.entry("d'", "ADP"),
      Map.entry("à", "ADP"), Map.entry("au", "ADP"), Map.entry("en", "ADP"), Map.entry("dans", "ADP"),
      Map.entry("sur", "ADP"), Map.entry("pour", "ADP"), Map.entry("par", "ADP"), Map.entry("avec", "ADP"),
      Map.entry("selon", "ADP"), Map.entry("depuis", "ADP"), Map.entry("et", "CCONJ"), Map.entry("mais", "CCONJ"),
      Map.entry("a", "AUX"), Map.entry("est", "AUX"), Map.entry("ont", "AUX"), Map.entry("étaient", "AUX"),
      Map.entry("aurait", "AUX"), Map.entry("il", "PRON"), Map.entry("elle", "PRON"), Map.entry("nous", "PRON"),
      Map.entry("qui", "PRON"), Map.entry("qu'", "SCONJ"), Map.entry("que", "SCONJ"), Map.entry("ne", "ADV"),
      Map.entry("n'", "ADV"), Map.entry("pas", "ADV"), Map.entry("plus", "ADV"), Map.entry("trop", "ADV"),
      Map.entry("tôt", "ADV"), Map.entry("déclaré", "VERB"), Map.entry("expliqué", "VERB"),
      Map.entry("affirmé", "VERB"), Map.entry("augmenté", "VERB"), Map.entry("reçu", "VERB"),
      Map.entry("publié", "VERB"), Map.entry("estime", "VERB"), Map.entry("précisé", "VERB"),
      Map.entry("dirige", "VERB"), Map.entry("souhaité", "VERB"), Map.entry("réagir", "VERB"),
      Map.entry("recruté", "VERB"), Map.entry("explique", "VERB"), Map.entry("atteint", "VERB"),
      Map.entry("indiqué", "VERB"), Map.entry("allons", "AUX"), Map.entry("investir", "VERB"),
      Map.entry("dire", "VERB"), Map.entry("reste", "VERB"), Map.entry("engage", "VERB"),
      Map.entry("comptait", "VERB"), Map.entry("conclure", "VERB"), Map.entry("grave", "ADJ"),
      Map.entry("historique", "ADJ"), Map.entry("présentes", "ADJ"), Map.entry("régionale", "ADJ"),
      Map.entry("national", "ADJ"), Map.entry("Interrogé", "VERB"), Map.entry("soit", "CCONJ"));

  private LongArticle() {}

  /** An article of about {@code chars} characters. */
  public static AnnotatedText of(int chars, long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    int inParagraph = 0;
    while (text.length() < chars) {
      List<Token> tokens = new ArrayList<>();
      int start = text.length();
      String template = TEMPLATES[random.nextInt(TEMPLATES.length)];
      String[] acronym = ACRONYMS[random.nextInt(ACRONYMS.length)];
      boolean glue = true;
      for (String piece : template.split(" ")) {
        String[] words;
        String ner = "O";
        switch (piece) {
          case "{PER}" -> {
            words = (FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]).split(" ");
            ner = "PER";
          }
          case "{LAST}" -> {
            words = new String[] {LAST[random.nextInt(LAST.length)]};
            ner = "PER";
          }
          case "{LOC}" -> {
            words = new String[] {PLACES[random.nextInt(PLACES.length)]};
            ner = "LOC";
          }
          case "{ORG}" -> {
            words = ORGS[random.nextInt(ORGS.length)].split(" ");
            ner = "ORG";
          }
          case "{ACRNAME}" -> {
            words = acronym[0].split(" ");
            ner = "ORG";
          }
          case "{ACR}" -> {
            words = new String[] {acronym[1]};
            ner = "ORG";
          }
          case "{ROLE}" -> words = ROLES[random.nextInt(ROLES.length)].split(" ");
          case "{NUM}" -> words = NUMBERS[random.nextInt(NUMBERS.length)].split("(?<=[a-z]) ");
          default -> words = new String[] {piece};
        }
        for (String w : words) {
          boolean closing = w.equals(",") || w.equals(".") || w.equals(")");
          if (!glue && !closing) {
            text.append(' ');
          }
          if (tokens.isEmpty() && Character.isLowerCase(w.charAt(0))) {
            w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
          }
          int s = text.length();
          text.append(w);
          tokens.add(new Token(w, s, text.length(), pos(w), ner));
          glue = w.endsWith("'") || w.equals("(");
        }
      }
      sentences.add(new Sentence(start, text.length(), tokens));
      if (++inParagraph == 5) {
        text.append("\n\n");
        inParagraph = 0;
      } else {
        text.append(' ');
      }
    }
    return new AnnotatedText(text.toString(), sentences);
  }

  private static String pos(String w) {
    String known = POS.get(w.toLowerCase());
    if (known != null) {
      return known;
    }
    char c = w.charAt(0);
    if (Character.isDigit(c)) {
      return "NUM";
    }
    if (!Character.isLetter(c)) {
      return "PUNCT";
    }
    return Character.isUpperCase(c) ? "PROPN" : "NOUN";
  }
}
