package org.sitrep.core.eval;

/**
 * When a reading's casualty range is right for a gold figure (format.md, "How a reading is
 * scored"). An exact gold figure N ({@code low == high}) is right when the reading's range
 * contains N and is at most max(2, N/2) wide: 40 is right for "40", 38..42 too, 20..99 is not.
 * A vague gold range is right when the two ranges overlap by at least 40% of their union:
 * 20..99 ("수십") is right for 20..99 and 30..99, not for 90..200.
 */
final class CasualtyFigures {
  private CasualtyFigures() {}

  static boolean right(int goldLow, int goldHigh, int low, int high) {
    if (goldLow == goldHigh) {
      int n = goldLow;
      return low <= n && n <= high && (high - low) <= Math.max(2.0, n / 2.0);
    }
    return overlapShare(goldLow, goldHigh, low, high) >= 0.4;
  }

  /** The overlap of two inclusive ranges as a share of their union (0 when they do not meet). */
  static double overlapShare(int lowA, int highA, int lowB, int highB) {
    long overlap = (long) Math.min(highA, highB) - Math.max(lowA, lowB) + 1;
    if (overlap <= 0) return 0;
    long union = (long) Math.max(highA, highB) - Math.min(lowA, lowB) + 1;
    return (double) overlap / union;
  }
}
