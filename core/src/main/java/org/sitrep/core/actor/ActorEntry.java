package org.sitrep.core.actor;

import java.time.LocalDate;
import java.util.List;

/** TEMP stub of branch gaz. */
public record ActorEntry(String name, List<Period> periods, List<String> aliases) {
  public record Period(LocalDate from, LocalDate to, ActorType type) {}

  public ActorType typeOn(LocalDate d) {
    for (Period p : periods) if ((p.from() == null || d == null || !d.isBefore(p.from())) && (p.to() == null || d == null || !d.isAfter(p.to()))) return p.type();
    return periods.get(periods.size() - 1).type();
  }

  public boolean isStateOn(LocalDate d) {
    return typeOn(d) == ActorType.STATE_FORCES;
  }
}
