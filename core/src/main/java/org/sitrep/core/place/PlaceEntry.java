package org.sitrep.core.place;

import org.sitrep.model.Anchor;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;

/** TEMP stub of branch gaz. */
public record PlaceEntry(String id, String name, PlaceKind kind, String admin1, String admin2, Double lat, Double lon,
    PlacePrecision precision, boolean approximate) {
  public Place toPlace(Anchor anchor) {
    return new Place(name, admin1, admin2, lat, lon, precision, null, anchor);
  }
}
