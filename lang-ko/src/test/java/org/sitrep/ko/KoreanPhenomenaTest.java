package org.sitrep.ko;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ko.KoreanLanguageTest.NRF;
import static org.sitrep.ko.KoreanLanguageTest.TALIBAN;
import static org.sitrep.ko.KoreanLanguageTest.casualty;
import static org.sitrep.ko.KoreanLanguageTest.read;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Fate;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.model.Role;
import org.sitrep.model.Stance;
import org.sitrep.model.SubType;

/**
 * The Korean rules on the phenomena they read, in the styles reports use (wire, forum run-on,
 * sitrep bullets): each on sentences written for the test, with one where the rule must not fire.
 */
class KoreanPhenomenaTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 8, 1);
  private static final String UNIDENTIFIED = FrameReader.UNIDENTIFIED;
  private static final String CIVILIANS = FrameReader.CIVILIANS;

  private static Event only(Report r) {
    assertThat(r.events()).hasSize(1);
    return r.events().get(0);
  }

  // ------------------------------------------------------------------ events named by their word

  @Test
  void a_word_naming_its_sub_type_makes_that_event() {
    Event arrest = only(read("탈레반 경찰은 어제 카불에서 기자 2명을 체포했다.", PUBLISHED));
    assertThat(arrest.subtype()).isEqualTo(SubType.ARRESTS);
    assertThat(arrest.rules()).contains("ko.event.verb");
    Event abduction = only(read("무장괴한들이 어제 쿤두즈에서 구호요원 3명을 납치했다.", PUBLISHED));
    assertThat(abduction.subtype()).isEqualTo(SubType.ABDUCTION);
    assertThat(abduction.rules()).contains("ko.event.verb");
  }

  @Test
  void a_planned_arrest_is_no_event() {
    assertThat(read("탈레반은 카불에서 기자들을 체포할 계획이라고 밝혔다.", PUBLISHED).events()).isEmpty();
  }

  // ------------------------------------------------------------------ the passive voice

  @Test
  void who_was_attacked_is_the_target_of_a_passive_attack() {
    Event e = only(read("어제 바글란주 풀리쿰리에서 탈레반 검문소가 공격을 받았다.", PUBLISHED));
    assertThat(e.actors()).extracting(a -> a.name() + "/" + a.side()).containsExactly(UNIDENTIFIED + "/1", TALIBAN + "/2");
    assertThat(e.rules()).contains("ko.role.passive");
    Event active = only(read("어제 바글란주 풀리쿰리에서 저항군이 탈레반 검문소를 공격했다.", PUBLISHED));
    assertThat(active.rules()).doesNotContain("ko.role.passive");
  }

  @Test
  void being_attacked_is_passive_in_itself() {
    Event e = only(read("어제 파르완주 차리카르에서 탈레반 순찰대가 피습됐다.", PUBLISHED));
    assertThat(e.actors().get(0).name()).isEqualTo(UNIDENTIFIED);
  }

  // ------------------------------------------------------------------ sides

  @Test
  void two_sides_named_together_fight_each_other() {
    Event e = only(read("어제 판지시르주 다라에서 탈레반과 저항군이 충돌했다.", PUBLISHED));
    assertThat(e.actors()).extracting(a -> a.name()).containsExactly(TALIBAN, NRF);
    assertThat(e.rules()).contains("ko.attack.between");
    Event bullet = only(read("- 7.28 판지시르주 다라: 탈레반과 저항군 교전.", PUBLISHED));
    assertThat(bullet.actors()).hasSize(2);
  }

  @Test
  void an_actor_set_off_by_a_comma_is_the_subject_of_a_headline_style_line() {
    Event e = only(read("- 7.29 쿤두즈주 쿤두즈: 탈레반, 전직 군인 3명 체포.", PUBLISHED));
    assertThat(e.actors().get(0).name()).isEqualTo(TALIBAN);
    assertThat(e.rules()).contains("ko.role.headline-comma");
    // A list of actors before one verb is no headline comma.
    Report list = read("파키스탄, 이란은 탈레반을 비난했다.", PUBLISHED);
    assertThat(list.events()).isEmpty();
  }

  @Test
  void a_blast_aimed_at_a_side_is_not_that_sides_own() {
    Event e = only(read("어제 낭가르하르주 잘랄라바드에서 탈레반 순찰 차량을 겨냥한 폭탄이 터졌다.", PUBLISHED));
    assertThat(e.actors()).extracting(a -> a.name() + "/" + a.side()).containsExactly(UNIDENTIFIED + "/1", TALIBAN + "/2");
  }

  @Test
  void who_tells_of_a_blast_did_not_make_it() {
    Event e = only(read("카불 공항 인근에서 20일 로켓 3발이 발사됐다고 탈레반 경찰이 밝혔다.", PUBLISHED));
    assertThat(e.actors().get(0).name()).isEqualTo(UNIDENTIFIED);
  }

  @Test
  void a_wire_dateline_and_byline_are_not_the_place_or_the_victims() {
    Event e = only(read("(이슬라마바드=연합뉴스) 김철수 기자 = 어제 쿠나르주 아사다바드에서 폭탄이 터져 민간인 4명이 숨졌다.", PUBLISHED));
    assertThat(e.location().admin1()).isEqualTo("AF-KNR");
    assertThat(casualty(e, CIVILIANS, CasualtyKind.KILLED).low()).isEqualTo(4);
  }

  @Test
  void a_lead_placed_only_in_a_country_and_its_placed_retelling_are_one_event() {
    Report r = read("이란과 아프가니스탄 국경에서 27일 이란 국경수비대와 탈레반 간 총격전이 벌어졌다.\n\n"
        + "27일 님로즈주 자란지 인근에서 교전이 벌어져 탈레반 대원 1명이 숨졌다.", PUBLISHED);
    Event e = only(r);
    assertThat(e.location().admin1()).isEqualTo("AF-NIM");
    assertThat(e.rules()).contains("ko.event.lead-retold");
  }

  @Test
  void a_lead_placed_in_a_province_joins_the_retelling_placed_in_it_but_not_one_in_another_province() {
    Report same = read("어제 낭가르하르주에서 탈레반 차량을 노린 폭탄이 터졌다.\n\n어제 잘랄라바드 시내에서 터진 폭탄으로 탈레반 대원 2명이 숨졌다.", PUBLISHED);
    assertThat(same.events()).singleElement().satisfies(e -> assertThat(e.location().name()).isEqualTo("Jalalabad"));
    Report two = read("어제 쿠나르주에서 탈레반 차량을 노린 폭탄이 터졌다.\n\n어제 잘랄라바드 시내에서 터진 폭탄으로 탈레반 대원 2명이 숨졌다.", PUBLISHED);
    assertThat(two.events()).hasSize(2);
  }

  @Test
  void force_used_on_a_protest_just_told_is_that_protest_not_another_event() {
    Event e = only(read("어제 헤라트에서 여성들이 시위를 벌였다. 탈레반은 시위대에 총격을 가해 여러 명이 다쳤다.", PUBLISHED));
    assertThat(e.subtype().type()).isEqualTo(org.sitrep.model.EventType.PROTESTS);
    assertThat(casualty(e, "Protesters", CasualtyKind.WOUNDED).low()).isEqualTo(2);
  }

  @Test
  void a_second_blast_is_a_new_event_and_a_plain_retelling_is_not() {
    Report two = read("어제 카불 다슈테바르치에서 폭탄이 터져 민간인 3명이 숨졌다. 어제 잘랄라바드에서 두 번째 폭발이 일어나 탈레반 대원 2명이 숨졌다.", PUBLISHED);
    assertThat(two.events()).hasSize(2);
    Report one = read("어제 카불 다슈테바르치에서 폭탄이 터져 민간인 3명이 숨졌다. 폭발은 학교 앞에서 일어났다.", PUBLISHED);
    assertThat(one.events()).hasSize(1);
  }

  // ------------------------------------------------------------------ casualties

  @Test
  void terse_counts_after_a_noun_of_loss_are_casualties() {
    Event e = only(read("- 7.31 고르주 차그차란: 탈레반 순찰차량 IED 피격. 탈레반 대원 사망 2, 부상 3.", PUBLISHED));
    assertThat(casualty(e, TALIBAN, CasualtyKind.KILLED).low()).isEqualTo(2);
    assertThat(casualty(e, TALIBAN, CasualtyKind.WOUNDED).low()).isEqualTo(3);
    assertThat(e.rules()).contains("ko.casualty.toll-noun");
  }

  @Test
  void a_noun_of_loss_that_is_the_verb_of_the_count_before_is_not_the_next_counts() {
    Event e = only(read("어제 판지시르에서 저항군이 탈레반을 공격해 탈레반 40명이 부상 100명이 투항했다.", PUBLISHED));
    assertThat(casualty(e, TALIBAN, CasualtyKind.WOUNDED).low()).isEqualTo(40);
    assertThat(casualty(e, TALIBAN, CasualtyKind.CAPTURED).low()).isEqualTo(100);
  }

  @Test
  void counts_listed_before_one_verb_each_take_it_with_their_side() {
    Event e = only(read("어제 바글란주 안다라브에서 탈레반과 저항군이 교전했다. 탈레반 측 8명, 저항군 측 3명이 전사했다.", PUBLISHED));
    assertThat(casualty(e, TALIBAN, CasualtyKind.KILLED).low()).isEqualTo(8);
    assertThat(casualty(e, NRF, CasualtyKind.KILLED).low()).isEqualTo(3);
  }

  @Test
  void a_count_with_its_own_total_does_not_take_the_totals_verb() {
    Event e = only(read("어제 쿠나르주에서 공습으로 어린이 5명, 여성 1명 등 6명이 숨졌다.", PUBLISHED));
    assertThat(casualty(e, CIVILIANS, CasualtyKind.KILLED).low()).isEqualTo(6);
  }

  @Test
  void killed_and_wounded_together_is_one_figure() {
    Event e = only(read("어제 파크티아주 가르데즈에서 자폭 테러가 발생해 사상자 30명이 나왔다.", PUBLISHED));
    assertThat(casualty(e, CIVILIANS, CasualtyKind.KILLED_OR_WOUNDED).low()).isEqualTo(30);
  }

  @Test
  void a_rising_toll_replaces_the_first_and_a_part_of_it_is_no_figure() {
    Event e = only(read("어제 카불의 학교에서 폭발이 일어나 최소 9명이 숨졌다. 보건부는 사망자 수가 19명으로 늘었다고 밝혔다. 이 중 11명은 어린이였다.", PUBLISHED));
    assertThat(e.casualties()).filteredOn(c -> c.kind() == CasualtyKind.KILLED).singleElement()
        .satisfies(c -> assertThat(c.low()).isEqualTo(19));
  }

  @Test
  void losses_marked_with_also_are_that_sides_and_a_topic_that_speaks_is_no_victim() {
    Event also = only(read("어제 카피사주 니즈랍에서 탈레반이 저항군 은신처를 급습했다 저항군 대원 4명이 사살됐고 탈레반도 2명이 전사했다고 함", PUBLISHED));
    assertThat(casualty(also, TALIBAN, CasualtyKind.KILLED).low()).isEqualTo(2);
    Event said = only(read("어제 카불 외무부 앞에서 자폭범이 폭탄을 터뜨렸다. 탈레반 측은 5명이 숨졌다고 했다.", PUBLISHED));
    assertThat(said.casualties()).noneMatch(c -> c.actor().equals(TALIBAN));
  }

  @Test
  void a_total_including_a_named_person_is_his_groups_and_a_mixed_total_is_no_ones() {
    Event own = only(read("어제 발흐주 마자르이샤리프에서 자폭 공격이 일어나 주지사를 포함해 탈레반 관계자 3명이 숨졌다.", PUBLISHED));
    assertThat(casualty(own, TALIBAN, CasualtyKind.KILLED).low()).isEqualTo(3);
    Event mixed = only(read("어제 카불 공항에서 자폭 테러가 일어나 미군 13명을 포함해 100명이 숨졌다.", PUBLISHED));
    assertThat(mixed.casualties()).noneMatch(c -> c.low() == 100);
  }

  @Test
  void civilians_hurt_by_unnamed_gunmen_make_an_attack_on_civilians() {
    Event e = only(read("- 7.26 헤라트주 샤흐리아크: 보건 NGO 차량에 무장괴한 총격. 현지 직원 2명 사망, 운전사 1명 부상.", PUBLISHED));
    assertThat(e.subtype()).isEqualTo(SubType.ATTACK);
    assertThat(casualty(e, CIVILIANS, CasualtyKind.KILLED).low()).isEqualTo(2);
  }

  // ------------------------------------------------------------------ control

  @Test
  void a_place_both_sides_enter_in_turn_is_contested_by_the_side_that_is_not_the_state() {
    Report r = read("어제 판지시르주 다라에서 탈레반과 저항군이 교전했다. 다라 지구는 양측이 번갈아 드나드는 경합 지역이다.", PUBLISHED);
    assertThat(r.control()).singleElement().satisfies(c -> {
      assertThat(c.holder()).isEqualTo(NRF);
      assertThat(c.status()).isEqualTo(ControlStatus.CONTESTED);
      assertThat(c.rules()).contains("ko.control.contested");
    });
    assertThat(read("어제 저항군이 판지시르주 다라 지구를 장악했다.", PUBLISHED).control()).noneMatch(c -> c.status() == ControlStatus.CONTESTED);
  }

  @Test
  void held_under_control_is_holding() {
    Report r = read("- 타하르주는 대부분 지역이 탈레반 통제 아래 있음.", PUBLISHED);
    assertThat(r.control()).singleElement().satisfies(c -> {
      assertThat(c.holder()).isEqualTo(TALIBAN);
      assertThat(c.rules()).containsAnyOf("ko.control.holds", "ko.control.mostly");
    });
  }

  // ------------------------------------------------------------------ relations

  @Test
  void two_sides_named_with_a_conflict_noun_are_hostile_and_a_meeting_is_not() {
    Report r = read("탈레반과 파키스탄 간의 갈등이 깊어지고 있다.", PUBLISHED);
    assertThat(r.relations()).singleElement().satisfies(rel -> {
      assertThat(rel.type()).isEqualTo(RelationType.HOSTILITY);
      assertThat(rel.rules()).contains("ko.relation.hostility-between");
    });
    assertThat(read("탈레반과 파키스탄이 이슬라마바드에서 회담을 열었다.", PUBLISHED).relations()).isEmpty();
  }

  @Test
  void pressure_received_is_hostility_from_its_owner() {
    Report r = read("탈레반은 파키스탄의 압박을 받고 있다.", PUBLISHED);
    assertThat(r.relations()).singleElement().satisfies(rel -> {
      assertThat(rel.from() + ">" + rel.to()).isEqualTo("Pakistan>" + TALIBAN);
      assertThat(rel.rules()).contains("ko.relation.hostility-verb", "ko.role.passive");
    });
  }

  @Test
  void an_accuser_is_hostile_to_the_one_whose_act_it_tells() {
    Report r = read("파키스탄은 탈레반이 TTP를 지원하고 있다고 비난했다.", PUBLISHED);
    assertThat(r.relations()).filteredOn(rel -> rel.type() == RelationType.HOSTILITY)
        .extracting(rel -> rel.from() + ">" + rel.to()).containsExactly("Pakistan>" + TALIBAN);
    assertThat(r.relations()).filteredOn(rel -> rel.type() == RelationType.SUPPORT).singleElement()
        .satisfies(rel -> assertThat(rel.attribution().stance()).isEqualTo(Stance.CLAIMED));
  }

  @Test
  void support_for_a_noun_is_given_by_the_subject() {
    Report r = read("타지키스탄은 저항군 지원에 나섰다.", PUBLISHED);
    assertThat(r.relations()).singleElement().satisfies(rel -> {
      assertThat(rel.from() + ">" + rel.to()).isEqualTo("Tajikistan>" + NRF);
      assertThat(rel.rules()).contains("ko.relation.support-verb");
    });
  }

  @Test
  void members_of_a_listed_subject_that_agree_to_cooperate_are_allied() {
    Report r = read("NRF와 AFF는 지난달 반탈레반 공동 작전에 협력하기로 합의했다.", PUBLISHED);
    assertThat(r.relations()).singleElement().satisfies(rel -> {
      assertThat(rel.type()).isEqualTo(RelationType.ALLIANCE);
      assertThat(List.of(rel.from(), rel.to())).containsExactlyInAnyOrder(NRF, "Afghanistan Freedom Front");
    });
  }

  @Test
  void the_one_named_behind_an_attack_is_its_attacker_by_the_accusers_word() {
    Event e = only(read("어제 카불에서 폭탄 테러가 일어나 민간인 5명이 숨졌다. 탈레반은 이번 테러의 배후로 IS-K를 지목했다.", PUBLISHED));
    assertThat(e.actors().get(0).name()).isEqualTo("Islamic State Khorasan");
    assertThat(e.attribution().stance()).isEqualTo(Stance.CLAIMED);
    assertThat(e.attribution().source()).isEqualTo(TALIBAN);
  }

  // ------------------------------------------------------------------ persons and groups

  @Test
  void an_office_next_to_a_name_gives_the_role_and_the_dead_named_get_their_fate() {
    Report r = read("어제 발흐주 마자르이샤리프에서 자폭 공격이 일어나 무자밀 주지사가 숨졌다.", PUBLISHED);
    assertThat(r.persons()).singleElement().satisfies(p -> {
      assertThat(p.role()).isEqualTo(Role.OFFICIAL);
      assertThat(p.fate().what()).isEqualTo(Fate.Kind.KILLED);
      assertThat(p.rules()).contains("ko.person.role-noun");
    });
    Report plain = read("무자밀은 어제 회의에 참석했다.", PUBLISHED);
    assertThat(plain.persons()).singleElement().satisfies(p -> assertThat(p.fate()).isNull());
  }

  @Test
  void a_bare_kind_of_group_names_the_group_told_before_not_the_place_it_took() {
    Report r = read("안다라브 주민 봉기군이 21일 탈레반 검문소를 기습했다.\n\n봉기군은 이후 데살라 지구를 장악했다고 주장했다.", PUBLISHED);
    assertThat(r.control()).singleElement().satisfies(c -> assertThat(c.holder()).isEqualTo("Andarab militia"));
  }

  // ------------------------------------------------------------------ what blocks

  @Test
  void what_was_stopped_before_it_was_done_and_what_lies_ahead_are_no_events() {
    assertThat(read("탈레반은 어제 카불에서 자폭 조끼를 입은 남성을 폭탄을 터뜨리기 전에 붙잡았다.", PUBLISHED).events())
        .noneMatch(e -> e.subtype() == SubType.SUICIDE_BOMB);
    assertThat(read("앞으로도 카불에서 주지사급 인사에 대한 암살이 이어질 것이다.", PUBLISHED).events()).isEmpty();
  }

  @Test
  void an_old_year_named_in_passing_does_not_make_a_dated_report_history() {
    Event e = only(read("탈레반은 이날 파라주 파라시의 경기장에서 2017년 살인 혐의로 유죄 판결을 받은 남성 1명을 공개 처형했다고 밝혔다.",
        LocalDate.of(2022, 12, 8)));
    assertThat(e.subtype()).isEqualTo(SubType.ATTACK);
    assertThat(read("탈레반은 2001년 바미안에서 주민들을 처형했다.", LocalDate.of(2022, 12, 8)).events()).isEmpty();
  }

  @Test
  void an_attempt_that_failed_in_the_next_clause_and_a_report_found_false_are_no_facts() {
    Report failed = read("탈레반은 어제 판지시르 점령을 시도했지만 실패했다.", PUBLISHED);
    assertThat(failed.events()).isEmpty();
    assertThat(failed.control()).isEmpty();
    assertThat(read("어제 카불에서 폭발이 있었다는 소식은 오보로 확인됐다.", PUBLISHED).events()).isEmpty();
    // A contrast with no failure in it leaves the act standing.
    assertThat(read("탈레반은 어제 판지시르를 점령했지만 저항군은 산악지대로 물러났다.", PUBLISHED).control()).isNotEmpty();
  }

  @Test
  void the_day_a_wire_reports_is_not_the_day_of_the_event_but_anchors_this_day() {
    Report r = read("탈레반과 파키스탄군이 토르함에서 총격전을 벌였다고 로이터통신이 21일 보도했다.\n\n"
        + "로이터에 따르면 20일 오전 토르함 검문소 인근에서 양국 병력 간 교전이 벌어졌다.", LocalDate.of(2023, 2, 22));
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 2, 20)));
    Report same = read("탈레반이 공개 처형을 집행했다고 AFP통신이 7일 보도했다.\n\n탈레반은 이날 파라주 파라시에서 남성 1명을 처형했다고 밝혔다.",
        LocalDate.of(2022, 12, 8));
    assertThat(same.events()).anySatisfy(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 12, 7)));
  }

  @Test
  void people_protesting_to_a_party_hold_a_protest_and_a_party_protesting_does_not() {
    Report people = read("어제 카불 다슈테바르치에서 폭발 직후 사람들이 몰려와 탈레반한테 항의했다.", PUBLISHED);
    assertThat(people.events()).anyMatch(e -> e.subtype().type() == org.sitrep.model.EventType.PROTESTS);
    Report party = read("파키스탄은 어제 카불의 탈레반 정부에 항의했다.", PUBLISHED);
    assertThat(party.events()).noneMatch(e -> e.subtype().type() == org.sitrep.model.EventType.PROTESTS);
  }

  @Test
  void a_toll_given_by_digits_is_a_range_and_who_tells_a_toll_is_not_its_dead() {
    Event e = only(read("어제 카불에서 폭탄 터졌는데 경찰 대변인 칼리드 자드란 말로는 8명 죽고 18명 다쳤다고 함", PUBLISHED));
    assertThat(casualty(e, CIVILIANS, CasualtyKind.KILLED).low()).isEqualTo(8);
    Event digits = only(read("어제 카불에서 폭탄 테러가 일어나 사망자가 두 자릿수에 이른다.", PUBLISHED));
    assertThat(casualty(digits, CIVILIANS, CasualtyKind.KILLED).high()).isEqualTo(99);
  }

  @Test
  void an_event_half_a_year_before_a_report_of_recent_events_is_history() {
    Report r = read("어제 카불 다슈테바르치에서 폭탄이 터져 학생 6명이 숨졌다. 지난해 5월 다슈테바르치에서는 폭탄 테러로 85명이 숨졌다.",
        LocalDate.of(2022, 4, 20));
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 4, 19)));
  }

  @Test
  void condemning_an_act_is_hostility_to_its_owner_told_as_reported() {
    Report r = read("어제 파크티카주 바르말 지구에 파키스탄군의 공습이 있었다. 탈레반 국방부는 성명을 내고 파키스탄의 공습을 강력히 규탄하며 보복을 다짐했다.", PUBLISHED);
    assertThat(r.relations()).singleElement().satisfies(rel -> {
      assertThat(rel.from() + ">" + rel.to()).isEqualTo(TALIBAN + ">Pakistan");
      assertThat(rel.attribution().stance()).isEqualTo(Stance.REPORTED);
    });
    Report un = read("유엔 아프간 지원단은 탈레반의 시위 진압을 규탄했다.", PUBLISHED);
    assertThat(un.relations()).singleElement().satisfies(rel -> assertThat(rel.from()).isEqualTo("United Nations"));
    // People protesting against two powers do not make the powers hostile to each other.
    assertThat(read("어제 카불에서 탈레반 통치와 파키스탄의 내정 간섭에 항의하는 시위가 열렸다.", PUBLISHED).relations()).isEmpty();
  }

  @Test
  void pushing_back_warning_and_denouncing_are_hostility_but_not_towards_a_crowd() {
    assertThat(read("탈레반 정부는 파키스탄의 공습에 강하게 반발했다.", PUBLISHED).relations()).singleElement()
        .satisfies(rel -> assertThat(rel.from() + ">" + rel.to()).isEqualTo(TALIBAN + ">Pakistan"));
    assertThat(read("타지키스탄 정부는 탈레반을 맹비난했다.", PUBLISHED).relations()).singleElement()
        .satisfies(rel -> assertThat(rel.from() + ">" + rel.to()).isEqualTo("Tajikistan>" + TALIBAN));
    assertThat(read("탈레반 당국은 시위대에 해산하지 않으면 체포하겠다고 경고했다.", PUBLISHED).relations()).isEmpty();
  }

  @Test
  void naming_someone_behind_an_attack_is_hostile_to_him() {
    Report r = read("탈레반은 이 공격의 배후로 IS-K를 지목하고 보복을 예고했다.", PUBLISHED);
    assertThat(r.relations()).singleElement().satisfies(rel -> assertThat(rel.from() + ">" + rel.to()).isEqualTo(TALIBAN + ">Islamic State Khorasan"));
  }

  @Test
  void tolls_told_as_owned_counts_as_the_dead_of_a_verb_and_as_dead_or_wounded() {
    Event owned = only(read("어제 칸다하르의 모스크에서 자폭 테러가 일어나 100명 이상의 사상자가 발생했다.", PUBLISHED));
    assertThat(casualty(owned, CIVILIANS, CasualtyKind.KILLED_OR_WOUNDED).low()).isEqualTo(100);
    Event those = only(read("어제 칸다하르의 모스크에서 자폭 테러가 일어났다. 숨진 사람은 모두 41명이며 부상자는 70여 명이다.", PUBLISHED));
    assertThat(casualty(those, CIVILIANS, CasualtyKind.KILLED).low()).isEqualTo(41);
    Event either = only(read("어제 칸다하르의 모스크에서 폭발이 일어나 30명이 숨지거나 다쳤다.", PUBLISHED));
    assertThat(casualty(either, CIVILIANS, CasualtyKind.KILLED_OR_WOUNDED).low()).isEqualTo(30);
    assertThat(either.casualties()).noneMatch(c -> c.kind() == CasualtyKind.KILLED);
  }

  @Test
  void taken_prisoner_is_a_capture_not_ground_taken() {
    Event e = only(read("어제 판지시르주 다라에서 저항군이 탈레반 23명 사살하고 7명 포로로 잡았다고 함", PUBLISHED));
    assertThat(e.subtype()).isEqualTo(SubType.ARMED_CLASH);
    assertThat(casualty(e, TALIBAN, CasualtyKind.CAPTURED).low()).isEqualTo(7);
  }

  @Test
  void people_carried_off_or_held_at_no_known_place_are_disappeared_and_an_arrest_told_with_its_place_is_an_arrest() {
    Event carried = only(read("지난 주말 판지시르에서 탈레반이 청년 수십명 잡아갔다고 함", PUBLISHED));
    assertThat(carried.subtype()).isEqualTo(SubType.ABDUCTION);
    Event held = only(read("어제 바드기스주 칼라이나우에서 탈레반이 기자 1명을 연행했다. 가족들에 따르면 구금 장소는 공개되지 않았고 행방도 알 수 없다.", PUBLISHED));
    assertThat(held.subtype()).isEqualTo(SubType.ABDUCTION);
    Event charged = only(read("이틀 전 카피사에서 탈레반이 저항군 연루 혐의로 주민 십여명을 잡아갔다고 함", PUBLISHED));
    assertThat(charged.subtype()).isEqualTo(SubType.ARRESTS);
    Event arrest = only(read("어제 카불에서 탈레반이 기자 2명을 체포했다.", PUBLISHED));
    assertThat(arrest.subtype()).isEqualTo(SubType.ARRESTS);
  }

  @Test
  void told_as_known_by_no_one_named_is_claimed() {
    Report r = read("타지키스탄은 저항군 지도부에 은신처를 제공하고 있는 것으로 알려졌다.", PUBLISHED);
    assertThat(r.relations()).singleElement().satisfies(rel -> assertThat(rel.attribution().stance()).isEqualTo(Stance.CLAIMED));
  }

  // ------------------------------------------------------------------ rumours, records, past days

  @Test
  void a_rumour_going_round_tells_of_nothing() {
    assertThat(read("어제 칸다하르주 스핀볼닥에서 탈레반 차량이 지뢰를 밟아 3명이 죽었다는 얘기도 도는데 확인은 안됨.", PUBLISHED).events()).isEmpty();
    assertThat(read("민병대가 어제 우루즈간주 데흐라우드 마을 두 곳을 장악했다는 소문이 돌았다.", PUBLISHED).control()).isEmpty();
    // Said by a named speaker, the same words are a claim.
    Event claimed = only(read("민병대는 어제 우루즈간주 데흐라우드에서 탈레반 검문소를 공격했다고 밝혔다.", PUBLISHED));
    assertThat(claimed.attribution().stance()).isEqualTo(Stance.CLAIMED);
  }

  @Test
  void what_has_been_done_before_told_as_a_record_is_background_unless_dated_recently() {
    assertThat(read("탈레반은 과거 마자르샤리프에서 하자라족 수천 명을 학살한 바 있다.", PUBLISHED).events()).isEmpty();
    assertThat(read("탈레반은 발흐주 마자르샤리프에서 하자라족 주민 수십 명을 학살한 바 있다.", PUBLISHED).events()).isEmpty();
    Event dated = only(read("헤라트에서는 지난 25일에도 여성 수십 명이 모여 시위를 벌인 바 있다.", PUBLISHED));
    assertThat(dated.date().start()).isEqualTo(LocalDate.of(2022, 7, 25));
  }

  @Test
  void a_past_day_of_the_month_is_the_latest_before_publication_whatever_month_was_named_before() {
    Report r = read("지난달 23일 로가르주 풀리알람에서 주민 14명이 공개 태형을 당했다. 탈레반 정보총국은 지난 5일 카불에서 기자 2명을 체포했다.",
        LocalDate.of(2022, 12, 8));
    assertThat(r.events()).extracting(e -> e.date().start()).contains(LocalDate.of(2022, 11, 23), LocalDate.of(2022, 12, 5));
    // A plain day after a named month keeps that month.
    Report plain = read("지난달 23일 로가르주 풀리알람에서 폭발이 일어났다. 25일에는 카불에서 기자 2명이 체포됐다.", LocalDate.of(2022, 12, 8));
    assertThat(plain.events()).extracting(e -> e.date().start()).contains(LocalDate.of(2022, 11, 25));
  }

  @Test
  void ground_taken_long_ago_and_recalled_is_no_control_claim() {
    Report r = read("2021년 8월 탈레반이 카불을 다시 장악했을 때 파키스탄은 환영했다. 탈레반은 어제 판지시르주 다라에서 저항군과 교전했다.",
        LocalDate.of(2023, 2, 25));
    assertThat(r.control()).isEmpty();
    Report recent = read("탈레반은 어제 판지시르주 다라를 장악했다.", LocalDate.of(2023, 2, 25));
    assertThat(recent.control()).hasSize(1);
  }

  @Test
  void a_public_flogging_is_violence_against_the_flogged_with_no_casualty_figure() {
    Event e = only(read("- 7.28 파라주 파라시: 탈레반, 절도 혐의자 3명에 대해 경기장에서 공개 태형 집행.", PUBLISHED));
    assertThat(e.subtype()).isEqualTo(SubType.ATTACK);
    assertThat(e.casualties()).isEmpty();
    Event killed = only(read("- 7.28 파라주 파라시: 탈레반, 살인 혐의자 1명 공개 처형.", PUBLISHED));
    assertThat(killed.casualties()).extracting(c -> c.kind()).containsExactly(CasualtyKind.KILLED);
  }

  @Test
  void journalists_taken_by_the_intelligence_service_on_no_charge_are_a_forced_disappearance() {
    Event held = only(read("탈레반 정보총국은 어제 카불에서 방송사 기자 2명을 체포해 구금 중이다.", PUBLISHED));
    assertThat(held.subtype()).isEqualTo(SubType.ABDUCTION);
    assertThat(held.rules()).contains("ko.arrest.intelligence-detention");
    Event suspects = only(read("탈레반 정보총국은 어제 카불에서 IS-K 연루 혐의로 용의자 3명을 체포했다.", PUBLISHED));
    assertThat(suspects.subtype()).isEqualTo(SubType.ARRESTS);
    Event police = only(read("탈레반 경찰은 어제 카불에서 기자 2명을 체포했다.", PUBLISHED));
    assertThat(police.subtype()).isEqualTo(SubType.ARRESTS);
  }

  // ------------------------------------------------------------------ clauses, gunmen, one attack told in parts

  @Test
  void a_claim_denied_after_a_comma_is_still_an_event_disputed_by_the_denier() {
    Event e = only(read("저항군은 어제 판지시르주 다라에서 탈레반 초소를 기습해 5명을 사살했다고 주장했지만, 탈레반은 \"피해는 없었다\"고 부인했다.", PUBLISHED));
    assertThat(e.attribution().stance()).isEqualTo(Stance.CLAIMED);
    assertThat(e.attribution().disputedBy()).containsExactly(TALIBAN);
    // The negation stays in its own clause: a denied attack told alone is none.
    assertThat(read("탈레반은 어제 판지시르주 다라에서 저항군 초소를 공격하지 않았다고 밝혔다.", PUBLISHED).events()).isEmpty();
  }

  @Test
  void gunmen_firing_at_no_armed_side_attack_civilians() {
    Event e = only(read("어제 쿤두즈주 쿤두즈시에서 신원 미상의 무장괴한들이 총격을 가했다.", PUBLISHED));
    assertThat(e.subtype()).isEqualTo(SubType.ATTACK);
    assertThat(e.actors()).extracting(a -> a.name()).containsExactly(UNIDENTIFIED, CIVILIANS);
    assertThat(e.rules()).contains("ko.civilians.gunmen");
    Event clash = only(read("어제 쿤두즈주 쿤두즈시에서 무장괴한들이 탈레반 검문소를 공격했다.", PUBLISHED));
    assertThat(clash.subtype()).isEqualTo(SubType.ARMED_CLASH);
  }

  @Test
  void acts_of_one_attack_told_in_the_clauses_of_one_sentence_are_one_event() {
    Report r = read("어제 카불 샤흐레나우의 호텔에 무장 괴한들이 침입해 총격을 가하고 폭발물을 터뜨렸다.", PUBLISHED);
    assertThat(r.events()).hasSize(1);
    assertThat(r.events().get(0).rules()).contains("ko.event.same-sentence");
    // A place of its own makes another event.
    Report two = read("어제 카불에서 무장 괴한들이 총격을 가했고, 헬만드주 라시카르가에서는 폭탄이 터졌다.", PUBLISHED);
    assertThat(two.events()).hasSize(2);
  }

  @Test
  void one_occurrence_counted_sums_up_what_was_told() {
    Report r = read("어제 카불 공항 애비 게이트에서 자폭 테러가 일어났다. 국방부는 \"애비 게이트에서 한 차례 자폭 공격이 있었던 것\"이라고 정정했다.", PUBLISHED);
    assertThat(r.events()).hasSize(1);
  }

  // ------------------------------------------------------------------ claims through an outlet, trends, plots

  @Test
  void a_claim_through_the_groups_own_outlet_retells_the_attack_with_the_claimers_toll() {
    Report r = read("어제 로가르주 풀리알람에서 탈레반 순찰 차량이 길가 폭탄에 맞았다. IS-K는 아마크 통신을 통해 이 공격으로 탈레반 대원 3명을 죽였다고 주장했다.", PUBLISHED);
    Event e = only(r);
    assertThat(e.attribution().claimedBy()).isEqualTo("Islamic State Khorasan");
    assertThat(e.casualties()).extracting(c -> c.actor() + " " + c.kind() + " " + c.low()).contains(TALIBAN + " " + CasualtyKind.KILLED + " 3");
    // Told with a day and a place of its own, the outlet's claim is an attack of its own.
    Report two = read("어제 로가르주 풀리알람에서 탈레반 순찰 차량이 길가 폭탄에 맞았다. IS-K는 아마크 통신을 통해 지난 25일 라그만주 알링가르에서 탈레반 검문소를 습격했다고 주장했다.", PUBLISHED);
    assertThat(two.events()).hasSize(2);
  }

  @Test
  void attacks_on_the_rise_are_a_trend_but_a_rising_toll_is_a_figure() {
    assertThat(read("지난달 이후 쿠나르주의 검문소를 노린 공격이 크게 늘었다.", PUBLISHED).events()).isEmpty();
    Event e = only(read("어제 카불 서부에서 폭탄이 터져 주민 5명이 숨졌다. 사망자는 이후 9명으로 늘었다.", PUBLISHED));
    assertThat(e.casualties()).extracting(c -> c.low()).contains(9);
  }

  @Test
  void an_attack_prepared_or_plotted_has_not_happened() {
    Event e = only(read("탈레반 정보총국은 어제 와르다크주 사이다바드에서 자폭 공격을 준비하던 IS-K 조직원 3명을 체포했다.", PUBLISHED));
    assertThat(e.subtype()).isEqualTo(SubType.ARRESTS);
    assertThat(read("■ 와르다크: 자폭 음모 적발", PUBLISHED).events()).isEmpty();
  }

  @Test
  void talk_of_strikes_and_a_matter_of_time_are_no_strikes() {
    assertThat(read("일부 강경파는 어제 쿠나르주 TTP 은신처에 대한 공습까지 거론했다.", PUBLISHED).events()).isEmpty();
    assertThat(read("쿠나르주에 대한 추가 공습은 시간문제로 보인다.", PUBLISHED).events()).isEmpty();
  }

  @Test
  void a_claim_spreading_online_is_a_rumour_and_gunmen_storming_a_building_take_no_ground() {
    Report r = read("소셜미디어에는 탈레반이 어제 님로즈주 국경초소 한 곳을 장악했다는 주장과 영상이 퍼졌다.", PUBLISHED);
    assertThat(r.events()).isEmpty();
    assertThat(r.control()).isEmpty();
    Report stormed = read("어제 카불 군 병원에서 무장 괴한들이 병원 안으로 진입해 총을 난사했다.", PUBLISHED);
    assertThat(stormed.control()).isEmpty();
    assertThat(stormed.events()).noneMatch(e -> e.subtype() == SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
  }

  @Test
  void he_is_the_leader_last_named_and_stands_for_his_group() {
    Report r = read("하자라족 지휘관 마흐디는 발캅 출신이다. 고향으로 돌아온 그는 어제 사르에풀주 발캅에서 탈레반과의 결별을 선언했다.", PUBLISHED);
    Event e = only(r);
    assertThat(e.subtype()).isEqualTo(SubType.CHANGE_TO_GROUP);
    assertThat(e.actors().get(0).name()).isEqualTo("Hazara militia (Mahdi)");
    assertThat(e.rules()).contains("ko.actor.pronoun");
    // With nobody named before it, 그 points to no one.
    Report none = read("고향으로 돌아온 그는 어제 사르에풀주 발캅에서 탈레반과의 결별을 선언했다.", PUBLISHED);
    assertThat(none.events()).allMatch(x -> x.actors().stream().noneMatch(a -> a.name().equals("Hazara militia (Mahdi)")));
  }

  @Test
  void whose_the_thing_given_is_receives_the_support() {
    Report r = read("파키스탄은 탈레반이 쿠나르주 등지에 TTP 지도부와 대원들의 은신처를 제공하고 있다고 비난했다.", PUBLISHED);
    assertThat(r.relations()).anyMatch(x -> x.type() == RelationType.SUPPORT && x.from().equals(TALIBAN) && x.to().equals("Tehrik-i-Taliban Pakistan"));
    assertThat(r.relations()).noneMatch(x -> x.type() == RelationType.SUPPORT && x.to().equals("Pakistan"));
    Report passive = read("탈레반은 IS-K 조직원들이 국경 너머 파키스탄 쪽에서 은신처를 제공받고 있다고 주장했다.", PUBLISHED);
    assertThat(passive.relations()).anyMatch(x -> x.type() == RelationType.SUPPORT && x.from().equals("Pakistan") && x.to().equals("Islamic State Khorasan"));
  }

  @Test
  void districts_are_found_by_their_korean_names() {
    Event e = only(read("어제 네르흐 지구 산간 마을에서 탈레반 특수부대와 IS-K 조직 사이에 총격전이 벌어졌다.", PUBLISHED));
    assertThat(e.location().name()).isEqualTo("Nerkh");
    assertThat(e.location().admin1()).isEqualTo("AF-WAR");
    Event nangarhar = only(read("어제 낭가르하르주 호기아니 지구에서 폭탄이 터져 주민 2명이 숨졌다.", PUBLISHED));
    assertThat(nangarhar.location().admin1()).isEqualTo("AF-NAN");
  }

  @Test
  void a_river_bank_owned_by_a_district_is_at_that_district() {
    Event e = only(read("어제 밤 쿤두즈주 이맘사히브 지구의 아무다리야 강변에서 탈레반 국경경비대와 타지키스탄 국경수비대 사이에 총격전이 벌어졌다.", PUBLISHED));
    assertThat(e.location().admin1()).isEqualTo("AF-KDZ");
    Event river = only(read("어제 밤 아무다리야 강변에서 탈레반 국경경비대와 타지키스탄 국경수비대 사이에 총격전이 벌어졌다.", PUBLISHED));
    assertThat(river.location().admin1()).isNull();
  }

  @Test
  void an_attack_named_to_say_who_is_linked_to_it_is_no_new_attack() {
    Report r = read("탈레반은 어제 카불에서 공항 테러와 연계된 용의자 3명을 체포했다고 밝혔다.", PUBLISHED);
    assertThat(r.events()).noneMatch(e -> e.type() == org.sitrep.model.EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    Report blast = read("어제 카불 공항에서 테러가 일어나 주민 3명이 숨졌다.", PUBLISHED);
    assertThat(blast.events()).anyMatch(e -> e.type() == org.sitrep.model.EventType.EXPLOSIONS_REMOTE_VIOLENCE);
  }
}
