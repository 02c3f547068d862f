package org.sitrep.core.place;

/**
 * How far a feature reaches: a box in degrees (south, west, north, east). A feature given with a
 * radius gets the box round that circle. Immutable.
 */
public record Extent(double south, double west, double north, double east) {
  private static final double KM_PER_DEGREE = 111.32;

  public Extent {
    if (!(south <= north) || !(west <= east)) {
      throw new IllegalArgumentException("empty extent " + south + "," + west + "," + north + "," + east);
    }
  }

  /** The box round a circle of {@code km} about the point. */
  public static Extent around(double lat, double lon, double km) {
    double dLat = km / KM_PER_DEGREE;
    double dLon = km / (KM_PER_DEGREE * Math.cos(Math.toRadians(lat)));
    return new Extent(lat - dLat, lon - dLon, lat + dLat, lon + dLon);
  }

  public boolean contains(double lat, double lon) {
    return lat >= south && lat <= north && lon >= west && lon <= east;
  }
}
