package org.sitrep.model;

/** An actor taking part in an event, on side 1 (the initiator) or side 2, with its commander when named. */
public record ActorRef(String name, int side, String commander, Anchor anchor) {
  public ActorRef {
    Checks.nonBlank(name, "actor name");
    if (!(side == 1 || side == 2)) throw new IllegalArgumentException("actor side must be 1 or 2: " + side);
  }
}
