package org.sitrep.model;

/** The kind of outlet a document comes from. */
public enum SourceType {
  WIRE, NEWS, FORUM, BLOG, NGO, OFFICIAL, PARTY, SOCIAL, UNKNOWN;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static SourceType of(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }
}
