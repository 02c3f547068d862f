package org.sitrep.core.actor;

import java.util.List;
import org.sitrep.model.Role;

/** TEMP stub of branch gaz. */
public record PersonEntry(String name, String affiliation, Role role, String note, List<String> aliases) {}
