package org.sitrep.core.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A symmetric-delete index (as in SymSpell): every key is stored under each string obtained by
 * deleting up to its allowed number of characters; a query looks up its own deletions and
 * verifies each candidate with the true edit distance. Look-up cost depends on the query length,
 * not on the number of keys. Keys are compared as given (callers pass folded Latin letters or
 * Hangul jamo). Immutable after {@link #freeze()}; thread-safe for queries.
 */
final class FuzzyIndex<T> {
  /** One indexed form: the compared string, the distance it tolerates, what it names. */
  private record Key<T>(String form, String firstWord, int maxDistance, List<T> values) {}

  /** The best keys for a query: their distance and the union of what they name. */
  record Result<T>(int distance, List<T> values, String form) {}

  private final Map<String, Key<T>> keys = new HashMap<>();
  private final Map<String, List<Key<T>>> deletions = new HashMap<>();
  /** First character → lengths of keys starting with it: a cheap test before generating deletions. */
  private final Map<Character, java.util.BitSet> lengthsByFirst = new HashMap<>();
  private boolean frozen;

  /** Indexes {@code form}; {@code firstWord} is the form's first word, or null when words do not matter. */
  void add(String form, String firstWord, int maxDistance, T value) {
    if (frozen) {
      throw new IllegalStateException("frozen");
    }
    Key<T> key = keys.get(form);
    if (key == null) {
      key = new Key<>(form, firstWord, maxDistance, new ArrayList<>());
      keys.put(form, key);
      lengthsByFirst.computeIfAbsent(form.charAt(0), c -> new java.util.BitSet()).set(form.length());
      for (String d : deletes(form, maxDistance)) {
        deletions.computeIfAbsent(d, x -> new ArrayList<>()).add(key);
      }
    }
    if (!key.values().contains(value)) {
      key.values().add(value);
    }
  }

  void freeze() {
    frozen = true;
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
    if (query.isEmpty() || !mayMatch(query, maxDistance)) {
      return null;
    }
    Set<Key<T>> seen = new HashSet<>();
    List<Key<T>> candidates = new ArrayList<>();
    // the query's deletions, generated without a set: deleting position i, then a position >= i
    collect(query, seen, candidates);
    for (int i = 0; i < query.length() && maxDistance >= 1; i++) {
      String d1 = query.substring(0, i) + query.substring(i + 1);
      collect(d1, seen, candidates);
      for (int j = i; j < d1.length() && maxDistance >= 2; j++) {
        collect(d1.substring(0, j) + d1.substring(j + 1), seen, candidates);
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

  private void collect(String deletion, Set<Key<T>> seen, List<Key<T>> out) {
    List<Key<T>> hits = deletions.get(deletion);
    if (hits != null) {
      for (Key<T> k : hits) {
        if (seen.add(k)) {
          out.add(k);
        }
      }
    }
  }

  /** Whether some key has the query's first character and a length within {@code maxDistance} of it. */
  private boolean mayMatch(String query, int maxDistance) {
    java.util.BitSet lengths = lengthsByFirst.get(query.charAt(0));
    if (lengths == null) {
      return false;
    }
    int from = Math.max(0, query.length() - maxDistance);
    int next = lengths.nextSetBit(from);
    return next >= 0 && next <= query.length() + maxDistance;
  }

  private static boolean firstWordsAgree(String a, String b) {
    return a == null || b == null || a.equals(b) || (a.length() >= 6 && b.length() >= 6);
  }

  /** All strings made by deleting 0..max characters (a set, so repeats are cheap). */
  static Set<String> deletes(String s, int max) {
    Set<String> out = new HashSet<>();
    out.add(s);
    Set<String> frontier = Set.of(s);
    for (int round = 0; round < max; round++) {
      Set<String> next = new HashSet<>();
      for (String f : frontier) {
        if (f.length() <= 1) {
          continue;
        }
        for (int i = 0; i < f.length(); i++) {
          String d = f.substring(0, i) + f.substring(i + 1);
          if (out.add(d)) {
            next.add(d);
          }
        }
      }
      frontier = next;
    }
    return out;
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
