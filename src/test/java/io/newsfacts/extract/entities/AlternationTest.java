package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fast search of a name list finds exactly what the one big alternation finds. */
class AlternationTest {
  private static final int CASELESS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Every match of the plain regex, as "start-end", searching on from each match's end. */
  private static List<String> slow(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  private static List<String> fast(Alternation a, String text) {
    List<String> out = new ArrayList<>();
    Alternation.Scan s = a.scan(text);
    int from = 0;
    while (s.find(from)) {
      out.add(s.start() + "-" + s.end());
      from = s.end();
    }
    return out;
  }

  @Test
  void findsTheSameNamesAsOneRegex() {
    List<String> forms = List.of("Parti socialiste", "PS", "l'Élysée", "Europe Ecologie - Les Verts",
        "EELV", "Œuvre", "É.-U.", "(Groupe)", "ps", "Parti", "Assemblée nationale", "1er Mai");
    String text = "Le Parti  Socialiste et le PS, l’Élysée, l' élysée, EUROPE ECOLOGIE-les verts "
        + "(EELV) ; œuvre Œuvres É.-U. (Groupe) xPS PS2 Parti Parti socialiste- Assemblée\nnationale"
        + " 1er mai, 1er Mai.";
    for (int flags : new int[] {0, CASELESS}) {
      Alternation a = new Alternation(forms, flags);
      assertEquals(slow(a.pattern(), text), fast(a, text));
    }
  }

  @Test
  void findsTheSameNamesOnRandomTextsMadeOfTheGazetteers() {
    List<String> forms = new ArrayList<>();
    for (String file : List.of("institutions", "parties", "media-and-companies", "products",
        "fixed-titles")) {
      for (String line : Lexicon.lines("entities/" + file + ".txt")) {
        for (String form : line.split("\\s*\\|\\s*")) {
          if (!form.isEmpty()) {
            forms.add(form);
          }
        }
      }
    }
    String[] glue = {" ", "  ", "-", "'", "’", ", ", "\n", "x", "é", "É", "1", " de la ", "(", ")"};
    Random random = new Random(42);
    for (int flags : new int[] {0, CASELESS}) {
      Alternation a = new Alternation(forms, flags);
      Pattern p = a.pattern();
      for (int round = 0; round < 50; round++) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
          String form = forms.get(random.nextInt(forms.size()));
          switch (random.nextInt(4)) {
            case 0 -> form = form.toLowerCase();
            case 1 -> form = form.toUpperCase();
            case 2 -> form = form.substring(0, random.nextInt(form.length()) + 1);
            default -> { }
          }
          sb.append(form).append(glue[random.nextInt(glue.length)]);
        }
        String text = sb.toString();
        assertEquals(slow(p, text), fast(a, text), text);
        // a search may also start anywhere, inside a word too (the gazetteer retries after a match)
        for (int k = 0; k < 20; k++) {
          int from = random.nextInt(text.length() + 1);
          Matcher m = p.matcher(text);
          Alternation.Scan s = a.scan(text);
          boolean found = m.find(from);
          assertEquals(found, s.find(from), text + " from " + from);
          if (found) {
            assertEquals(m.start() + "-" + m.end(), s.start() + "-" + s.end(), text + " from " + from);
          }
        }
      }
    }
  }
}
