package org.sitrep.ko;

import org.sitrep.core.actor.PersonEntry;
import org.sitrep.core.place.PlaceEntry;

/**
 * A name found in the normalised text: an actor (canonical name, with its commander when the text
 * says who leads it), a place, a person, or a source of claims. {@code role} is the case its
 * particle gives it ({@link Role}); {@code rule} names how it was found.
 */
record Mention(Kind kind, int start, int end, String name, PlaceEntry place, PersonEntry person, String commander,
    Role role, String rule) {
  enum Kind { ACTOR, PLACE, PERSON, SOURCE }

  Mention withRole(Role r) {
    return new Mention(kind, start, end, name, place, person, commander, r, rule);
  }

  Mention withCommander(String c) {
    return new Mention(kind, start, end, name, place, person, c, role, rule);
  }
}
