package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.Token;
import io.newsfacts.testing.HandText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link HandText} made to look like CoreNLP's French output for the entity rules: elided articles
 * split off their word ("l'Immigration" -> "l'" "Immigration") and a part-of-speech tag on every
 * word, from the small dictionary below (unknown capitalised words are PROPN, other words NOUN).
 * Only the words the tests use are listed.
 */
final class TaggedText {
  private static final Pattern ELIDED = Pattern.compile("(?i)((?:qu|[ldjnsmtc])['’])(.+)");
  private static final Map<String, String> POS = Map.ofEntries(
      Map.entry("le", "DET"), Map.entry("la", "DET"), Map.entry("les", "DET"),
      Map.entry("l'", "DET"), Map.entry("l’", "DET"), Map.entry("un", "DET"),
      Map.entry("une", "DET"), Map.entry("des", "DET"), Map.entry("du", "ADP"),
      Map.entry("son", "DET"), Map.entry("sa", "DET"), Map.entry("ce", "DET"),
      Map.entry("de", "ADP"), Map.entry("d'", "ADP"), Map.entry("d’", "ADP"),
      Map.entry("à", "ADP"), Map.entry("au", "ADP"), Map.entry("en", "ADP"),
      Map.entry("pour", "ADP"), Map.entry("sur", "ADP"), Map.entry("dans", "ADP"),
      Map.entry("selon", "ADP"), Map.entry("et", "CCONJ"), Map.entry("mais", "CCONJ"),
      Map.entry("quant", "ADV"), Map.entry("enfin", "ADV"), Map.entry("ne", "ADV"),
      Map.entry("aujourd'hui", "ADV"),
      Map.entry("pas", "ADV"), Map.entry("plus", "ADV"), Map.entry("il", "PRON"),
      Map.entry("se", "PRON"), Map.entry("qui", "PRON"), Map.entry("rien", "PRON"),
      Map.entry("a", "AUX"), Map.entry("est", "AUX"), Map.entry("ont", "AUX"),
      Map.entry("dit", "VERB"), Map.entry("confirme", "VERB"), Map.entry("confirmé", "VERB"),
      Map.entry("souligné", "VERB"), Map.entry("remarque", "VERB"), Map.entry("féminise", "VERB"),
      Map.entry("visité", "VERB"), Map.entry("voté", "VERB"), Map.entry("siège", "VERB"),
      Map.entry("reçu", "VERB"), Map.entry("décide", "VERB"), Map.entry("perdu", "VERB"),
      Map.entry("parle", "VERB"), Map.entry("retrouvez", "VERB"), Map.entry("étonné", "VERB"),
      Map.entry("québécois", "ADJ"), Map.entry("fédéral", "ADJ"), Map.entry("constitutionnel", "ADJ"),
      Map.entry("nationale", "ADJ"), Map.entry("démocrate", "ADJ"), Map.entry("ancienne", "ADJ"),
      Map.entry("américains", "ADJ"), Map.entry("régional", "ADJ"), Map.entry("prioritaire", "ADJ"),
      Map.entry("carrée", "ADJ"), Map.entry("solidaire", "ADJ"), Map.entry("solidaires", "ADJ"), Map.entry("ancien", "ADJ"), Map.entry("premier", "ADJ"), Map.entry("première", "ADJ"), Map.entry("août", "NOUN"), Map.entry("exit", "NOUN"),
      Map.entry("libéré", "VERB"), Map.entry("reconnait", "VERB"),
      Map.entry("prestigieuse", "ADJ"), Map.entry("française", "ADJ"), Map.entry("médicale", "ADJ"));

  private TaggedText() {}

  /**
   * Canonical name -> type of each entity {@code extractor} finds in {@code marked} (tags as in
   * {@link #of}), in order of first mention; every mention's offsets must give its text.
   */
  static Map<String, EntityType> entities(EntityExtractor extractor, String marked) {
    AnnotatedText doc = of(marked);
    Map<String, EntityType> out = new LinkedHashMap<>();
    for (Entity e : extractor.extract(doc)) {
      assertEquals(e.text(), doc.text().substring(e.start(), e.end()), "offsets of " + e);
      out.putIfAbsent(e.canonical(), e.type());
    }
    return out;
  }

  /** A tag written right after an elided article ("L'[ORG Équipe]"): the tagger left it out. */
  private static final Pattern TAG_AFTER_ELISION = Pattern.compile(
      "(?i)(?<=[ldjnsmtc]['’])\\[(PER|LOC|ORG|MISC) ");
  private static final Pattern TAG = Pattern.compile("\\[(PER|LOC|ORG|MISC) ([^\\]]+)\\]");

  /** Where in the text each tag written after an elided article starts, and its tag. */
  private static Map<Integer, String> tagsAfterElision(String marked) {
    Map<Integer, String> out = new java.util.HashMap<>();
    Matcher m = TAG.matcher(marked);
    int removed = 0;
    while (m.find()) {
      Matcher after = TAG_AFTER_ELISION.matcher(marked);
      after.useTransparentBounds(true).region(m.start(), marked.length());
      if (after.lookingAt()) {
        out.put(m.start() - removed, m.group(1));
      }
      removed += m.group().length() - m.group(2).length();
    }
    return out;
  }

  static AnnotatedText of(String marked) {
    AnnotatedText hand = HandText.of(marked);
    Map<Integer, String> afterElision = tagsAfterElision(marked);
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : hand.sentences()) {
      List<Token> tokens = new ArrayList<>();
      for (Token t : s.tokens()) {
        Matcher m = ELIDED.matcher(t.word());
        if (m.matches()) {
          int split = t.start() + m.end(1);
          String ner = afterElision.getOrDefault(split, t.ner());
          tokens.add(new Token(m.group(1), t.start(), split, pos(m.group(1)), t.ner()));
          tokens.add(new Token(m.group(2), split, t.end(), pos(m.group(2)), ner));
        } else {
          tokens.add(new Token(t.word(), t.start(), t.end(), pos(t.word()), t.ner()));
        }
      }
      sentences.add(new Sentence(s.start(), s.end(), tokens));
    }
    return new AnnotatedText(hand.text(), sentences);
  }

  private static String pos(String word) {
    String known = POS.get(word.toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    if (!Character.isLetterOrDigit(word.charAt(0))) {
      return "PUNCT";
    }
    if (Character.isDigit(word.charAt(0))) {
      return "NUM";
    }
    return Character.isUpperCase(word.charAt(0)) ? "PROPN" : "NOUN";
  }
}
