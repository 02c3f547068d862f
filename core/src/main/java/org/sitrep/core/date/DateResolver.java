package org.sitrep.core.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.sitrep.core.date.DateExpression.Anaphoric;
import org.sitrep.core.date.DateExpression.Between;
import org.sitrep.core.date.DateExpression.Calendar;
import org.sitrep.core.date.DateExpression.DayOfMonth;
import org.sitrep.core.date.DateExpression.DayOfRelativeMonth;
import org.sitrep.core.date.DateExpression.MonthOnly;
import org.sitrep.core.date.DateExpression.Part;
import org.sitrep.core.date.DateExpression.RelativeDays;
import org.sitrep.core.date.DateExpression.RelativeMonth;
import org.sitrep.core.date.DateExpression.RelativeWeek;
import org.sitrep.core.date.DateExpression.RelativeYear;
import org.sitrep.core.date.DateExpression.Season;
import org.sitrep.core.date.DateExpression.Upcoming;
import org.sitrep.core.date.DateExpression.Weekday;
import org.sitrep.core.date.DateExpression.Weekend;
import org.sitrep.model.Anchor;
import org.sitrep.model.DateRange;
import org.sitrep.model.Precision;

/**
 * Places a {@link DateMention} on the calendar, by the date rules of format.md, for every
 * language. Examples with publication on Thursday 2021-09-16:
 *
 * <ul>
 *   <li>"9월 5일" → 2021-09-05 (day); "12월 5일" → 2020-12-05 (the latest such day on or before
 *       publication); "2021년 9월 5일" → 2021-09-05</li>
 *   <li>"23일" → 2021-08-23 (the 23rd is after the 16th, so last month's); "지난 14일" →
 *       2021-09-14; with a month hint 2021-07 "23일" → 2021-07-23</li>
 *   <li>"오는 20일" → 2021-09-20; "어제" → 2021-09-15; "이틀 전" → 2021-09-14</li>
 *   <li>"지난주" → 2021-09-06..2021-09-12 (week); "이번 주" → 2021-09-13..2021-09-16 (week,
 *       cut at publication); "지난 주말" → 2021-09-11..2021-09-12 (week)</li>
 *   <li>"월요일" → 2021-09-13; "지난주 수요일" → 2021-09-08</li>
 *   <li>"지난달" → 2021-08-01..2021-08-31 (month); "이달 초" → 2021-09-01..2021-09-10 (approx);
 *       "1월말" → 2021-01-21..2021-01-31 (approx); "8월 중순" → 2021-08-11..2021-08-20</li>
 *   <li>"작년 봄" → 2020-03-01..2020-05-31 (approx)</li>
 * </ul>
 *
 * <p>A range that runs past publication while starting on or before it is cut at publication
 * ("이달" read on the 16th ends on the 16th): a report tells what has happened. Precision is
 * {@code day} for one day, {@code week} for a week or weekend, {@code month} for a whole month,
 * {@code approx} for parts of months, seasons and mixed ranges.
 *
 * <p>Returns null when a phrase cannot be placed: a relative phrase without a publication date, a
 * day that the month does not have, an anaphoric phrase without the previous day. Stateless and
 * thread-safe.
 */
public final class DateResolver {

  /**
   * Resolves against the publication date; {@code monthHint} is a month (and year) named nearby
   * earlier in the text, may be null. Returns null when it cannot be resolved.
   */
  public DateRange resolve(DateMention m, LocalDate published, YearMonth monthHint) {
    return resolve(m, published, monthHint, null);
  }

  /**
   * As {@link #resolve(DateMention, LocalDate, YearMonth)}, with the day of the date told just
   * before ({@code previousDay}, may be null) for "같은 날", "이튿날", "전날".
   */
  public DateRange resolve(DateMention m, LocalDate published, YearMonth monthHint, LocalDate previousDay) {
    Days d = days(m.expression(), new Context(published, monthHint, previousDay));
    if (d == null) return null;
    return new DateRange(d.start, d.end, d.precision, m.ongoing(), Anchor.of(m.span()));
  }

  /**
   * The month of a day a mention names ("9월 5일", "지난달 8일", "9월 12일~18일"), as the hint for
   * later day-only phrases ("지난달 8일 ..., 15일" is last month's 15th); null for other phrases.
   * A month without a day ("지난 8월 말", "6월 초") gives no hint: Korean news names such a month
   * for background and then a bare "5일(현지시간)" for the day of the report.
   */
  public YearMonth namedMonth(DateMention m, LocalDate published) {
    DateExpression e = m.expression();
    if (e instanceof Between b) e = b.from();
    boolean names = e instanceof Calendar || e instanceof DayOfRelativeMonth
        || e instanceof RelativeYear r && r.within() instanceof Calendar;
    if (!names) return null;
    Days d = days(e, new Context(published, null, null));
    return d == null ? null : YearMonth.from(d.start);
  }

  private record Context(LocalDate published, YearMonth monthHint, LocalDate previousDay) {}

  /** A resolved range before it becomes a DateRange. */
  private record Days(LocalDate start, LocalDate end, Precision precision) {
    static Days day(LocalDate d) {
      return new Days(d, d, Precision.DAY);
    }
  }

  private static Days days(DateExpression e, Context c) {
    LocalDate p = c.published;
    if (e instanceof Calendar cal) {
      if (cal.year() != null) return dayOrNull(cal.year(), cal.month(), cal.day());
      Integer year = yearOfLatest(cal.month(), cal.day(), c);
      return year == null ? null : dayOrNull(year, cal.month(), cal.day());
    }
    if (e instanceof DayOfMonth dm) {
      if (c.monthHint != null) return dayOrNull(c.monthHint.getYear(), c.monthHint.getMonthValue(), dm.day());
      if (p == null) return null;
      YearMonth ym = YearMonth.from(p);
      if (dm.day() > p.getDayOfMonth()) ym = ym.minusMonths(1);
      while (!ym.isValidDay(dm.day())) ym = ym.minusMonths(1); // 31일 read on 2 March: January 31
      return Days.day(ym.atDay(dm.day()));
    }
    if (e instanceof Upcoming u) {
      if (p == null) return null;
      YearMonth ym = YearMonth.from(p);
      if (u.day() < p.getDayOfMonth()) ym = ym.plusMonths(1);
      while (!ym.isValidDay(u.day())) ym = ym.plusMonths(1);
      return Days.day(ym.atDay(u.day()));
    }
    if (e instanceof MonthOnly mo) {
      Integer year = mo.year();
      if (year == null) {
        if (p != null) year = mo.month() <= p.getMonthValue() ? p.getYear() : p.getYear() - 1;
        else if (c.monthHint != null) year = c.monthHint.getYear();
        else return null;
      }
      return clip(part(YearMonth.of(year, mo.month()), mo.part()), p);
    }
    if (e instanceof RelativeMonth rm) {
      if (p == null) return null;
      return clip(part(YearMonth.from(p).plusMonths(rm.offset()), rm.part()), p);
    }
    if (e instanceof DayOfRelativeMonth drm) {
      if (p == null) return null;
      YearMonth ym = YearMonth.from(p).plusMonths(drm.offset());
      return ym.isValidDay(drm.day()) ? Days.day(ym.atDay(drm.day())) : null;
    }
    if (e instanceof RelativeDays rd) {
      return p == null ? null : Days.day(p.minusDays(rd.daysBack()));
    }
    if (e instanceof RelativeWeek rw) {
      if (p == null) return null;
      LocalDate monday = mondayOf(p).minusWeeks(rw.weeksBack());
      return clip(new Days(monday, monday.plusDays(6), Precision.WEEK), p);
    }
    if (e instanceof Weekend we) {
      if (p == null) return null;
      LocalDate saturday = mondayOf(p).minusWeeks(we.weeksBack()).plusDays(5);
      return clip(new Days(saturday, saturday.plusDays(1), Precision.WEEK), p);
    }
    if (e instanceof Weekday wd) {
      if (p == null) return null;
      if (wd.weeksBack() == 0) return Days.day(p.with(TemporalAdjusters.previousOrSame(wd.day())));
      LocalDate monday = mondayOf(p).minusWeeks(wd.weeksBack());
      return Days.day(monday.plusDays(wd.day().getValue() - 1L));
    }
    if (e instanceof Season s) {
      Integer year = s.year();
      if (year == null) {
        if (p == null) return null;
        year = p.getYear();
        if (seasonStart(year, s.which()).isAfter(p)) year--;
      }
      LocalDate start = seasonStart(year, s.which());
      return clip(new Days(start, start.plusMonths(3).minusDays(1), Precision.APPROX), p);
    }
    if (e instanceof RelativeYear ry) {
      if (p == null) return null;
      int year = p.getYear() + ry.offset();
      DateExpression in = ry.within();
      if (in instanceof Calendar cal) return dayOrNull(year, cal.month(), cal.day());
      if (in instanceof MonthOnly mo) return days(new MonthOnly(year, mo.month(), mo.part()), c);
      if (in instanceof Season s) return days(new Season(year, s.which()), c);
      return null;
    }
    if (e instanceof Between b) {
      Days from = days(b.from(), c);
      // the end of "23~24일" or "9월 13일부터 15일까지" lies in the month of the start
      Context toContext = from == null ? c : new Context(p, YearMonth.from(from.start), c.previousDay);
      Days to = days(b.to(), toContext);
      if (from == null || to == null || to.end.isBefore(from.start)) return null;
      return new Days(from.start, to.end, from.start.equals(to.end) ? Precision.DAY : Precision.APPROX);
    }
    if (e instanceof Anaphoric a) {
      return c.previousDay == null ? null : Days.day(c.previousDay.plusDays(a.dayOffset()));
    }
    throw new IllegalStateException("unknown date expression " + e);
  }

  /** The year that puts month-day on or before publication (or the hint's year); null if neither. */
  private static Integer yearOfLatest(int month, int day, Context c) {
    LocalDate p = c.published;
    if (p == null) return c.monthHint == null ? null : c.monthHint.getYear();
    int year = p.getYear();
    boolean after = month > p.getMonthValue() || month == p.getMonthValue() && day > p.getDayOfMonth();
    if (after) year--;
    // 2월 29일 read in a year that lacks it: the latest leap year before
    for (int i = 0; i < 8 && !YearMonth.of(year, month).isValidDay(day); i++) year--;
    return year;
  }

  private static Days dayOrNull(int year, int month, int day) {
    try {
      return Days.day(LocalDate.of(year, month, day));
    } catch (DateTimeException ex) {
      return null;
    }
  }

  private static Days part(YearMonth ym, Part part) {
    switch (part) {
      case EARLY:
        return new Days(ym.atDay(1), ym.atDay(10), Precision.APPROX);
      case MID:
        return new Days(ym.atDay(11), ym.atDay(20), Precision.APPROX);
      case LATE:
        return new Days(ym.atDay(21), ym.atEndOfMonth(), Precision.APPROX);
      default:
        return new Days(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
    }
  }

  /** Cuts a range that starts on or before publication and runs past it. */
  private static Days clip(Days d, LocalDate published) {
    if (published == null || !d.end.isAfter(published) || d.start.isAfter(published)) return d;
    return new Days(d.start, published, d.start.equals(published) ? Precision.DAY : d.precision);
  }

  private static LocalDate mondayOf(LocalDate d) {
    return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static LocalDate seasonStart(int year, Season.Which which) {
    switch (which) {
      case SPRING:
        return LocalDate.of(year, 3, 1);
      case SUMMER:
        return LocalDate.of(year, 6, 1);
      case AUTUMN:
        return LocalDate.of(year, 9, 1);
      default:
        return LocalDate.of(year, 12, 1);
    }
  }
}
