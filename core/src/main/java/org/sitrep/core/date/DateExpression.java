package org.sitrep.core.date;

/** TEMP stub of branch num. */
public record DateExpression(Integer year, Integer month, Integer day, int daysAgo) {}
