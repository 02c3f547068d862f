package org.sitrep.core.date;

import org.sitrep.model.Span;

/**
 * A date phrase in a text: its span, what it says, whether the phrase itself says the thing is
 * still going on ("현재까지", "지난달부터 지금까지", "since spring ... continues") and the name of
 * the rule that found it. Immutable.
 */
public record DateMention(Span span, DateExpression expression, boolean ongoing, String rule) {
  public DateMention {
    if (span == null) throw new IllegalArgumentException("date span is required");
    if (expression == null) throw new IllegalArgumentException("date expression is required");
    if (rule == null || rule.isBlank()) throw new IllegalArgumentException("date rule is required");
  }
}
