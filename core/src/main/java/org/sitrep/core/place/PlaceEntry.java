package org.sitrep.core.place;

import java.util.Objects;
import org.sitrep.model.Anchor;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;

/**
 * One gazetteer entry. {@code admin1} is the ISO 3166-2 code of the province, null outside the
 * theatre; {@code admin2} the English (GeoNames-style) name of the district, when known;
 * {@code approximate} says the coordinates are a hand estimate, not a surveyed point. Immutable.
 */
public record PlaceEntry(String id, String name, PlaceKind kind, String admin1, String admin2, Double lat, Double lon,
    PlacePrecision precision, boolean approximate) {
  public PlaceEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(precision, "precision");
    if (id.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("blank id or name: " + id + " / " + name);
    }
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon go together: " + name);
    }
  }

  /** The report's place for this entry, read from {@code anchor} (no qualifier). */
  public Place toPlace(Anchor anchor) {
    return new Place(name, admin1, admin2, lat, lon, precision, null, anchor);
  }
}
