package org.sitrep.model;

import java.time.LocalDate;

/**
 * When a fact happened: an inclusive range of days with its precision, whether it was still
 * going on, and the words it was read from ({@code anchor} may be null).
 */
public record DateRange(LocalDate start, LocalDate end, Precision precision, boolean ongoing, Anchor anchor) {
  public DateRange {
    Checks.required(start, "date start");
    Checks.required(end, "date end");
    Checks.required(precision, "date precision");
    if (!(!end.isBefore(start))) throw new IllegalArgumentException("date end " + end + " before start " + start);
  }

  public static DateRange day(LocalDate day, Anchor anchor) {
    return new DateRange(day, day, Precision.DAY, false, anchor);
  }

  public DateRange withOngoing(boolean value) {
    return new DateRange(start, end, precision, value, anchor);
  }

  /** True when the two ranges overlap or lie within {@code days} of each other. */
  public boolean near(DateRange other, int days) {
    return !start.minusDays(days).isAfter(other.end) && !other.start.minusDays(days).isAfter(end);
  }
}
