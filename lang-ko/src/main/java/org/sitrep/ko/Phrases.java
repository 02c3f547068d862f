package org.sitrep.ko;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed list of phrases found in a text in one pass, instead of one {@code indexOf} loop over
 * the whole text per phrase. For each phrase the occurrences are those the loop
 * {@code for (i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + p.length()))} gives: in order,
 * an occurrence overlapping the previous one of the same phrase skipped. Immutable; thread-safe.
 */
final class Phrases {
  /** The offsets of a phrase not in the text: shared, callers only read them. */
  private static final int[] NONE = new int[0];
  private final String[] phrases;
  /** Which characters start a phrase, one bit each. */
  private final long[] firstBits = new long[1024];
  /** By first character (sorted): the indices of the phrases starting with it. */
  private final char[] firsts;
  private final int[][] byFirst;

  Phrases(List<String> list) {
    this.phrases = list.toArray(new String[0]);
    for (String p : phrases) {
      if (p.isEmpty()) throw new IllegalArgumentException("empty phrase");
      char c = p.charAt(0);
      firstBits[c >>> 6] |= 1L << c;
    }
    char[] distinct = Arrays.stream(phrases).mapToInt(p -> p.charAt(0)).distinct().sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().toCharArray();
    this.firsts = distinct;
    this.byFirst = new int[distinct.length][];
    for (int k = 0; k < distinct.length; k++) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < phrases.length; i++) if (phrases[i].charAt(0) == distinct[k]) idx.add(i);
      byFirst[k] = idx.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  int size() {
    return phrases.length;
  }

  String phrase(int i) {
    return phrases[i];
  }

  /** Index i: the start offsets of phrase i in {@code text}, ascending (empty when absent). */
  int[][] find(String text) {
    int[][] out = new int[phrases.length][];
    int[] counts = new int[phrases.length];
    int[] nextAllowed = new int[phrases.length];
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((firstBits[c >>> 6] & (1L << c)) == 0) continue;
      for (int p : byFirst[Arrays.binarySearch(firsts, c)]) {
        String phrase = phrases[p];
        if (i >= nextAllowed[p] && text.startsWith(phrase, i)) {
          int[] at = out[p];
          if (at == null) out[p] = at = new int[4];
          else if (counts[p] == at.length) out[p] = at = Arrays.copyOf(at, 2 * at.length);
          at[counts[p]++] = i;
          nextAllowed[p] = i + phrase.length();
        }
      }
    }
    for (int p = 0; p < phrases.length; p++) out[p] = out[p] == null ? NONE : Arrays.copyOf(out[p], counts[p]);
    return out;
  }
}
