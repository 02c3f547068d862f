package org.sitrep.core.quantity;

/**
 * THE table of vague and bounded quantities (format.md, "Numbers"): the one place where a
 * number phrase becomes a range, for every language. A language module only finds the phrase
 * and says which {@link Bound} it has; it never computes a range itself.
 *
 * <table>
 * <caption>value, value2 and bound → range</caption>
 * <tr><th>bound</th><th>meaning of value / value2</th><th>range</th><th>examples</th></tr>
 * <tr><td>EXACT</td><td>N / 0</td><td>N..N</td><td>"40명" 40..40, "twelve" 12..12</td></tr>
 * <tr><td>VAGUE</td><td>place value u (1, 10, 100, 1000, ...) / 0, or the lowest count</td>
 *     <td>2u..10u−1 (value2, when given, replaces 2u)</td>
 *     <td>"수 명", "a few", "several" (1) 2..9; "수십", "dozens" (10) 20..99; "수백", "hundreds"
 *     (100) 200..999; "수천", "thousands" (1000) 2000..9999; "a handful" (1, value2 3) 3..9</td></tr>
 * <tr><td>PLUS</td><td>N / 0</td><td>N..N+s−1, s = place value of the last non-zero digit of N</td>
 *     <td>"십여" 10..19, "50여 명" 50..59, "백여" 100..199, "200여" 200..299, "천여" 1000..1999,
 *     "1,500여" 1500..1599, (rare) "25여" 25..25</td></tr>
 * <tr><td>BETWEEN</td><td>N / M, N ≤ M</td><td>N..M</td><td>"20~30명" 20..30, "두세 명" 2..3</td></tr>
 * <tr><td>APPROX</td><td>N / 0</td><td>floor(0.9N)..ceil(1.1N), low at least 1</td>
 *     <td>"약 40명" 36..44, "40명 가량" 36..44, "about 50" 45..55, "약 600명" 540..660</td></tr>
 * <tr><td>AT_LEAST</td><td>N / 0</td><td>N..2N</td><td>"최소 25명" 25..50, "150명 이상" 150..300</td></tr>
 * <tr><td>MORE_THAN</td><td>N / 0</td><td>N+1..2N</td><td>"100명 넘게" 101..200, "more than 40" 41..80</td></tr>
 * <tr><td>UP_TO</td><td>N / 0</td><td>1..N</td><td>"최대 40명" 1..40, "up to ten" 1..10</td></tr>
 * <tr><td>UNDER</td><td>N / 0, N ≥ 2</td><td>1..N−1</td><td>"40명 미만" 1..39, "10만이 안되는" 1..99999</td></tr>
 * </table>
 *
 * <p>Values must lie in {@code 1..}{@link #MAX_VALUE} (so that 2N and 1.1N cannot overflow);
 * value2 must be 0 except for BETWEEN and a VAGUE lowest count. Anything else, and a phrase that
 * would give no count at all ("fewer than 1", "more than 0"), throws
 * {@link IllegalArgumentException}: a finder should not emit it. Stateless and thread-safe.
 */
public final class QuantityTable {
  /** The largest value accepted: a thousand trillion, far above any count in a report. */
  public static final long MAX_VALUE = 1_000_000_000_000_000L;

  private QuantityTable() {}

  /** The range of a number phrase; see the class javadoc for the table. */
  public static Range range(long value, long value2, Bound bound) {
    if (bound == null) throw new IllegalArgumentException("bound is required");
    checkValue(value, "value");
    if (bound != Bound.BETWEEN && bound != Bound.VAGUE && value2 != 0) {
      throw new IllegalArgumentException(bound + " takes no second value: " + value2);
    }
    switch (bound) {
      case EXACT:
        return new Range(value, value);
      case VAGUE:
        return vague(value, value2);
      case PLUS:
        return new Range(value, value + placeOfLastNonZeroDigit(value) - 1);
      case BETWEEN:
        checkValue(value2, "value2");
        if (value2 < value) throw new IllegalArgumentException("between " + value + " and smaller " + value2);
        return new Range(value, value2);
      case APPROX:
        return new Range(Math.max(1, value * 9 / 10), (value * 11 + 9) / 10);
      case AT_LEAST:
        return new Range(value, 2 * value);
      case MORE_THAN:
        return new Range(value + 1, 2 * value);
      case UP_TO:
        return new Range(1, value);
      case UNDER:
        if (value < 2) throw new IllegalArgumentException("under " + value + " is no count");
        return new Range(1, value - 1);
      default:
        throw new IllegalArgumentException("unknown bound " + bound);
    }
  }

  /** VAGUE: value is a power of ten u, the range 2u..10u−1 unless value2 gives the low end. */
  private static Range vague(long unit, long lowest) {
    if (unit > MAX_VALUE / 10 || placeOfLastNonZeroDigit(unit) != unit || leadingDigit(unit) != 1) {
      throw new IllegalArgumentException("a vague quantity needs a power of ten, not " + unit);
    }
    long high = 10 * unit - 1;
    long low = lowest == 0 ? 2 * unit : lowest;
    if (low < 1 || low > high) throw new IllegalArgumentException("vague lowest count " + lowest + " outside 1.." + high);
    return new Range(low, high);
  }

  /** 1 for 25, 10 for 50, 100 for 1500, 1000 for 3000. */
  static long placeOfLastNonZeroDigit(long n) {
    long place = 1;
    while (n % 10 == 0) {
      n /= 10;
      place *= 10;
    }
    return place;
  }

  private static long leadingDigit(long n) {
    while (n >= 10) n /= 10;
    return n;
  }

  private static void checkValue(long v, String what) {
    if (v < 1 || v > MAX_VALUE) throw new IllegalArgumentException(what + " must be in 1.." + MAX_VALUE + ": " + v);
  }
}
