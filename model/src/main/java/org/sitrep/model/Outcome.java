package org.sitrep.model;

/** How an event ended for its sides. */
public enum Outcome {
  SIDE1_WON("side1-won"), SIDE2_WON("side2-won"), SIDE1_RETREATED("side1-retreated"), SIDE2_RETREATED("side2-retreated");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Outcome of(String label) {
    for (Outcome o : values()) if (o.label.equals(label)) return o;
    throw new IllegalArgumentException("not an outcome: " + label);
  }
}
