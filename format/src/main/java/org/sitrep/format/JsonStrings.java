package org.sitrep.format;

/**
 * Quotes a Java string as a JSON string literal, keeping text readable: Hangul and every other
 * printable character are written as themselves, and only what must or should not appear raw
 * is escaped.
 *
 * <p>Escaped: {@code "} and {@code \}, the C0 controls (as {@code \n}, {@code \t}, ... where
 * JSON has a short form, else {@code \}{@code u00XX}), DEL and the C1 controls, U+2028 and
 * U+2029 (line breaks to JavaScript and to many line-based tools) and lone surrogates (which
 * have no UTF-8 encoding, so escaping them is the only way they survive a trip through bytes).
 * A valid surrogate pair is written as the character it encodes.
 *
 * <p>Jackson's own escaping works one UTF-16 unit at a time and so cannot tell a lone
 * surrogate from half of a pair; that is why this is done here. Stateless and thread-safe.
 */
final class JsonStrings {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonStrings() {}

  /** The JSON literal for {@code s}, quotes included. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    out.append('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
            unicode(out, c);
          } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            unicode(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static void unicode(StringBuilder out, char c) {
    out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }
}
