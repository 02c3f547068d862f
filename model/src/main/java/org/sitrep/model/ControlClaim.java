package org.sitrep.model;

import java.util.List;

/** Who holds, took, mostly holds, contests or lost a place, and against whom. */
public record ControlClaim(Place place, String holder, String counterpart, ControlStatus status, Extent extent,
    DateRange date, Attribution attribution, String summary, List<String> rules, Double confidence,
    List<Span> evidence) implements Fact {
  public ControlClaim {
    Checks.required(place, "control place");
    Checks.nonBlank(holder, "control holder");
    Checks.required(status, "control status");
    Checks.required(attribution, "control attribution");
    rules = Checks.list(rules);
    Checks.check(confidence == null || (confidence >= 0 && confidence <= 1), "confidence out of [0,1]");
    evidence = Checks.nonEmpty(evidence, "control evidence");
  }
}
