package org.sitrep.core.date;

import java.time.LocalDate;
import java.time.YearMonth;
import org.sitrep.model.Anchor;
import org.sitrep.model.DateRange;

/** TEMP stub of branch num. */
public final class DateResolver {
  public DateRange resolve(DateMention m, LocalDate published, YearMonth monthHint) {
    DateExpression x = m.expression();
    if (published == null && x.year() == null) return null;
    LocalDate d;
    if (x.day() == null) d = published.minusDays(x.daysAgo());
    else {
      int year = x.year() != null ? x.year() : published.getYear();
      if (x.month() != null) d = LocalDate.of(year, x.month(), x.day());
      else {
        d = published.withDayOfMonth(Math.min(x.day(), published.lengthOfMonth()));
        if (x.day() > published.getDayOfMonth()) d = published.minusMonths(1).withDayOfMonth(x.day());
      }
    }
    return DateRange.day(d, Anchor.of(m.span()));
  }
}
