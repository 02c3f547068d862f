package org.sitrep.core.place;

import java.util.Arrays;
import java.util.Map;

/**
 * A frozen map from characters to values: sorted keys and a binary search, so the scanners look
 * up a character without boxing it or hashing. Immutable; thread-safe.
 */
final class CharTable<V> {
  private final char[] keys;
  private final Object[] values;

  CharTable(Map<Character, V> map) {
    keys = new char[map.size()];
    values = new Object[map.size()];
    Character[] sorted = map.keySet().toArray(new Character[0]);
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      keys[i] = sorted[i];
      values[i] = map.get(sorted[i]);
    }
  }

  /** The value of {@code c}, or null. */
  @SuppressWarnings("unchecked")
  V get(char c) {
    char[] k = keys;
    if (k.length <= 8) {
      for (int i = 0; i < k.length; i++) {
        if (k[i] == c) {
          return (V) values[i];
        }
      }
      return null;
    }
    int i = Arrays.binarySearch(k, c);
    return i < 0 ? null : (V) values[i];
  }
}
