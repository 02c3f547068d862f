package org.sitrep.core.quantity;

/**
 * An inclusive range of counts, {@code low..high}, as a casualty figure carries it. Always
 * {@code 1 <= low <= high}: a count of nothing is no figure at all ("no casualties" gives no
 * casualty item, never 0..0), so a phrase that would give an empty or zero range (such as
 * "fewer than 1") is rejected where the range is made.
 *
 * @param low the least count the phrase allows, at least 1
 * @param high the greatest count the phrase allows, at least {@code low}
 */
public record Range(long low, long high) {
  public Range {
    if (low < 1) throw new IllegalArgumentException("range low must be >= 1: " + low);
    if (high < low) throw new IllegalArgumentException("range high " + high + " < low " + low);
  }

  /** True when {@code n} lies in the range. */
  public boolean contains(long n) {
    return low <= n && n <= high;
  }

  /** True when the range is a single count. */
  public boolean exact() {
    return low == high;
  }
}
