package org.sitrep.core.eval;

/** How many of {@code total} were right; {@link #share()} is 1 when there was nothing to judge. Immutable. */
public record Ratio(int right, int total) {
  public static final Ratio ZERO = new Ratio(0, 0);

  public Ratio {
    if (right < 0 || total < right) throw new IllegalArgumentException("bad ratio " + right + "/" + total);
  }

  public double share() {
    return total == 0 ? 1.0 : (double) right / total;
  }

  public Ratio plus(Ratio other) {
    return new Ratio(right + other.right, total + other.total);
  }

  /** One more judged, right or not. */
  Ratio add(boolean isRight) {
    return new Ratio(right + (isRight ? 1 : 0), total + 1);
  }
}
