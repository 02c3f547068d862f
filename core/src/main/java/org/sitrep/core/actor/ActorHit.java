package org.sitrep.core.actor;

/** An actor name found in a text: [start, end) of the text, the surface, the actor. */
public record ActorHit(int start, int end, String surface, ActorEntry actor) {}
