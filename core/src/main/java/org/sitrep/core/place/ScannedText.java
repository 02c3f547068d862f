package org.sitrep.core.place;

/**
 * A text prepared for the {@link NameMatcher}s: its characters, folded, where exact matches may
 * start, its Latin and Hangul words, and (on first request) the jamo of its syllables. Every
 * document is scanned by several matchers one after another (the gazetteer, the actors, the
 * persons); they share one preparation instead of each walking the text character by character
 * again. {@link #of} keeps the last prepared {@link String} per thread (a string cannot change, so
 * the same instance is the same text). Not thread-safe; one thread uses an instance.
 */
final class ScannedText {
  private static final ThreadLocal<ScannedText> LAST = new ThreadLocal<>();

  final CharSequence source;
  final int length;
  final char[] chars;
  final char[] folded;
  /** Positions where an exact match may start: not a separator, and at the start of a word of its script. */
  final int[] starts;
  final int startCount;
  /** Runs of Latin letters, as [start, end) pairs. */
  final int[] latinWords;
  final int latinWordCount;
  /** Runs of Hangul syllables not preceded by Hangul, as [start, end) pairs. */
  final int[] hangulWords;
  final int hangulWordCount;
  /** Jamo of the text ({@link Chars#jamo(char, char[], int)} of each character), made on first use. */
  private char[] jamo;
  /** Where the jamo of character i start in {@link #jamo}; one more entry for the end. */
  private int[] jamoAt;
  /** {@link FuzzyIndex#bits} of the jamo of each character. */
  private long[] jamoBits;

  private ScannedText(CharSequence source) {
    this.source = source;
    int n = source.length();
    this.length = n;
    char[] c = new char[n];
    if (source instanceof String s) {
      s.getChars(0, n, c, 0);
    } else {
      for (int i = 0; i < n; i++) {
        c[i] = source.charAt(i);
      }
    }
    this.chars = c;
    char[] f = new char[n];
    int[] st = new int[Math.max(4, n / 2)];
    int sc = 0;
    int[] lw = new int[8];
    int lc = 0;
    int[] hw = new int[Math.max(8, n / 2)];
    int hc = 0;
    int latinStart = -1;
    int hangulStart = -1;
    for (int i = 0; i < n; i++) {
      char ch = c[i];
      char fo = Chars.fold(ch);
      f[i] = fo;
      boolean syllable = Chars.isHangulSyllable(ch);
      if (fo != Chars.SEP && startOk(c, i)) {
        if (sc == st.length) {
          st = java.util.Arrays.copyOf(st, sc * 2);
        }
        st[sc++] = i;
      }
      boolean latin = !syllable && Chars.isLatinLetter(ch);
      if (latin && latinStart < 0) {
        latinStart = i;
      } else if (!latin && latinStart >= 0) {
        lw = add(lw, lc++, latinStart, i);
        latinStart = -1;
      }
      if (syllable && hangulStart < 0 && (i == 0 || !Chars.isHangul(c[i - 1]))) {
        hangulStart = i;
      } else if (!syllable && hangulStart >= 0) {
        hw = add(hw, hc++, hangulStart, i);
        hangulStart = -1;
      }
    }
    if (latinStart >= 0) {
      lw = add(lw, lc++, latinStart, n);
    }
    if (hangulStart >= 0) {
      hw = add(hw, hc++, hangulStart, n);
    }
    this.folded = f;
    this.starts = st;
    this.startCount = sc;
    this.latinWords = lw;
    this.latinWordCount = lc;
    this.hangulWords = hw;
    this.hangulWordCount = hc;
  }

  /** The prepared text of {@code text}: the last one made on this thread when it is the same string. */
  static ScannedText of(CharSequence text) {
    if (!(text instanceof String)) {
      return new ScannedText(text);
    }
    ScannedText last = LAST.get();
    if (last != null && last.source == text) {
      return last;
    }
    ScannedText made = new ScannedText(text);
    LAST.set(made);
    return made;
  }

  private static int[] add(int[] pairs, int index, int start, int end) {
    if (2 * index + 2 > pairs.length) {
      pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
    }
    pairs[2 * index] = start;
    pairs[2 * index + 1] = end;
    return pairs;
  }

  /** A Hangul character must not follow Hangul; anything else must not follow a Latin letter or digit. */
  private static boolean startOk(char[] c, int i) {
    if (i == 0) {
      return true;
    }
    if (Chars.isHangul(c[i])) {
      return !Chars.isHangul(c[i - 1]);
    }
    return !Chars.isLatinWordChar(c[i - 1]);
  }

  /** The jamo of the whole text (see {@link #jamoAt()}). */
  char[] jamo() {
    if (jamo == null) {
      decompose();
    }
    return jamo;
  }

  /** Index i: where the jamo of character i start in {@link #jamo()}; index {@code length}: the end. */
  int[] jamoAt() {
    if (jamo == null) {
      decompose();
    }
    return jamoAt;
  }

  /** Index i: the {@link FuzzyIndex#bits} of the jamo of character i. */
  long[] jamoBits() {
    if (jamo == null) {
      decompose();
    }
    return jamoBits;
  }

  private void decompose() {
    int n = length;
    char[] j = new char[3 * n];
    int[] at = new int[n + 1];
    long[] bits = new long[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      at[i] = k;
      char c = chars[i];
      if (Chars.isHangulSyllable(c)) {
        // as Chars.jamo and FuzzyIndex.bits do it, without their per-character tests
        int idx = c - 0xAC00;
        int initial = idx / 588;
        int medial = (idx % 588) / 28;
        int t = idx % 28;
        j[k++] = (char) (0x1100 + initial);
        j[k++] = (char) (0x1161 + medial);
        long b = (1L << initial) | (1L << (19 + medial));
        if (t > 0) {
          j[k++] = (char) (0x11A7 + t);
          b |= 1L << (40 + (t - 1) % 24);
        }
        bits[i] = b;
      } else {
        int end = Chars.jamo(c, j, k);
        bits[i] = FuzzyIndex.bits(j, k, end);
        k = end;
      }
    }
    at[n] = k;
    jamoAt = at;
    jamoBits = bits;
    jamo = j;
  }
}
