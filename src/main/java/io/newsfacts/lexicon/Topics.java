package io.newsfacts.lexicon;

import io.newsfacts.model.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The topics of {@code models/topics/}: one {@code NAME.txt} term list a topic, in name order. An
 * article is about a topic when it holds {@link #MIN_TERMS} different terms of its list.
 */
public final class Topics {
  /** Different terms an article must hold: one word ("frontière", "visa") is too often said in passing. */
  public static final int MIN_TERMS = 2;
  private static final String DIR = "topics";
  /** The topic files' names, listed at the first use. */
  private static volatile List<String> names;

  private Topics() {}

  /** Every topic packaged under {@code models/topics/}. */
  public static List<Topic> all() {
    List<Topic> out = new ArrayList<>();
    for (String name : names()) {
      out.add(new Topic(name, Lexicon.lines(DIR + "/" + name + ".txt"), MIN_TERMS));
    }
    return out;
  }

  /** The topic called {@code name} (case-insensitive), or null. */
  public static Topic named(String name) {
    for (Topic t : all()) {
      if (t.name().equalsIgnoreCase(name.strip())) {
        return t;
      }
    }
    return null;
  }

  /** The names of the topic files, read once a run (the jar does not change under a running JVM). */
  static List<String> names() {
    List<String> n = names;
    if (n == null) {
      n = listNames();
      names = n;
    }
    return n;
  }

  private static List<String> listNames() {
    URL url = Topics.class.getClassLoader().getResource("models/" + DIR);
    if (url == null) {
      return List.of();
    }
    try {
      if (url.getProtocol().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
          return list(jar.getPath("models/" + DIR));
        }
      }
      return list(Path.of(url.toURI()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list models/" + DIR, e);
    } catch (URISyntaxException | java.nio.file.FileSystemAlreadyExistsException e) {
      throw new IllegalStateException("cannot list models/" + DIR + " (" + e.getMessage() + ")", e);
    }
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
    }
  }
}
