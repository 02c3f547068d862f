package org.sitrep.core.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An index for near-miss look-ups: keys are bucketed by their first character (a typo in the
 * first letter is rare, and requiring it keeps false hits down) and sorted by length, so a
 * query measures the bounded edit distance only to the keys of its bucket whose length is
 * within reach. Measured on Korean text this is an order of magnitude faster than generating
 * the query's deletions (symmetric delete), because a scan asks for thousands of windows that
 * match nothing and each of those costs a few dozen early-exit comparisons instead of hundreds
 * of substring look-ups. Keys are compared as given (callers pass folded Latin letters or
 * Hangul jamo). Immutable after {@link #freeze()}; thread-safe for queries.
 */
final class FuzzyIndex<T> {
  /** One indexed form: the compared string, the distance it tolerates, what it names. */
  private record Key<T>(String form, String firstWord, int maxDistance, List<T> values) {}

  /** The best keys for a query: their distance and the union of what they name. */
  record Result<T>(int distance, List<T> values, String form) {}

  private final Map<String, Key<T>> keys = new HashMap<>();
  /** Leading characters → keys starting with them, sorted by length once frozen. */
  private final Map<String, List<Key<T>>> byFirst = new HashMap<>();
  private final int prefix;
  private boolean frozen;

  /** An index whose keys and queries must agree on their first character. */
  FuzzyIndex() {
    this(1);
  }

  /**
   * An index whose keys and queries must agree on their first {@code prefix} characters (keys
   * shorter than that on all of themselves). For Hangul jamo, 2 means the first syllable's
   * consonant and vowel: 바디크샨 still finds 바다크샨, and a window starting with any other
   * syllable costs one hash look-up.
   */
  FuzzyIndex(int prefix) {
    this.prefix = prefix;
  }

  private String lead(String s) {
    return s.length() <= prefix ? s : s.substring(0, prefix);
  }
  /** Indexes {@code form}; {@code firstWord} is the form's first word, or null when words do not matter. */
  void add(String form, String firstWord, int maxDistance, T value) {
    if (frozen) {
      throw new IllegalStateException("frozen");
    }
    Key<T> key = keys.get(form);
    if (key == null) {
      key = new Key<>(form, firstWord, maxDistance, new ArrayList<>());
      keys.put(form, key);
      byFirst.computeIfAbsent(lead(form), c -> new ArrayList<>()).add(key);
    }
    if (!key.values().contains(value)) {
      key.values().add(value);
    }
  }

  void freeze() {
    for (List<Key<T>> bucket : byFirst.values()) {
      bucket.sort(java.util.Comparator.comparingInt((Key<T> k) -> k.form().length()).thenComparing(Key::form));
    }
    frozen = true;
  }

  /** Whether some key starts with the leading characters of {@code s}: a one-look-up test before a real query. */
  boolean hasLead(String s) {
    return byFirst.containsKey(lead(s));
  }

  boolean isEmpty() {
    return keys.isEmpty();
  }

  /**
   * The keys nearest to {@code query} within their tolerance whose first character equals the
   * query's (a typo in the first letter is rare, and requiring it keeps false hits down), or null.
   * Distance 0 is never returned: an exact form is the exact matcher's business. At most
   * {@code maxDistance} edits are allowed (the caller bounds it by the query's length). When both
   * the query and the key have a first word, the two must be equal unless both are long (6+
   * letters): "Iraq border" is not "Iran border", but "yaftal sufia" is "Yaftal Sufla".
   */
  Result<T> nearest(String query, String queryFirstWord, int maxDistance) {
    List<Key<T>> bucket = query.isEmpty() ? null : byFirst.get(lead(query));
    if (bucket == null) {
      return null;
    }
    List<Key<T>> candidates = new ArrayList<>();
    int lo = query.length() - maxDistance;
    int hi = query.length() + maxDistance;
    for (Key<T> k : bucket) {
      int len = k.form().length();
      if (len > hi) {
        break;
      }
      if (len >= lo) {
        candidates.add(k);
      }
    }
    int best = Integer.MAX_VALUE;
    List<Key<T>> bestKeys = new ArrayList<>();
    for (Key<T> k : candidates) {
      if (k.form().charAt(0) != query.charAt(0) || !firstWordsAgree(queryFirstWord, k.firstWord())) {
        continue;
      }
      int limit = Math.min(maxDistance, k.maxDistance());
      int dist = distance(query, k.form(), limit);
      if (dist == 0 || dist > limit) {
        continue;
      }
      if (dist < best) {
        best = dist;
        bestKeys.clear();
      }
      if (dist == best) {
        bestKeys.add(k);
      }
    }
    if (bestKeys.isEmpty()) {
      return null;
    }
    bestKeys.sort((a, b) -> a.form().compareTo(b.form()));
    Set<T> values = new LinkedHashSet<>();
    for (Key<T> k : bestKeys) {
      values.addAll(k.values());
    }
    return new Result<>(best, List.copyOf(values), bestKeys.get(0).form());
  }

  private static boolean firstWordsAgree(String a, String b) {
    return a == null || b == null || a.equals(b) || (a.length() >= 6 && b.length() >= 6);
  }

  /**
   * Optimal-string-alignment distance (Levenshtein plus adjacent transposition), giving up early
   * with {@code limit + 1} once every alignment exceeds {@code limit}.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int n = a.length();
    int m = b.length();
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], limit + 1);
  }
}
