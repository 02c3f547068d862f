package org.sitrep.model;

/** What a control claim says of its holder. {@code LOST}: the holder lost the place (to the counterpart). */
public enum ControlStatus {
  HOLDS, TOOK, MOSTLY, CONTESTED, LOST;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static ControlStatus of(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }

  /** Holds, took and mostly are one class when claims are compared. */
  public String statusClass() {
    return switch (this) {
      case HOLDS, TOOK, MOSTLY -> "holding";
      case CONTESTED -> "contested";
      case LOST -> "lost";
    };
  }
}
