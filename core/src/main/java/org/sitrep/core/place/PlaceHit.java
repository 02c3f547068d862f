package org.sitrep.core.place;

import java.util.List;

/** TEMP stub of branch gaz. */
public record PlaceHit(int start, int end, String surface, PlaceEntry best, List<PlaceEntry> candidates, int distance) {}
