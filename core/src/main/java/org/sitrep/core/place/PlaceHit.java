package org.sitrep.core.place;

import java.util.List;

/**
 * A place name found in a text: [start,end) of the text, the surface, the entry chosen in
 * context (null when ambiguous), all candidates, the edit distance (0 = exact).
 */
public record PlaceHit(int start, int end, String surface, PlaceEntry best, List<PlaceEntry> candidates, int distance) {
  public PlaceHit {
    candidates = List.copyOf(candidates);
    if (end <= start || surface.length() != end - start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end + " for '" + surface + "'");
    }
  }
}
