package org.sitrep.core.eval;

/**
 * Hits, false alarms and misses of one kind of item, with precision, recall and F1. Optional
 * gold items and the reading items matched to them count in none of the three. When nothing
 * was read, precision is 1 if nothing was to be found and 0 otherwise (recall likewise), so an
 * empty reading of a non-empty gold scores 0 and an empty reading of an empty gold scores 1.
 * Immutable.
 */
public record Counts(int hits, int falseAlarms, int misses) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (hits < 0 || falseAlarms < 0 || misses < 0) throw new IllegalArgumentException("negative count");
  }

  public double precision() {
    int read = hits + falseAlarms;
    return read == 0 ? (misses == 0 ? 1.0 : 0.0) : (double) hits / read;
  }

  public double recall() {
    int gold = hits + misses;
    return gold == 0 ? (falseAlarms == 0 ? 1.0 : 0.0) : (double) hits / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  public Counts plus(Counts other) {
    return new Counts(hits + other.hits, falseAlarms + other.falseAlarms, misses + other.misses);
  }

  Counts hit() {
    return new Counts(hits + 1, falseAlarms, misses);
  }

  Counts falseAlarm() {
    return new Counts(hits, falseAlarms + 1, misses);
  }

  Counts miss() {
    return new Counts(hits, falseAlarms, misses + 1);
  }
}
