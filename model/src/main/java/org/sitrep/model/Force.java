package org.sitrep.model;

import java.util.List;

/** A strength or piece of equipment of an actor ("약 40대의 망명 공군기"). Optional in version 1. */
public record Force(String actor, String what, String model, Integer low, Integer high, String status, Place place,
    DateRange date, Attribution attribution, String summary, List<String> rules, Double confidence,
    List<Span> evidence) implements Fact {
  public Force {
    Checks.nonBlank(actor, "force actor");
    Checks.nonBlank(what, "force what");
    Checks.nonBlank(status, "force status");
    Checks.check(low == null || high == null || low <= high, "force low > high");
    rules = Checks.list(rules);
    evidence = Checks.nonEmpty(evidence, "force evidence");
  }
}
