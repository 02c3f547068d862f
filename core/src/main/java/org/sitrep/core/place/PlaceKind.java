package org.sitrep.core.place;

/** What a gazetteer entry is: a country, a province (ISO 3166-2), a district, a town or village, or a feature (valley, pass, corridor, crossing, building). */
public enum PlaceKind {
  COUNTRY, PROVINCE, DISTRICT, TOWN, FEATURE;

  public static PlaceKind of(String label) {
    return valueOf(label.strip().toUpperCase(java.util.Locale.ROOT));
  }
}
