package org.sitrep.model;

import java.util.List;

/**
 * Something that happened at a place and time, typed by ACLED's codebook, with the evidence it
 * was read from. {@code date} and {@code outcome} may be null; everything else is required.
 */
public record Event(String id, DateRange date, SubType subtype, List<ActorRef> actors, Place location,
    List<Casualty> casualties, Outcome outcome, Attribution attribution, String summary, List<String> rules,
    Double confidence, List<Span> evidence) implements Fact {
  public Event {
    Checks.nonBlank(id, "event id");
    Checks.required(subtype, "event subtype");
    actors = Checks.nonEmpty(actors, "event actors");
    Checks.required(location, "event location");
    casualties = Checks.list(casualties);
    Checks.required(attribution, "event attribution");
    rules = Checks.list(rules);
    if (!(confidence == null || (confidence >= 0 && confidence <= 1))) throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    evidence = Checks.nonEmpty(evidence, "event evidence");
  }

  public EventType type() {
    return subtype.type();
  }

  public Event withId(String value) {
    return new Event(value, date, subtype, actors, location, casualties, outcome, attribution, summary, rules, confidence, evidence);
  }
}
