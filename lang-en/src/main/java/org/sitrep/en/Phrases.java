package org.sitrep.en;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lexicon of word sequences ("at least", "per cent", "in the early hours of"), each with a
 * value, matched against {@link Words} token by token in lower case; the longest entry wins.
 * Entries are tokenised like the text, so "approx." matches the two tokens "approx" ".".
 * Immutable once built; thread-safe.
 */
final class Phrases<V> {
  /** One entry: its tokens in lower case and its value. */
  record Entry<V>(String[] tokens, V value) {
    int length() {
      return tokens.length;
    }
  }

  private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();

  /** Adds a phrase; call only while building. */
  Phrases<V> add(String phrase, V value) {
    Words w = Words.of(phrase, 0, phrase.length());
    if (w.size() == 0) throw new IllegalArgumentException("empty phrase");
    String[] tokens = new String[w.size()];
    for (int k = 0; k < tokens.length; k++) tokens[k] = w.lower(k);
    List<Entry<V>> list = byFirst.computeIfAbsent(tokens[0], x -> new ArrayList<>());
    list.add(new Entry<>(tokens, value));
    list.sort(Comparator.comparingInt((Entry<V> e) -> -e.length()));
    return this;
  }

  /** The longest entry whose tokens start at token {@code k}, or null. */
  Entry<V> at(Words w, int k) {
    if (k < 0 || k >= w.size()) return null;
    List<Entry<V>> list = byFirst.get(w.lower(k));
    if (list == null) return null;
    for (Entry<V> e : list) {
      if (matches(w, k, e.tokens)) return e;
    }
    return null;
  }

  /** The longest entry whose tokens end just before token {@code k} (end exclusive), or null. */
  Entry<V> before(Words w, int k) {
    for (int len = Math.min(6, k); len >= 1; len--) {
      List<Entry<V>> list = byFirst.get(w.lower(k - len));
      if (list == null) continue;
      for (Entry<V> e : list) {
        if (e.length() == len && matches(w, k - len, e.tokens)) return e;
      }
    }
    return null;
  }

  boolean contains(Words w, int k) {
    return at(w, k) != null;
  }

  private static boolean matches(Words w, int k, String[] tokens) {
    if (k + tokens.length > w.size()) return false;
    for (int j = 0; j < tokens.length; j++) {
      if (!w.lower(k + j).equals(tokens[j])) return false;
      if (j > 0 && w.lineBefore(k + j)) return false;
    }
    return true;
  }
}
