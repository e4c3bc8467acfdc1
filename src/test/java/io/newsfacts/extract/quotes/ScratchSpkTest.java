package io.newsfacts.extract.quotes;

import org.junit.jupiter.api.Test;

class ScratchSpkTest {
  @Test
  void run() throws Exception {
    String t = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/tmp/spkturns/scratch/in.txt")), "UTF-8");
    for (var q : HandQuotes.quotes(t)) {
      System.out.println("Q " + q.start() + " " + q.speaker() + " " + q.speakerEvidence() + " | " + q.text());
    }
  }
}
