package org.sitrep.ko;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.core.quantity.Bound;
import org.sitrep.core.quantity.QuantityMention;
import org.sitrep.core.quantity.QuantityTable;
import org.sitrep.model.Span;

/**
 * Finds number phrases in Korean text; the ranges come from the core {@link QuantityTable}.
 *
 * <ul>
 *   <li>"탈레반 최소 25명이 숨지고" → "최소 25명" (25, AT_LEAST, 명) → 25..50</li>
 *   <li>"수십명이 사망" → "수십명" (VAGUE 10) → 20..99; "수백 명", "수천 명", "수 명" (2..9)</li>
 *   <li>"50여 명", "20여명", "십여 명", "1,500여 명" → PLUS → 50..59, 20..29, 10..19, 1500..1599</li>
 *   <li>"약 40명", "40명 가량", "40대 정도" → APPROX; "150명 이상" → AT_LEAST; "100명 넘게",
 *       "100명이 넘는" → MORE_THAN; "최대 40명", "40명까지" → UP_TO; "10만이 안되는", "40명 미만" →
 *       UNDER</li>
 *   <li>"20~30명", "두세 명" → BETWEEN</li>
 *   <li>"1천500명" 1500, "3천 명", "2만5천", "10만", "1.5만"; "한 명", "열두 명", "스무 명", "간부 한명"</li>
 *   <li>forum typos and run-ons: "25며이 사망" → "25며" (명), "100명이투항" → "100명"</li>
 * </ul>
 *
 * <p>Not quantities (no mention): dates and times ("9월23일", "48시간", "2021년"), ages ("25세",
 * "40대 남성"), ordinals ("1차", "제3", "2번째", a list's "1."), percentages, money ("10만 달러"),
 * distances, model names ("UH-60", "MI-17"), unit names ("1대대"), and a bare number with no
 * counter, unit or bound word ("사망자는 40으로"). The counter is kept so that a casualty rule can
 * take only people; a word numeral (한, 두, 수, 몇, 여러) needs a counter after it.
 *
 * <p>Known weaknesses: "수명" (several people) is also the word for lifespan; a bare number
 * without counter is missed; "N명까지" is read as "up to N" even where it means "rose to N".
 *
 * <p>One left-to-right scan, each attempt looking a bounded number of characters ahead, so the
 * time is linear in the text. Lexicons (counters, bound words, non-units, native numerals) are
 * plain-text resources beside this class, loaded once. Thread-safe.
 */
public final class KoreanQuantityFinder {
  private static final String RULE = "ko.quantity.";
  private static final Lexicon<Counter> COUNTERS = Lexicon.load("quantity-counters.txt", Counter::parse);
  private static final Lexicon<Boolean> NOT_UNITS = Lexicon.load("quantity-not-units.txt", f -> f.length > 1 && f[1].equals("spaced"));
  private static final Lexicon<Native> NATIVES = Native.lexicon(Lexicon.lines("quantity-native.txt"));
  private static final Lexicon<Bound> PREFIXES = bounds("prefix");
  private static final Lexicon<Bound> SUFFIXES = bounds("suffix");
  private static final Lexicon<Bound> PARTICLE_SUFFIXES = bounds("suffix+");
  /** First syllables of the particles and endings that may follow a counter or number. */
  private static final String PARTICLE_STARTS = "이가을를은는의도에와과만씩쯤까뿐으로나중께인였밖및조라랑엔서란";
  /** Particles after which a suffix+ bound may stand: "100명이 넘는", "10만도 안 되는", "40명에 가까운". */
  private static final String BOUND_PARTICLES = "이가을를도은는에";
  /** {@link #mayStart} for every char, computed once: the scan asks it at every character. */
  private static final java.util.BitSet MAY_START = mayStartTable();

  /** Finds the quantity phrases that lie inside {@code [from, to)} of {@code text}, in order. */
  public List<QuantityMention> find(String text, int from, int to) {
    Objects.checkFromToIndex(from, to, text.length());
    List<QuantityMention> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (MAY_START.get(c) && startsWord(text, i, from)) {
        int next = new Attempt(text, from, to).at(i, out);
        if (next > i) {
          i = next;
          continue;
        }
        if (isDigit(c)) {
          while (i < to && isDigit(text.charAt(i))) i++; // never restart inside a digit run
          continue;
        }
      }
      i++;
    }
    return out;
  }

  // ---------------------------------------------------------------- one attempt at a position

  /** How a number was written; decides what it needs around it to count as a quantity. */
  /** The rule names, made once rather than per quantity. */
  private static final String EXACT_NATIVE = RULE + "exact-native";
  private static final String EXACT_DIGITS = RULE + "exact-digits";
  private static final String EXACT_UNITS = RULE + "exact-units";
  private static final String[] BOUND_RULES = new String[Bound.values().length];

  static {
    for (Bound b : Bound.values()) BOUND_RULES[b.ordinal()] = RULE + b.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private enum Kind {
    /** "40", "1,500". */
    DIGITS,
    /** Digits with Sino-Korean units: "3천", "1천500", "10만", "1.5만". */
    SINO,
    /** A Sino-Korean unit word alone: "십", "백", "천", "만" (needs 여 or a counter). */
    PURE_SINO,
    /** "수십", "수백", "수천", "몇십". */
    VAGUE,
    /** "수", "몇", "여러": a few (needs a counter). */
    FEW,
    /** "한", "두", "열두", "스무" (needs a counter). */
    NATIVE,
    /** "두세", "서너" (needs a counter). */
    NATIVE_PAIR
  }

  /** The state of one attempt: a number, what stands around it, then a mention or nothing. */
  private static final class Attempt {
    final String t;
    final int from;
    final int to;
    Kind kind;
    long value;
    long value2;
    boolean plus;
    int numStart;
    int numEnd;
    /** The counter of a range read by {@link #range}: "20~30명" has it after the second number. */
    Counter rangeCounter;

    Attempt(String t, int from, int to) {
      this.t = t;
      this.from = from;
      this.to = to;
    }

    /** Reads a phrase at {@code i}; returns where scanning goes on, or {@code i} if nothing was read. */
    int at(int i, List<QuantityMention> out) {
      numStart = i;
      int j = number(i);
      if (j < 0) return -j; // a number that is not a count: skip it whole
      if (j == i) return i;
      numEnd = j;
      // N여: "50여 명", "십여 명", "수십여 명"
      if (j < to && t.charAt(j) == '여' && kind != Kind.NATIVE && kind != Kind.NATIVE_PAIR && kind != Kind.FEW) {
        if (kind != Kind.VAGUE) plus = true;
        j++;
        numEnd = j;
      }
      int excluded = notUnit(j);
      if (excluded > 0) return excluded;
      // a counter, directly or after one space
      Counter counter = null;
      int counterEnd = j;
      int k = skipSpace(j);
      Counter c = counterAt(k, k > j);
      if (c != null) {
        counter = c;
        counterEnd = k + c.length;
      }
      // a range: "20~30명", "20명~30명", "20-30여 명"
      if ((kind == Kind.DIGITS || kind == Kind.SINO) && !plus) {
        int r = range(counter == null ? j : counterEnd, counter);
        if (r < 0) return -r;
        if (r > 0) {
          counterEnd = r;
          counter = rangeCounter;
        }
      }
      boolean between = kind == Kind.NATIVE_PAIR || value2 > 0 && kind != Kind.VAGUE;
      if (kind == Kind.PURE_SINO && !plus && (counter == null || k == j)) return i; // "천명" may be 天命
      if ((kind == Kind.NATIVE || kind == Kind.NATIVE_PAIR || kind == Kind.FEW) && counter == null) return i;
      int end = counter == null ? numEnd : counterEnd;
      // bound words
      Bound bound = null;
      int suffixEnd = -1;
      if (kind != Kind.VAGUE && kind != Kind.FEW && !between) {
        long found = suffix(end);
        if (found != 0) {
          suffixEnd = (int) (found >> 8);
          bound = Bound.values()[(int) (found & 0xff)];
        }
      }
      int prefixStart = -1;
      Bound prefix = null;
      int p = skipSpaceBack(numStart);
      for (Lexicon.Entry<Bound> e : PREFIXES.entries) {
        int s = p - e.word.length();
        if (s >= from && t.startsWith(e.word, s) && (s == from || !isHangul(t.charAt(s - 1)))) {
          prefix = e.value;
          prefixStart = s;
          break;
        }
      }
      if (kind == Kind.DIGITS && counter == null && bound == null && (prefix == null || !endsPhrase(numEnd))) return i;
      // which bound wins
      int start = numStart;
      if (kind == Kind.VAGUE || kind == Kind.FEW) {
        bound = Bound.VAGUE;
      } else if (between) {
        bound = Bound.BETWEEN;
      } else if (bound != null) {
        end = suffixEnd;
        if (prefix != null && prefix == bound) start = prefixStart; // "최대 40명까지"
      } else if (prefix != null && !(plus && prefix == Bound.APPROX)) {
        bound = prefix;
        start = prefixStart;
      } else if (plus) {
        bound = Bound.PLUS;
        if (prefix != null) start = prefixStart; // "약 50여 명"
      } else {
        bound = Bound.EXACT;
      }
      long v = bound == Bound.VAGUE ? vagueUnit() : value;
      long v2 = bound == Bound.BETWEEN ? value2 : 0;
      if (!valid(v, v2, bound)) return end;
      String name = counter == null ? null : counter.name;
      out.add(new QuantityMention(Span.of(t, start, end), v, v2, bound, name, rule(bound)));
      return end;
    }

    private long vagueUnit() {
      return kind == Kind.FEW ? 1 : value;
    }

    private String rule(Bound bound) {
      if (bound == Bound.EXACT) {
        return kind == Kind.NATIVE ? EXACT_NATIVE : kind == Kind.DIGITS ? EXACT_DIGITS : EXACT_UNITS;
      }
      return BOUND_RULES[bound.ordinal()];
    }

    // ------------------------------------------------------------ numbers

    /**
     * Reads a number at {@code i}; sets kind and value. Returns its end, {@code i} when there is
     * none, or minus the end of a number that is certainly not a count (a decimal without unit).
     */
    int number(int i) {
      char c = t.charAt(i);
      if (isDigit(c)) return digitsAndUnits(i);
      if (c == '수' || c == '몇') {
        int j = i + 1;
        long u = 1;
        while (j < to && smallUnit(t.charAt(j)) > 0) u *= smallUnit(t.charAt(j++));
        if (j < to && bigUnit(t.charAt(j)) > 0) u *= bigUnit(t.charAt(j++));
        if (c == '수' && u == 1) {
          // "수 명", "수명", but not "수도", "수비": the next thing must be a counter
          kind = Kind.FEW;
          return i + 1;
        }
        if (u > QuantityTable.MAX_VALUE / 10) return i;
        kind = u == 1 ? Kind.FEW : Kind.VAGUE;
        value = u;
        return j;
      }
      if (c == '여' && t.startsWith("여러", i)) {
        kind = Kind.FEW;
        return i + 2;
      }
      if (smallUnit(c) > 0 || bigUnit(c) > 0) {
        int j = sino(i, -1);
        if (j > i) {
          kind = Kind.PURE_SINO;
          // 십수 명: ten and some
          if (j < to && t.charAt(j) == '수' && value == 10) {
            plus = true;
            return j + 1;
          }
          return j;
        }
      }
      Lexicon.Entry<Native> n = NATIVES.longest(t, i, to);
      if (n != null) {
        kind = n.value.high > 0 ? Kind.NATIVE_PAIR : Kind.NATIVE;
        value = n.value.low;
        value2 = n.value.high;
        return i + n.word.length();
      }
      return i;
    }

    /** Digits, maybe with thousands commas, a decimal part and Sino-Korean units. */
    private int digitsAndUnits(int i) {
      int j = i;
      long n = 0;
      int digits = 0;
      while (j < to && isDigit(t.charAt(j))) {
        if (++digits > 15) return -skipDigits(j);
        n = n * 10 + (t.charAt(j++) - '0');
      }
      // thousands separators: "1,500", not "3,4" (a list)
      while (j < to && t.charAt(j) == ',' && threeDigits(j + 1) && (j + 4 >= to || !isDigit(t.charAt(j + 4)))) {
        if ((digits += 3) > 15) return -skipDigits(j + 1);
        n = n * 1000 + Integer.parseInt(t, j + 1, j + 4, 10);
        j += 4;
      }
      if (j + 1 < to && t.charAt(j) == '.' && isDigit(t.charAt(j + 1))) {
        // "1.5만" is 15000; "3.5km", "9.23" or a version number are not counts
        int k = j + 1;
        long frac = 0;
        long scale = 1;
        while (k < to && isDigit(t.charAt(k)) && scale < 1_000_000) {
          frac = frac * 10 + (t.charAt(k++) - '0');
          scale *= 10;
        }
        long unit = k < to ? Math.max(smallUnit(t.charAt(k)), bigUnit(t.charAt(k))) : 0;
        if (unit == 0 || k < to && isDigit(t.charAt(k)) || (frac * unit) % scale != 0) return -skipDigits(k);
        value = n * unit + frac * unit / scale;
        kind = Kind.SINO;
        return k + 1;
      }
      value = n;
      kind = Kind.DIGITS;
      if (j < to && (smallUnit(t.charAt(j)) > 0 || bigUnit(t.charAt(j)) > 0)) {
        int e = sino(j, n);
        if (e > j) {
          kind = Kind.SINO;
          return e;
        }
      }
      return j;
    }

    private boolean threeDigits(int k) {
      return k + 3 <= to && isDigit(t.charAt(k)) && isDigit(t.charAt(k + 1)) && isDigit(t.charAt(k + 2));
    }

    private int skipDigits(int j) {
      while (j < to && (isDigit(t.charAt(j)) || t.charAt(j) == '.' || t.charAt(j) == ',')) j++;
      return j;
    }

    /**
     * Sino-Korean composition from {@code i}: "천" 1000, "3천500" 3500, "2만5천" 25000, "10만".
     * {@code n} is the digits read before, or −1. Sets value; returns the end.
     */
    private int sino(int i, long n) {
      long total = 0;
      long section = 0;
      long cur = n;
      int j = i;
      int end = i;
      while (j < to) {
        char c = t.charAt(j);
        long small = smallUnit(c);
        long big = bigUnit(c);
        if (small > 0) {
          section += (cur < 0 ? 1 : cur) * small;
          cur = -1;
          j++;
          end = j;
        } else if (big > 0) {
          section += cur < 0 ? 0 : cur;
          total += (section == 0 ? 1 : section) * big;
          section = 0;
          cur = -1;
          j++;
          end = j;
        } else if (isDigit(c) && cur < 0 && end == j) {
          long d = 0;
          int k = j;
          while (k < to && isDigit(t.charAt(k)) && k - j < 4) d = d * 10 + (t.charAt(k++) - '0');
          if (k < to && isDigit(t.charAt(k))) break;
          cur = d;
          j = k;
          end = j;
        } else {
          break;
        }
        if (total > QuantityTable.MAX_VALUE / 10 || section > QuantityTable.MAX_VALUE / 10) return i;
      }
      value = total + section + (cur < 0 ? 0 : cur);
      return value > 0 ? end : i;
    }

    // ------------------------------------------------------------ what follows the number

    /** If a word after {@code j} shows the number is not a count, the end to skip to; else 0. */
    private int notUnit(int j) {
      if (kind == Kind.NATIVE || kind == Kind.NATIVE_PAIR || kind == Kind.FEW) return 0;
      if (suffix(j) != 0) return 0; // "10만도 안 되는": 도 is a particle here, not degrees
      if (j < to) {
        char c = t.charAt(j);
        // 12:30, 9/23, 1.2.3, 3-4-5 dates
        if ((c == ':' || c == '/' || c == '.') && j + 1 < to && isDigit(t.charAt(j + 1))) return skipDigits(j + 1);
        Lexicon.Entry<Boolean> e = NOT_UNITS.longest(t, j, to);
        if (e != null && !counterWins(j, e)) return j + e.word.length();
      }
      int k = skipSpace(j);
      if (k > j) {
        Lexicon.Entry<Boolean> e = NOT_UNITS.longest(t, k, to);
        if (e != null && e.value && endsWord(k + e.word.length())) return k + e.word.length();
      }
      return 0;
    }

    /** "40대" reads a counter, but "1대대" a unit name: a longer counter beats a shorter non-unit. */
    private boolean counterWins(int j, Lexicon.Entry<Boolean> notUnit) {
      Lexicon.Entry<Counter> c = COUNTERS.longest(t, j, to);
      return c != null && c.word.length() > notUnit.word.length();
    }

    /** A counter at {@code k}; {@code spaced} when a space stands between it and the number. */
    private Counter counterAt(int k, boolean spaced) {
      if (k >= to) return null;
      Lexicon.Entry<Counter> e = COUNTERS.longest(t, k, to);
      boolean wordNumeral = kind == Kind.NATIVE || kind == Kind.NATIVE_PAIR || kind == Kind.FEW || kind == Kind.PURE_SINO;
      if (e == null) {
        // forum typo: "25며이 사망" for 25명이
        if (!spaced && (kind == Kind.DIGITS || kind == Kind.SINO) && t.charAt(k) == '며'
            && (k + 1 >= to || !isHangul(t.charAt(k + 1)) || PARTICLE_STARTS.indexOf(t.charAt(k + 1)) >= 0)) {
          return Counter.TYPO_MYEONG;
        }
        return null;
      }
      Counter c = e.value;
      if (wordNumeral && !spaced && !c.tight) return null;
      int after = k + e.word.length();
      if (c.refuses(t, after, to)) return null;
      // after a space or a word numeral, the counter must end its word: "수백 대원" is not 대
      if ((spaced || wordNumeral) && !c.name.equals("명") && !endsWord(after)) return null;
      return c;
    }

    /**
     * A second number after "~", "-" or "에서" at {@code j}: sets value2 and returns the new end
     * (after its counter); 0 when there is none; minus the end when the range is a date or time.
     */
    private int range(int j, Counter first) {
      int k = j;
      if (k < to && t.charAt(k) == ' ') k++;
      if (k >= to) return 0;
      char c = t.charAt(k);
      boolean dash = c == '-' || c == '–';
      if (c == '~' || c == '∼' || c == '～' || c == '〜' || dash) {
        k++;
      } else if (t.startsWith("에서", k) && k + 2 < to && t.charAt(k + 2) == ' ') {
        k += 3;
      } else {
        return 0;
      }
      if (k < to && t.charAt(k) == ' ' && !dash) k++;
      if (k >= to || !isDigit(t.charAt(k))) return 0;
      Attempt second = new Attempt(t, from, to);
      int e = second.number(k);
      if (e < 0) return e;
      if (e == k) return 0;
      if (second.kind != Kind.DIGITS && second.kind != Kind.SINO) return 0;
      if (e < to && t.charAt(e) == '여') e++;
      int excluded = second.notUnit(e);
      if (excluded > 0) return -excluded;
      int s = second.skipSpace(e);
      Counter c2 = second.counterAt(s, s > e);
      if (first != null && c2 != null && !c2.name.equals(first.name)) return 0;
      if (second.value <= value) return 0;
      Counter counter = c2 != null ? c2 : first;
      if (counter == null) return 0; // "20-30" alone: a score, a list, a road
      value2 = second.value;
      rangeCounter = counter;
      return c2 != null ? s + c2.length : e;
    }

    /** A bound word after {@code end}: its end shifted left 8 bits, or'd with the Bound ordinal; 0 if none. */
    private long suffix(int end) {
      int k = skipSpace(end);
      Lexicon.Entry<Bound> e = SUFFIXES.longest(t, k, to);
      if (e != null) return pack(k + e.word.length(), e.value);
      e = PARTICLE_SUFFIXES.longest(t, k, to);
      if (e != null) return pack(k + e.word.length(), e.value);
      if (end < to && BOUND_PARTICLES.indexOf(t.charAt(end)) >= 0) {
        k = skipSpace(end + 1);
        e = PARTICLE_SUFFIXES.longest(t, k, to);
        if (e != null) return pack(k + e.word.length(), e.value);
      }
      return 0;
    }

    private static long pack(int end, Bound b) {
      return ((long) end << 8) | b.ordinal();
    }

    /** After a bare number: nothing, a space or punctuation, or a particle. */
    private boolean endsPhrase(int j) {
      if (j >= to) return true;
      char c = t.charAt(j);
      return !isHangul(c) && !isAsciiLetter(c) || PARTICLE_STARTS.indexOf(c) >= 0;
    }

    /** After a word: the end, a non-Hangul character, or a particle. */
    private boolean endsWord(int j) {
      return j >= to || !isHangul(t.charAt(j)) || PARTICLE_STARTS.indexOf(t.charAt(j)) >= 0
          || SUFFIXES.longest(t, j, to) != null || PARTICLE_SUFFIXES.longest(t, j, to) != null;
    }

    private int skipSpace(int j) {
      return j < to && isSpace(t.charAt(j)) ? j + 1 : j;
    }

    private int skipSpaceBack(int j) {
      return j - 1 >= from && isSpace(t.charAt(j - 1)) ? j - 1 : j;
    }
  }

  private static boolean valid(long v, long v2, Bound b) {
    try {
      QuantityTable.range(v, v2, b);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- characters

  private static java.util.BitSet mayStartTable() {
    java.util.BitSet b = new java.util.BitSet(Character.MAX_VALUE + 1);
    for (int c = 0; c <= Character.MAX_VALUE; c++) if (mayStart((char) c)) b.set(c);
    return b;
  }

  private static boolean mayStart(char c) {
    return isDigit(c) || c == '수' || c == '몇' || c == '여' || smallUnit(c) > 0 || bigUnit(c) > 0 || NATIVES.starts(c);
  }

  /** A number starts a word: not inside a longer number, a Latin name (UH-60) or a Hangul word. */
  private static boolean startsWord(String t, int i, int from) {
    if (i == from) return true;
    char p = t.charAt(i - 1);
    if (!isDigit(t.charAt(i))) return !isHangul(p) && !isDigit(p) && !isAsciiLetter(p);
    if (isDigit(p) || isAsciiLetter(p) || p == '$' || p == '#' || p == '№' || p == '제' || p == '第') return false;
    if ((p == '-' || p == '_' || p == '.' || p == ',' || p == ':' || p == '/') && i - 2 >= from) {
      char q = t.charAt(i - 2);
      return !isAsciiLetter(q) && !isDigit(q);
    }
    return true;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isHangul(char c) {
    return c >= '\uAC00' && c <= '\uD7A3';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\t';
  }

  private static long smallUnit(char c) {
    return c == '십' ? 10 : c == '백' ? 100 : c == '천' ? 1000 : 0;
  }

  private static long bigUnit(char c) {
    return c == '만' ? 10_000L : c == '억' ? 100_000_000L : c == '조' ? 1_000_000_000_000L : 0;
  }

  // ---------------------------------------------------------------- lexicons

  private static Lexicon<Bound> bounds(String where) {
    List<Lexicon.Entry<Bound>> entries = new ArrayList<>();
    for (String[] f : Lexicon.lines("quantity-bounds.txt")) {
      if (f[0].equals(where)) {
        String word = f.length == 4 ? f[1] + " " + f[2] : f[1];
        entries.add(new Lexicon.Entry<>(word, Bound.valueOf(f[f.length - 1])));
      }
    }
    return new Lexicon<>(entries);
  }

  /** A counter and the words after it that show it is something else. */
  private static final class Counter {
    static final Counter TYPO_MYEONG = new Counter("명", 1, true, List.of(), List.of());
    final String name;
    final int length;
    final boolean tight;
    final List<String> refusedDirect;
    final List<String> refusedSpaced;

    Counter(String name, int length, boolean tight, List<String> refusedDirect, List<String> refusedSpaced) {
      this.name = name;
      this.length = length;
      this.tight = tight;
      this.refusedDirect = refusedDirect;
      this.refusedSpaced = refusedSpaced;
    }

    static Counter parse(String[] f) {
      boolean tight = false;
      List<String> direct = new ArrayList<>();
      List<String> spaced = new ArrayList<>();
      for (int i = 1; i < f.length; i++) {
        if (f[i].equals("tight")) tight = true;
        else if (f[i].startsWith("!_")) spaced.add(f[i].substring(2));
        else if (f[i].startsWith("!")) direct.add(f[i].substring(1));
        else throw new IllegalStateException("bad counter field " + f[i]);
      }
      direct.addAll(spaced);
      return new Counter(f[0], f[0].length(), tight, List.copyOf(direct), List.copyOf(spaced));
    }

    boolean refuses(String t, int after, int to) {
      for (String w : refusedDirect) if (after + w.length() <= to && t.startsWith(w, after)) return true;
      if (after < to && isSpace(t.charAt(after))) {
        for (String w : refusedSpaced) if (after + 1 + w.length() <= to && t.startsWith(w, after + 1)) return true;
      }
      return false;
    }
  }

  /** A native numeral: its value, or two neighbouring values for a pair. */
  private record Native(long low, long high) {
    static Lexicon<Native> lexicon(List<String[]> lines) {
      Map<String, Native> words = new TreeMap<>();
      List<String[]> units = new ArrayList<>();
      List<String[]> tens = new ArrayList<>();
      for (String[] f : lines) {
        switch (f[0]) {
          case "unit":
            units.add(f);
            words.put(f[1], new Native(Long.parseLong(f[2]), 0));
            break;
          case "tens":
            tens.add(f);
            if (f.length < 4) words.put(f[1], new Native(Long.parseLong(f[2]), 0));
            break;
          case "pair":
            words.put(f[1], new Native(Long.parseLong(f[2]), Long.parseLong(f[3])));
            break;
          default:
            throw new IllegalStateException("bad native numeral line " + String.join(" ", f));
        }
      }
      for (String[] ten : tens) {
        if (ten[1].equals("스무")) continue; // 스무 stands alone; 스물 combines
        for (String[] unit : units) {
          words.putIfAbsent(ten[1] + unit[1], new Native(Long.parseLong(ten[2]) + Long.parseLong(unit[2]), 0));
        }
      }
      List<Lexicon.Entry<Native>> entries = new ArrayList<>();
      words.forEach((w, n) -> entries.add(new Lexicon.Entry<>(w, n)));
      return new Lexicon<>(entries);
    }
  }

  /**
   * Words looked up at a position, longest first, without allocating: entries grouped by their
   * first character. Immutable after construction.
   */
  static final class Lexicon<V> {
    record Entry<V>(String word, V value) {}

    final List<Entry<V>> entries;
    /** The first characters of the entries, sorted, and beside each its entries (longest first): no boxing per look-up. */
    private final char[] firsts;
    private final List<List<Entry<V>>> byFirst = new ArrayList<>();

    Lexicon(List<Entry<V>> list) {
      List<Entry<V>> sorted = new ArrayList<>(list);
      sorted.sort(Comparator.comparingInt((Entry<V> e) -> -e.word.length()).thenComparing(e -> e.word));
      this.entries = List.copyOf(sorted);
      Map<Character, List<Entry<V>>> map = new TreeMap<>();
      for (Entry<V> e : sorted) map.computeIfAbsent(e.word.charAt(0), k -> new ArrayList<>()).add(e);
      this.firsts = new char[map.size()];
      int k = 0;
      for (Map.Entry<Character, List<Entry<V>>> e : map.entrySet()) {
        firsts[k++] = e.getKey();
        byFirst.add(List.copyOf(e.getValue()));
      }
    }

    boolean starts(char c) {
      return java.util.Arrays.binarySearch(firsts, c) >= 0;
    }

    /** The longest entry that starts at {@code i} and ends by {@code to}, or null. */
    Entry<V> longest(String t, int i, int to) {
      if (i >= to) return null;
      int k = java.util.Arrays.binarySearch(firsts, t.charAt(i));
      if (k < 0) return null;
      for (Entry<V> e : byFirst.get(k)) {
        if (i + e.word.length() <= to && t.startsWith(e.word, i)) return e;
      }
      return null;
    }

    static <V> Lexicon<V> load(String resource, Function<String[], V> value) {
      List<Entry<V>> list = new ArrayList<>();
      for (String[] f : lines(resource)) list.add(new Entry<>(f[0], value.apply(f)));
      return new Lexicon<>(list);
    }

    /** The non-comment lines of a resource beside this class, split on white space. */
    static List<String[]> lines(String resource) {
      return org.sitrep.core.text.LexiconFiles.lines(KoreanQuantityFinder.class, resource);
    }
  }
}
