package org.sitrep.model;

import java.util.List;

/** What every fact of a report has: evidence spans and the names of the rules that made it. */
public sealed interface Fact permits Event, Relation, ControlClaim, Person, Force {
  List<Span> evidence();

  List<String> rules();

  /** Position of the first evidence span; facts are ordered by it. */
  default int firstOffset() {
    return evidence().stream().mapToInt(Span::start).min().orElse(Integer.MAX_VALUE);
  }
}
