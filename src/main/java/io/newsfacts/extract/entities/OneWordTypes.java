package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.EntityType;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type of a one-word name that the shape of the word or a closed class of words gives, when
 * no cue around it has ({@link TypeEvidence} asks after the cues):
 * <ul>
 *   <li>a cardinal point with a capital names a region (models/entities/cardinal-points.txt):
 *       "l'Est", "dans le Sud-Ouest", "le Moyen-Orient" are places, not organisations; so does a
 *       continent or a world region (models/entities/world-regions.txt): "l'Europe a décidé",
 *       "une Europe de la croissance", but not the radio glued to its number ("sur Europe1");
 *   <li>an acronym that the tagger calls a thing, alone after its article, is mostly a body:
 *       agencies, authorities, institutes and unions ("l'ANSES", "de l'IGF", "la CGT"); events and
 *       products are numbered ("la COP21") or classified by a noun ("le bouclier THAAD"); the
 *       common-noun acronyms (CV, TVA) are no entities at all (not-entities.txt);
 *   <li>a continent, world region or known place and a cardinal point after "du" or "de l'" is
 *       a place: "Europe de l'Est", "Ossétie du Sud".
 * </ul>
 */
final class OneWordTypes {
  /** Letters of an acronym, at least and at most. */
  private static final int SHORTEST = 2;
  private static final int LONGEST = 6;
  /** models/entities/world-regions.txt, folded. */
  private static final Set<String> WORLD_REGIONS = new HashSet<>();
  /** A head, "du" or "de l'", and one word: "Europe de l'Est", "Afrique du Nord". */
  private static final Pattern OF_COMPASS = Pattern.compile(
      "(\\p{Lu}[\\p{L}-]*) (?:du |de l['\u2019] ?)(\\p{Lu}[\\p{L}-]*)");
  private final Set<String> cardinalPoints;

  static {
    for (String line : Lexicon.lines("entities/world-regions.txt")) {
      WORLD_REGIONS.add(EntityLexicon.fold(line.trim()));
    }
  }

  OneWordTypes(EntityLexicon lexicon) {
    this.cardinalPoints = lexicon.cardinalPoints;
  }

  /** Whether a name is a cardinal point written with its capital ("Est", "Sud-Ouest"). */
  boolean cardinalPoint(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0))
        && cardinalPoints.contains(EntityLexicon.fold(name));
  }

  /**
   * Whether a name is a continent, a world region or a place of {@code places} and a cardinal
   * point after "du" or "de l'": "Europe de l'Est", "Afrique du Nord", "Ossétie du Sud" name a
   * part of it, a place whatever the tagger says; not "Caroline du Sud" said of a person (no
   * place opens it).
   */
  boolean regionOfCompass(String name, Predicate<String> places) {
    Matcher m = OF_COMPASS.matcher(name);
    if (!m.matches() || !cardinalPoint(m.group(2))) {
      return false;
    }
    String head = m.group(1);
    return WORLD_REGIONS.contains(EntityLexicon.fold(head)) || places.test(head);
  }

  /**
   * Whether a name is an acronym: two to six capital letters, digits after them allowed ("IGF",
   * "ANSES", "G20"), no lower-case letter.
   */
  static boolean acronym(String name) {
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c) || letters > 0 && letters < i) {
          return false; // a lower-case letter, or a letter after a digit
        }
        letters++;
      } else if (!Character.isDigit(c) || letters == 0) {
        return false;
      }
    }
    return letters >= SHORTEST && letters <= LONGEST;
  }

  /**
   * The type these words give the one-word name {@code name} that the tagger types
   * {@code tagged}, or null: a place for a cardinal point or a world region; an organisation for an acronym the
   * tagger calls a thing that stands alone after its article ("l'ANSES", "de la CNIL"), not one
   * a number follows ("la COP21", "l'A380") or a noun classifies ("le bouclier THAAD"), which
   * name events and products; a place acronym ("USA", "RDC") stays a place.
   *
   * @param afterArticle whether an article or "de" comes right before the name
   * @param numberAfter whether a number is written right after it, with no space
   */
  EntityType type(String name, EntityType tagged, boolean afterArticle, boolean numberAfter) {
    if (cardinalPoint(name) || WORLD_REGIONS.contains(EntityLexicon.fold(name)) && !numberAfter) {
      return EntityType.LOCATION;
    }
    // a number glued to the letters numbers it too: "la CIM10", "la COP21" name a classification
    // and an event, as "la COP 21" does
    boolean numbered = numberAfter || name.chars().anyMatch(Character::isDigit);
    return tagged == EntityType.MISC && acronym(name) && afterArticle && !numbered
        ? EntityType.ORGANIZATION : null;
  }
}
