package org.sitrep.core.place;

/** TEMP stub of branch gaz. */
public enum PlaceKind { COUNTRY, PROVINCE, DISTRICT, TOWN, FEATURE }
