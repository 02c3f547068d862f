package org.sitrep.model;

import java.util.Arrays;

/** ACLED's six event types, spelled as ACLED spells them. */
public enum EventType {
  BATTLES("Battles"),
  EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
  VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
  PROTESTS("Protests"),
  RIOTS("Riots"),
  STRATEGIC_DEVELOPMENTS("Strategic developments");

  private final String label;

  EventType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static EventType of(String label) {
    return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not an ACLED event type: " + label));
  }
}
