package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives one type to an entity whose mentions {@link EntityLinker} has grouped: the votes of its
 * mentions, weighted by origin and by the evidence of the lexicons and context. Split from
 * {@link EntityLinker}.
 */
final class EntityTypeVote {
  /**
   * The words between two items of a list, maybe with the indefinite article a person takes as a
   * type ("d'un Poutine, d'un Erdogan ou d'un Maduro").
   */
  private static final Pattern LIST_SEPARATOR = Pattern.compile(
      "\\s*(?:,|,?\\s*(?:et|ou))\\s*(?:et\\s+)?(?:(?:de\\s+|d['\u2019]\\s*)?une?\\s+)?");
  private final EntityLexicon lexicon;
  private final TypeEvidence evidence;
  private final ListNeighbours lists;
  private final EventNames events;

  EntityTypeVote(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.evidence = new TypeEvidence(lexicon);
    this.lists = new ListNeighbours(lexicon.names);
    this.events = new EventNames(lexicon);
  }

  /**
   * The last words of the article's mentions of people that start with a first name ("Hollande" of
   * "François Hollande"): {@link ListNeighbours#listedWithSurnames} reads them.
   */
  Set<String> surnames(String text, List<Candidate> ms) {
    return lists.surnames(text, ms);
  }

  /**
   * One type for the whole entity: demonyms are MISC, then gazetteer, then votes weighted by
   * origin and by the evidence of the lexicons and context ({@link TypeEvidence}). When the
   * entity has a person's full name, only its mentions of two words or more vote: the full name's
   * type wins for its surname ("François Hollande" and "Hollande").
   *
   * @param surnames the article's {@link #surnames}, read once for all its entities
   */
  EntityType of(String text, List<Candidate> ms, String[] names, String[][] words,
      List<Integer> group, int best, ArticleWords articleWords, Set<String> surnames) {
    if (lexicon.demonyms.contains(String.join(" ", words[best]))
        && !lexicon.names.place(names[best])
        && group.stream().noneMatch(i -> ms.get(i).origin() == Candidate.Origin.GAZETTEER
            || evidence.namedByPhrase(articleWords, ms.get(i)))) {
      // but "aux Philippines" may be the country, "en Lorraine" the region (the votes say), "au
      // Parisien" the paper (the gazetteer says), "dans les colonnes du Parisien" too (the phrase)
      return EntityType.MISC;
    }
    boolean fullName = false;
    for (int i : group) {
      Candidate c = ms.get(i);
      if (c.origin() == Candidate.Origin.GAZETTEER) {
        return c.type();
      }
      fullName |= c.type() == EntityType.PERSON && words[i].length >= 2
          && c.origin() != Candidate.Origin.STRUCTURE && c.origin() != Candidate.Origin.NAMED_BY_NOUN;
    }
    for (int i : group) {
      if (events.named(names[i], names[i].split(" "), words[i])) {
        // "Traité de Lisbonne", "Ve République", "Crédit d'impôt pour la compétitivité et l'emploi
        // (CICE)": the head of one of its names makes a thing of the entity, whatever the tagger,
        // an acronym or the structure of a body's name ("Conférence nationale des territoires") say
        return EntityType.MISC;
      }
    }
    int[] votes = new int[EntityType.values().length];
    for (int i : group) {
      Candidate c = ms.get(i);
      if (fullName && words[i].length < 2 && c.origin() != Candidate.Origin.TITLE) {
        continue;
      }
      int weight = switch (c.origin()) {
        case STRUCTURE, NAMED_BY_NOUN, TITLE, ACRONYM -> 10;
        case TAIL -> 3;
        default -> c.type() == EntityType.PERSON && words[i].length >= 2 ? 3 : 1;
      };
      votes[c.type().ordinal()] += weight;
      evidence.vote(articleWords, c, names[i], words[i], listedWithPeople(text, ms, i), votes);
      EntityType listed = lists.type(text, ms, i);
      if (listed != null) { // "d'EELV, de Nouvelle Donne, du Front de gauche"
        votes[listed.ordinal()] += 3;
      }
      if (lists.listedWithSurnames(text, ms, i, surnames)) { // "charge Hollande, Ayrault et Moscovici"
        votes[EntityType.PERSON.ordinal()] += 3;
      }
      if (lists.slashPartner(text, ms, i)) { // "un sondage Ipsos/Sopra Steria"
        votes[EntityType.ORGANIZATION.ordinal()] += 10;
      }
    }
    EntityType winner = ms.get(group.get(0)).type();
    for (EntityType t : EntityType.values()) {
      if (votes[t.ordinal()] > votes[winner.ordinal()]) {
        winner = t;
      }
    }
    if (winner == EntityType.LOCATION) {
      boolean unknown = true;
      int afterOf = 0;
      for (int i : group) {
        unknown &= evidence.unknownPlace(articleWords, ms.get(i), names[i]);
        afterOf += evidence.afterBareOf(articleWords, ms.get(i)) ? 1 : 0;
      }
      if (unknown && 2 * afterOf < group.size()) {
        // "les supermarchés Biocoop": a place no lexicon knows, seldom after a bare "de" as
        // towns are ("le maire de Carhaix")
        return EntityType.ORGANIZATION;
      }
    }
    return winner;
  }

  /**
   * Whether mention {@code i} is in a list ("X, Y et Z") next to a mention tagged as a person or
   * made of a first name.
   */
  private boolean listedWithPeople(String text, List<Candidate> ms, int i) {
    for (int j : new int[] {i - 1, i + 1}) {
      if (j < 0 || j >= ms.size() || ms.get(j).type() != EntityType.PERSON
          && !lexicon.names.firstName(ms.get(j).name(text))) {
        continue;
      }
      int from = Math.min(ms.get(i).end(), ms.get(j).end());
      int to = Math.max(ms.get(i).start(), ms.get(j).start());
      if (from <= to && LIST_SEPARATOR.matcher(text.substring(from, to)).matches()) {
        return true;
      }
    }
    return false;
  }
}
