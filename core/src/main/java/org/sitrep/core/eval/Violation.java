package org.sitrep.core.eval;

/** A reading item that breaks a gold {@code must_not} rule: the rule in one line, its reason, and the item. Immutable. */
public record Violation(String document, String rule, String why, String item) {}
