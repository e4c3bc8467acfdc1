package io.newsfacts.ingest;

import io.newsfacts.model.ArticleSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The entries of a zip archive, expanded within the {@link ArchiveBudget} of the top-level file
 * they came from: every byte inflated counts, also those of entries skipped for their size, so a
 * bomb costs at most the budget. Entries whose name leads out of the archive ({@code ../x},
 * {@code /etc/x}) are named and not read; hidden ones ({@code .DS_Store}, {@code __MACOSX/}) are
 * skipped.
 */
final class ZipEntries {
  private ZipEntries() {}

  /** Receives one entry's content. */
  interface Reader {
    void entry(byte[] content, String where, String name) throws ArchiveBudget.Exhausted;
  }

  /**
   * Hands each entry of the archive in {@code bytes} to {@code reader}, each problem to {@code sink}.
   *
   * @param depth how many archives enclose this one (0: a file the user gave)
   * @throws ArchiveBudget.Exhausted when the top-level file's budget is used up: nothing more of it is read
   */
  static void read(byte[] bytes, String source, int depth, ArchiveBudget budget, ArticleSink sink, Reader reader)
      throws ArchiveBudget.Exhausted {
    if (depth >= budget.limits().depth()) {
      sink.failure(source, "archive nested more than " + budget.limits().depth() + " deep, not opened");
      return;
    }
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        String entry = e.getName();
        if (e.isDirectory() || isHidden(entry)) {
          expand(zip, budget, 0);
          continue;
        }
        budget.entry();
        entries++;
        String where = source + "!/" + entry;
        String outside = outside(entry);
        if (outside != null) {
          expand(zip, budget, 0);
          sink.failure(where, "entry name leads outside the archive (" + outside + "), not read");
          continue;
        }
        byte[] content = expand(zip, budget, ArticleReader.MAX_FILE_BYTES);
        if (content == null) {
          sink.failure(where, "entry too large (over " + ArticleReader.MAX_FILE_BYTES / (1024 * 1024) + " MB)");
        } else if (content.length == 0) {
          sink.failure(where, "empty file");
        } else {
          reader.entry(content, where, entry);
        }
      }
    } catch (ZipException e) {
      sink.failure(source, entries == 0 ? "not a valid zip archive (" + InputFiles.reason(e) + ")"
          : "zip archive damaged after " + entries + " entries (" + InputFiles.reason(e) + ")");
      return;
    } catch (IOException | IllegalArgumentException e) {
      sink.failure(source, "cannot read the zip archive (" + (e instanceof IOException io ? InputFiles.reason(io)
          : e.getMessage()) + ")");
      return;
    }
    if (entries == 0) {
      sink.failure(source, "no files in this archive");
    }
  }

  /**
   * Inflates the current entry to its end, counting every byte against the budget.
   *
   * @return its content, or null when it is longer than {@code keep} bytes (only counted, not kept)
   */
  private static byte[] expand(ZipInputStream zip, ArchiveBudget budget, long keep) throws IOException,
      ArchiveBudget.Exhausted {
    List<byte[]> chunks = new ArrayList<>();
    long size = 0;
    boolean kept = true;
    while (true) {
      byte[] chunk = new byte[1 << 16];
      long t0 = System.nanoTime();
      int n = zip.readNBytes(chunk, 0, chunk.length);
      budget.expanded(n, System.nanoTime() - t0);
      if (n <= 0) {
        break;
      }
      size += n;
      if (kept && size <= keep) {
        chunks.add(n == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, n));
      } else {
        kept = false;
        chunks.clear();
      }
      if (n < chunk.length) {
        break;
      }
    }
    if (!kept) {
      return null;
    }
    byte[] out = new byte[(int) size];
    int at = 0;
    for (byte[] c : chunks) {
      System.arraycopy(c, 0, out, at, c.length);
      at += c.length;
    }
    return out;
  }

  /** Why an entry's name leads out of the archive, or null when it does not. */
  static String outside(String entry) {
    if (entry.startsWith("/") || entry.startsWith("\\") || entry.matches("^[A-Za-z]:.*")) {
      return "an absolute path";
    }
    for (String part : entry.split("[/\\\\]")) {
      if (part.equals("..")) {
        return "../";
      }
    }
    return null;
  }

  private static boolean isHidden(String entry) {
    for (String part : entry.split("/")) {
      if ((part.startsWith(".") && !part.equals("..") && !part.equals(".")) || part.equals("__MACOSX")) {
        return true;
      }
    }
    return false;
  }
}
