package io.newsfacts.ingest;

/**
 * Removes the characters that shape how text is drawn but are not text: soft hyphens
 * ("can\u00addi\u00adda\u00adture" is "candidature"), zero-width spaces and joiners, word joiners,
 * byte-order marks inside the text, bidirectional marks and embeddings, invisible operators, tag
 * characters and variation selectors. Left in, they split words that look whole, so a word can be
 * neither searched nor extracted as written.
 *
 * <p>Which characters: every character of Unicode's general category Cf (format) except the few
 * that are drawn or hold text apart: the prepended concatenation marks (Arabic number sign
 * U+0600-U+0605, end of ayah U+06DD, Syriac abbreviation mark U+070F, U+0890-U+0891, U+08E2, Kaithi
 * U+110BD and U+110CD), the interlinear annotation delimiters (U+FFF9-U+FFFB, whose annotation
 * text would otherwise run into the line) and Egyptian hieroglyph format controls (U+13430-U+1345F,
 * which arrange signs into groups). Besides Cf: variation selectors (U+FE00-U+FE0F,
 * U+E0100-U+E01EF, Mongolian U+180B-U+180D and U+180F) and the combining grapheme joiner U+034F,
 * which Unicode also lists as default-ignorable. Line and paragraph separators (U+2028, U+2029) and
 * next-line (U+0085) become line breaks, as the rest of the reader expects.
 *
 * <p>Every format passes through {@link DocumentReader#fromPlainText}, which calls this first,
 * before the byline, boilerplate or any offset is measured.
 */
final class InvisibleCharacters {
  private InvisibleCharacters() {}

  /** {@code text} without its invisible characters; the same string when it has none. */
  static String strip(String text) {
    if (text == null) {
      return null;
    }
    int first = firstToChange(text);
    if (first < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    sb.append(text, 0, first);
    for (int i = first; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0x2029) {
        sb.append("\n\n");
      } else if (cp == 0x2028 || cp == 0x0085) {
        sb.append('\n');
      } else if (!isInvisible(cp)) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  private static int firstToChange(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp >= 0x80 && (isInvisible(cp) || cp == 0x2028 || cp == 0x2029 || cp == 0x0085)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** True for a character that carries no text (see the class comment for which). */
  static boolean isInvisible(int cp) {
    if (cp < 0xAD) {
      return false;
    }
    if (Character.getType(cp) == Character.FORMAT) {
      return !isDrawnFormat(cp);
    }
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
        || (cp >= 0x180B && cp <= 0x180D) || cp == 0x180F || cp == 0x034F;
  }

  private static boolean isDrawnFormat(int cp) {
    return (cp >= 0x0600 && cp <= 0x0605) || cp == 0x06DD || cp == 0x070F || cp == 0x0890 || cp == 0x0891
        || cp == 0x08E2 || cp == 0x110BD || cp == 0x110CD || (cp >= 0xFFF9 && cp <= 0xFFFB)
        || (cp >= 0x13430 && cp <= 0x1345F);
  }
}
