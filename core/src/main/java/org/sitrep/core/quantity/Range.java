package org.sitrep.core.quantity;

/** TEMP stub of branch num. */
public record Range(long low, long high) {}
