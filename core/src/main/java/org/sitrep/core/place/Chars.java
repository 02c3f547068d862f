package org.sitrep.core.place;

import java.text.Normalizer;

/**
 * Character classes and folding shared by the name matchers: separators, Latin letters, Hangul
 * syllables, and the jamo decomposition used by fuzzy matching. Stateless, thread-safe.
 */
final class Chars {
  /** What every separator (space, hyphen, apostrophe, non-breaking space...) folds to. */
  static final char SEP = ' ';

  private static final char[] LATIN_FOLD = new char[0x250];

  /**
   * Below this code point the character classes are read from tables built once: the scanners
   * ask them for every character of a text, and {@link Character.UnicodeScript#of} is a binary
   * search. Covers Latin, general punctuation (the Unicode spaces) and more.
   */
  private static final int TABLE = 0x3100;
  private static final byte SEPARATOR = 1;
  private static final byte LATIN = 2;
  private static final byte DIGIT = 4;
  private static final byte[] CLASS = new byte[TABLE];
  private static final char[] FOLD = new char[TABLE];

  static {
    for (char c = 0; c < LATIN_FOLD.length; c++) {
      char folded = c;
      if (Character.isLetter(c)) {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        folded = Character.toLowerCase(d.charAt(0));
      }
      LATIN_FOLD[c] = folded;
    }
    // letters NFD does not take apart
    LATIN_FOLD['ı'] = 'i';
    LATIN_FOLD['ø'] = 'o';
    LATIN_FOLD['Ø'] = 'o';
    LATIN_FOLD['ł'] = 'l';
    LATIN_FOLD['Ł'] = 'l';
    LATIN_FOLD['đ'] = 'd';
    LATIN_FOLD['Đ'] = 'd';
    for (char c = 0; c < TABLE; c++) {
      byte k = 0;
      if (separatorSlow(c)) {
        k |= SEPARATOR;
      }
      if (latinLetterSlow(c)) {
        k |= LATIN;
      }
      if (Character.isDigit(c)) {
        k |= DIGIT;
      }
      CLASS[c] = k;
      FOLD[c] = foldSlow(c);
    }
  }

  private Chars() {}

  /** Spaces, hyphens and dashes, apostrophes and quotes-used-as-apostrophes, underscores. */
  static boolean isSeparator(char c) {
    if (c < TABLE) {
      return (CLASS[c] & SEPARATOR) != 0;
    }
    return !isHangulSyllable(c) && separatorSlow(c);
  }

  private static boolean separatorSlow(char c) {
    switch (c) {
      case '-': case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2212':
      case '\'': case '\u2018': case '\u2019': case '\u02BC': case '\u02BB': case '`': case '\u00B4':
      case '_':
        return true;
      default:
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
  }

  static boolean isHangulSyllable(char c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  /** Syllables and conjoining or compatibility jamo. */
  static boolean isHangul(char c) {
    return isHangulSyllable(c) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
  }

  static boolean isLatinLetter(char c) {
    if (c < TABLE) {
      return (CLASS[c] & LATIN) != 0;
    }
    return !isHangulSyllable(c) && latinLetterSlow(c);
  }

  private static boolean latinLetterSlow(char c) {
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  /** A character that continues a Latin word: a Latin letter or a digit. */
  static boolean isLatinWordChar(char c) {
    if (c < TABLE) {
      return (CLASS[c] & (LATIN | DIGIT)) != 0;
    }
    return !isHangulSyllable(c) && (latinLetterSlow(c) || Character.isDigit(c));
  }

  /** Folds one character: separators to {@link #SEP}, Latin letters to lower case without diacritics. */
  static char fold(char c) {
    if (c < TABLE) {
      return FOLD[c];
    }
    return isHangulSyllable(c) ? c : foldSlow(c);
  }

  private static char foldSlow(char c) {
    if (separatorSlow(c)) {
      return SEP;
    }
    if (c < LATIN_FOLD.length) {
      return LATIN_FOLD[c];
    }
    return latinLetterSlow(c) ? Character.toLowerCase(c) : c;
  }

  /** The matching key of a name: folded, separator runs collapsed to one {@link #SEP}, trimmed. */
  static String key(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char f = fold(name.charAt(i));
      if (f == SEP) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != SEP) {
          b.append(SEP);
        }
      } else {
        b.append(f);
      }
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == SEP) {
      end--;
    }
    return b.substring(0, end);
  }

  /** The key without separators: what whole-string look-ups and fuzzy matching compare. */
  static String compact(String name) {
    String k = key(name);
    StringBuilder b = new StringBuilder(k.length());
    for (int i = 0; i < k.length(); i++) {
      if (k.charAt(i) != SEP) {
        b.append(k.charAt(i));
      }
    }
    return b.toString();
  }

  /** Hangul syllables decomposed into conjoining jamo (initial, medial, optional final); other characters kept. */
  static String jamo(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length() * 3);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isHangulSyllable(c)) {
        int idx = c - 0xAC00;
        b.append((char) (0x1100 + idx / 588));
        b.append((char) (0x1161 + (idx % 588) / 28));
        int t = idx % 28;
        if (t > 0) {
          b.append((char) (0x11A7 + t));
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Writes the jamo of {@code c} (itself when not a syllable) into {@code out} at {@code at}; returns the end. */
  static int jamo(char c, char[] out, int at) {
    if (!isHangulSyllable(c)) {
      out[at] = c;
      return at + 1;
    }
    int idx = c - 0xAC00;
    out[at++] = (char) (0x1100 + idx / 588);
    out[at++] = (char) (0x1161 + (idx % 588) / 28);
    int t = idx % 28;
    if (t > 0) {
      out[at++] = (char) (0x11A7 + t);
    }
    return at;
  }

  static int countHangulSyllables(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (isHangulSyllable(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  static boolean containsHangul(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (isHangul(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Only Latin letters and separators. */
  static boolean isLatinName(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != SEP && !isLatinLetter(c)) {
        return false;
      }
    }
    return !key.isEmpty();
  }

  /** Only Hangul syllables and separators. */
  static boolean isHangulName(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != SEP && !isHangulSyllable(c)) {
        return false;
      }
    }
    return !key.isEmpty();
  }
}
