package io.newsfacts.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;

/**
 * A JSON Lines stream read one line at a time, so that a stream of any length (a scraper's output
 * piped in, a database dump) costs the memory of its longest line. JSON text is UTF-8: a line with
 * bytes that are not is still read, its bad bytes as U+FFFD, and the caller is told where they
 * were. A line longer than the limit is skipped without being held in memory.
 */
final class JsonLines {
  /** Receives each line that is not blank. */
  interface Handler {
    /**
     * @param number line number, from 1
     * @param text the line, or null when it was too long to read
     * @param problem null, or what was wrong with the line's bytes
     */
    void line(int number, String text, String problem);
  }

  private JsonLines() {}

  /** Reads {@code in} to its end; the caller closes it. */
  static void read(InputStream in, int maxLineBytes, Handler handler) throws IOException {
    byte[] buf = new byte[1 << 16];
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int number = 0;
    boolean tooLong = false;
    for (int n = in.read(buf); ; n = in.read(buf)) {
      int from = 0;
      for (int i = 0; i < Math.max(n, 0); i++) {
        if (buf[i] != '\n') {
          continue;
        }
        tooLong = append(line, buf, from, i, maxLineBytes, tooLong);
        number++;
        end(line, tooLong, number, maxLineBytes, handler);
        line.reset();
        tooLong = false;
        from = i + 1;
      }
      if (n < 0) {
        if (line.size() > 0 || tooLong) {
          end(line, tooLong, number + 1, maxLineBytes, handler);
        }
        return;
      }
      tooLong = append(line, buf, from, n, maxLineBytes, tooLong);
    }
  }

  /** Adds bytes to the line unless it is already too long; returns whether it is. */
  private static boolean append(ByteArrayOutputStream line, byte[] buf, int from, int to, int max, boolean tooLong) {
    if (tooLong || line.size() + (to - from) > max) {
      line.reset();
      return true;
    }
    line.write(buf, from, to - from);
    return false;
  }

  private static void end(ByteArrayOutputStream line, boolean tooLong, int number, int max, Handler handler) {
    if (tooLong) {
      handler.line(number, null, tooLongMessage(max));
      return;
    }
    line(line.toByteArray(), number, max, handler);
  }

  private static String tooLongMessage(int max) {
    return "line longer than " + max / (1024 * 1024) + " MB, not read";
  }

  /** One line already split from its stream (its bytes without the line end), as {@link #read} hands it on. */
  static void line(byte[] bytes, int number, int max, Handler handler) {
    if (bytes.length > max) {
      handler.line(number, null, tooLongMessage(max));
      return;
    }
    if (number == 1 && bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
    }
    decode(bytes, number, handler);
  }

  private static void decode(byte[] bytes, int number, Handler handler) {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    String problem = null;
    try {
      text = strict.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, StandardCharsets.UTF_8);
      problem = "invalid UTF-8 at byte " + (firstBadByte(bytes) + 1) + " of the line, read as U+FFFD"
          + " (JSON Lines must be UTF-8)";
    }
    if (!text.isBlank()) {
      handler.line(number, text.strip(), problem);
    }
  }

  private static int firstBadByte(byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, true);
    return r.isError() ? in.position() : 0;
  }
}
