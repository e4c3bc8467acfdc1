package io.newsfacts.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What tells a changed input file from an unchanged one without reading it: its modification time
 * and size, as {@code "mtimeMillis:size"}.
 */
public final class FileStamp {
  private FileStamp() {}

  public static String of(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    return a.lastModifiedTime().toMillis() + ":" + a.size();
  }

  /** The key under which a file is recorded: its absolute, normalised path. */
  public static String key(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }
}
