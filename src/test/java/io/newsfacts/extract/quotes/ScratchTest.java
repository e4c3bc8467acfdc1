package io.newsfacts.extract.quotes;

import io.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void show() {
    String[] texts = {
      "«Mon client est innocent», selon l'avocat de M. [PER Jean Dupont].",
      "«Mon client est innocent», a déclaré l'avocat de [PER Jean Dupont].",
      "[PER Jean Dupont] est poursuivi. Sa porte-parole, [PER Anne Martin], a réagi : «Nous ferons appel».",
      "[PER Jean Dupont] est poursuivi. «Nous ferons appel», a indiqué sa porte-parole, [PER Anne Martin].",
      "[PER Guy Bedos] a soutenu [PER Emmanuel Macron]. «Je vote pour lui», a-t-il dit.",
      "[PER Guy Bedos] aime [PER Emmanuel Macron]. «Je vote pour lui», a-t-il dit.",
      "[PER Guy Bedos] explique qu'il l'a soutenu, [PER Emmanuel Macron]. «Je vote pour lui», a-t-il dit.",
      "[PER Marine Le Pen] a critiqué [PER Emmanuel Macron]. «C'est une honte», a-t-il dit.",
      "«Nous ne céderons pas», a dit [PER Marie Dupont]. «Nous irons jusqu'au bout», a ajouté la militante.\n\nLa militante [PER Sophie Durand] a été arrêtée.",
      "[PER Jean Martin], le ministre de l'Intérieur, est arrivé. «Nous agirons», a dit [PER Paul Durand]. «La sécurité d'abord», a ajouté le ministre.",
      "Le maire [PER Paul Durand] a reçu le ministre de l'Intérieur [PER Jean Martin]. «Nous agirons vite», a assuré le ministre.",
      "Les syndicats de [PER Renault] ont manifesté. «Nous ne lâcherons rien», ont-ils dit.",
    };
    for (String t : texts) {
      for (Quote q : HandQuotes.quotes(t)) {
        System.out.println("SCRATCH " + q.speaker() + " | " + q.speakerRole() + " | " + q.speakerEvidence() + " <- " + t);
      }
    }
  }
}
