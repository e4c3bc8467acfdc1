package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "il"/"elle" stands for the subject of the clause before it (ClauseSubjectsBefore), without the models. */
class ClauseSubjectsBeforeTest {
  @Test
  void aCleftSentencesSubjectThroughAnUnnamedRolePhrase() {
    List<Quote> qs = quotes("\"Barbares\": [PER Jean Dumont] appelle à \"accepter l'humour du président\"\n\n"
        + "Une maladresse. C'est ainsi que [PER Jean Dumont] explique la dernière sortie de [PER Paul Mercier], mardi à Berlin. Alors qu'en traitant les syndicats de \"paresseux\", le président du "
        + "parti s'est attiré des critiques, le secrétaire national du mouvement appelle au calme :\n"
        + "\"Ce mot répondait aussi à une plaisanterie de ses hôtes\", nuance-t-il. \"Il parlait de ceux qui "
        + "bloquent tout\", déclare-t-il ce mercredi sur RTL.");
    assertSpeaker(qs.get(qs.size() - 2), "Jean Dumont", "pronoun");
    assertSpeaker(qs.get(qs.size() - 1), "Jean Dumont", "pronoun");
  }

  @Test
  void aRolePhraseAsSubjectStandsForTheSubjectBeforeNotForTheManItGreeted() {
    List<Quote> qs = quotes("[PER Paul Girard] appelle son camp à la prudence. Après avoir remercié les électeurs et "
        + "surtout [PER Louis Marchand] qui l'a soutenu, l'ancien ministre a jugé que rien n'était joué. "
        + "\"La reconquête sera longue\", a-t-il dit.");
    assertSpeaker(qs.get(qs.size() - 1), "Paul Girard", "pronoun");
  }

  @Test
  void theSubjectOfTheSentenceBeforeBeatsTheManItSpeaksOf() {
    List<Quote> qs = quotes("Poursuivant son hommage, [PER Alain Roussel] critique le fait que les autres candidats saluent tous "
        + "[PER Jacques Morel]. "
        + "\"Les Français savent bien qui lui a toujours été fidèle\", estime-t-il.");
    assertSpeaker(qs.get(qs.size() - 1), "Alain Roussel", "pronoun");
  }

  @Test
  void aSubjectPronounSendsTheReadingToTheSentenceBefore() {
    List<Quote> qs = quotes("[PER Gérard Colin] a été nommé ministre. Présenté comme l'un des premiers soutiens de "
        + "[PER Eric Morin], il avait critiqué le programme du candidat socialiste, [PER Benoît Hardy], dont il disait "
        + "qu'il mènerait \"dans le fond du gouffre\". "
        + "\"Il a les compétences\", analyse [PER Aline Brun].");
    assertSpeaker(qs.get(0), "Gérard Colin", "pronoun");
  }

  @Test
  void aNameAfterADelegatedSpeakerIsNoSubject() {
    List<Quote> qs = quotes("[PER Guy Lemaire], éditorialiste au Figaro, souligne que le porte-parole de l'Elysée, "
        + "[PER Bruno Petitjean], est sorti du silence. \"C'est l'aveu d'une panique\", estime-t-il.");
    assertSpeaker(qs.get(qs.size() - 1), "Guy Lemaire", "pronoun");
  }
}
