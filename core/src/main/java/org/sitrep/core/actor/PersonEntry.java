package org.sitrep.core.actor;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Role;

/**
 * A named person: canonical name, the organisation they belong to (the latest one; the bundled
 * table records the dates), their role, a short note and aliases in every language. Immutable.
 */
public record PersonEntry(String name, String affiliation, Role role, String note, List<String> aliases) {
  public PersonEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    aliases = List.copyOf(aliases);
  }
}
