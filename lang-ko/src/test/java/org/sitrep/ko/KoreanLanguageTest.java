package org.sitrep.ko;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.pipeline.Document;
import org.sitrep.core.pipeline.Explained;
import org.sitrep.core.pipeline.RuleFiring;
import org.sitrep.model.Casualty;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Outcome;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.model.ReportChecks;
import org.sitrep.model.Stance;
import org.sitrep.model.SubType;

/** Each rule on sentences written for the test (never corpus text). */
class KoreanLanguageTest {
  static final KoreanLanguage KO = new KoreanLanguage();
  static final String TALIBAN = "Taliban";
  static final String NRF = "National Resistance Front";

  static Report read(String text) {
    return read(text, LocalDate.of(2021, 9, 24));
  }

  static Report read(String text, LocalDate published) {
    Report r = KO.read(new Document(DocumentInfo.of("test", "ko", published), text));
    ReportChecks.assertWellFormed(r, text);
    return r;
  }

  static Casualty casualty(Event e, String actor, CasualtyKind kind) {
    return e.casualties().stream().filter(c -> c.actor().equals(actor) && c.kind() == kind).findFirst().orElseThrow(
        () -> new AssertionError("no " + kind + " of " + actor + " in " + e.casualties()));
  }

  @Test
  void an_attack_with_subject_and_object_and_its_losses_and_retreat_is_one_clash() {
    Report r = read("9월 20일 탈레반이 판지시르 계곡을 공격했으나 30명이 사망하고 12명이 부상하는 피해를 입고 퇴각했다.");
    assertThat(r.events()).hasSize(1);
    Event e = r.events().get(0);
    assertThat(e.subtype()).isEqualTo(SubType.ARMED_CLASH);
    assertThat(e.actors().get(0).name()).isEqualTo(TALIBAN);
    assertThat(e.location().admin1()).isEqualTo("AF-PAN");
    assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 9, 20));
    assertThat(casualty(e, TALIBAN, CasualtyKind.KILLED).low()).isEqualTo(30);
    assertThat(casualty(e, TALIBAN, CasualtyKind.WOUNDED).low()).isEqualTo(12);
    assertThat(e.outcome()).isEqualTo(Outcome.SIDE1_RETREATED);
    assertThat(e.rules()).contains("ko.attack.subject-object", "ko.casualty.subject-suffered", "ko.outcome.retreat");
  }

  @Test
  void the_object_of_a_killing_verb_is_whose_losses_they_are_and_vague_counts_stay_ranges() {
    Event e = read("저항군은 어제 바다크샨에서 탈레반과 교전을 벌여 탈레반 수십명을 사살했다.").events().get(0);
    Casualty c = casualty(e, TALIBAN, CasualtyKind.KILLED);
    assertThat(c.low()).isEqualTo(20);
    assertThat(c.high()).isEqualTo(99);
    assertThat(e.rules()).contains("ko.casualty.victim-noun");
  }

  @Test
  void counts_run_on_without_particles_belong_to_the_side_named_first() {
    Event e = read("저항군은 어제 바다크샨에서 탈레반과 교전해 탈레반 10명을 사살 5명 부상 7명을 생포했다.").events().get(0);
    assertThat(casualty(e, TALIBAN, CasualtyKind.WOUNDED).low()).isEqualTo(5);
    assertThat(casualty(e, TALIBAN, CasualtyKind.CAPTURED).low()).isEqualTo(7);
    assertThat(e.casualties()).allMatch(c -> c.actor().equals(TALIBAN));
    assertThat(e.rules()).contains("ko.casualty.run-on");
  }

  @Test
  void a_capture_that_could_not_be_made_is_neither_event_nor_control() {
    Report r = read("탈레반은 판지시르 계곡을 점령하지 못했다. 판지시르 계곡은 점령도 못하고 물러났다.");
    assertThat(r.control()).isEmpty();
    assertThat(r.events()).noneMatch(e -> e.type() == SubType.GOVERNMENT_REGAINS_TERRITORY.type() && e.subtype() != SubType.ARMED_CLASH);
  }

  @Test
  void a_capture_only_intended_is_neither_event_nor_control() {
    Report r = read("탈레반이 판지시르를 장악하기 위해 병력을 보냈다. 저항군은 바다크샨 탈환작전에 나섰다.");
    assertThat(r.control()).isEmpty();
    assertThat(r.events()).isEmpty();
  }

  @Test
  void a_verb_modifying_a_place_asserts_its_subject_holds_it() {
    Report r = read("저항군이 장악한 바다크샨에 헬기가 도착했다.");
    assertThat(r.control()).hasSize(1);
    assertThat(r.control().get(0).holder()).isEqualTo(NRF);
    assertThat(r.control().get(0).status()).isEqualTo(ControlStatus.HOLDS);
    assertThat(r.control().get(0).rules()).contains("ko.control.holds");
    assertThat(r.events()).isEmpty();
  }

  @Test
  void holding_is_a_claim_without_an_event() {
    Report r = read("저항군은 판지시르 계곡을 장악하고 있다.");
    assertThat(r.control()).singleElement().satisfies(c -> {
      assertThat(c.status()).isEqualTo(ControlStatus.HOLDS);
      assertThat(c.place().admin1()).isEqualTo("AF-PAN");
    });
    assertThat(r.events()).isEmpty();
  }

  @Test
  void almost_secured_is_mostly_and_a_rebel_capture_overtakes_territory() {
    Report r = read("저항군이 어제 바다크샨에서 탈레반을 격파하고 바다크샨을 거의 확보했다.");
    assertThat(r.control()).anySatisfy(c -> {
      assertThat(c.status()).isEqualTo(ControlStatus.MOSTLY);
      assertThat(c.counterpart()).isEqualTo(TALIBAN);
    });
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
      assertThat(e.outcome()).isEqualTo(Outcome.SIDE1_WON);
    });
  }

  @Test
  void a_taliban_capture_after_august_2021_is_the_government_regaining_territory() {
    Report r = read("탈레반이 어제 판지시르를 점령했다.", LocalDate.of(2021, 9, 7));
    assertThat(r.events()).singleElement().extracting(Event::subtype).isEqualTo(SubType.GOVERNMENT_REGAINS_TERRITORY);
    assertThat(r.control()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ControlStatus.TOOK));
  }

  @Test
  void according_to_sources_makes_a_claim() {
    Event e = read("소식통에 의하면 저항군은 어제 바다크샨에서 탈레반을 격파했다.").events().get(0);
    assertThat(e.attribution().stance()).isEqualTo(Stance.CLAIMED);
    assertThat(e.attribution().source()).isEqualTo("sources");
  }

  @Test
  void a_quoted_verb_of_saying_makes_a_claim_by_its_speaker() {
    Event e = read("탈레반은 어제 판지시르에서 저항군을 공격했다고 주장했다.").events().get(0);
    assertThat(e.attribution().stance()).isEqualTo(Stance.CLAIMED);
    assertThat(e.attribution().source()).isEqualTo(TALIBAN);
  }

  @Test
  void a_denial_disputes_the_event_just_told() {
    Event e = read("저항군은 어제 판지시르에서 탈레반을 공격했다고 주장했다. 탈레반은 이를 부인했다.").events().get(0);
    assertThat(e.attribution().disputedBy()).containsExactly(TALIBAN);
  }

  @Test
  void the_writers_inference_is_assessed_and_support_keeps_its_means() {
    Report r = read("타지키스탄이 저항군에 탄약과 식량을 지원하는 것으로 보인다.");
    assertThat(r.relations()).singleElement().satisfies(rel -> {
      assertThat(rel.type()).isEqualTo(RelationType.SUPPORT);
      assertThat(rel.from()).isEqualTo("Tajikistan");
      assertThat(rel.to()).isEqualTo(NRF);
      assertThat(rel.means()).contains("ammunition").contains("food");
      assertThat(rel.attribution().stance()).isEqualTo(Stance.ASSESSED);
    });
  }

  @Test
  void support_received_from_a_genitive_giver_goes_to_the_subject() {
    Report r = read("탈레반은 파키스탄의 지원을 받아 저항군을 압박했다.");
    assertThat(r.relations()).anySatisfy(rel -> {
      assertThat(rel.type()).isEqualTo(RelationType.SUPPORT);
      assertThat(rel.from()).isEqualTo("Pakistan");
      assertThat(rel.to()).isEqualTo(TALIBAN);
      assertThat(rel.rules()).contains("ko.relation.support-genitive");
    });
  }

  @Test
  void conflict_between_two_named_sides_is_hostility() {
    Report r = read("탈레반과 파키스탄간의 갈등이 커지고 있다.");
    assertThat(r.relations()).singleElement().satisfies(rel -> {
      assertThat(rel.type()).isEqualTo(RelationType.HOSTILITY);
      assertThat(List.of(rel.from(), rel.to())).containsExactlyInAnyOrder(TALIBAN, "Pakistan");
    });
  }

  @Test
  void pressure_received_from_several_states_is_hostility_from_each() {
    Report r = read("타지키스탄 이란의 압박을 탈레반이 받고 있다.");
    assertThat(r.relations()).extracting(rel -> rel.from()).containsExactlyInAnyOrder("Tajikistan", "Iran");
  }

  @Test
  void an_alliance_declared_is_a_relation_and_an_agreement() {
    Report r = read("어제 다이쿤디주에서 하자라족 민병대가 저항군과의 동맹을 선언했다.");
    assertThat(r.relations()).singleElement().satisfies(rel -> {
      assertThat(rel.type()).isEqualTo(RelationType.ALLIANCE);
      assertThat(rel.from()).startsWith("Hazara militia");
      assertThat(rel.to()).isEqualTo(NRF);
    });
    assertThat(r.events()).singleElement().extracting(Event::subtype).isEqualTo(SubType.AGREEMENT);
  }

  @Test
  void a_statement_about_several_places_gives_one_event_per_place() {
    Report r = read("타카르, 바다크샨, 바글란 등에서 저항군이 결집하고 있다.");
    assertThat(r.events()).hasSize(3).allMatch(e -> e.subtype() == SubType.CHANGE_TO_GROUP);
    assertThat(r.events()).allMatch(e -> e.rules().contains("ko.event.place-list"));
  }

  @Test
  void the_same_battle_told_twice_is_one_event_with_two_spans() {
    Report r = read("9월 20일 탈레반이 판지시르 계곡을 공격했다.\n\n사진은 20일 벌어진 판지시르 계곡 전투에서 저항군이 탈레반 30명을 사살한 모습이다.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.evidence()).hasSize(2);
      assertThat(casualty(e, TALIBAN, CasualtyKind.KILLED).low()).isEqualTo(30);
    });
  }

  @Test
  void a_paragraph_copied_twice_is_read_once() {
    String p = "9월 20일 탈레반이 판지시르 계곡을 공격했으나 30명이 사망했다.";
    Report r = read(p + "\n\n" + p + "\n");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.evidence()).allMatch(s -> s.end() <= p.length()));
  }

  @Test
  void an_attack_suffered_has_the_subject_as_its_target() {
    Report r = read("어제 카불에서 탈레반 검문소가 저항군의 공격을 받았다.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.actors()).anySatisfy(a -> {
        assertThat(a.name()).isEqualTo(NRF);
        assertThat(a.side()).isEqualTo(1);
      });
      assertThat(e.actors()).anySatisfy(a -> {
        assertThat(a.name()).isEqualTo(TALIBAN);
        assertThat(a.side()).isEqualTo(2);
      });
    });
  }

  @Test
  void an_unclaimed_suicide_bombing_has_an_unidentified_attacker_and_civilian_dead() {
    Event e = read("어제 카불의 모스크에서 자폭 테러가 일어나 민간인 최소 20명이 숨졌다.").events().get(0);
    assertThat(e.subtype()).isEqualTo(SubType.SUICIDE_BOMB);
    assertThat(e.actors().get(0).name()).isEqualTo(FrameReader.UNIDENTIFIED);
    Casualty c = casualty(e, FrameReader.CIVILIANS, CasualtyKind.KILLED);
    assertThat(c.low()).isEqualTo(20);
    assertThat(c.high()).isEqualTo(40);
  }

  @Test
  void members_of_a_counted_list_are_not_counted_apart_from_its_total() {
    Event e = read("어제 카불에서 자폭 테러로 어린이 5명과 여성 1명 등 6명이 숨졌다.").events().get(0);
    assertThat(e.casualties()).extracting(Casualty::low).containsExactly(6);
  }

  @Test
  void a_crowd_is_not_a_casualty_figure() {
    Report r = read("어제 카불에서 시위대 수백 명이 행진하며 시위를 벌였다.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(SubType.PEACEFUL_PROTEST.type());
      assertThat(e.casualties()).isEmpty();
    });
  }

  @Test
  void no_losses_is_no_casualty_item() {
    Report r = read("저항군은 어제 판지시르에서 탈레반을 공격했다. 자기네 피해는 없다고 한다.");
    assertThat(r.events()).allMatch(e -> e.casualties().isEmpty());
  }

  @Test
  void history_recalled_is_not_an_event() {
    Report r = read("과거 1990년대에 탈레반이 판지시르를 공격했다.");
    assertThat(r.events()).isEmpty();
  }

  @Test
  void the_person_who_leads_a_group_is_its_commander() {
    Report r = read("어제 아흐마드 마수드가 이끄는 저항군이 판지시르에서 탈레반을 공격했다.");
    assertThat(r.events().get(0).actors()).anySatisfy(a -> assertThat(a.commander()).isEqualTo("Ahmad Massoud"));
    assertThat(r.persons()).anySatisfy(p -> assertThat(p.name()).isEqualTo("Ahmad Massoud"));
  }

  @Test
  void explanations_name_each_rule_and_the_words_it_fired_on() {
    String text = "9월 20일 탈레반이 판지시르 계곡을 공격했으나 30명이 사망했다. 저항군은 판지시르 계곡을 장악하고 있다.";
    Explained x = KO.explain(new Document(DocumentInfo.of("t", "ko", LocalDate.of(2021, 9, 24)), text));
    assertThat(x.firings()).hasSize(x.report().facts().size());
    for (int i = 0; i < x.firings().size(); i++) {
      assertThat(x.firings().get(i)).isNotEmpty();
      for (RuleFiring f : x.firings().get(i)) {
        assertThat(text.substring(f.words().start(), f.words().end())).isEqualTo(f.words().text());
        assertThat(x.report().facts().get(i).rules()).contains(f.rule());
      }
    }
  }

  @Test
  void the_baseline_counts_nori_tokens() {
    assertThat(KO.baseline("탈레반이 판지시르 계곡을 공격했다")).isGreaterThan(5);
    assertThat(KO.code()).isEqualTo("ko");
  }
}
