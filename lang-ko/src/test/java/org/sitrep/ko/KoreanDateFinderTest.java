package org.sitrep.ko;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.date.DateExpression;
import org.sitrep.core.date.DateMention;
import org.sitrep.core.date.DateResolver;
import org.sitrep.model.DateRange;
import org.sitrep.model.Precision;

class KoreanDateFinderTest {
  /** Thursday 16 September 2021. */
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 9, 16);
  private final KoreanDateFinder finder = new KoreanDateFinder();
  private final DateResolver resolver = new DateResolver();

  private List<DateMention> find(String text) {
    return finder.find(text, 0, text.length());
  }

  private DateMention only(String text) {
    List<DateMention> found = find(text);
    assertThat(found).as("dates in %s", text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} → \"{1}\" {2}..{3} {4}")
  @CsvSource(delimiter = '|', value = {
    // sentence | span | start | end | precision   (published Thursday 2021-09-16)
    "9월23일 탈레반이 공격했다 | 9월23일 | 2020-09-23 | 2020-09-23 | DAY",
    "9월 5일 탈레반이 공격했다 | 9월 5일 | 2021-09-05 | 2021-09-05 | DAY",
    "2021년 9월 5일 판지시르에서 | 2021년 9월 5일 | 2021-09-05 | 2021-09-05 | DAY",
    "2020년 12월 3일에 | 2020년 12월 3일 | 2020-12-03 | 2020-12-03 | DAY",
    "14일 교전이 벌어졌다 | 14일 | 2021-09-14 | 2021-09-14 | DAY",
    "23일 교전이 벌어졌다 | 23일 | 2021-08-23 | 2021-08-23 | DAY",
    "지난 14일 교전이 | 지난 14일 | 2021-09-14 | 2021-09-14 | DAY",
    "15일(현지시간) 밝혔다 | 15일(현지시간) | 2021-09-15 | 2021-09-15 | DAY",
    "15일 (현지 시간) 밝혔다 | 15일 (현지 시간) | 2021-09-15 | 2021-09-15 | DAY",
    "오는 20일 회담이 | 오는 20일 | 2021-09-20 | 2021-09-20 | DAY",
    "어제 공습이 있었다 | 어제 | 2021-09-15 | 2021-09-15 | DAY",
    "어제는 조용했다 | 어제 | 2021-09-15 | 2021-09-15 | DAY",
    "그제 공습이 있었다 | 그제 | 2021-09-14 | 2021-09-14 | DAY",
    "그저께 공습이 | 그저께 | 2021-09-14 | 2021-09-14 | DAY",
    "이틀 전 공습이 | 이틀 전 | 2021-09-14 | 2021-09-14 | DAY",
    "이틀전에 공습이 | 이틀전 | 2021-09-14 | 2021-09-14 | DAY",
    "사흘 전 공습이 | 사흘 전 | 2021-09-13 | 2021-09-13 | DAY",
    "5일 전 공습이 | 5일 전 | 2021-09-11 | 2021-09-11 | DAY",
    "오늘 새벽 공습이 | 오늘 | 2021-09-16 | 2021-09-16 | DAY",
    "지난주 탈레반이 | 지난주 | 2021-09-06 | 2021-09-12 | WEEK",
    "지난 주에 탈레반이 | 지난 주 | 2021-09-06 | 2021-09-12 | WEEK",
    "지난 주말 교전이 | 지난 주말 | 2021-09-11 | 2021-09-12 | WEEK",
    "이번 주 들어 | 이번 주 | 2021-09-13 | 2021-09-16 | WEEK",
    "2주 전 탈레반이 | 2주 전 | 2021-08-30 | 2021-09-05 | WEEK",
    "월요일 탈레반이 | 월요일 | 2021-09-13 | 2021-09-13 | DAY",
    "지난 금요일 탈레반이 | 지난 금요일 | 2021-09-10 | 2021-09-10 | DAY",
    "지난주 수요일 탈레반이 | 지난주 수요일 | 2021-09-08 | 2021-09-08 | DAY",
    "지난달 탈레반이 | 지난달 | 2021-08-01 | 2021-08-31 | MONTH",
    "지난달 8일 탈레반이 | 지난달 8일 | 2021-08-08 | 2021-08-08 | DAY",
    "이달 초 탈레반이 | 이달 초 | 2021-09-01 | 2021-09-10 | APPROX",
    "이달초 탈레반이 | 이달초 | 2021-09-01 | 2021-09-10 | APPROX",
    "이달 중순부터 | 이달 중순 | 2021-09-11 | 2021-09-16 | APPROX",
    "지난달 말 탈레반이 | 지난달 말 | 2021-08-21 | 2021-08-31 | APPROX",
    "1월말 탈레반이 | 1월말 | 2021-01-21 | 2021-01-31 | APPROX",
    "6월 초 탈레반이 | 6월 초 | 2021-06-01 | 2021-06-10 | APPROX",
    "8월 하순에 | 8월 하순 | 2021-08-21 | 2021-08-31 | APPROX",
    "2022년 6월 탈레반이 | 2022년 6월 | 2022-06-01 | 2022-06-30 | MONTH",
    "지난 3월 탈레반이 | 지난 3월 | 2021-03-01 | 2021-03-31 | MONTH",
    "작년 9월 탈레반이 | 작년 9월 | 2020-09-01 | 2020-09-30 | MONTH",
    "지난해 8월 15일 카불을 | 지난해 8월 15일 | 2020-08-15 | 2020-08-15 | DAY",
    "작년 봄 탈레반이 | 작년 봄 | 2020-03-01 | 2020-05-31 | APPROX",
    "올봄 탈레반이 | 올봄 | 2021-03-01 | 2021-05-31 | APPROX",
    "2021.9.5 카불 | 2021.9.5 | 2021-09-05 | 2021-09-05 | DAY",
    "13~14일 교전 | 13~14일 | 2021-09-13 | 2021-09-14 | APPROX",
    "9월 12일~14일 교전 | 9월 12일~14일 | 2021-09-12 | 2021-09-14 | APPROX",
    "9월 12~14일 교전 | 9월 12~14일 | 2021-09-12 | 2021-09-14 | APPROX",
    "13일부터 15일까지 교전 | 13일부터 15일까지 | 2021-09-13 | 2021-09-15 | APPROX",
    "탈레반은23일 공격했다 | 23일 | 2021-08-23 | 2021-08-23 | DAY",
  })
  void reads_and_resolves_a_date_phrase(String sentence, String span, String start, String end, Precision precision) {
    DateMention m = only(sentence);
    assertThat(m.span().text()).isEqualTo(span);
    assertThat(sentence.substring(m.span().start(), m.span().end())).isEqualTo(span);
    DateRange r = resolver.resolve(m, PUBLISHED, null);
    assertThat(r).isNotNull();
    assertThat(r.start()).isEqualTo(LocalDate.parse(start));
    assertThat(r.end()).isEqualTo(LocalDate.parse(end));
    assertThat(r.precision()).isEqualTo(precision);
    assertThat(m.rule()).startsWith("ko.date.");
  }

  @ParameterizedTest(name = "no date in {0}")
  @CsvSource(delimiter = '|', value = {
    "48시간동안 교전이 계속됐다",
    "3일간 교전이 이어졌다",
    "3일 동안 교전이 이어졌다",
    "이틀간 교전이 이어졌다",
    "이틀 동안 포위했다",
    "사흘째 교전 중",
    "10일 만에 함락됐다",
    "새벽에 공격했다",
    "오후 3시에",
    "2021년은 격동의 해였다",
    "오늘날 아프가니스탄은",
    "그제서야 철수했다",
    "지난 3년간 전쟁이",
    "3개월 만에",
    "전투가 벌어졌다",
    "이달리 전투",
    "수십명이 사망하고 40명이 부상",
    "6월말레이시아",
    "오는 9월 회담이 열린다",
    "지난 20년간의 전쟁",
  })
  void finds_no_date_in_durations_and_times(String sentence) {
    assertThat(find(sentence)).as(sentence).isEmpty();
  }

  @Test
  void a_month_and_day_opening_a_list_item_is_a_date_and_a_decimal_in_a_sentence_is_not() {
    DateMention m = only("- 9.12 판지시르주 다라: 교전");
    assertThat(m.span().text()).isEqualTo("9.12");
    assertThat(resolver.resolve(m, PUBLISHED, null).start()).isEqualTo(LocalDate.of(2021, 9, 12));
    assertThat(only("8/14 쿤두즈: 폭발").span().text()).isEqualTo("8/14");
    assertThat(find("병력이 1.5배 늘었다")).isEmpty();
  }

  @Test
  void marks_a_date_running_up_to_now_as_ongoing() {
    DateMention m = only("지난달부터 현재까지 교전이 계속되고 있다");
    assertThat(m.span().text()).isEqualTo("지난달부터 현재까지");
    assertThat(m.ongoing()).isTrue();
    assertThat(resolver.resolve(m, PUBLISHED, null).ongoing()).isTrue();
    DateMention now = only("현재까지 40명이 숨졌다");
    assertThat(now.ongoing()).isTrue();
    assertThat(now.expression()).isEqualTo(new DateExpression.RelativeDays(0));
  }

  @Test
  void a_day_after_a_named_day_of_last_month_is_in_that_month() {
    String s = "지난달 8일에는 병원이, 15일에는 사원이 공격받았다";
    List<DateMention> found = find(s);
    assertThat(found).extracting(m -> m.span().text()).containsExactly("지난달 8일", "15일");
    LocalDate published = LocalDate.of(2021, 11, 4);
    YearMonth hint = resolver.namedMonth(found.get(0), published);
    assertThat(resolver.resolve(found.get(1), published, hint).start()).isEqualTo(LocalDate.of(2021, 10, 15));
  }

  @Test
  void the_same_day_is_resolved_from_the_previous_date() {
    List<DateMention> found = find("7일 카불에서 시위가 있었다. 같은 날 헤라트에서도");
    assertThat(found).extracting(m -> m.span().text()).containsExactly("7일", "같은 날");
    assertThat(found.get(1).expression()).isEqualTo(new DateExpression.Anaphoric(0));
    LocalDate seventh = resolver.resolve(found.get(0), PUBLISHED, null).start();
    assertThat(resolver.resolve(found.get(1), PUBLISHED, null, seventh).start()).isEqualTo(seventh);
  }

  @Test
  void the_day_before_named_with_its_date_is_that_date() {
    DateMention m = only("NRF는 전날인 5일 성명을 냈다");
    assertThat(m.span().text()).isEqualTo("전날인 5일");
    assertThat(m.expression()).isEqualTo(new DateExpression.DayOfMonth(5));
  }

  @Test
  void a_dotted_week_heading_is_a_range() {
    DateMention m = only("북부 상황 보고 (2022.6.20~6.26)");
    assertThat(m.span().text()).isEqualTo("2022.6.20~6.26");
    DateRange r = resolver.resolve(m, LocalDate.of(2022, 6, 27), null);
    assertThat(r.start()).isEqualTo(LocalDate.of(2022, 6, 20));
    assertThat(r.end()).isEqualTo(LocalDate.of(2022, 6, 26));
  }

  @Test
  void finds_every_date_of_a_forum_sentence_and_no_count() {
    String s = "9월23일 탈레반이 공격했으나 48시간동안의 전투끝에 24일 까지의 상황은 수십명이 사망";
    assertThat(find(s)).extracting(m -> m.span().text()).containsExactly("9월23일", "24일");
  }

  @Test
  void keeps_to_the_given_part_of_the_text() {
    String s = "지난 14일 교전이 있었고 어제 공습이 있었다";
    int from = s.indexOf("14");
    List<DateMention> found = finder.find(s, from, s.length());
    assertThat(found).extracting(m -> m.span().text()).containsExactly("14일", "어제");
    assertThat(finder.find(s, 0, s.indexOf("일"))).isEmpty();
  }
}
