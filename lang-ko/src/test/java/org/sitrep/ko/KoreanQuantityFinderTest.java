package org.sitrep.ko;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.quantity.Bound;
import org.sitrep.core.quantity.QuantityMention;
import org.sitrep.core.quantity.Range;

class KoreanQuantityFinderTest {
  private final KoreanQuantityFinder finder = new KoreanQuantityFinder();

  private List<QuantityMention> find(String text) {
    return finder.find(text, 0, text.length());
  }

  /** The one mention of the sentence, checked against its span, range and counter. */
  private QuantityMention only(String text) {
    List<QuantityMention> found = find(text);
    assertThat(found).as("mentions in %s", text).hasSize(1);
    QuantityMention m = found.get(0);
    assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.span().text());
    return m;
  }

  @ParameterizedTest(name = "{0} → \"{1}\" {2}..{3} {4}")
  @CsvSource(delimiter = '|', value = {
    // sentence | span | low | high | counter
    "탈레반 대원 13명이 숨졌다 | 13명 | 13 | 13 | 명",
    "민간인 최소 25명이 숨지고 | 최소 25명 | 25 | 50 | 명",
    "적어도 12명이 다쳤다 | 적어도 12명 | 12 | 24 | 명",
    "탈레반 수십명이 사망하고 | 수십명 | 20 | 99 | 명",
    "저항군 수백 명이 사살됐다 | 수백 명 | 200 | 999 | 명",
    "수천 명 규모의 병력 | 수천 명 | 2000 | 9999 | 명",
    "주민 수 명이 다쳤다 | 수 명 | 2 | 9 | 명",
    "경비병 수명이 숨졌다 | 수명 | 2 | 9 | 명",
    "50여 명이 다쳤다 | 50여 명 | 50 | 59 | 명",
    "탈레반 20여명 죽었다는데 | 20여명 | 20 | 29 | 명",
    "십여 명이 포로로 붙잡혔다 | 십여 명 | 10 | 19 | 명",
    "탈레반 십여명 사살 | 십여명 | 10 | 19 | 명",
    "백여 명이 항복했다 | 백여 명 | 100 | 199 | 명",
    "천여 명이 피란했다 | 천여 명 | 1000 | 1999 | 명",
    "1,500여 명이 모였다 | 1,500여 명 | 1500 | 1599 | 명",
    "200여명의 포로 | 200여명 | 200 | 299 | 명",
    "약 40명이 숨지고 | 약 40명 | 36 | 44 | 명",
    "탈레반 대원 약 600명을 사살 | 약 600명 | 540 | 660 | 명",
    "대략 50명이 | 대략 50명 | 45 | 55 | 명",
    "40명 가량이 다쳤다 | 40명 가량 | 36 | 44 | 명",
    "40명가량이 다쳤다 | 40명가량 | 36 | 44 | 명",
    "헬기 40대 정도가 | 40대 정도 | 36 | 44 | 대",
    "20명쯤 모였다 | 20명쯤 | 18 | 22 | 명",
    "100명 안팎의 사상자 | 100명 안팎 | 90 | 110 | 명",
    "150명 이상이 다쳤다 | 150명 이상 | 150 | 300 | 명",
    "1천 명 이상을 생포하거나 | 1천 명 이상 | 1000 | 2000 | 명",
    "100명 넘게 숨졌다 | 100명 넘게 | 101 | 200 | 명",
    "100명이 넘는 사망자 | 100명이 넘는 | 101 | 200 | 명",
    "최대 40명이 | 최대 40명 | 1 | 40 | 명",
    "40명 이하로 줄었다 | 40명 이하 | 1 | 40 | 명",
    "최대 40명까지 | 최대 40명까지 | 1 | 40 | 명",
    "10명 미만의 피해 | 10명 미만 | 1 | 9 | 명",
    "20~30명이 다쳤다 | 20~30명 | 20 | 30 | 명",
    "20명~30명이 다쳤다 | 20명~30명 | 20 | 30 | 명",
    "20-30명이 다쳤다 | 20-30명 | 20 | 30 | 명",
    "두세 명이 다쳤다 | 두세 명 | 2 | 3 | 명",
    "서너 명이 숨졌다 | 서너 명 | 3 | 4 | 명",
    "1천500명이 도착했다 | 1천500명 | 1500 | 1500 | 명",
    "병력 3천명을 보냈다 | 3천명 | 3000 | 3000 | 명",
    "병력 3천 명을 보냈다 | 3천 명 | 3000 | 3000 | 명",
    "2만5천 명이 피란했다 | 2만5천 명 | 25000 | 25000 | 명",
    "1.5만 명이 피란했다 | 1.5만 명 | 15000 | 15000 | 명",
    "간부 한명 암살 | 한명 | 1 | 1 | 명",
    "한 명이 숨졌다 | 한 명 | 1 | 1 | 명",
    "열두 명이 실종됐다 | 열두 명 | 12 | 12 | 명",
    "스무 명이 체포됐다 | 스무 명 | 20 | 20 | 명",
    "스물두 명이 체포됐다 | 스물두 명 | 22 | 22 | 명",
    "장갑차 세 대가 불탔다 | 세 대 | 3 | 3 | 대",
    "검문소 다섯 곳을 점령 | 다섯 곳 | 5 | 5 | 곳",
    "시신 3구가 발견됐다 | 3구 | 3 | 3 | 구",
    "주민 1천 가구 이상이 피란 | 1천 가구 이상 | 1000 | 2000 | 가구",
    "로켓 5발이 떨어졌다 | 5발 | 5 | 5 | 발",
    "25며이 사망 | 25며 | 25 | 25 | 명",
    "100명이투항 | 100명 | 100 | 100 | 명",
    "여러 명이 다쳤다 | 여러 명 | 2 | 9 | 명",
    "몇십 명이 모였다 | 몇십 명 | 20 | 99 | 명",
    "50명 남짓이 남았다 | 50명 남짓 | 50 | 59 | 명",
    "약 50여 명이 | 약 50여 명 | 50 | 59 | 명",
    "10개국이 참여 | 10개국 | 10 | 10 | 개국",
    "망명 공군기 약 40대가 | 약 40대 | 36 | 44 | 대",
    "40명 가까이 숨졌다 | 40명 가까이 | 36 | 44 | 명",
    "40명에 가까운 사망자 | 40명에 가까운 | 36 | 44 | 명",
    "1~2명이 다쳤다 | 1~2명 | 1 | 2 | 명",
    "십수 명이 다쳤다 | 십수 명 | 10 | 19 | 명",
    "10만 명 이상이 피란 | 10만 명 이상 | 100000 | 200000 | 명",
  })
  void reads_a_quantity_phrase(String sentence, String span, long low, long high, String counter) {
    QuantityMention m = only(sentence);
    assertThat(m.span().text()).isEqualTo(span);
    assertThat(m.range()).isEqualTo(new Range(low, high));
    assertThat(m.counter()).isEqualTo(counter);
    assertThat(m.rule()).startsWith("ko.quantity.");
  }

  @ParameterizedTest(name = "{0} → \"{1}\" {2}..{3} without counter")
  @CsvSource(delimiter = '|', value = {
    "전투병력이 10만이 안되는 탈레반 | 10만이 안되는 | 1 | 99999",
    "병력이 10만도 안 되는 | 10만도 안 되는 | 1 | 99999",
    "10만 병력 | 10만 | 100000 | 100000",
    "수천의 병력이 | 수천 | 2000 | 9999",
    "무장 대원 수백 대원이 | 수백 | 200 | 999",
    "그 수는 40 이상으로 | 40 이상 | 40 | 80",
  })
  void reads_a_quantity_without_counter(String sentence, String span, long low, long high) {
    QuantityMention m = only(sentence);
    assertThat(m.span().text()).isEqualTo(span);
    assertThat(m.range()).isEqualTo(new Range(low, high));
    assertThat(m.counter()).isNull();
  }

  @ParameterizedTest(name = "no quantity in {0}")
  @CsvSource(delimiter = '|', value = {
    "9월23일 탈레반이 공격했다",
    "2021년 9월 5일 판지시르",
    "48시간동안 교전이 계속됐다",
    "오후 3시 30분께",
    "UH-60 헬기가 착륙했다",
    "MI-17 헬기",
    "1. 탈레반의 공세",
    "투표율은 30%였다",
    "투표율은 30% 이상이었다",
    "10만 달러를 지원했다",
    "5억원 상당",
    "25세 남성이 체포됐다",
    "40대 남성이 체포됐다",
    "1대대가 이동했다",
    "제3 검문소",
    "1차 공세",
    "2번째 공격",
    "3개월 만에",
    "3.5km 떨어진",
    "수도 카불에서",
    "입장을 천명했다",
    "만약 탈레반이",
    "세대 갈등이",
    "한 시간 뒤",
    "사망자는 40으로 늘었다",
    "12:30에 폭발",
    "수개월째 이어진",
    "10여년 만에",
    "20여 차례 공습",
    "0명",
    "한 번 더",
    "두 대통령이 만났다",
    "010-1234-5678로 연락",
    "대한민국 정부",
  })
  void finds_nothing_that_is_not_a_count(String sentence) {
    assertThat(find(sentence)).as(sentence).isEmpty();
  }

  @Test
  void reads_each_figure_of_a_casualty_sentence() {
    String s = "탈레반 수십명이 사망하고 40명이 부상했으며 100명이투항했다";
    List<QuantityMention> found = find(s);
    assertThat(found).extracting(m -> m.span().text()).containsExactly("수십명", "40명", "100명");
    assertThat(found).extracting(QuantityMention::bound).containsExactly(Bound.VAGUE, Bound.EXACT, Bound.EXACT);
  }

  @Test
  void keeps_to_the_given_part_of_the_text() {
    String s = "최소 25명이 숨지고 50여 명이 다쳤다";
    int from = s.indexOf("50");
    List<QuantityMention> found = finder.find(s, from, s.length());
    assertThat(found).extracting(m -> m.span().text()).containsExactly("50여 명");
    assertThat(found.get(0).span().start()).isEqualTo(from);
    // a prefix outside the part is not taken: the phrase is the number alone
    List<QuantityMention> inner = finder.find(s, s.indexOf("25"), s.length());
    assertThat(inner.get(0).span().text()).isEqualTo("25명");
    assertThat(inner.get(0).bound()).isEqualTo(Bound.EXACT);
  }

  @Test
  void a_date_and_a_count_in_one_sentence_give_only_the_count() {
    List<QuantityMention> found = find("9월23일 탈레반 3명이 숨졌다");
    assertThat(found).extracting(m -> m.span().text()).containsExactly("3명");
  }

  @Test
  void a_model_name_before_a_count_is_skipped() {
    List<QuantityMention> found = find("MI-17 헬기 2대가 추락했다");
    assertThat(found).extracting(m -> m.span().text()).containsExactly("2대");
  }

  @Test
  void a_non_breaking_space_may_stand_between_number_and_counter() {
    QuantityMention m = only("민간인 최소\u00A025\u00A0명이 숨졌다");
    assertThat(m.range()).isEqualTo(new Range(25, 50));
  }
}
