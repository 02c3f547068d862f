package org.sitrep.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.eval.Fixtures.BATTLE;
import static org.sitrep.core.eval.Fixtures.KO;
import static org.sitrep.core.eval.Fixtures.battle;
import static org.sitrep.core.eval.Fixtures.casualty;
import static org.sitrep.core.eval.Fixtures.control;
import static org.sitrep.core.eval.Fixtures.event;
import static org.sitrep.core.eval.Fixtures.gold;
import static org.sitrep.core.eval.Fixtures.killed;
import static org.sitrep.core.eval.Fixtures.reading;
import static org.sitrep.core.eval.Fixtures.relation;
import static org.sitrep.core.eval.Fixtures.span;
import static org.sitrep.core.eval.Fixtures.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.Event;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.model.Stance;
import org.sitrep.model.SubType;

class MustNotTest {
  private final Evaluator evaluator = new Evaluator();

  private List<Violation> violations(String rules, Report reading) {
    Gold g = gold("'events':[" + BATTLE + "],'must_not':[" + rules + "]", KO);
    return evaluator.score(g, reading, KO).violations();
  }

  private static Event at(String id, SubType subtype, String place, String admin1, String date) {
    return event(id, subtype, place, admin1, date, List.of("Taliban"), span(KO, "바다흐샨 쿠란와문잔에서는"));
  }

  private static Report events(Event... events) {
    return reading(List.of(events));
  }

  private static Report controls(ControlClaim... claims) {
    return reading(List.of(), List.of(), List.of(claims), List.of());
  }

  private static Report relations(Relation... relations) {
    return reading(List.of(), List.of(relations), List.of(), List.of());
  }

  private static ControlClaim claim(String place, String admin1, String holder, String status, Stance stance, String date) {
    return control(place, admin1, holder, status(status), stance, date, span(KO, "저항군은 다라 지구를 장악하고 있다"));
  }

  @Test
  void an_event_rule_fires_on_an_event_matching_all_its_filters() {
    String rule = "{'what':'event','type':'Strategic developments','subtype':'Agreement','why':'no agreement was made'}";

    assertThat(violations(rule, events(at("e1", SubType.AGREEMENT, "Dara", "AF-PAN", null)))).singleElement()
        .satisfies(v -> {
          assertThat(v.rule()).isEqualTo("event type=Strategic developments subtype=Agreement");
          assertThat(v.why()).isEqualTo("no agreement was made");
          assertThat(v.item()).startsWith("e1 Strategic developments/Agreement");
        });
    assertThat(violations(rule, events(at("e1", SubType.OTHER, "Dara", "AF-PAN", null)))).isEmpty();
  }

  @Test
  void an_event_rule_on_a_place_takes_part_of_the_location_name_and_the_province() {
    String rule = "{'what':'event','place':'Chaman','why':'the shelling was across the border'}";
    assertThat(violations(rule, events(at("e1", SubType.ARMED_CLASH, "Chaman border crossing", null, null)))).hasSize(1);
    assertThat(violations(rule, events(at("e1", SubType.ARMED_CLASH, "Spin Boldak", "AF-KAN", null)))).isEmpty();

    String province = "{'what':'event','place_admin1':'AF-BAL','why':'nothing happened in Balkh'}";
    assertThat(violations(province, events(at("e1", SubType.ARMED_CLASH, "Mazar", "AF-BAL", null)))).hasSize(1);
  }

  @Test
  void event_rules_on_dates_test_the_start_the_end_and_the_day() {
    String before = "{'what':'event','date_before':'2021-08-01','why':'background history'}";
    String after = "{'what':'event','date_after':'2022-05-16','why':'nothing after publication'}";
    String on = "{'what':'event','date':'2022-05-10','why':'not that day'}";
    Event old = at("e1", SubType.ARMED_CLASH, "Dara", "AF-PAN", "2001-09-09");
    Event future = at("e2", SubType.ARMED_CLASH, "Dara", "AF-PAN", "2022-05-17");
    Event tenth = at("e3", SubType.ARMED_CLASH, "Dara", "AF-PAN", "2022-05-10");
    Event undated = at("e4", SubType.ARMED_CLASH, "Dara", "AF-PAN", null);
    Report all = events(old, future, tenth, undated);

    assertThat(violations(before, all)).extracting(Violation::item).singleElement().asString().startsWith("e1 ");
    assertThat(violations(after, all)).extracting(Violation::item).singleElement().asString().startsWith("e2 ");
    assertThat(violations(on, all)).extracting(Violation::item).singleElement().asString().startsWith("e3 ");
  }

  @Test
  void a_count_rule_fires_once_when_more_events_than_max_are_read() {
    String rule = "{'what':'event','count_admin1':'AF-PAN','count_date':'2022-05-14','max':1,'why':'one battle told twice'}";
    Event first = battle();
    Event second = event("e2", SubType.ARMED_CLASH, "Panjshir", "AF-PAN", "2022-05-14", List.of("Taliban"),
        span(KO, "탈레반 수십명이 사망했고"));
    Event otherDay = at("e3", SubType.ARMED_CLASH, "Dara", "AF-PAN", "2022-05-15");

    assertThat(violations(rule, events(first, otherDay))).isEmpty();
    assertThat(violations(rule, events(first, second, otherDay))).singleElement()
        .satisfies(v -> assertThat(v.item()).isEqualTo("2 events (e1, e2), at most 1"));
  }

  @Test
  void a_count_rule_on_a_place_and_subtype_skips_events_matched_to_optional_gold_events() {
    Gold g = gold("'events':[" + BATTLE + "," + BATTLE.replace("'id':'dara-battle'", "'id':'twin','optional':true")
        .replace("2022-05-14", "2022-05-15") + "],'must_not':[{'what':'event','count_place':'Dara','subtype':'Armed clash','max':1,'why':'x'}]", KO);
    Event twin = at("e2", SubType.ARMED_CLASH, "Dara", "AF-PAN", "2022-05-15");
    Event third = at("e3", SubType.ARMED_CLASH, "Dara valley", "AF-PAN", "2022-05-01");

    assertThat(evaluator.score(g, events(battle(), twin), KO).violations()).isEmpty();
    assertThat(evaluator.score(g, events(battle(), twin, third), KO).violations()).hasSize(1);
  }

  @Test
  void a_control_rule_without_status_forbids_only_holding_claims() {
    String rule = "{'what':'control','holder':'Afghanistan Freedom Front','why':'the AFF holds no territory'}";

    assertThat(violations(rule, controls(claim("Salang", "AF-PAR", "Afghanistan Freedom Front", "mostly", Stance.REPORTED, null))))
        .hasSize(1);
    assertThat(violations(rule, controls(claim("Salang", "AF-PAR", "Afghanistan Freedom Front", "contested", Stance.REPORTED, null))))
        .isEmpty();
  }

  @Test
  void a_control_rule_filters_by_place_status_list_stance_and_date() {
    String rule = "{'what':'control','place':'Dara','place_admin1':'AF-PAN','holder':'Taliban','status':['took','lost'],"
        + "'stance':['reported','assessed'],'before':'2022-05-01','why':'x'}";

    assertThat(violations(rule, controls(claim("Dara", "AF-PAN", "Taliban", "took", Stance.ASSESSED, "2022-04-20")))).hasSize(1);
    assertThat(violations(rule, controls(claim("Dara", "AF-PAN", "Taliban", "holds", Stance.ASSESSED, "2022-04-20")))).isEmpty();
    assertThat(violations(rule, controls(claim("Dara", "AF-PAN", "Taliban", "took", Stance.CLAIMED, "2022-04-20")))).isEmpty();
    assertThat(violations(rule, controls(claim("Dara", "AF-PAN", "Taliban", "took", Stance.ASSESSED, "2022-05-02")))).isEmpty();
    assertThat(violations(rule, controls(claim("Dara", "AF-PAN", "Taliban", "took", Stance.ASSESSED, null)))).isEmpty();
    assertThat(violations(rule, controls(claim("Rukha", "AF-PAN", "Taliban", "took", Stance.ASSESSED, "2022-04-20")))).isEmpty();
  }

  @Test
  void a_control_rule_with_only_a_province_forbids_any_event_or_claim_placed_there() {
    String rule = "{'what':'control','place_admin1':'AF-KHO','why':'Khost of Baghlan is not Khost province'}";
    Report r = reading(List.of(at("e1", SubType.CHANGE_TO_GROUP, "Khost", "AF-KHO", null)), List.of(),
        List.of(claim("Khost", "AF-KHO", "National Resistance Front", "contested", Stance.REPORTED, null)), List.of());

    assertThat(violations(rule, r)).hasSize(2);
  }

  @Test
  void a_location_rule_forbids_events_and_claims_in_a_province() {
    String rule = "{'what':'location','admin1':'AF-BGL','why':'Khost province, not the district in Baghlan'}";
    Report r = reading(List.of(at("e1", SubType.AIR_DRONE_STRIKE, "Khost", "AF-BGL", null)), List.of(),
        List.of(claim("Khost", "AF-BGL", "Taliban", "holds", Stance.REPORTED, null)), List.of());

    assertThat(violations(rule, r)).hasSize(2);
    assertThat(violations(rule, events(at("e1", SubType.AIR_DRONE_STRIKE, "Khost", "AF-KHO", null)))).isEmpty();
  }

  @Test
  void a_relation_rule_ignores_direction_for_alliances() {
    String rule = "{'what':'relation','type':'alliance','from':'Hazara militia (Mahdi)','to':'National Resistance Front','why':'denied'}";
    Relation reversed = relation(RelationType.ALLIANCE, "National Resistance Front", "Hazara militia (Mahdi)", null,
        Stance.CLAIMED, span(KO, "저항군에 합류했다"));

    assertThat(violations(rule, relations(reversed))).hasSize(1);
  }

  @Test
  void a_relation_rule_keeps_direction_for_support_and_filters_by_stance() {
    String rule = "{'what':'relation','type':'support','stance':'reported','from':'Pakistan','to':'Taliban','why':'only alleged'}";
    Relation claimed = relation(RelationType.SUPPORT, "Pakistan", "Taliban", null, Stance.CLAIMED, span(KO, "지원했다고 함"));
    Relation reported = relation(RelationType.SUPPORT, "Pakistan", "Taliban", null, Stance.REPORTED, span(KO, "지원했다고 함"));
    Relation reversed = relation(RelationType.SUPPORT, "Taliban", "Pakistan", null, Stance.REPORTED, span(KO, "지원했다고 함"));

    assertThat(violations(rule, relations(claimed, reversed))).isEmpty();
    assertThat(violations(rule, relations(reported))).hasSize(1);
  }

  @Test
  void a_relation_rule_from_any_state_uses_the_state_predicate() {
    String rule = "{'what':'relation','type':'support','to':'Afghanistan Freedom Front','from_type':'state','why':'no state backs it'}";
    Relation fromIran = relation(RelationType.SUPPORT, "Iran", "Afghanistan Freedom Front", null, Stance.CLAIMED, span(KO, "지원했다고 함"));
    Relation fromGroup = relation(RelationType.SUPPORT, "National Resistance Front", "Afghanistan Freedom Front", null,
        Stance.CLAIMED, span(KO, "지원했다고 함"));

    assertThat(violations(rule, relations(fromIran, fromGroup))).hasSize(1);
    Gold g = gold("'must_not':[" + rule + "]", KO);
    var noStates = new Evaluator(java.util.function.UnaryOperator.identity(), name -> false);
    assertThat(noStates.score(g, relations(fromIran), KO).violations()).isEmpty();
  }

  @Test
  void a_casualty_rule_with_low_alone_forbids_figures_from_low_up() {
    String rule = "{'what':'casualty','low':200,'why':'a crowd is not a casualty figure'}";

    assertThat(violations(rule, events(battle(killed("Civilians", 200, 999))))).hasSize(1);
    assertThat(violations(rule, events(battle(killed("Civilians", 20, 99))))).isEmpty();
  }

  @Test
  void a_casualty_rule_with_high_alone_forbids_figures_up_to_high() {
    String rule = "{'what':'casualty','actor':'Taliban','kind':'killed','high':5,'why':'x'}";

    assertThat(violations(rule, events(battle(killed("Taliban", 1, 5))))).hasSize(1);
    assertThat(violations(rule, events(battle(killed("Taliban", 1, 6))))).isEmpty();
    assertThat(violations(rule, events(battle(casualty("Taliban", CasualtyKind.WOUNDED, 1, 5))))).isEmpty();
    assertThat(violations(rule, events(battle(killed("Civilians", 1, 5))))).isEmpty();
  }

  @Test
  void a_casualty_rule_with_low_and_high_forbids_ranges_inside_them() {
    String rule = "{'what':'casualty','low':20,'high':99,'why':'killed and wounded together is not a death toll'}";

    assertThat(violations(rule, events(battle(killed("Civilians", 20, 99))))).hasSize(1);
    assertThat(violations(rule, events(battle(killed("Civilians", 30, 40))))).hasSize(1);
    assertThat(violations(rule, events(battle(killed("Civilians", 20, 100))))).isEmpty();
  }

  @Test
  void a_casualty_rule_with_high_zero_never_fires_on_a_real_figure() {
    String rule = "{'what':'casualty','actor':'Taliban','high':0,'why':'no casualties is not a count'}";

    assertThat(violations(rule, events(battle(killed("Taliban", 1, 1))))).isEmpty();
  }

  @Test
  void a_casualty_rule_on_an_event_looks_only_at_the_reading_event_matched_to_it() {
    String rule = "{'what':'casualty','event':'dara-battle','why':'x'}";
    Event elsewhere = at("e2", SubType.ARMED_CLASH, "Kuran wa Munjan", "AF-BDS", null);
    Event withFigure = new Event("e2", elsewhere.date(), elsewhere.subtype(), elsewhere.actors(), elsewhere.location(),
        List.of(killed("Taliban", 3, 3)), null, elsewhere.attribution(), null, List.of(), null, elsewhere.evidence());

    assertThat(violations(rule, events(battle(killed("Taliban", 20, 99)), withFigure))).singleElement()
        .satisfies(v -> assertThat(v.item()).contains("in e1"));
    assertThat(violations(rule, events(withFigure))).isEmpty();
  }
}
