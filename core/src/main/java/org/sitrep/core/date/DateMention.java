package org.sitrep.core.date;

import org.sitrep.model.Span;

/** TEMP stub of branch num. */
public record DateMention(Span span, DateExpression expression, boolean ongoing, String rule) {}
