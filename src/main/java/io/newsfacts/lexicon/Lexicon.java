package io.newsfacts.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's editable French resources ({@code models/*.txt}, packaged on the class path
 * under {@code models/}). One entry a line; blank lines and lines starting with {@code #} are
 * comments.
 */
public final class Lexicon {
  private Lexicon() {}

  /** The non-comment lines of {@code models/NAME}, trimmed. Fails loudly if the file is missing. */
  public static List<String> lines(String name) {
    String path = "models/" + name;
    InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path + " (is models/ packaged?)");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return out;
  }

  /** Lines of the form {@code key<TAB>value} (or {@code key = value}) as pairs. */
  public static List<String[]> pairs(String name) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(name)) {
      String[] kv = line.contains("\t") ? line.split("\t", 2) : line.split("\\s*=\\s*", 2);
      if (kv.length == 2) {
        out.add(new String[] {kv[0].strip(), kv[1].strip()});
      }
    }
    return out;
  }
}
