package org.sitrep.model;

/**
 * Losses of one actor of one kind, as an honest range: exact counts have {@code low == high},
 * vague ones ("수십", "dozens") keep their width. There is no zero count: "no casualties" is
 * not a casualty item.
 */
public record Casualty(String actor, CasualtyKind kind, int low, int high, Anchor anchor) {
  public Casualty {
    Checks.required(kind, "casualty kind");
    if (!(low >= 1)) throw new IllegalArgumentException("casualty low must be >= 1: " + low);
    if (!(low <= high)) throw new IllegalArgumentException("casualty low " + low + " > high " + high);
  }

  public boolean exact() {
    return low == high;
  }
}
