package io.newsfacts.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.lexicon.FrenchRoles.RoleNoun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrenchRolesTest {
  @Test
  void aLineIsANounThenItsGenderThenItsTags() {
    List<RoleNoun> nouns = FrenchRoles.parse(List.of("porte-parole", "présidente f", "directeur général m",
        "père m +kin", "ancien m +adjective +quotes-only", "numéro un"));
    assertEquals(new RoleNoun("porte-parole", null, Set.of()), nouns.get(0));
    assertEquals(new RoleNoun("présidente", 'f', Set.of()), nouns.get(1));
    assertEquals(new RoleNoun("directeur général", 'm', Set.of()), nouns.get(2));
    assertEquals(new RoleNoun("père", 'm', Set.of("kin")), nouns.get(3));
    assertEquals(Set.of("adjective", "quotes-only"), nouns.get(4).tags());
    assertNull(nouns.get(5).gender());
    assertTrue(nouns.get(5).noun().equals("numéro un") && !nouns.get(5).oneWord());
  }

  @Test
  void anUnknownTagIsAMistakeInTheFile() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> FrenchRoles.parse(List.of("maire +kinn")));
    assertTrue(e.getMessage().contains("+kinn"), e.getMessage());
  }

  @Test
  void everyLineIsReadOnceAndEveryTagIsExplainedInTheFile() throws IOException {
    List<String> lines = Lexicon.lines("common/role-nouns.txt");
    assertEquals(lines.size(), FrenchRoles.nouns().size());
    Set<String> seen = new HashSet<>();
    Set<String> used = new HashSet<>();
    for (RoleNoun n : FrenchRoles.nouns()) {
      assertTrue(seen.add(n.noun()), "twice in role-nouns.txt: " + n.noun());
      used.addAll(n.tags());
    }
    assertEquals(FrenchRoles.TAGS, used, "a tag no line uses");
    String file = read("models/common/role-nouns.txt");
    for (String tag : FrenchRoles.TAGS) {
      assertTrue(file.contains("#   +" + tag + " "), "role-nouns.txt does not say what +" + tag + " means");
    }
  }

  @Test
  void everyLineIsReadByOneExtractorAtLeastAndTheTagsDecideWhich() {
    Set<RoleNoun> read = new HashSet<>(FrenchRoles.forEntities());
    read.addAll(FrenchRoles.forQuotes());
    assertEquals(new HashSet<>(FrenchRoles.nouns()), read);
    for (RoleNoun n : FrenchRoles.forEntities()) {
      assertTrue(n.oneWord() && !n.tagged("adjective", "quotes-only"), n.noun());
    }
    for (RoleNoun n : FrenchRoles.forQuotes()) {
      assertTrue(!n.tagged("kin", "ordinal"), n.noun());
    }
    assertTrue(FrenchRoles.forEntities().stream().anyMatch(n -> n.noun().equals("père")));
    assertTrue(FrenchRoles.forQuotes().stream().noneMatch(n -> n.noun().equals("père")));
    assertTrue(FrenchRoles.forQuotes().stream().anyMatch(n -> n.noun().equals("premier ministre")));
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = FrenchRolesTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
