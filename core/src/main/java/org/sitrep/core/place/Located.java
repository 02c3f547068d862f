package org.sitrep.core.place;

import java.util.List;
import java.util.Objects;

/**
 * Where a coordinate lies: its province (by point-in-polygon), the district whose seat is nearest
 * within that province, {@code districtKm} away, and the features whose extent holds the point
 * (Panjshir Valley, Wakhan Corridor...). There are no district polygons, so the district is a
 * guess and {@code approximate} is true whenever one is given. Immutable.
 */
public record Located(PlaceEntry province, PlaceEntry district, double districtKm, boolean approximate,
    List<PlaceEntry> features) {
  public Located {
    Objects.requireNonNull(province, "province");
    features = List.copyOf(features);
  }
}
