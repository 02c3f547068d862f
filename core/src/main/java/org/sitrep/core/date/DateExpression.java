package org.sitrep.core.date;

import java.time.DayOfWeek;

/**
 * What a date phrase says, before it is placed on the calendar. Language modules find the phrase
 * and build one of these records; {@link DateResolver} (the core, one for every language) turns
 * it into days against the publication date. All records are immutable and check their fields.
 *
 * <ul>
 *   <li>{@link Calendar}: "2021년 9월 5일", "9월23일", "31 August" (year may be null)</li>
 *   <li>{@link DayOfMonth}: "23일", "지난 23일", "23일(현지시간)"</li>
 *   <li>{@link Upcoming}: "오는 5일"</li>
 *   <li>{@link MonthOnly}: "2022년 6월", "6월 초", "1월말", "in February"</li>
 *   <li>{@link RelativeMonth}: "지난달", "이달 초", "지난달 말"</li>
 *   <li>{@link DayOfRelativeMonth}: "지난달 8일", "이달 5일"</li>
 *   <li>{@link RelativeDays}: "오늘" 0, "어제" 1, "그제" 2, "이틀 전" 2, "사흘 전" 3</li>
 *   <li>{@link RelativeWeek}: "지난주" 1, "이번 주" 0</li>
 *   <li>{@link Weekend}: "지난 주말" 1</li>
 *   <li>{@link Weekday}: "월요일" (0 weeks back), "지난주 수요일" (1 week back)</li>
 *   <li>{@link Season}: "2022년 봄", "지난 겨울" (with {@link RelativeYear}: "작년 봄")</li>
 *   <li>{@link RelativeYear}: "작년 9월", "지난해 8월 15일", "올해 3월"</li>
 *   <li>{@link Between}: "23~24일", "9월 13일부터 15일까지"</li>
 *   <li>{@link Anaphoric}: "같은 날" 0, "이튿날" +1, "전날" −1, relative to the date told before</li>
 * </ul>
 */
public sealed interface DateExpression {

  /** Which part of a month a phrase names. */
  enum Part {
    /** The whole month: "6월", "지난달". */
    WHOLE,
    /** Days 1-10: "초", "초순", "early". */
    EARLY,
    /** Days 11-20: "중순", "mid". */
    MID,
    /** Day 21 to the end: "말", "하순", "late". */
    LATE
  }

  /** A day of a month, with or without the year: "2021년 9월 5일", "9월23일". */
  record Calendar(Integer year, Integer month, int day) implements DateExpression {
    public Calendar {
      if (year != null) checkYear(year);
      if (month == null) throw new IllegalArgumentException("Calendar needs a month; use DayOfMonth for a day alone");
      checkMonth(month);
      checkDay(day);
    }
  }

  /** A day without a month: "23일", "지난 23일". */
  record DayOfMonth(int day) implements DateExpression {
    public DayOfMonth {
      checkDay(day);
    }
  }

  /** A coming day of the month: "오는 5일". */
  record Upcoming(int day) implements DateExpression {
    public Upcoming {
      checkDay(day);
    }
  }

  /** A month, or part of one, with or without the year: "2022년 6월", "6월 초", "1월말". */
  record MonthOnly(Integer year, int month, Part part) implements DateExpression {
    public MonthOnly {
      if (year != null) checkYear(year);
      checkMonth(month);
      if (part == null) throw new IllegalArgumentException("month part is required");
    }
  }

  /** A month counted from the publication month (−1 last month, 0 this month): "지난달", "이달 초". */
  record RelativeMonth(int offset, Part part) implements DateExpression {
    public RelativeMonth {
      if (part == null) throw new IllegalArgumentException("month part is required");
      checkOffset(offset, 1200);
    }
  }

  /** A day of a month counted from the publication month: "지난달 8일" (−1, 8). */
  record DayOfRelativeMonth(int offset, int day) implements DateExpression {
    public DayOfRelativeMonth {
      checkOffset(offset, 1200);
      checkDay(day);
    }
  }

  /** Days before publication: 어제 1, 그제 2, 이틀 전 2, 사흘 전 3; 오늘 (and "현재까지") 0. */
  record RelativeDays(int daysBack) implements DateExpression {
    public RelativeDays {
      if (daysBack < 0 || daysBack > 3660) throw new IllegalArgumentException("days back out of range: " + daysBack);
    }
  }

  /** An ISO week (Monday-Sunday) counted back from the publication week: 지난주 1, 이번 주 0. */
  record RelativeWeek(int weeksBack) implements DateExpression {
    public RelativeWeek {
      if (weeksBack < 0 || weeksBack > 520) throw new IllegalArgumentException("weeks back out of range: " + weeksBack);
    }
  }

  /** Saturday and Sunday of an ISO week counted back from the publication week: 지난 주말 1. */
  record Weekend(int weeksBack) implements DateExpression {
    public Weekend {
      if (weeksBack < 0 || weeksBack > 520) throw new IllegalArgumentException("weeks back out of range: " + weeksBack);
    }
  }

  /**
   * A weekday. {@code weeksBack} 0: the latest such weekday on or before publication ("월요일",
   * "on Thursday"); 1 or more: that weekday of the ISO week so many weeks back ("지난주 수요일").
   */
  record Weekday(DayOfWeek day, int weeksBack) implements DateExpression {
    public Weekday {
      if (day == null) throw new IllegalArgumentException("weekday is required");
      if (weeksBack < 0 || weeksBack > 520) throw new IllegalArgumentException("weeks back out of range: " + weeksBack);
    }
  }

  /** A season (meteorological: spring March-May ... winter December-February), year optional. */
  record Season(Integer year, Which which) implements DateExpression {
    /** The four seasons. */
    public enum Which { SPRING, SUMMER, AUTUMN, WINTER }

    public Season {
      if (year != null) checkYear(year);
      if (which == null) throw new IllegalArgumentException("season is required");
    }
  }

  /**
   * A date within a year counted from the publication year (−1 last year, 0 this year): "작년
   * 9월", "지난해 8월 15일". {@code within} is a Calendar, MonthOnly or Season without a year.
   */
  record RelativeYear(int offset, DateExpression within) implements DateExpression {
    public RelativeYear {
      checkOffset(offset, 100);
      boolean yearless = within instanceof Calendar c && c.year() == null
          || within instanceof MonthOnly m && m.year() == null
          || within instanceof Season s && s.year() == null;
      if (!yearless) throw new IllegalArgumentException("RelativeYear needs a date without a year: " + within);
    }
  }

  /** From one date to another: "23~24일", "13일부터 15일까지". */
  record Between(DateExpression from, DateExpression to) implements DateExpression {
    public Between {
      if (from == null || to == null) throw new IllegalArgumentException("both ends are required");
    }
  }

  /**
   * A day told relative to the date told just before: 같은 날 0, 이튿날 / 다음날 +1, 전날 −1.
   * Resolved only when the caller gives that previous day.
   */
  record Anaphoric(int dayOffset) implements DateExpression {
    public Anaphoric {
      checkOffset(dayOffset, 366);
    }
  }

  private static void checkYear(int year) {
    if (year < 1000 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
  }

  private static void checkMonth(int month) {
    if (month < 1 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
  }

  private static void checkDay(int day) {
    if (day < 1 || day > 31) throw new IllegalArgumentException("day out of range: " + day);
  }

  private static void checkOffset(int offset, int max) {
    if (offset < -max || offset > max) throw new IllegalArgumentException("offset out of range: " + offset);
  }
}
