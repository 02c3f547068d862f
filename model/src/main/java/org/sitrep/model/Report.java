package org.sitrep.model;

import java.util.List;

/** One document's reading: format {@code sitrep/1}. */
public record Report(DocumentInfo document, List<Event> events, List<Relation> relations, List<ControlClaim> control,
    List<Person> persons, List<Force> forces) {
  public static final String FORMAT = "sitrep/1";

  public Report {
    Checks.required(document, "document");
    events = Checks.list(events);
    relations = Checks.list(relations);
    control = Checks.list(control);
    persons = Checks.list(persons);
    forces = Checks.list(forces);
  }

  public static Report empty(DocumentInfo document) {
    return new Report(document, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** Every fact of the report, events first. */
  public List<Fact> facts() {
    var all = new java.util.ArrayList<Fact>();
    all.addAll(events);
    all.addAll(relations);
    all.addAll(control);
    all.addAll(persons);
    all.addAll(forces);
    return all;
  }
}
