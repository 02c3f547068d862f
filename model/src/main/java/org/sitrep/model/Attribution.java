package org.sitrep.model;

import java.util.List;

/**
 * Who says a fact is so. {@code source} names who claims it (for {@code claimed}), {@code via}
 * the outlet relayed, {@code claimedBy} who claimed responsibility for an attack and
 * {@code disputedBy} who denied it.
 */
public record Attribution(Stance stance, String source, String via, String claimedBy, List<String> disputedBy) {
  public static final Attribution REPORTED = new Attribution(Stance.REPORTED, null, null, null, List.of());

  public Attribution {
    Checks.required(stance, "stance");
    disputedBy = Checks.list(disputedBy);
  }

  public static Attribution of(Stance stance) {
    return new Attribution(stance, null, null, null, List.of());
  }
}
