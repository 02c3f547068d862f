package org.sitrep.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Span;

/**
 * A document's text made regular for analysis, with a map back to the original characters.
 *
 * <ul>
 *   <li>non-breaking and other odd spaces (U+00A0, U+2000..U+200A, U+202F, U+205F, U+3000) become
 *       a plain space: {@code "판지시르\u00A0계곡"} → {@code "판지시르 계곡"};
 *   <li>full-width ASCII forms become ASCII: {@code "１００명"} → {@code "100명"};
 *   <li>zero-width characters (U+200B..U+200D, U+2060, U+FEFF, soft hyphen) are dropped;
 *   <li>a paragraph (text between blank lines) that repeats an earlier one word for word, as text
 *       copied from web pages often does, is marked duplicate, so the event it tells is not
 *       counted twice.
 * </ul>
 *
 * <p>Every offset of the normalised text maps back to the original with {@link #toOriginal}; a
 * span of the normalised text maps to a span of the original with {@link #originalSpan}.
 * Immutable and thread-safe.
 */
public final class NormalisedText {
  private static final int MIN_DUPLICATE_LENGTH = 20;
  private final String original;
  private final String text;
  private final int[] toOriginal; // length text.length() + 1; null when the text is the original
  private final List<int[]> duplicates; // [start, end) ranges of the normalised text

  private NormalisedText(String original, String text, int[] toOriginal, List<int[]> duplicates) {
    this.original = original;
    this.text = text;
    this.toOriginal = toOriginal;
    this.duplicates = duplicates;
  }

  /** Normalises {@code original}; linear in its length. */
  public static NormalisedText of(String original) {
    int first = 0;
    while (first < original.length() && !changes(original.charAt(first))) first++;
    if (first == original.length()) {
      // most texts need nothing done: the text is the original itself, every offset its own
      return new NormalisedText(original, original, null, findDuplicates(original));
    }
    StringBuilder sb = new StringBuilder(original.length());
    int[] map = new int[original.length() + 1];
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (isZeroWidth(c)) continue;
      map[sb.length()] = i;
      sb.append(regular(c));
    }
    map[sb.length()] = original.length();
    String text = sb.toString();
    int[] trimmed = java.util.Arrays.copyOf(map, text.length() + 1);
    return new NormalisedText(original, text, trimmed, findDuplicates(text));
  }

  public String original() {
    return original;
  }

  /** The normalised text; analysis offsets point into it. */
  public String text() {
    return text;
  }

  /** The original offset of the normalised offset {@code i} (0..length, inclusive). */
  public int toOriginal(int i) {
    return toOriginal == null ? i : toOriginal[i];
  }

  /** The original span of the normalised range {@code [start, end)}, or null when it is empty. */
  public Span originalSpan(int start, int end) {
    int s = toOriginal(start);
    int e = end == 0 ? 0 : toOriginal(end - 1) + 1;
    if (e <= s) return null;
    return Span.of(original, s, e);
  }

  /** True when {@code offset} lies in a paragraph that repeats an earlier paragraph. */
  public boolean inDuplicateParagraph(int offset) {
    int lo = 0, hi = duplicates.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int[] d = duplicates.get(mid);
      if (offset < d[0]) hi = mid - 1;
      else if (offset >= d[1]) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** The [start, end) ranges of the normalised text that repeat an earlier paragraph. */
  public List<int[]> duplicateParagraphs() {
    return duplicates.stream().map(int[]::clone).toList();
  }

  /** Whether normalising drops or replaces {@code c}. */
  private static boolean changes(char c) {
    return isZeroWidth(c) || regular(c) != c;
  }

  private static boolean isZeroWidth(char c) {
    return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }

  private static char regular(char c) {
    if (c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000') return ' ';
    if (c >= '\uFF01' && c <= '\uFF5E') return (char) (c - 0xFEE0);
    return c;
  }

  /** Paragraphs are separated by blank lines; a paragraph whose words repeat an earlier one's is a duplicate. */
  private static List<int[]> findDuplicates(String text) {
    List<int[]> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int n = text.length();
    int start = 0;
    if (paragraphEnd(text, 0) == n) return List.of(); // one paragraph repeats none
    while (start < n) {
      int end = paragraphEnd(text, start);
      String key = squeeze(text, start, end);
      if (key.length() >= MIN_DUPLICATE_LENGTH && seen.putIfAbsent(key, start) != null) out.add(new int[] {start, end});
      start = end;
      while (start < n && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) start++;
    }
    return List.copyOf(out);
  }

  /** The words of {@code text[start, end)} with every run of white space made one space, trimmed. */
  private static String squeeze(String text, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) sb.append(' ');
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static int paragraphEnd(String text, int from) {
    int i = text.indexOf('\n', from);
    while (i >= 0) {
      int j = i + 1;
      while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) j++;
      if (j >= text.length() || text.charAt(j) == '\n') return i;
      i = text.indexOf('\n', j);
    }
    return text.length();
  }
}
