package org.sitrep.core.quantity;

/** TEMP stub of branch num. */
public enum Bound { EXACT, VAGUE, APPROX, AT_LEAST, MORE_THAN, UP_TO, UNDER, BETWEEN, PLUS }
