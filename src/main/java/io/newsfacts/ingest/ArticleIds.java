package io.newsfacts.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** The stable id of an article: a hash of its cleaned text, blind to spacing differences. */
public final class ArticleIds {
  private ArticleIds() {}

  public static String of(String text) {
    String key = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("SHA-256 is required of every JVM", e);
    }
  }
}
