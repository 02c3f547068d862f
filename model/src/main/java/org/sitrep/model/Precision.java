package org.sitrep.model;

/** How precise a date is. */
public enum Precision {
  DAY, WEEK, MONTH, APPROX;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Precision of(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }
}
