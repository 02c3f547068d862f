package org.sitrep.model;

/** How exactly a place is located: a town, a district, a region (valley, corridor, pass area), a province or a country. */
public enum PlacePrecision {
  POINT, DISTRICT, REGION, PROVINCE, COUNTRY;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static PlacePrecision of(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }
}
