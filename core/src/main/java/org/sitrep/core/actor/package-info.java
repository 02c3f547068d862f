/**
 * Actors and persons of the theatre: the {@link org.sitrep.core.actor.ActorDictionary} with
 * canonical names, ACLED types over time (the Taliban are the state from 2021-08-15), English and
 * Korean aliases, and named persons with their affiliation and role.
 */
package org.sitrep.core.actor;
