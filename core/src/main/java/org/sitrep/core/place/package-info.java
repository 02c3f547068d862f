/**
 * Places of the theatre: the {@link org.sitrep.core.place.Gazetteer} (provinces, districts, towns,
 * features and countries with English and Korean names, from the plain-text tables beside it),
 * name spotting on the character stream with fuzzy matching ({@link org.sitrep.core.place.NameMatcher},
 * also used by the actor dictionary), and the context rules that pick the entry a name means.
 */
package org.sitrep.core.place;
