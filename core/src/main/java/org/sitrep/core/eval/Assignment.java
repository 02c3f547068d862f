package org.sitrep.core.eval;

import java.util.Arrays;

/**
 * One-to-one matching of gold items to reading items over candidate pairs: as many pairs as
 * possible, and among those the largest total agreement (Hungarian algorithm). Deterministic:
 * the same inputs give the same pairs.
 */
final class Assignment {
  /** Marks a pair that is not a candidate. */
  static final double NONE = Double.NaN;
  /** Each pair outweighs any sum of agreements, so the count of pairs comes first. */
  private static final double PAIR = 1000;

  private Assignment() {}

  /**
   * @param agreement {@code agreement[g][r]}: how well gold item g agrees with reading item r
   *     (at least 0), or {@link #NONE}
   * @return for each gold item the index of its reading item, or -1
   */
  static int[] best(double[][] agreement, int readingCount) {
    int goldCount = agreement.length;
    int[] result = new int[goldCount];
    Arrays.fill(result, -1);
    int n = Math.max(goldCount, readingCount);
    if (goldCount == 0 || readingCount == 0) return result;
    double[][] cost = new double[n + 1][n + 1];
    for (int g = 0; g < goldCount; g++) {
      for (int r = 0; r < readingCount; r++) {
        double a = agreement[g][r];
        cost[g + 1][r + 1] = Double.isNaN(a) ? 0 : -(PAIR + a);
      }
    }
    int[] owner = hungarian(cost, n);
    for (int col = 1; col <= n; col++) {
      int g = owner[col] - 1;
      int r = col - 1;
      if (g >= 0 && g < goldCount && r < readingCount && !Double.isNaN(agreement[g][r])) result[g] = r;
    }
    return result;
  }

  /** Minimum-cost perfect assignment of an n×n matrix (1-based); returns the row owning each column. */
  private static int[] hungarian(double[][] a, int n) {
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (used[j]) continue;
          double cur = a[i0][j] - u[i0] - v[j];
          if (cur < minv[j]) {
            minv[j] = cur;
            way[j] = j0;
          }
          if (minv[j] < delta) {
            delta = minv[j];
            j1 = j;
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    return p;
  }
}
