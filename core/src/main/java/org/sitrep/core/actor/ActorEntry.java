package org.sitrep.core.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An organisation (or a class of people, such as Civilians) with its canonical name, its ACLED
 * type over time and its aliases in every language. The Taliban are a rebel group until
 * 2021-08-14 and state forces from 2021-08-15. Immutable.
 */
public record ActorEntry(String name, List<ActorEntry.Period> periods, List<String> aliases) {
  /** A type held from {@code from} to {@code to}, both inclusive; null means open. */
  public record Period(ActorType type, LocalDate from, LocalDate to) {
    public Period {
      Objects.requireNonNull(type, "type");
      if (from != null && to != null && to.isBefore(from)) {
        throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
      }
    }

    boolean covers(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  public ActorEntry {
    Objects.requireNonNull(name, "name");
    periods = List.copyOf(periods);
    aliases = List.copyOf(aliases);
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("actor without a type: " + name);
    }
  }

  /**
   * The type on {@code date}; the latest period's type for a null date; null when no period
   * covers the date (the group did not exist then, or no longer exists).
   */
  public ActorType typeOn(LocalDate date) {
    if (date == null) {
      return periods.get(periods.size() - 1).type();
    }
    for (Period p : periods) {
      if (p.covers(date)) {
        return p.type();
      }
    }
    return null;
  }

  /** Whether the actor is the state's forces on {@code date} (the Taliban from 2021-08-15; Pakistan always). */
  public boolean isStateOn(LocalDate date) {
    return typeOn(date) == ActorType.STATE_FORCES;
  }
}
