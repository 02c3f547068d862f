package org.sitrep.model;

/** A person's role in their organisation. */
public enum Role {
  LEADER, COMMANDER, SPOKESMAN, OFFICIAL, FIGHTER, OTHER;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Role of(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }
}
