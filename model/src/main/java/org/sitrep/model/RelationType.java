package org.sitrep.model;

/** Alliance and hostility are symmetric; support is directed (from gives to). */
public enum RelationType {
  ALLIANCE, SUPPORT, HOSTILITY;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static RelationType of(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }

  public boolean symmetric() {
    return this != SUPPORT;
  }
}
