/**
 * Places of the theatre: the {@link org.sitrep.core.place.Gazetteer} (provinces, districts, towns,
 * features and countries with English, Korean and Dari names, from the plain-text tables beside it
 * and the GeoNames / Natural Earth files the gazetteer generator makes from registry packages),
 * name spotting on the character stream with fuzzy matching ({@link org.sitrep.core.place.NameMatcher},
 * also used by the actor dictionary), the context rules that pick the entry a name means, and the
 * reverse look-up of a coordinate by point-in-polygon ({@link org.sitrep.core.place.Gazetteer#locate}).
 */
package org.sitrep.core.place;
