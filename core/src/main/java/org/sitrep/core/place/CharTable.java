package org.sitrep.core.place;

import java.util.Map;

/**
 * A frozen map from characters to values (open addressing, linear probing), so the scanners
 * look up a character without boxing or hashing it. Immutable; thread-safe.
 */
final class CharTable<V> {
  private final char[] keys;
  private final Object[] values;
  private final int mask;
  private final int shift;

  CharTable(Map<Character, V> map) {
    int size = 4;
    while (size < map.size() * 2) {
      size <<= 1;
    }
    keys = new char[size];
    values = new Object[size];
    mask = size - 1;
    shift = 32 - Integer.numberOfTrailingZeros(size);
    for (Map.Entry<Character, V> e : map.entrySet()) {
      int i = slot(e.getKey());
      while (values[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = e.getKey();
      values[i] = e.getValue();
    }
  }

  private int slot(char c) {
    return (c * 0x9E3779B1) >>> shift; // Fibonacci hashing: the product's top bits
  }

  /** The value of {@code c}, or null. */
  @SuppressWarnings("unchecked")
  V get(char c) {
    int i = slot(c);
    Object v;
    while ((v = values[i]) != null) {
      if (keys[i] == c) {
        return (V) v;
      }
      i = (i + 1) & mask;
    }
    return null;
  }
}
