package org.sitrep.core.actor;

/** TEMP stub of branch gaz. */
public record PersonHit(int start, int end, String surface, PersonEntry person) {}
