package org.sitrep.ko;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ko.KoreanLanguageTest.NRF;
import static org.sitrep.ko.KoreanLanguageTest.TALIBAN;
import static org.sitrep.ko.KoreanLanguageTest.casualty;
import static org.sitrep.ko.KoreanLanguageTest.read;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Casualty;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Event;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.model.Stance;
import org.sitrep.model.SubType;

/** More rules, each on sentences written for the test. */
class KoreanRulesTest {

  @Test
  void a_headline_is_not_read_as_another_event() {
    Report r = read("카불서 자폭테러…민간인 수십 명 숨져\n\n어제 카불의 모스크에서 자폭 테러가 일어나 민간인 최소 20명이 숨졌다.\n\n경찰은 조사 중이라고 밝혔다.");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(casualty(e, "Civilians", CasualtyKind.KILLED).low()).isEqualTo(20));
  }

  @Test
  void this_attack_points_back_to_the_event_told_and_adds_its_losses() {
    Report r = read("어제 카불에서 자폭 테러가 일어났다. 이 공격으로 미군 13명이 숨지고 18명이 다쳤다.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(casualty(e, "United States", CasualtyKind.KILLED).low()).isEqualTo(13);
      assertThat(casualty(e, "United States", CasualtyKind.WOUNDED).low()).isEqualTo(18);
      assertThat(e.rules()).contains("ko.event.anaphor", "ko.casualty.run-on");
    });
  }

  @Test
  void a_claim_of_responsibility_names_the_attacker_of_an_unclaimed_bombing() {
    Report r = read("어제 카불의 모스크에서 자폭 테러가 일어나 민간인 10명이 숨졌다. IS-K는 자신들의 소행이라고 주장했다.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.actors().get(0).name()).isEqualTo("Islamic State Khorasan");
      assertThat(e.attribution().claimedBy()).isEqualTo("Islamic State Khorasan");
    });
  }

  @Test
  void what_a_group_usually_does_is_no_event() {
    Report r = read("그들은 주로 파르완에서 탈레반 검문소를 기습하고 IED를 터뜨리는 식으로 활동한다.");
    assertThat(r.events()).isEmpty();
  }

  @Test
  void a_report_later_corrected_is_no_event() {
    Report r = read("국방부는 당초 카불 공항 인근에서 두 번째 폭발이 있었다고 발표했다.");
    assertThat(r.events()).isEmpty();
  }

  @Test
  void a_count_including_a_side_is_no_ones_figure() {
    Report r = read("어제 카불에서 자폭 테러가 일어나 미군 13명을 포함해 100명 넘게 숨졌다.");
    assertThat(r.events().get(0).casualties()).noneMatch(c -> c.low() > 100);
  }

  @Test
  void their_own_losses_belong_to_the_side_that_speaks() {
    Report r = read("저항군 말로는 어제 판지시르에서 탈레반과 교전해 탈레반 10명을 사살했고 자기네는 2명 부상.");
    Event e = r.events().get(0);
    assertThat(casualty(e, NRF, CasualtyKind.WOUNDED).low()).isEqualTo(2);
    assertThat(e.attribution().stance()).isEqualTo(Stance.CLAIMED);
  }

  @Test
  void the_dead_of_an_attack_told_by_its_attacker_are_the_attacked() {
    Report r = read("어제 파키스탄군이 호스트주를 공습해 약 40명이 숨졌다.");
    Event e = r.events().get(0);
    assertThat(e.subtype()).isEqualTo(SubType.AIR_DRONE_STRIKE);
    Casualty c = casualty(e, "Civilians", CasualtyKind.KILLED);
    assertThat(c.low()).isEqualTo(36);
    assertThat(c.high()).isEqualTo(44);
  }

  @Test
  void a_place_named_after_its_province_is_looked_up_in_that_province() {
    Report r = read("지난주 바글란쪽 호스트 지구에서 저항군과 탈레반의 교전이 있었다.", LocalDate.of(2022, 5, 16));
    assertThat(r.events()).allMatch(e -> "AF-BGL".equals(e.location().admin1()));
  }

  @Test
  void still_holding_out_in_a_place_is_contesting_it() {
    Report r = read("저항군은 판지시르 계곡 곳곳의 요충지에 여전히 남아 싸움을 이어가고 있다.");
    assertThat(r.control()).anySatisfy(c -> {
      assertThat(c.holder()).isEqualTo(NRF);
      assertThat(c.status()).isEqualTo(ControlStatus.CONTESTED);
      assertThat(c.rules()).contains("ko.control.contested");
    });
  }

  @Test
  void both_sides_agreeing_to_a_ceasefire_is_an_agreement_between_them() {
    Report r = read("어제 칸다하르주에서 탈레반과 파키스탄군이 교전을 벌였다. 양측은 오늘 휴전에 합의했다.", LocalDate.of(2022, 12, 14));
    assertThat(r.events()).anySatisfy(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.AGREEMENT);
      assertThat(e.actors()).extracting(a -> a.name()).containsExactlyInAnyOrder(TALIBAN, "Pakistan");
    });
  }

  @Test
  void summoning_an_ambassador_is_a_diplomatic_act() {
    Report r = read("탈레반 외무부는 어제 카불 주재 파키스탄 대사를 불러 항의했다.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.OTHER);
      assertThat(e.rules()).contains("ko.event.verb");
    });
  }

  @Test
  void fighting_counted_twice_in_a_summary_adds_no_event() {
    Report r = read("- 판지시르주 다라 지구에서 주중 두 차례 교전.");
    assertThat(r.events()).isEmpty();
  }

  @Test
  void people_taken_with_no_word_of_them_since_are_missing() {
    Report r = read("이틀전 데흐살라 쪽에서 탈레반이 주민 십여명 끌고가서 아직 소식이 없다고 가족들이 말했다.", LocalDate.of(2022, 5, 16));
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.ABDUCTION);
      Casualty c = casualty(e, "Civilians", CasualtyKind.MISSING);
      assertThat(c.low()).isEqualTo(10);
      assertThat(c.high()).isEqualTo(19);
    });
  }

  @Test
  void a_protest_dispersed_by_fire_is_a_protest_with_intervention() {
    Report r = read("어제 카불에서 시위대 수백 명이 시위를 벌였다. 탈레반 대원들은 공중에 총을 쏘며 시위대를 해산시켰다.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.PROTEST_WITH_INTERVENTION);
      assertThat(e.actors()).extracting(a -> a.name()).contains("Protesters", TALIBAN);
    });
  }

  @Test
  void a_topic_carries_over_its_sentence_but_a_subordinate_subject_does_not() {
    Report r = read("타지키스탄은 두샨베에 저항군 인사들이 머물면서 활동하는데 사실상 피난처를 제공하고 있다.");
    assertThat(r.relations()).singleElement().satisfies(rel -> {
      assertThat(rel.type()).isEqualTo(RelationType.SUPPORT);
      assertThat(rel.from()).isEqualTo("Tajikistan");
      assertThat(rel.to()).isEqualTo(NRF);
      assertThat(rel.means()).isEqualTo("safe haven");
    });
  }

  @Test
  void a_group_named_by_its_kind_and_leader_is_one_actor() {
    Report r = read("어제 알리푸르가 이끄는 하자라족 군벌세력이 마이단 와르다크주를 공격해 탈레반을 격파했다.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.actors().get(0).name()).isEqualTo("Hazara militia (Alipur)");
      assertThat(e.rules()).contains("ko.actor.kind-leader");
    });
  }

  @Test
  void the_unknown_date_of_a_bullet_stays_unknown() {
    Report r = read("- 9월 17일: 저항군이 라그 지구에서 탈레반 초소를 공격했다.\n- 날짜 미상: 탈레반이 판지시르에서 주민 5명을 총살했다.", LocalDate.of(2022, 9, 19));
    assertThat(r.events()).anySatisfy(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.ATTACK);
      assertThat(e.date()).isNull();
    });
  }

  @Test
  void retellings_without_a_day_join_the_dated_telling() {
    Report r = read("탈레반은 6일 판지시르주를 완전히 장악했다고 주장했다.\n\n탈레반은 판지시르주 주지사 관저 앞에 깃발을 꽂은 사진도 공개했다.", LocalDate.of(2021, 9, 6));
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.subtype()).isEqualTo(SubType.GOVERNMENT_REGAINS_TERRITORY));
    assertThat(List.of(r.control().get(0).status())).containsExactly(ControlStatus.TOOK);
  }

  @Test
  void killing_the_other_sides_fighters_is_a_clash_even_unnamed() {
    Report r = read("저항군 말로는 28일 다라 지구에서 탈레반 대원 30여명을 사살했다고 함.", LocalDate.of(2021, 9, 30));
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.ARMED_CLASH);
      assertThat(e.actors().get(0).name()).isEqualTo(NRF);
      assertThat(e.rules()).contains("ko.attack.kill-implies-clash");
      assertThat(casualty(e, TALIBAN, CasualtyKind.KILLED).high()).isEqualTo(39);
    });
  }

  @Test
  void prisoners_taken_in_a_raid_belong_to_the_raid() {
    Report r = read("탈레반은 어제 헤라트에서 IS-K 은신처를 급습해 조직원 8명을 사살하고 3명을 체포했다고 밝혔다.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.ARMED_CLASH);
      assertThat(casualty(e, "Islamic State Khorasan", CasualtyKind.CAPTURED).low()).isEqualTo(3);
    });
  }

  @Test
  void losses_of_both_sides_together_are_no_sides_figure() {
    Report r = read("어제 헬만드주에서 탈레반과 저항군이 충돌해 양측에서 최소 5명이 숨졌다.");
    assertThat(r.events()).allMatch(e -> e.casualties().isEmpty());
  }

  @Test
  void a_bombing_told_with_its_claim_is_that_bombing_claimed() {
    Report r = read("IS-K는 지난달 헤라트 시내 사원을 겨냥한 폭탄 공격의 배후를 자처했다. 당시 공격으로 예배자 6명이 숨졌다.", LocalDate.of(2023, 5, 2));
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.actors().get(0).name()).isEqualTo("Islamic State Khorasan");
      assertThat(e.attribution().claimedBy()).isEqualTo("Islamic State Khorasan");
      assertThat(casualty(e, "Civilians", CasualtyKind.KILLED).low()).isEqualTo(6);
    });
  }

  @Test
  void a_condition_a_possibility_or_a_question_tells_no_event() {
    assertThat(read("탈레반이 판지시르를 공격하면 저항군은 반격할 것이다.").events()).isEmpty();
    assertThat(read("IS-K가 카불에서 자폭 테러를 벌일 수 있다.").events()).isEmpty();
    assertThat(read("탈레반이 어제 판지시르를 점령했나?").control()).isEmpty();
  }

  @Test
  void according_to_is_no_condition() {
    Report r = read("현지 매체에 따르면 어제 카불에서 자폭 테러로 민간인 10명이 숨졌다.");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.attribution().source()).isEqualTo("local media"));
  }

  @Test
  void a_word_of_war_naming_a_risk_is_no_event() {
    assertThat(read("카불에서 IS-K의 공격 위험은 여전히 높다.").events()).isEmpty();
  }

  @Test
  void joining_hands_is_an_alliance() {
    Report r = read("NRF와 AFF가 손잡고 공동 전선을 구축했다.");
    assertThat(r.relations()).singleElement().satisfies(rel -> {
      assertThat(rel.type()).isEqualTo(RelationType.ALLIANCE);
      assertThat(List.of(rel.from(), rel.to())).containsExactlyInAnyOrder(NRF, "Afghanistan Freedom Front");
    });
  }

  @Test
  void an_allegation_is_a_claim_with_no_named_source() {
    Report r = read("타지키스탄 정부가 저항군 지도부에 은신처를 제공하고 있다는 의혹이 제기됐다.");
    assertThat(r.relations()).singleElement().satisfies(rel -> {
      assertThat(rel.attribution().stance()).isEqualTo(Stance.CLAIMED);
      assertThat(rel.attribution().source()).isNull();
    });
  }

  @Test
  void the_one_a_support_verb_modifies_gives_and_the_one_it_comes_from_gives() {
    Report r = read("탈레반을 지원하는 파키스탄이 국경을 봉쇄했다. 저항군은 타지키스탄으로부터 지원을 받고 있다.");
    assertThat(r.relations()).extracting(rel -> rel.from() + ">" + rel.to())
        .containsExactlyInAnyOrder("Pakistan>" + TALIBAN, "Tajikistan>" + NRF);
  }

  @Test
  void an_ambush_by_no_one_named_has_an_unidentified_attacker_and_hearsay_no_source() {
    Report r = read("지난달 21일에는 다라 지구에서 탈레반 순찰대가 매복 공격을 받아 대원 4명이 숨졌다고 한다.", LocalDate.of(2022, 11, 10));
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.actors().get(0).name()).isEqualTo(FrameReader.UNIDENTIFIED);
      assertThat(casualty(e, TALIBAN, CasualtyKind.KILLED).low()).isEqualTo(4);
      assertThat(e.attribution().stance()).isEqualTo(Stance.CLAIMED);
      assertThat(e.attribution().source()).isNull();
    });
  }

  @Test
  void a_past_capture_naming_a_time_and_what_is_hard_to_do_are_no_events() {
    assertThat(read("그는 카불 함락 직전에 해외로 나갔다.").events()).isEmpty();
    assertThat(read("저항군이 판지시르를 되찾는 건 어렵다고 본다.").control()).isEmpty();
    assertThat(read("저항군은 여름 내내 산악지대에서 탈레반 초소를 기습했다.").events()).isEmpty();
  }
}
