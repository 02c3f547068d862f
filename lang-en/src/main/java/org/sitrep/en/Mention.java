package org.sitrep.en;

import org.sitrep.core.actor.PersonEntry;
import org.sitrep.core.place.PlaceEntry;

/**
 * A name found in the text: an actor (canonical name), a place or a person, with its character
 * span; {@code rule} names how it was found.
 */
record Mention(Kind kind, int start, int end, String name, PlaceEntry place, PersonEntry person, String rule) {
  enum Kind { ACTOR, PLACE, PERSON }
}
