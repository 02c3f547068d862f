package org.sitrep.model;

import java.util.List;

/** A named person and what the document says of them. */
public record Person(String name, String affiliation, Role role, String note, Fate fate, Anchor anchor,
    String summary, List<String> rules, Double confidence, List<Span> evidence) implements Fact {
  public Person {
    Checks.nonBlank(name, "person name");
    rules = Checks.list(rules);
    Checks.check(confidence == null || (confidence >= 0 && confidence <= 1), "confidence out of [0,1]");
    evidence = Checks.nonEmpty(evidence, "person evidence");
  }
}
