package org.sitrep.model;

/** How much of a place a control claim covers. */
public enum Extent {
  WHOLE, PART, POSITIONS;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Extent of(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }
}
