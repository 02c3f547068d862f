package org.sitrep.model;

import java.util.regex.Pattern;

/**
 * A located place. {@code admin1} is an ISO 3166-2 code, or null when the place is outside the
 * theatre or cannot be placed with confidence (never a guess); {@code admin2} is the English
 * GeoNames name of the district.
 */
public record Place(String name, String admin1, String admin2, Double lat, Double lon,
    PlacePrecision precision, Qualifier qualifier, Anchor anchor) {
  private static final Pattern ISO_3166_2 = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

  public Place {
    if (!(admin1 == null || ISO_3166_2.matcher(admin1).matches())) throw new IllegalArgumentException("admin1 is not ISO 3166-2: " + admin1);
    if (!(lat == null || (lat >= -90 && lat <= 90))) throw new IllegalArgumentException("lat out of range: " + lat);
    if (!(lon == null || (lon >= -180 && lon <= 180))) throw new IllegalArgumentException("lon out of range: " + lon);
    Checks.check((lat == null) == (lon == null), "lat and lon go together");
  }

  public Place withAnchor(Anchor value) {
    return new Place(name, admin1, admin2, lat, lon, precision, qualifier, value);
  }

  public Place withQualifier(Qualifier value) {
    return new Place(name, admin1, admin2, lat, lon, precision, value, anchor);
  }
}
