package org.sitrep.en;

import java.util.Arrays;
import java.util.Locale;

/**
 * A light, rule-based tokenisation of {@code [from, to)} of a text for the mention finders: words,
 * numbers, alphanumerics ("1980s", "31st", "PD10") and single punctuation characters, each with
 * its offsets into the text and the white space before it. One left-to-right pass, no regular
 * expressions, so the finders built on it stay linear. Not the OpenNLP tokenisation (that one is
 * in {@link EnglishAnalyser}): this one is cheaper and keeps "U.S." and "1,500" whole.
 *
 * <ul>
 *   <li>Words run over letters and digits; an apostrophe inside a word stays ("o'clock"), but a
 *       possessive "'s" is a word of its own ("Thursday" "'s"). A period between short letter
 *       groups stays, and then a final period too: "U.S.", "a.m.", "U.N.".</li>
 *   <li>Numbers: digits with thousands commas and a decimal part ("1,500", "1.5"); digits with
 *       letters attached are one alphanumeric token ("1980s", "10km").</li>
 * </ul>
 *
 * <p>Instances are not shared between threads (a finder makes one per call).
 */
final class Words {
  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte ALNUM = 2;
  static final byte PUNCT = 3;

  final String text;
  private int size;
  private int[] start = new int[64];
  private int[] end = new int[64];
  private byte[] type = new byte[64];
  /** 0: no space before the token, 1: spaces, 2: a line break, 3: a blank line. */
  private byte[] gap = new byte[64];
  private String[] lower = new String[64];

  private Words(String text) {
    this.text = text;
  }

  /** Tokenises {@code [from, to)} of {@code text}. */
  static Words of(String text, int from, int to) {
    Words w = new Words(text);
    int i = from;
    int breaks = 0;
    boolean space = false;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (c == '\n') breaks++;
        space = true;
        i++;
        continue;
      }
      byte g = (byte) (breaks >= 2 ? 3 : breaks == 1 ? 2 : space ? 1 : 0);
      breaks = 0;
      space = false;
      int s = i;
      if (Character.isLetter(c)) {
        boolean digits = false;
        int segment = 0;
        boolean dotted = false;
        while (i < to) {
          char d = text.charAt(i);
          if (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            segment++;
            i++;
          } else if (isDigit(d)) {
            digits = true;
            segment++;
            i++;
          } else if ((d == '\'' || d == '\u2019') && i + 1 < to && Character.isLetter(text.charAt(i + 1))
              && !isPossessive(text, i, to)) {
            i++;
          } else if (d == '.' && segment <= 2 && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
            dotted = true;
            segment = 0;
            i++;
          } else {
            break;
          }
        }
        if (dotted && i < to && text.charAt(i) == '.' && segment <= 2) i++;
        w.add(s, i, digits ? ALNUM : WORD, g);
      } else if (isDigit(c)) {
        while (i < to && isDigit(text.charAt(i))) i++;
        // thousands groups: ",500" exactly three digits
        while (i + 4 <= to && text.charAt(i) == ',' && allDigits(text, i + 1, i + 4)
            && (i + 4 == to || !isDigit(text.charAt(i + 4)))) {
          i += 4;
        }
        if (i + 1 < to && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
          i++;
          while (i < to && isDigit(text.charAt(i))) i++;
        }
        byte t = NUMBER;
        if (i < to && Character.isLetter(text.charAt(i))) {
          t = ALNUM;
          while (i < to && (Character.isLetterOrDigit(text.charAt(i)))) i++;
        }
        w.add(s, i, t, g);
      } else if ((c == '\'' || c == '\u2019') && isPossessive(text, i, to)) {
        w.add(i, i + 2, WORD, g);
        i += 2;
      } else {
        w.add(i, i + 1, PUNCT, g);
        i++;
      }
    }
    return w;
  }

  /** "'s" followed by something that is not a letter or digit. */
  private static boolean isPossessive(String t, int i, int to) {
    if (i + 1 >= to) return false;
    char s = t.charAt(i + 1);
    if (s != 's' && s != 'S') return false;
    return i + 2 >= to || !Character.isLetterOrDigit(t.charAt(i + 2));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean allDigits(String t, int a, int b) {
    for (int i = a; i < b; i++) if (!isDigit(t.charAt(i))) return false;
    return true;
  }

  private void add(int s, int e, byte t, byte g) {
    if (size == start.length) {
      int n = size * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      type = Arrays.copyOf(type, n);
      gap = Arrays.copyOf(gap, n);
      lower = Arrays.copyOf(lower, n);
    }
    start[size] = s;
    end[size] = e;
    type[size] = t;
    gap[size] = g;
    size++;
  }

  int size() {
    return size;
  }

  int start(int k) {
    return start[k];
  }

  int end(int k) {
    return end[k];
  }

  byte type(int k) {
    return type[k];
  }

  boolean isWord(int k) {
    return k >= 0 && k < size && type[k] == WORD;
  }

  boolean isNumber(int k) {
    return k >= 0 && k < size && type[k] == NUMBER;
  }

  /** White space (or a line break) stands before token {@code k}. */
  boolean spaced(int k) {
    return gap[k] > 0;
  }

  /** A line break stands before token {@code k}. */
  boolean lineBefore(int k) {
    return gap[k] >= 2;
  }

  /** Token {@code k} directly follows token {@code k - 1}, without space. */
  boolean attached(int k) {
    return k > 0 && k < size && gap[k] == 0;
  }

  /** The token in lower case (cached). */
  String lower(int k) {
    String s = lower[k];
    if (s == null) {
      s = text.substring(start[k], end[k]).toLowerCase(Locale.ROOT);
      lower[k] = s;
    }
    return s;
  }

  /** The token as written. */
  String raw(int k) {
    return text.substring(start[k], end[k]);
  }

  /** Token {@code k} exists and is the word {@code w} (lower case), in any case. */
  boolean is(int k, String w) {
    return k >= 0 && k < size && end[k] - start[k] == w.length() && text.regionMatches(true, start[k], w, 0, w.length());
  }

  /** Token {@code k} exists and is the punctuation character {@code c}. */
  boolean isPunct(int k, char c) {
    return k >= 0 && k < size && type[k] == PUNCT && text.charAt(start[k]) == c;
  }

  /** Token {@code k} is a dash: a hyphen, an en dash or an em dash. */
  boolean isDash(int k) {
    if (k < 0 || k >= size || type[k] != PUNCT) return false;
    char c = text.charAt(start[k]);
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2212';
  }

  /** Token {@code k} is a straight or curly double quote. */
  boolean isQuote(int k) {
    if (k < 0 || k >= size || type[k] != PUNCT) return false;
    char c = text.charAt(start[k]);
    return c == '"' || c == '\u201C' || c == '\u201D';
  }

  /** The first character of token {@code k} is an upper-case letter. */
  boolean capitalized(int k) {
    return k >= 0 && k < size && Character.isUpperCase(text.charAt(start[k]));
  }

  /**
   * The value of a NUMBER token without a decimal part ("1,500" → 1500), or -1 for a decimal or
   * a number too long to be a count.
   */
  long integer(int k) {
    long v = 0;
    int digits = 0;
    for (int i = start[k]; i < end[k]; i++) {
      char c = text.charAt(i);
      if (c == ',') continue;
      if (c == '.') return -1;
      if (++digits > 16) return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The value of a NUMBER token as a decimal ("1.5"), NaN when too long. */
  double decimal(int k) {
    String s = text.substring(start[k], end[k]).replace(",", "");
    if (s.length() > 18) return Double.NaN;
    return Double.parseDouble(s);
  }

  /** The NUMBER token {@code k} has a thousands comma ("1,500"), so it is no year. */
  boolean hasComma(int k) {
    for (int i = start[k]; i < end[k]; i++) if (text.charAt(i) == ',') return true;
    return false;
  }
}
