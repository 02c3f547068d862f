package org.sitrep.core.pipeline;

import org.sitrep.model.Span;

/** A rule that fired for a fact, and the words (of the document text) it fired on. */
public record RuleFiring(String rule, Span words) {
  public RuleFiring {
    if (rule == null || rule.isBlank()) throw new IllegalArgumentException("rule name is required");
  }
}
