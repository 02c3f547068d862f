package org.sitrep.core.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
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
import org.sitrep.model.DateRange;
import org.sitrep.model.Precision;
import org.sitrep.model.Span;

class DateResolverTest {
  /** A Thursday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 9, 16);
  private final DateResolver resolver = new DateResolver();

  private static DateMention mention(DateExpression e) {
    return new DateMention(new Span(0, 3, "날짜다"), e, false, "test.date");
  }

  private DateRange resolve(DateExpression e) {
    return resolver.resolve(mention(e), PUBLISHED, null);
  }

  private static void assertRange(DateRange r, String start, String end, Precision precision) {
    assertThat(r).isNotNull();
    assertThat(r.start()).isEqualTo(LocalDate.parse(start));
    assertThat(r.end()).isEqualTo(LocalDate.parse(end));
    assertThat(r.precision()).isEqualTo(precision);
  }

  @Test
  void a_full_date_is_that_day() {
    assertRange(resolve(new Calendar(2021, 8, 30)), "2021-08-30", "2021-08-30", Precision.DAY);
  }

  @Test
  void a_month_and_day_is_the_latest_such_day_on_or_before_publication() {
    assertRange(resolve(new Calendar(null, 9, 5)), "2021-09-05", "2021-09-05", Precision.DAY);
    assertRange(resolve(new Calendar(null, 9, 16)), "2021-09-16", "2021-09-16", Precision.DAY);
    assertRange(resolve(new Calendar(null, 12, 5)), "2020-12-05", "2020-12-05", Precision.DAY);
  }

  @Test
  void a_day_alone_is_this_month_or_last_when_it_is_after_publication() {
    assertRange(resolve(new DayOfMonth(14)), "2021-09-14", "2021-09-14", Precision.DAY);
    assertRange(resolve(new DayOfMonth(16)), "2021-09-16", "2021-09-16", Precision.DAY);
    assertRange(resolve(new DayOfMonth(23)), "2021-08-23", "2021-08-23", Precision.DAY);
  }

  @Test
  void a_day_alone_skips_months_without_that_day() {
    DateRange r = resolver.resolve(mention(new DayOfMonth(31)), LocalDate.of(2021, 3, 2), null);
    assertRange(r, "2021-01-31", "2021-01-31", Precision.DAY);
  }

  @Test
  void a_month_named_nearby_wins_over_publication() {
    DateRange r = resolver.resolve(mention(new DayOfMonth(15)), LocalDate.of(2021, 11, 4), YearMonth.of(2021, 10));
    assertRange(r, "2021-10-15", "2021-10-15", Precision.DAY);
    assertThat(resolver.resolve(mention(new DayOfMonth(31)), PUBLISHED, YearMonth.of(2021, 9))).isNull();
  }

  @Test
  void a_coming_day_is_on_or_after_publication() {
    assertRange(resolve(new Upcoming(20)), "2021-09-20", "2021-09-20", Precision.DAY);
    assertRange(resolve(new Upcoming(5)), "2021-10-05", "2021-10-05", Precision.DAY);
  }

  @Test
  void yesterday_and_two_days_ago_count_back_from_publication() {
    assertRange(resolve(new RelativeDays(1)), "2021-09-15", "2021-09-15", Precision.DAY);
    assertRange(resolve(new RelativeDays(2)), "2021-09-14", "2021-09-14", Precision.DAY);
    assertRange(resolve(new RelativeDays(0)), "2021-09-16", "2021-09-16", Precision.DAY);
  }

  @Test
  void last_week_is_the_previous_iso_week() {
    assertRange(resolve(new RelativeWeek(1)), "2021-09-06", "2021-09-12", Precision.WEEK);
  }

  @Test
  void this_week_ends_at_publication() {
    assertRange(resolve(new RelativeWeek(0)), "2021-09-13", "2021-09-16", Precision.WEEK);
  }

  @Test
  void last_weekend_is_saturday_and_sunday_of_the_previous_week() {
    assertRange(resolve(new Weekend(1)), "2021-09-11", "2021-09-12", Precision.WEEK);
  }

  @Test
  void a_weekday_is_the_latest_such_day_on_or_before_publication() {
    assertRange(resolve(new Weekday(DayOfWeek.MONDAY, 0)), "2021-09-13", "2021-09-13", Precision.DAY);
    assertRange(resolve(new Weekday(DayOfWeek.THURSDAY, 0)), "2021-09-16", "2021-09-16", Precision.DAY);
    assertRange(resolve(new Weekday(DayOfWeek.FRIDAY, 0)), "2021-09-10", "2021-09-10", Precision.DAY);
  }

  @Test
  void a_weekday_of_last_week_is_in_the_previous_iso_week() {
    assertRange(resolve(new Weekday(DayOfWeek.WEDNESDAY, 1)), "2021-09-08", "2021-09-08", Precision.DAY);
    assertRange(resolve(new Weekday(DayOfWeek.FRIDAY, 1)), "2021-09-10", "2021-09-10", Precision.DAY);
  }

  @Test
  void last_month_is_the_whole_month() {
    assertRange(resolve(new RelativeMonth(-1, Part.WHOLE)), "2021-08-01", "2021-08-31", Precision.MONTH);
  }

  @Test
  void early_this_month_is_the_first_ten_days() {
    assertRange(resolve(new RelativeMonth(0, Part.EARLY)), "2021-09-01", "2021-09-10", Precision.APPROX);
  }

  @Test
  void this_month_is_cut_at_publication() {
    assertRange(resolve(new RelativeMonth(0, Part.WHOLE)), "2021-09-01", "2021-09-16", Precision.MONTH);
    assertRange(resolve(new RelativeMonth(0, Part.MID)), "2021-09-11", "2021-09-16", Precision.APPROX);
  }

  @Test
  void late_january_is_the_twenty_first_to_the_end() {
    assertRange(resolve(new MonthOnly(null, 1, Part.LATE)), "2021-01-21", "2021-01-31", Precision.APPROX);
    assertRange(resolve(new MonthOnly(null, 2, Part.LATE)), "2021-02-21", "2021-02-28", Precision.APPROX);
  }

  @Test
  void a_month_without_year_is_the_latest_such_month() {
    assertRange(resolve(new MonthOnly(null, 6, Part.WHOLE)), "2021-06-01", "2021-06-30", Precision.MONTH);
    assertRange(resolve(new MonthOnly(null, 11, Part.WHOLE)), "2020-11-01", "2020-11-30", Precision.MONTH);
    assertRange(resolve(new MonthOnly(2022, 6, Part.EARLY)), "2022-06-01", "2022-06-10", Precision.APPROX);
  }

  @Test
  void a_day_of_last_month_is_that_day() {
    assertRange(resolve(new DayOfRelativeMonth(-1, 8)), "2021-08-08", "2021-08-08", Precision.DAY);
    assertThat(resolve(new DayOfRelativeMonth(-7, 31))).isNull(); // February has no 31st
  }

  @Test
  void last_spring_is_march_to_may_of_last_year() {
    assertRange(resolve(new RelativeYear(-1, new Season(null, Season.Which.SPRING))), "2020-03-01", "2020-05-31", Precision.APPROX);
    assertRange(resolve(new RelativeYear(-1, new MonthOnly(null, 9, Part.WHOLE))), "2020-09-01", "2020-09-30", Precision.MONTH);
    assertRange(resolve(new RelativeYear(-1, new Calendar(null, 8, 15))), "2020-08-15", "2020-08-15", Precision.DAY);
  }

  @Test
  void a_season_without_year_is_the_latest_that_has_begun() {
    assertRange(resolve(new Season(null, Season.Which.WINTER)), "2020-12-01", "2021-02-28", Precision.APPROX);
    assertRange(resolve(new Season(null, Season.Which.SUMMER)), "2021-06-01", "2021-08-31", Precision.APPROX);
  }

  @Test
  void a_span_of_days_runs_from_the_first_to_the_last() {
    DateRange r = resolve(new Between(new Calendar(null, 9, 13), new DayOfMonth(15)));
    assertRange(r, "2021-09-13", "2021-09-15", Precision.APPROX);
    // "23~24일": the end lies in the month of the start even when published on the 24th
    DateRange r2 = resolver.resolve(mention(new Between(new DayOfMonth(23), new DayOfMonth(24))), LocalDate.of(2021, 9, 24), null);
    assertRange(r2, "2021-09-23", "2021-09-24", Precision.APPROX);
  }

  @Test
  void the_same_day_needs_the_previous_date() {
    assertThat(resolve(new Anaphoric(0))).isNull();
    DateRange r = resolver.resolve(mention(new Anaphoric(1)), PUBLISHED, null, LocalDate.of(2021, 9, 7));
    assertRange(r, "2021-09-08", "2021-09-08", Precision.DAY);
  }

  @Test
  void relative_phrases_without_publication_cannot_be_placed() {
    assertThat(resolver.resolve(mention(new RelativeDays(1)), null, null)).isNull();
    assertThat(resolver.resolve(mention(new DayOfMonth(3)), null, null)).isNull();
    assertThat(resolver.resolve(mention(new Calendar(null, 3, 3)), null, null)).isNull();
    assertRange(resolver.resolve(mention(new Calendar(2022, 3, 3)), null, null), "2022-03-03", "2022-03-03", Precision.DAY);
  }

  @Test
  void the_range_keeps_the_words_and_the_ongoing_flag() {
    DateMention m = new DateMention(new Span(5, 9, "현재까지"), new RelativeDays(0), true, "test.date");
    DateRange r = resolver.resolve(m, PUBLISHED, null);
    assertThat(r.ongoing()).isTrue();
    assertThat(r.anchor().text()).isEqualTo("현재까지");
    assertThat(r.anchor().startChar()).isEqualTo(5);
  }

  @Test
  void a_named_month_becomes_the_hint_for_later_days() {
    assertThat(resolver.namedMonth(mention(new DayOfRelativeMonth(-1, 8)), LocalDate.of(2021, 11, 4))).isEqualTo(YearMonth.of(2021, 10));
    assertThat(resolver.namedMonth(mention(new Calendar(null, 6, 23)), LocalDate.of(2022, 6, 27))).isEqualTo(YearMonth.of(2022, 6));
    assertThat(resolver.namedMonth(mention(new DayOfMonth(8)), PUBLISHED)).isNull();
    // a month without a day is background, not the month of later days
    assertThat(resolver.namedMonth(mention(new MonthOnly(null, 8, Part.LATE)), PUBLISHED)).isNull();
  }

  @Test
  void a_date_record_rejects_impossible_fields() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Calendar(2021, 13, 1)).isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DayOfMonth(32)).isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RelativeYear(-1, new Calendar(2020, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
