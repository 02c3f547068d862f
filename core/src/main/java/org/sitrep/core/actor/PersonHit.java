package org.sitrep.core.actor;

/** A person's name found in a text: [start, end) of the text, the surface, the person. */
public record PersonHit(int start, int end, String surface, PersonEntry person) {}
