package org.sitrep.model;

/** Who stands behind a fact: the writer ({@code REPORTED}), a named other ({@code CLAIMED}) or the writer's inference ({@code ASSESSED}). */
public enum Stance {
  REPORTED, CLAIMED, ASSESSED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Stance of(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }
}
