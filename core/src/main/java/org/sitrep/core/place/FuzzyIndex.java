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
  private record Key<T>(String form, char[] chars, long bits, String firstWord, int maxDistance, List<T> values) {}

  /** The best keys for a query: their distance and the union of what they name. */
  record Result<T>(int distance, List<T> values, String form) {}

  private final Map<String, Key<T>> keys = new HashMap<>();
  /** Leading characters → keys starting with them, sorted by length once frozen. */
  private final Map<String, List<Key<T>>> byFirst = new HashMap<>();
  private final int prefix;
  /** With a two-character prefix: the buckets of the Hangul leads (initial and medial jamo), by index. */
  @SuppressWarnings("unchecked")
  private final List<Key<T>>[] jamoLeads = new List[19 * 21];
  /** {@link #jamoLeads} frozen into arrays, for {@link #nearestPrefixes}. */
  @SuppressWarnings("unchecked")
  private final Bucket<T>[] jamoBuckets = new Bucket[19 * 21];
  /** {@link #byFirst} frozen into arrays, for {@link #nearestPrefixes}. */
  private final Map<String, Bucket<T>> frozenByFirst = new HashMap<>();
  private boolean frozen;

  /**
   * The keys of one bucket, sorted by length, with the lengths, bits and tolerances the
   * prefix look-up tests first in arrays of their own: most keys are ruled out without reading
   * the key (which would be a pointer to follow, and memory the tokenizer then misses).
   */
  private static final class Bucket<T> {
    final Key<T>[] keys;
    final int[] lengths;
    final long[] bits;
    final int[] maxDistances;

    @SuppressWarnings("unchecked")
    Bucket(List<Key<T>> sorted) {
      int n = sorted.size();
      keys = sorted.toArray(new Key[0]);
      lengths = new int[n];
      bits = new long[n];
      maxDistances = new int[n];
      for (int i = 0; i < n; i++) {
        lengths[i] = keys[i].chars().length;
        bits[i] = keys[i].bits();
        maxDistances[i] = keys[i].maxDistance();
      }
    }
  }

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
      key = new Key<>(form, form.toCharArray(), bits(form.toCharArray(), 0, form.length()), firstWord, maxDistance, new ArrayList<>());
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
    for (Map.Entry<String, List<Key<T>>> e : byFirst.entrySet()) {
      frozenByFirst.put(e.getKey(), new Bucket<>(e.getValue()));
    }
    for (int lead = 0; lead < jamoLeads.length; lead++) {
      String leadChars = new String(new char[] {(char) (0x1100 + lead / 21), (char) (0x1161 + lead % 21)});
      jamoLeads[lead] = byFirst.get(leadChars);
      jamoBuckets[lead] = frozenByFirst.get(leadChars);
    }
    frozen = true;
  }

  /**
   * With a two-character prefix, once frozen: the length of the longest key starting with the
   * Hangul lead {@code lead} (initial index * 21 + medial index), 0 when none.
   */
  int longestWithLead(int lead) {
    List<Key<T>> bucket = jamoLeads[lead];
    return bucket == null ? 0 : bucket.get(bucket.size() - 1).chars().length;
  }

  /**
   * With a two-character prefix, once frozen: whether some key with the Hangul lead {@code lead}
   * could be within its tolerance of a window whose characters all have bits in {@code bits}
   * (each kind of character a key has and the window lacks costs an edit). False rules out every
   * window drawn from those characters before the windows are even made.
   */
  boolean mayMatchLead(int lead, long bits) {
    Bucket<T> bucket = jamoBuckets[lead];
    if (bucket == null) {
      return false;
    }
    long[] keyBits = bucket.bits;
    int[] maxDistances = bucket.maxDistances;
    for (int i = 0; i < keyBits.length; i++) {
      if (Long.bitCount(keyBits[i] & ~bits) <= maxDistances[i]) {
        return true;
      }
    }
    return false;
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

  /**
   * Work arrays for {@link #nearestPrefixes}: one per scan, so the thousands of look-ups of a
   * text allocate nothing. Not thread-safe.
   */
  static final class Scratch {
    char[] query = new char[64];
    int[] ends = new int[16];
    int[] limits = new int[16];
    private int[] prev2 = new int[0];
    private int[] prev = new int[0];
    private int[] cur = new int[0];
    private int[] bestDistance = new int[0];
    private Object[] bestKeys = new Object[0];
    private Object[] results = new Object[0];
    /** The caller's own bookkeeping of its windows (text ends, syllables), sized with {@link #ends}. */
    int[] windowEnds = new int[16];
    int[] windowSyllables = new int[16];
    private int[] jamoAt = new int[16];
    private long queryBits;
    private boolean queryBitsGiven;

    /** Makes room for a query of {@code length} characters and {@code windows} windows, keeping what is there. */
    void ensure(int length, int windows) {
      if (query.length < length) {
        query = java.util.Arrays.copyOf(query, Math.max(length, query.length * 2));
      }
      if (ends.length < windows) {
        ends = java.util.Arrays.copyOf(ends, Math.max(windows, ends.length * 2));
        limits = java.util.Arrays.copyOf(limits, ends.length);
        windowEnds = java.util.Arrays.copyOf(windowEnds, ends.length);
        windowSyllables = java.util.Arrays.copyOf(windowSyllables, ends.length);
      }
    }

    /** A work array of at least {@code length} ints for the caller. */
    int[] jamoAt(int length) {
      if (jamoAt.length < length) {
        jamoAt = new int[Math.max(length, 2 * jamoAt.length)];
      }
      return jamoAt;
    }

    /** {@link FuzzyIndex#bits} of the longest window, when the caller knows them: the next {@link #nearestPrefixes} uses them. */
    void queryBits(long bits) {
      queryBits = bits;
      queryBitsGiven = true;
    }

    /** The result of window {@code w} of the last {@link #nearestPrefixes} call, or null. */
    @SuppressWarnings("unchecked")
    <T> Result<T> result(int w) {
      return (Result<T>) results[w];
    }
  }

  /**
   * What {@link #nearest nearest(window, null, limits[w])} gives for each window
   * {@code query[0, ends[w])}, {@code w < count} (query, ends and limits taken from the scratch),
   * in one pass over the keys: windows sharing their start share their dynamic-programming rows,
   * and the rows are computed only in the band of cells a match within the tolerance can pass
   * through. Every window must be at least as long as the index's leading characters. Results
   * are read with {@link Scratch#result}; null for a window with no near key.
   */
  @SuppressWarnings("unchecked")
  void nearestPrefixes(int count, Scratch s) {
    char[] query = s.query;
    int[] ends = s.ends;
    int[] limits = s.limits;
    if (s.results.length < count) {
      s.results = new Object[Math.max(count, 2 * s.results.length)];
      s.bestKeys = new Object[s.results.length];
      s.bestDistance = new int[s.results.length];
    }
    Object[] results = s.results;
    int longest = 0;
    int shortest = Integer.MAX_VALUE;
    int maxLimit = 0;
    for (int w = 0; w < count; w++) {
      results[w] = null;
      longest = Math.max(longest, ends[w]);
      shortest = Math.min(shortest, ends[w]);
      maxLimit = Math.max(maxLimit, limits[w]);
    }
    long given = s.queryBits;
    boolean bitsGiven = s.queryBitsGiven;
    s.queryBitsGiven = false;
    if (count == 0) {
      return;
    }
    if (shortest < prefix || shortest == 0) {
      for (int w = 0; w < count; w++) { // not the case the scan asks for; the plain way
        results[w] = nearest(new String(query, 0, ends[w]), null, limits[w]);
      }
      return;
    }
    Bucket<T> bucket = bucket(query);
    if (bucket == null) {
      return;
    }
    int[] bestDistance = s.bestDistance;
    Object[] bestKeys = s.bestKeys;
    for (int w = 0; w < count; w++) {
      bestDistance[w] = Integer.MAX_VALUE;
      bestKeys[w] = null;
    }
    if (s.cur.length < longest + 1) {
      s.prev2 = new int[longest + 1];
      s.prev = new int[longest + 1];
      s.cur = new int[longest + 1];
    }
    boolean any = false;
    long windowBits = bitsGiven ? given : bits(query, 0, longest); // every window is a prefix of the longest
    int[] lengths = bucket.lengths;
    long[] keyBits = bucket.bits;
    int[] maxDistances = bucket.maxDistances;
    for (int i = 0; i < lengths.length; i++) {
      int m = lengths[i];
      if (m > longest + maxLimit) {
        break; // sorted by length
      }
      int band = Math.min(maxLimit, maxDistances[i]);
      if (m < shortest - band || Long.bitCount(keyBits[i] & ~windowBits) > band) {
        continue;
      }
      Key<T> k = bucket.keys[i];
      int[] row = bandedRow(k.chars(), query, Math.min(longest, m + band), band, s.prev2, s.prev, s.cur);
      if (row == null) {
        continue;
      }
      for (int w = 0; w < count; w++) {
        int limit = Math.min(limits[w], maxDistances[i]);
        int e = ends[w];
        if (Math.abs(m - e) > limit) {
          continue;
        }
        int d = row[e];
        if (d == 0 || d > limit || d > bestDistance[w]) {
          continue;
        }
        if (d < bestDistance[w]) {
          bestDistance[w] = d;
          bestKeys[w] = new ArrayList<Key<T>>(2);
        }
        ((List<Key<T>>) bestKeys[w]).add(k);
        any = true;
      }
    }
    if (!any) {
      return;
    }
    for (int w = 0; w < count; w++) {
      List<Key<T>> keys = (List<Key<T>>) bestKeys[w];
      if (keys != null) {
        keys.sort((a, b) -> a.form().compareTo(b.form()));
        Set<T> values = new LinkedHashSet<>();
        for (Key<T> k : keys) {
          values.addAll(k.values());
        }
        results[w] = new Result<>(bestDistance[w], List.copyOf(values), keys.get(0).form());
      }
    }
  }

  /**
   * The set of characters in {@code s[from, to)}, one bit each (Hangul jamo get bits of their
   * own; other characters may share one). Each character of a key missing from a window costs
   * the alignment one edit, so a key with more missing kinds than the tolerance is skipped
   * without computing its table.
   */
  static long bits(char[] s, int from, int to) {
    long bits = 0;
    for (int i = from; i < to; i++) {
      bits |= 1L << bit(s[i]);
    }
    return bits;
  }

  private static int bit(char c) {
    if (c >= 0x1100 && c <= 0x1112) {
      return c - 0x1100; // initials: 0..18
    }
    if (c >= 0x1161 && c <= 0x1175) {
      return 19 + (c - 0x1161); // medials: 19..39
    }
    if (c >= 0x11A8 && c <= 0x11C2) {
      return 40 + (c - 0x11A8) % 24; // finals: 40..63, the last three sharing
    }
    return c & 63;
  }

  /** The keys sharing the query's leading characters: for two Hangul jamo an array index, else a map look-up. */
  private Bucket<T> bucket(char[] query) {
    if (prefix == 2) {
      int initial = query[0] - 0x1100;
      int medial = query[1] - 0x1161;
      if (initial >= 0 && initial < 19 && medial >= 0 && medial < 21) {
        return jamoBuckets[initial * 21 + medial];
      }
    }
    return frozenByFirst.get(new String(query, 0, prefix));
  }

  /**
   * The last row of the optimal-string-alignment table of {@code key} against
   * {@code query[0, columns)}: entry j is the distance from key to query[0, j), exact up to
   * {@code band} and above it when farther; null when every prefix is farther. Only cells within
   * {@code band} of the diagonal are computed (a cheaper alignment never leaves the band).
   */
  private static int[] bandedRow(char[] key, char[] query, int columns, int band, int[] prev2, int[] prev, int[] cur) {
    final int far = band + 1;
    int m = key.length;
    for (int j = 0; j <= columns && j <= band; j++) { // the first row is read only there
      prev[j] = j;
    }
    for (int i = 1; i <= m; i++) {
      int lo = Math.max(1, i - band);
      int hi = Math.min(columns, i + band);
      cur[0] = i <= band ? i : far;
      int rowMin = cur[0];
      if (lo > hi) {
        return null;
      }
      cur[lo - 1] = lo - 1 == 0 ? cur[0] : far;
      char a = key[i - 1];
      char a2 = i > 1 ? key[i - 2] : 0;
      for (int j = lo; j <= hi; j++) {
        char b = query[j - 1];
        int up = j <= i - 1 + band ? prev[j] : far;
        int v = Math.min(Math.min(up + 1, cur[j - 1] + 1), prev[j - 1] + (a == b ? 0 : 1));
        if (i > 1 && j > 1 && a == query[j - 2] && a2 == b) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        if (v > far) {
          v = far;
        }
        cur[j] = v;
        if (v < rowMin) {
          rowMin = v;
        }
      }
      if (rowMin > band) {
        return null;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev;
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
