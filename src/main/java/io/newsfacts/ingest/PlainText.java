package io.newsfacts.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of a text file to a string: a byte-order mark wins, then UTF-8 when the bytes are valid
 * UTF-8, else Windows-1252 (a superset of Latin-1's letters, which also covers the curly quotes and
 * the euro sign of Windows editors). Also tells text from binary content.
 */
final class PlainText {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private PlainText() {}

  static String decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  /**
   * True when the bytes have a text byte-order mark, or no NUL byte and hardly any other control
   * bytes (at most 1 % or four, whitespace aside): a text may carry a stray BEL or terminal escape, binary
   * content has control bytes everywhere.
   */
  static boolean isText(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      return true;
    }
    int n = Math.min(bytes.length, 8192);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return false;
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
        controls++;
      }
    }
    return controls <= Math.max(4, n / 100);
  }

  /** True when most characters are letters, digits, spaces or common punctuation. */
  static boolean isText(String text) {
    int n = Math.min(text.length(), 20000);
    if (n == 0) {
      return false;
    }
    int good = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isWhitespace(c)
          || ".,;:!?'\"«»()[]-–—’‘“”…%€$£/#*+=&@<>_|".indexOf(c) >= 0) {
        good++;
      }
    }
    return good >= n * 0.85;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
