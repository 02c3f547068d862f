package org.sitrep.core.actor;

/** TEMP stub of branch gaz. */
public record ActorHit(int start, int end, String surface, ActorEntry actor) {}
