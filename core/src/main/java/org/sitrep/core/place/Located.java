package org.sitrep.core.place;

import java.util.Objects;

/**
 * Where a coordinate lies: its province (by point-in-polygon) and the district whose seat is
 * nearest within that province, {@code districtKm} away. There are no district polygons, so the
 * district is a guess and {@code approximate} is true whenever one is given. Immutable.
 */
public record Located(PlaceEntry province, PlaceEntry district, double districtKm, boolean approximate) {
  public Located {
    Objects.requireNonNull(province, "province");
  }
}
