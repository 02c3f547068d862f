package org.sitrep.model;

/** A qualifier on a location: near it, on its outskirts, or between it and another. */
public enum Qualifier {
  NEAR, OUTSKIRTS, BETWEEN;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Qualifier of(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }
}
