package org.sitrep.core.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds names from a fixed list in running text, on the character stream (not on tokens), so a
 * name that a tokenizer splits is still found. Used by the {@link Gazetteer} and by the actor
 * dictionary; it knows nothing about places.
 *
 * <p>Exact matching (a trie walked from each possible start, leftmost-longest, non-overlapping):
 * <ul>
 *   <li>Latin is folded: case-insensitive, diacritics dropped, and spaces, hyphens and
 *       apostrophes are interchangeable. A separator inside a name also matches no separator
 *       ("Pul-e Hisar" = "Pul e Hisar" = "Pulehisar"), but the text may not have a separator
 *       where the name has none. An alias written in capitals only ("NRF", "IS-K") matches case-sensitively.
 *   <li>Latin names need non-letter boundaries on both sides: "Pakistani" is not "Pakistan".
 *   <li>A Hangul name must start a Hangul word (the character before it is not Hangul): "반탈레반"
 *       holds no "탈레반". It may be followed by any particle or suffix ("판지시르주에서"), except
 *       that a short name (one or two syllables: 카불, 이란, 살레) must be followed by a non-Hangul
 *       character or by one of the configured followers (particles, 주, 지구...): "살랑살랑" is not
 *       Salang. A <em>strict</em> name (a homograph of a common word, such as 구르 "to roll" for
 *       Ghor) must be followed by a non-Hangul character or by a strict follower (주, 지구...).
 *   <li>A space inside a Hangul name is optional in the text (와칸 회랑 = 와칸회랑).
 * </ul>
 *
 * <p>Fuzzy matching, over text no exact match covers: a window of one to three Latin words of at
 * least 6 letters, or the start of a Hangul word (with the next word) of at least 4 syllables,
 * matches a name of the same script within edit distance 1 (2 when both the name and the window
 * have 10+ letters or 6+ syllables). Hangul is compared as jamo, so 아프가니스칸 is one edit from
 * 아프가니스탄. Guards against false hits:
 * <ul>
 *   <li>the first letter (first jamo) must agree, and in a multi-word Latin name so must a short
 *       first word ("Iraq border" is not "Iran border");
 *   <li>a Latin word that is a known name plus letters ("Pakistani", "Panjshiri") is no typo;
 *   <li>a Hangul word that is the start of a name plus a particle ("모스크가": 모스크 + 가, one jamo
 *       from 모스크바) is no typo;
 *   <li>configured non-names, and names added without fuzzy matching (common nouns), never match fuzzily.
 * </ul>
 * An exact Latin match may grow into a longer, misspelt name of the same value: with both
 * "Yaftal" and "Yaftal Sufla" listed, "yaftal sufia" is one hit. Candidates come from a
 * symmetric-delete index ({@link FuzzyIndex}), not from a scan of every name.
 *
 * <p>Immutable once built; thread-safe.
 *
 * @param <T> what a name stands for
 */
public final class NameMatcher<T> {
  /** A name found in a text: [start, end) of the text, the text there, what it names, and the edit distance (0 = exact). */
  public record Match<T>(int start, int end, String surface, List<T> values, int distance) {
    public Match {
      values = List.copyOf(values);
    }
  }

  private static final int MIN_FUZZY_LATIN = 6;
  private static final int MIN_FUZZY_HANGUL = 4;

  /** One alias as written, with its flags. */
  private record Term<T>(String letters, boolean caseSensitive, boolean strict, boolean shortHangul,
      boolean endsLatin, boolean endsHangul, List<T> values) {}

  private static final class Node<T> {
    final Map<Character, Node<T>> next = new HashMap<>();
    /** {@link #next} frozen once the matcher is built: looked up without boxing. */
    CharTable<Node<T>> table;
    List<Term<T>> terms;

    Node<T> child(char c) {
      return table.get(c);
    }

    void freeze() {
      table = new CharTable<>(next);
      for (Node<T> n : next.values()) {
        n.freeze();
      }
    }
  }

  /** Strings looked up by their first character: "does one of them start here?" without a loop over all. */
  private static final class Prefixes {
    private final CharTable<String[]> byFirst;
    /** Which characters start some string, one bit each: most positions are ruled out here. */
    private final long[] firstBits = new long[1024];
    /** Which characters are themselves one of the strings (a one-syllable particle): no loop for them. */
    private final long[] singleBits = new long[1024];
    private final boolean hasEmpty;

    Prefixes(Collection<String> items) {
      Map<Character, List<String>> map = new HashMap<>();
      boolean empty = false;
      for (String s : items) {
        if (s.isEmpty()) {
          empty = true;
        } else {
          map.computeIfAbsent(s.charAt(0), c -> new ArrayList<>()).add(s);
          firstBits[s.charAt(0) >>> 6] |= 1L << s.charAt(0);
          if (s.length() == 1) {
            singleBits[s.charAt(0) >>> 6] |= 1L << s.charAt(0);
          }
        }
      }
      Map<Character, String[]> arrays = new HashMap<>();
      map.forEach((c, l) -> arrays.put(c, l.toArray(new String[0])));
      byFirst = new CharTable<>(arrays);
      hasEmpty = empty;
    }

    /** {@link #startsAt(CharSequence, int, int)} on the characters of a prepared text (no interface call per character). */
    boolean startsAt(char[] text, int at, int limit) {
      if (hasEmpty) {
        return true;
      }
      if (at >= limit) {
        return false;
      }
      char c = text[at];
      if ((firstBits[c >>> 6] & (1L << c)) == 0) {
        return false;
      }
      if ((singleBits[c >>> 6] & (1L << c)) != 0) {
        return true;
      }
      String[] cands = byFirst.get(c);
      if (cands == null) {
        return false;
      }
      for (String p : cands) {
        if (p.length() <= limit - at && startsWithChars(text, at, p)) {
          return true;
        }
      }
      return false;
    }

    private static boolean startsWithChars(char[] text, int at, String prefix) {
      for (int i = 0; i < prefix.length(); i++) {
        if (text[at + i] != prefix.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /** Whether one of the strings starts at {@code at} of {@code text}, ending by {@code limit}. */
    boolean startsAt(CharSequence text, int at, int limit) {
      if (hasEmpty) {
        return true;
      }
      if (at >= limit) {
        return false;
      }
      char c = text.charAt(at);
      if ((firstBits[c >>> 6] & (1L << c)) == 0) {
        return false;
      }
      if ((singleBits[c >>> 6] & (1L << c)) != 0) {
        return true;
      }
      String[] cands = byFirst.get(c);
      if (cands == null) {
        return false;
      }
      for (String p : cands) {
        if (p.length() <= limit - at && startsWith(text, at, p)) {
          return true;
        }
      }
      return false;
    }
  }

  private final Node<T> root;
  private final Map<String, List<Term<T>>> byCompact;
  private final FuzzyIndex<T> latinFuzzy;
  private final FuzzyIndex<T> hangulFuzzy;
  private final int maxFuzzySyllables;
  /** By a syllable's initial and medial (index / 28): whether some fuzzy Hangul name starts so. */
  private final boolean[] hangulLeads = new boolean[19 * 21];
  /**
   * By lead: the most syllables a window starting so may have and still be near a name (a
   * syllable is at least two jamo, so a window of more than (longest name in jamo + 2) / 2
   * syllables is too long for every name of the lead).
   */
  private final int[] hangulLeadSyllables = new int[19 * 21];
  private final int maxFuzzyLetters;
  private final Set<String> latinWords;
  private final Set<String> latinFirstWords;
  private final Set<String> notNames;
  private final Prefixes hangulNotNames;
  private final Set<String> followerSet;
  private final Prefixes followers;
  private final Prefixes strictFollowers;

  private NameMatcher(Builder<T> b) {
    this.root = b.root;
    this.byCompact = b.byCompact;
    this.latinFuzzy = b.latinFuzzy;
    this.hangulFuzzy = b.hangulFuzzy;
    this.maxFuzzySyllables = b.maxFuzzySyllables;
    this.maxFuzzyLetters = b.maxFuzzyLetters;
    this.latinWords = Set.copyOf(b.latinWords);
    this.latinFirstWords = Set.copyOf(b.latinFirstWords);
    this.notNames = Set.copyOf(b.notNames);
    this.hangulNotNames = new Prefixes(b.notNames.stream().filter(Chars::isHangulName).sorted().toList());
    this.followerSet = Set.copyOf(b.followers);
    this.followers = new Prefixes(sortedLongestFirst(b.followers));
    this.strictFollowers = new Prefixes(sortedLongestFirst(b.strictFollowers));
    root.freeze();
    for (int lead = 0; lead < hangulLeads.length; lead++) {
      hangulLeads[lead] = hangulFuzzy.hasLead(Chars.jamo(String.valueOf((char) (0xAC00 + lead * 28))));
    }
    latinFuzzy.freeze();
    hangulFuzzy.freeze();
    for (int lead = 0; lead < hangulLeads.length; lead++) {
      hangulLeadSyllables[lead] = (hangulFuzzy.longestWithLead(lead) + 2) / 2;
    }
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Work arrays of one thread's scans, kept from scan to scan (every document is scanned three
   * times, and fresh arrays each time are garbage, and fresh memory, the tokenizer then misses).
   * A scan calls no other scan, so one set per thread is enough.
   */
  private static final class Work {
    private static final ThreadLocal<Work> OF_THREAD = ThreadLocal.withInitial(Work::new);
    final FuzzyIndex.Scratch scratch = new FuzzyIndex.Scratch();
    @SuppressWarnings("rawtypes")
    final Walk walk = new Walk();
    private boolean[] covered = new boolean[256];

    /** An all-false array of at least {@code n} entries. */
    boolean[] covered(int n) {
      if (covered.length < n) {
        covered = new boolean[Math.max(n, 2 * covered.length)];
      } else {
        java.util.Arrays.fill(covered, 0, n, false);
      }
      return covered;
    }
  }

  /** Every name in {@code text}: sorted by start, longest match, non-overlapping; exact matches first, fuzzy ones in the gaps. */
  @SuppressWarnings("unchecked")
  public List<Match<T>> scan(CharSequence text) {
    ScannedText st = ScannedText.of(text);
    int n = st.length;
    char[] f = st.folded;
    List<Match<T>> out = new ArrayList<>();
    Work work = Work.OF_THREAD.get();
    boolean[] covered = work.covered(n);
    Walk<T> walk = work.walk;
    int i = 0;
    int[] starts = st.starts;
    for (int s = 0; s < st.startCount; s++) {
      int at = starts[s];
      if (at < i) {
        continue;
      }
      Node<T> first = root.child(f[at]);
      if (first == null) {
        continue;
      }
      Match<T> m = longestAt(text, f, at, first, walk);
      if (m != null) {
        out.add(m);
        for (int k = m.start(); k < m.end(); k++) {
          covered[k] = true;
        }
        i = m.end();
      }
    }
    if (!latinFuzzy.isEmpty() && st.latinWordCount > 0) {
      fuzzyLatin(text, st, covered, out);
    }
    if (!hangulFuzzy.isEmpty()) {
      fuzzyHangul(text, st, covered, out, work.scratch);
    }
    if (out.isEmpty()) {
      return List.of();
    }
    out.sort(Comparator.comparingInt(Match<T>::start));
    return List.copyOf(out);
  }

  /** The values of a name given alone (separators and case ignored, case-sensitive aliases excepted), exact only. */
  public List<T> exact(String name) {
    String compact = Chars.compact(name);
    List<Term<T>> terms = byCompact.get(compact);
    if (terms == null) {
      return List.of();
    }
    Set<T> values = new LinkedHashSet<>();
    String letters = letters(name, 0, name.length());
    for (Term<T> t : terms) {
      if (!t.caseSensitive() || t.letters().equals(letters)) {
        values.addAll(t.values());
      }
    }
    return List.copyOf(values);
  }

  /** A whole string as one name: exact, else fuzzy (same thresholds as {@link #scan}). */
  public Optional<Match<T>> whole(String mention) {
    String trimmed = mention.strip();
    int start = mention.indexOf(trimmed);
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    List<T> values = exact(trimmed);
    if (!values.isEmpty()) {
      return Optional.of(new Match<>(start, start + trimmed.length(), trimmed, values, 0));
    }
    String compact = Chars.compact(trimmed);
    if (notNames.contains(compact)) {
      return Optional.empty();
    }
    FuzzyIndex.Result<T> r = null;
    String key = Chars.key(trimmed);
    if (Chars.isLatinName(key) && compact.length() >= MIN_FUZZY_LATIN && !inflected(firstWord(key))) {
      r = latinFuzzy.nearest(compact, firstWord(key), latinLimit(compact.length()));
    } else if (Chars.isHangulName(key) && compact.length() >= MIN_FUZZY_HANGUL) {
      r = hangulFuzzy.nearest(Chars.jamo(compact), null, hangulLimit(compact.length()));
    }
    return r == null ? Optional.empty()
        : Optional.of(new Match<>(start, start + trimmed.length(), trimmed, r.values(), r.distance()));
  }

  // ---- exact matching ----

  /**
   * Work arrays of the trie walk ({@link #longestAt}): a stack of (node, text position) and the
   * name ends reached, so the walk from each word start allocates nothing. One per scan.
   */
  private static final class Walk<T> {
    @SuppressWarnings("unchecked")
    Node<T>[] stackNodes = new Node[8];
    int[] stackPos = new int[8];
    @SuppressWarnings("unchecked")
    Node<T>[] endNodes = new Node[8];
    int[] endPos = new int[8];
    int stack;
    int ends;

    void push(Node<T> node, int pos) {
      if (stack == stackPos.length) {
        stackNodes = java.util.Arrays.copyOf(stackNodes, 2 * stack);
        stackPos = java.util.Arrays.copyOf(stackPos, 2 * stack);
      }
      stackNodes[stack] = node;
      stackPos[stack++] = pos;
    }

    void end(Node<T> node, int pos) {
      if (ends == endPos.length) {
        endNodes = java.util.Arrays.copyOf(endNodes, 2 * ends);
        endPos = java.util.Arrays.copyOf(endPos, 2 * ends);
      }
      endNodes[ends] = node;
      endPos[ends++] = pos;
    }
  }

  /** The longest name starting at {@code i} (whose first character leads to {@code first}), or null. */
  private Match<T> longestAt(CharSequence text, char[] f, int i, Node<T> first, Walk<T> w) {
    int n = f.length;
    // depth-first walk: a separator in a name consumes zero or more separators of the text
    // (the root holds no name and the first step is taken: the walk starts one character in)
    w.stack = 0;
    w.ends = 0;
    w.push(first, i + 1);
    while (w.stack > 0) {
      w.stack--;
      Node<T> node = w.stackNodes[w.stack];
      int pos = w.stackPos[w.stack];
      w.stackNodes[w.stack] = null;
      if (node.terms != null) {
        w.end(node, pos);
      }
      Node<T> sep = node.child(Chars.SEP);
      if (sep != null) {
        int p = pos;
        while (p < n && f[p] == Chars.SEP) {
          p++;
        }
        w.push(sep, p);
      }
      if (pos < n && f[pos] != Chars.SEP) {
        Node<T> child = node.child(f[pos]);
        if (child != null) {
          w.push(child, pos + 1);
        }
      }
    }
    int count = w.ends;
    if (count == 0) {
      return null;
    }
    Node<T>[] endNodes = w.endNodes;
    int[] endPos = w.endPos;
    // longest first; a stable sort, so names ending at the same place keep the order of the walk
    for (int a = 1; a < count; a++) {
      Node<T> node = endNodes[a];
      int pos = endPos[a];
      int b = a - 1;
      while (b >= 0 && endPos[b] < pos) {
        endNodes[b + 1] = endNodes[b];
        endPos[b + 1] = endPos[b];
        b--;
      }
      endNodes[b + 1] = node;
      endPos[b + 1] = pos;
    }
    Match<T> found = null;
    int k = 0;
    while (k < count && found == null) {
      int end = endPos[k];
      List<T> single = null;
      Set<T> values = null;
      for (; k < count && endPos[k] == end; k++) {
        for (Term<T> t : endNodes[k].terms) {
          if (termOk(text, i, end, t)) {
            if (single == null) {
              single = t.values();
            } else {
              if (values == null) {
                values = new LinkedHashSet<>(single);
              }
              values.addAll(t.values());
            }
          }
        }
      }
      if (single != null) {
        found = new Match<>(i, end, text.subSequence(i, end).toString(), values == null ? single : new ArrayList<>(values), 0);
      }
    }
    java.util.Arrays.fill(endNodes, 0, count, null);
    return found;
  }

  private boolean termOk(CharSequence text, int start, int end, Term<T> t) {
    int n = text.length();
    if (t.endsLatin() && end < n && Chars.isLatinWordChar(text.charAt(end))) {
      return false;
    }
    if (t.endsHangul() && end < n && Chars.isHangul(text.charAt(end))) {
      if (t.strict() && !strictFollowers.startsAt(text, end, n)) {
        return false;
      }
      if (!t.strict() && t.shortHangul() && !followers.startsAt(text, end, n)) {
        return false;
      }
    }
    return !t.caseSensitive() || t.letters().equals(letters(text, start, end));
  }

  private static boolean startsWith(CharSequence text, int at, String prefix) {
    if (at + prefix.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (text.charAt(at + i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The characters of text[start, end) that are not separators, unfolded. */
  private static String letters(CharSequence text, int start, int end) {
    StringBuilder b = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!Chars.isSeparator(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  // ---- fuzzy matching ----

  private void fuzzyLatin(CharSequence text, ScannedText st, boolean[] covered, List<Match<T>> out) {
    char[] f = st.folded;
    List<int[]> words = new ArrayList<>(st.latinWordCount);
    for (int k = 0; k < st.latinWordCount; k++) {
      words.add(new int[] {st.latinWords[2 * k], st.latinWords[2 * k + 1]});
    }
    // an exact Latin name followed by a misspelt rest of a longer name of the same place:
    // "yaftal sufia" is Yaftal Sufla, not Yaftal plus a stray word
    for (int m = 0; m < out.size(); m++) {
      Match<T> exact = out.get(m);
      int first = wordStartingAt(words, exact.start());
      int last = wordEndingAt(words, exact.end());
      if (first < 0 || last < 0) {
        continue;
      }
      Window<T> w = bestLatinWindow(text, f, covered, words, first, last + 1, exact.end());
      // only a longer name counts: "Pakistan's" is Pakistan and an 's, not a one-letter typo
      if (w != null && w.form().length() > Chars.compact(exact.surface()).length()) {
        List<T> both = new ArrayList<>(w.match().values());
        both.retainAll(exact.values());
        if (!both.isEmpty()) {
          Match<T> longer = new Match<>(exact.start(), w.match().end(), w.match().surface(), both, w.match().distance());
          out.set(m, longer);
          for (int k = longer.start(); k < longer.end(); k++) {
            covered[k] = true;
          }
        }
      }
    }
    int w = 0;
    while (w < words.size()) {
      int[] word = words.get(w);
      Window<T> best = isCovered(covered, word[0], word[1])
          || (word[0] > 0 && Chars.isLatinWordChar(text.charAt(word[0] - 1)))
          ? null : bestLatinWindow(text, f, covered, words, w, w, word[0]);
      if (best != null) {
        out.add(best.match());
        for (int k = best.match().start(); k < best.match().end(); k++) {
          covered[k] = true;
        }
        w = best.lastWord() + 1;
      } else {
        w++;
      }
    }
  }

  /** A fuzzy match over words[first..k] for k from {@code minLast} up to two words further, ending after {@code minEnd}. */
  private record Window<T>(Match<T> match, int lastWord, String form) {}

  private Window<T> bestLatinWindow(CharSequence text, char[] f, boolean[] covered, List<int[]> words, int first,
      int minLast, int coveredUntil) {
    int n = f.length;
    StringBuilder compact = new StringBuilder();
    String firstWord = null;
    Window<T> best = null;
    for (int k = first; k < words.size() && k <= minLast + 2 && k - first < 4; k++) {
      int[] word = words.get(k);
      if (k > first && !separatorGap(f, words.get(k - 1)[1], word[0])) {
        break;
      }
      if (word[0] >= coveredUntil && isCovered(covered, word[0], word[1])) {
        break;
      }
      String wordKey = Chars.key(text.subSequence(word[0], word[1]).toString());
      if (notNames.contains(wordKey) || inflected(wordKey)) {
        return null;
      }
      compact.append(wordKey);
      if (firstWord == null) {
        firstWord = wordKey;
      } else if (firstWord.length() < 6 && !latinFirstWords.contains(firstWord)) {
        break; // no multi-word name starts with this short word, and a short first word must agree
      }
      if (word[1] < n && Chars.isLatinWordChar(text.charAt(word[1]))) {
        break; // a digit follows
      }
      if (compact.length() > maxFuzzyLetters + 2) {
        break;
      }
      if (k < minLast || compact.length() < MIN_FUZZY_LATIN || notNames.contains(compact.toString())) {
        continue;
      }
      FuzzyIndex.Result<T> r = latinFuzzy.nearest(compact.toString(), firstWord, latinLimit(compact.length()));
      if (r != null && (best == null || r.distance() <= best.match().distance())) {
        int start = words.get(first)[0];
        best = new Window<>(new Match<>(start, word[1], text.subSequence(start, word[1]).toString(), r.values(),
            r.distance()), k, r.form());
      }
    }
    return best;
  }

  private static int wordStartingAt(List<int[]> words, int start) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i)[0] == start) {
        return i;
      }
    }
    return -1;
  }

  private static int wordEndingAt(List<int[]> words, int end) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i)[1] == end) {
        return i;
      }
    }
    return -1;
  }

  /** Edits allowed for a Latin window of this many letters: 1, or 2 from 10 letters. */
  private static int latinLimit(int letters) {
    return letters >= 10 ? 2 : 1;
  }

  /** Edits (in jamo) allowed for a Hangul window of this many syllables: 1, or 2 from 6 syllables. */
  private static int hangulLimit(int syllables) {
    return syllables >= 6 ? 2 : 1;
  }

  private static String firstWord(String key) {
    int sp = key.indexOf(Chars.SEP);
    return sp < 0 ? key : key.substring(0, sp);
  }

  /** A known one-word Latin name followed by more letters: an adjective or a nisba, not a typo. */
  private boolean inflected(String wordKey) {
    for (int len = 4; len < wordKey.length(); len++) {
      if (latinWords.contains(wordKey.substring(0, len))) {
        return true;
      }
    }
    return false;
  }

  private static boolean separatorGap(char[] f, int from, int to) {
    if (to - from < 1 || to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (f[i] != Chars.SEP) {
        return false;
      }
    }
    return true;
  }

  private void fuzzyHangul(CharSequence text, ScannedText st, boolean[] covered, List<Match<T>> out, FuzzyIndex.Scratch scratch) {
    char[] chars = st.chars;
    int[] words = st.hangulWords;
    int i = 0;
    for (int w = 0; w < st.hangulWordCount; w++) {
      int start = words[2 * w];
      if (start < i) {
        continue;
      }
      int wordEnd = words[2 * w + 1];
      // most words start with a syllable no fuzzy name starts with: one look-up rules them out
      if (covered[start] || !hangulLeads[(chars[start] - 0xAC00) / 28] || hangulNotNames.startsAt(chars, start, wordEnd)) {
        continue;
      }
      Match<T> best = bestHangulWindow(text, st, covered, start, wordEnd, scratch);
      if (best != null) {
        out.add(best);
        for (int k = best.start(); k < best.end(); k++) {
          covered[k] = true;
        }
        i = best.end();
      }
    }
  }

  private Match<T> bestHangulWindow(CharSequence text, ScannedText st, boolean[] covered, int start, int wordEnd,
      FuzzyIndex.Scratch scratch) {
    int n = st.length;
    char[] f = st.folded;
    char[] chars = st.chars;
    int maxLen = Math.min(maxFuzzySyllables + 1, hangulLeadSyllables[(chars[start] - 0xAC00) / 28]);
    // windows: [start, end) of compactLength syllables, in the order they are judged
    scratch.ensure(3 * (maxFuzzySyllables + 1), 2 * (maxFuzzySyllables + 1) + 2);
    int[] winEnd = scratch.windowEnds;
    int[] winLen = scratch.windowSyllables;
    int count = 0;
    // a window may not reach text an exact match covers (windows only grow: the first covered character bounds them)
    int reach = start;
    long[] textBits = st.jamoBits();
    long reachBits = 0;
    while (reach < n && !covered[reach] && reach - start < maxLen + 3) {
      reachBits |= textBits[reach];
      reach++;
    }
    // every window lies in [start, reach): when no name of the lead is near those characters, none is near a window
    if (!hangulFuzzy.mayMatchLead((chars[start] - 0xAC00) / 28, reachBits)) {
      return null;
    }
    // a window ends where its word ends or where a particle or suffix begins (바디크샨주에서)
    for (int end = start + MIN_FUZZY_HANGUL; end <= wordEnd && end - start <= maxLen && end <= reach; end++) {
      if (end == wordEnd || followers.startsAt(chars, end, n)) {
        winEnd[count] = end;
        winLen[count++] = end - start;
      }
    }
    // a name with a space inside: the whole first word, a separator, the start of the next
    int next = wordEnd;
    while (next < n && f[next] == Chars.SEP && next - wordEnd < 2) {
      next++;
    }
    if (wordEnd - start < maxLen && next > wordEnd && next < n && Chars.isHangulSyllable(chars[next]) && reach > next) {
      int nextEnd = next;
      while (nextEnd < n && Chars.isHangulSyllable(chars[nextEnd])) {
        nextEnd++;
      }
      for (int end = next + 1; end <= nextEnd && end <= reach; end++) {
        int len = (wordEnd - start) + (end - next);
        if (len > maxLen) {
          break;
        }
        if (len >= MIN_FUZZY_HANGUL && (end == nextEnd || followers.startsAt(chars, end, n))) {
          winEnd[count] = end;
          winLen[count++] = len;
        }
      }
    }
    if (count == 0) {
      return null;
    }
    int longest = winLen[count - 1];
    // the windows share their start: their jamo are prefixes of one string, looked up together
    int firstWord = wordEnd - start;
    char[] textJamo = st.jamo();
    int[] textJamoAt = st.jamoAt();
    char[] jamo = scratch.query;
    int[] jamoAt = scratch.jamoAt(longest + 1); // syllables → jamo
    long bits = 0;
    int q = 0;
    for (int k = 0; k < longest; k++) {
      int c = k < firstWord ? start + k : next + (k - firstWord);
      int from = textJamoAt[c];
      int to = textJamoAt[c + 1];
      jamoAt[k] = q;
      for (int j = from; j < to; j++) {
        jamo[q++] = textJamo[j];
      }
      bits |= textBits[c];
    }
    jamoAt[longest] = q;
    for (int w = 0; w < count; w++) {
      scratch.ends[w] = jamoAt[winLen[w]];
      scratch.limits[w] = hangulLimit(winLen[w]);
    }
    scratch.queryBits(bits);
    hangulFuzzy.nearestPrefixes(count, scratch);
    Match<T> best = null;
    for (int w = 0; w < count; w++) {
      FuzzyIndex.Result<T> r = scratch.result(w);
      if (r == null) {
        continue;
      }
      int end = winEnd[w];
      if (endsInParticle(chars[end - 1], r.form(), jamo, jamoAt[winLen[w] - 1])) {
        continue;
      }
      if (best == null || r.distance() < best.distance() || (r.distance() == best.distance() && end > best.end())) {
        best = new Match<>(start, end, text.subSequence(start, end).toString(), r.values(), r.distance());
      }
    }
    return best;
  }

  /**
   * A word that is a prefix of a name plus a particle ("모스크가": 모스크 "mosque" + 가, one jamo from
   * 모스크바) is the particle, not a typo in the name's last syllable.
   */
  private boolean endsInParticle(char last, String nameJamo, char[] windowJamo, int jamoBeforeLast) {
    if (!followerSet.contains(String.valueOf(last)) || nameJamo.length() < jamoBeforeLast) {
      return false;
    }
    for (int i = 0; i < jamoBeforeLast; i++) {
      if (nameJamo.charAt(i) != windowJamo[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCovered(boolean[] covered, int from, int to) {
    for (int i = from; i < to; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  private static List<String> sortedLongestFirst(Collection<String> items) {
    List<String> list = new ArrayList<>(new TreeSet<>(items));
    list.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(list);
  }

  /** Collects names; not thread-safe. */
  public static final class Builder<T> {
    private final Node<T> root = new Node<>();
    private final Map<String, List<Term<T>>> byCompact = new HashMap<>();
    private final FuzzyIndex<T> latinFuzzy = new FuzzyIndex<>();
    private final FuzzyIndex<T> hangulFuzzy = new FuzzyIndex<>(2);
    private final Set<String> latinWords = new HashSet<>();
    private final Set<String> latinFirstWords = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();
    private final Set<String> followers = new HashSet<>();
    private final Set<String> strictFollowers = new HashSet<>();
    private int maxFuzzySyllables;
    private int maxFuzzyLetters;
    private boolean built;

    private Builder() {}

    /** Adds a name; the same name may stand for several values (an ambiguous name). */
    public Builder<T> add(String name, T value) {
      return add(name, value, false);
    }

    /** Adds a name; a strict Hangul name must be followed by a non-Hangul character or a strict follower. */
    public Builder<T> add(String name, T value, boolean strict) {
      return add(name, value, strict, !strict);
    }

    /**
     * Adds a name; {@code fuzzy} says whether misspellings of it are matched too (give false for
     * common nouns such as "villagers", whose near neighbours are ordinary words).
     */
    public Builder<T> add(String name, T value, boolean strict, boolean fuzzy) {
      if (built) {
        throw new IllegalStateException("already built");
      }
      String key = Chars.key(name);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("empty name: '" + name + "'");
      }
      String letters = letters(name, 0, name.length());
      boolean caseSensitive = isAcronym(letters);
      char last = key.charAt(key.length() - 1);
      boolean shortHangul = Chars.isHangulName(key) && Chars.countHangulSyllables(key) <= 2;
      Node<T> node = root;
      for (int i = 0; i < key.length(); i++) {
        node = node.next.computeIfAbsent(key.charAt(i), c -> new Node<>());
      }
      if (node.terms == null) {
        node.terms = new ArrayList<>();
      }
      Term<T> term = null;
      for (Term<T> t : node.terms) {
        if (t.caseSensitive() == caseSensitive && t.strict() == strict && (!caseSensitive || t.letters().equals(letters))) {
          term = t;
        }
      }
      if (term == null) {
        term = new Term<>(letters, caseSensitive, strict, shortHangul, Chars.isLatinWordChar(last),
            Chars.isHangul(last), new ArrayList<>());
        node.terms.add(term);
        byCompact.computeIfAbsent(Chars.compact(name), k -> new ArrayList<>()).add(term);
      }
      if (!term.values().contains(value)) {
        term.values().add(value);
      }
      String compact = Chars.compact(name);
      if (Chars.isLatinName(key) && key.indexOf(Chars.SEP) < 0) {
        latinWords.add(key);
      }
      if (fuzzy && !caseSensitive && !strict) {
        if (Chars.isLatinName(key) && compact.length() >= MIN_FUZZY_LATIN) {
          latinFuzzy.add(compact, firstWord(key), latinLimit(compact.length()), value);
          if (key.indexOf(Chars.SEP) > 0) {
            latinFirstWords.add(firstWord(key));
          }
          maxFuzzyLetters = Math.max(maxFuzzyLetters, compact.length());
        } else if (Chars.isHangulName(key) && compact.length() >= MIN_FUZZY_HANGUL) {
          hangulFuzzy.add(Chars.jamo(compact), null, hangulLimit(compact.length()), value);
          maxFuzzySyllables = Math.max(maxFuzzySyllables, compact.length());
        }
      }
      return this;
    }

    /** What may follow a one- or two-syllable Hangul name inside the same word (particles, suffixes). */
    public Builder<T> followers(Collection<String> values) {
      followers.addAll(values);
      return this;
    }

    /** What may follow a strict Hangul name inside the same word. */
    public Builder<T> strictFollowers(Collection<String> values) {
      strictFollowers.addAll(values);
      return this;
    }

    /** Words never fuzzy-matched (a Hangul word starting with one, or a Latin word equal to one). */
    public Builder<T> notNames(Collection<String> values) {
      for (String v : values) {
        notNames.add(Chars.compact(v));
      }
      return this;
    }

    public NameMatcher<T> build() {
      built = true;
      return new NameMatcher<>(this);
    }

    /** Capitals (and digits) only, at least two letters: NRF, IS-K, TTP, U.S. */
    private static boolean isAcronym(String letters) {
      int upper = 0;
      for (int i = 0; i < letters.length(); i++) {
        char c = letters.charAt(i);
        if (Character.isLowerCase(c) || Chars.isHangul(c)) {
          return false;
        }
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
      return upper >= 2;
    }
  }
}
