package org.sitrep.core.actor;

/** TEMP stub of branch gaz. */
public enum ActorType { STATE_FORCES, REBEL_GROUP, POLITICAL_MILITIA, IDENTITY_MILITIA, EXTERNAL, CIVILIANS, PROTESTERS, UNIDENTIFIED }
