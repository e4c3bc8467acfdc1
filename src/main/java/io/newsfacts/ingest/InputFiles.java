package io.newsfacts.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The input files under a directory the user gave, as both {@code extract} and {@code index} read
 * them: walked recursively, hidden files and folders skipped, in name order.
 *
 * <p>Symbolic links met on the way are not followed unless asked ({@code --follow-links}), as
 * {@code grep -r} does: a link can lead out of the folder ({@code d/p.txt -> /etc/passwd}) or back
 * into it ({@code sub/up -> ..}). A path named by the user is read even when it is a link. With
 * links followed, a link that leads back to a folder being walked (a loop) and a broken link are
 * skipped, and a file reached twice is read once. Every link left out, and every entry that is not
 * a regular file, is in {@link Listing#skipped} with its reason: nothing is dropped without a word.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * An entry left out.
   *
   * @param failure true when the entry should have been read and could not be (an unreadable
   *     folder); false for what the rules leave out on purpose (links, devices), a warning
   */
  public record Skipped(Path path, String reason, boolean failure) {}

  /** The files to read, sorted, and what was left out. */
  public record Listing(List<Path> files, List<Skipped> skipped) {}

  static final String NOT_FOLLOWED = "not followed (--follow-links follows links)";

  /** Lists {@code root} (a directory), following symbolic links under it only when {@code followLinks}. */
  public static Listing list(Path root, boolean followLinks) {
    List<Path> files = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    Map<Path, Object> fileKeys = new HashMap<>();
    try {
      Files.walkFileTree(root, Set.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (dir.equals(root)) {
            return readable(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
          }
          if (isHidden(dir)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (!followLinks && Files.isSymbolicLink(dir)) {
            skipped.add(new Skipped(dir, "symbolic link to a folder (" + target(dir) + "), " + NOT_FOLLOWED, false));
            return FileVisitResult.SKIP_SUBTREE;
          }
          return readable(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        private boolean readable(Path dir) {
          if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
            skipped.add(new Skipped(dir, "cannot read directory (permission denied)", true));
            return false;
          }
          return true;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (isHidden(file)) {
            return FileVisitResult.CONTINUE;
          }
          boolean link = Files.isSymbolicLink(file);
          if (link && !followLinks) {
            skipped.add(new Skipped(file, "symbolic link (to " + target(file) + "), " + NOT_FOLLOWED, false));
          } else if (attrs.isSymbolicLink()) {
            // FOLLOW_LINKS gives the link's own attributes only when its target cannot be read
            skipped.add(new Skipped(file, brokenLink(file), false));
          } else if (!attrs.isRegularFile()) {
            skipped.add(new Skipped(file, "not a regular file (a device, pipe or socket); skipped", false));
          } else {
            files.add(file);
            if (followLinks) {
              fileKeys.put(file, attrs.fileKey());
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (e instanceof FileSystemLoopException) {
            skipped.add(new Skipped(file, "symbolic link loop (leads back to a folder above it), not followed", false));
          } else {
            skipped.add(new Skipped(file, "cannot read (" + reason(e) + ")", true));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      skipped.add(new Skipped(root, "cannot list directory (" + reason(e) + ")", true));
    }
    files.sort(null);
    List<Path> toRead = followLinks ? readOnce(files, fileKeys, skipped) : List.copyOf(files);
    skipped.sort(Comparator.comparing(Skipped::path));
    return new Listing(toRead, List.copyOf(skipped));
  }

  /** Drops a file reached a second time through a link (the first path in name order is kept). */
  private static List<Path> readOnce(List<Path> files, Map<Path, Object> fileKeys, List<Skipped> skipped) {
    Map<Object, Path> first = new HashMap<>();
    List<Path> out = new ArrayList<>(files.size());
    for (Path f : files) {
      Object key = fileKeys.get(f);
      Path seen = key == null ? null : first.putIfAbsent(key, f);
      if (seen == null) {
        out.add(f);
      } else {
        skipped.add(new Skipped(f, "same file as " + seen + " (through a symbolic link), read once", false));
      }
    }
    return List.copyOf(out);
  }

  static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "?";
    }
  }

  private static String brokenLink(Path link) {
    try {
      link.toRealPath();
      return "symbolic link (to " + target(link) + ") that cannot be read, skipped";
    } catch (FileSystemException e) {
      String m = e.getReason() == null ? "" : e.getReason();
      if (m.contains("levels of symbolic links")) {
        return "symbolic link loop (to " + target(link) + "), not followed";
      }
      return "broken symbolic link (to " + target(link) + ", which does not exist), skipped";
    } catch (IOException e) {
      return "broken symbolic link (to " + target(link) + "), skipped";
    }
  }

  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
