package org.sitrep.core.eval;

/**
 * A missed gold item or a false alarm of the reading, for people: the document, the section
 * ({@code event}, {@code casualty}, {@code relation}, {@code control}, {@code person}) and a
 * short text (type, place, date, and the gold quote or the reading's evidence). Immutable.
 */
public record Item(String document, String section, String text) {}
