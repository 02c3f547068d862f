package org.sitrep.core.actor;

/**
 * ACLED's actor types: state forces, rebel groups, political militias, identity (ethnic,
 * communal, local) militias, external or other forces (international missions), civilians,
 * protesters, and unidentified armed groups.
 */
public enum ActorType {
  STATE_FORCES, REBEL_GROUP, POLITICAL_MILITIA, IDENTITY_MILITIA, EXTERNAL, CIVILIANS, PROTESTERS, UNIDENTIFIED;

  public static ActorType of(String label) {
    return valueOf(label.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_'));
  }
}
