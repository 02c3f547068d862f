package org.sitrep.model;

/** What befell a person, with a date when the text gives one. */
public record Fate(Kind what, DateRange date) {
  public enum Kind {
    KILLED, CAPTURED, WOUNDED, DEFECTED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Kind of(String label) {
      return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
  }

  public Fate {
    Checks.required(what, "fate");
  }
}
