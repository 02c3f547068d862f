package org.sitrep.model;

/** What happened to the people counted. */
public enum CasualtyKind {
  KILLED, WOUNDED, CAPTURED, MISSING, KILLED_OR_WOUNDED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static CasualtyKind of(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }
}
