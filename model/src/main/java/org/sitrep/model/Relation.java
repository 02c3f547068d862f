package org.sitrep.model;

import java.util.List;

/** A relation between two actors, with the {@code means} of support when said. */
public record Relation(RelationType type, String from, String to, String means, DateRange date,
    Attribution attribution, String summary, List<String> rules, Double confidence, List<Span> evidence) implements Fact {
  public Relation {
    Checks.required(type, "relation type");
    Checks.nonBlank(from, "relation from");
    Checks.nonBlank(to, "relation to");
    if (!(!from.equals(to))) throw new IllegalArgumentException("relation from and to are the same actor: " + from);
    Checks.required(attribution, "relation attribution");
    rules = Checks.list(rules);
    Checks.check(confidence == null || (confidence >= 0 && confidence <= 1), "confidence out of [0,1]");
    evidence = Checks.nonEmpty(evidence, "relation evidence");
  }
}
