package org.sitrep.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.eval.Fixtures.BATTLE;
import static org.sitrep.core.eval.Fixtures.JOINING;
import static org.sitrep.core.eval.Fixtures.KO;
import static org.sitrep.core.eval.Fixtures.battle;
import static org.sitrep.core.eval.Fixtures.event;
import static org.sitrep.core.eval.Fixtures.gold;
import static org.sitrep.core.eval.Fixtures.joining;
import static org.sitrep.core.eval.Fixtures.reading;
import static org.sitrep.core.eval.Fixtures.span;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubType;

class EventMatchingTest {
  private final Evaluator evaluator = new Evaluator();
  private final Gold gold = gold("'events':[" + BATTLE + "," + JOINING + "]", KO);

  private Event battleWith(SubType subtype, String admin1, String date, List<String> actors) {
    return event("e1", subtype, "Dara", admin1, date, actors, span(KO, "탈레반이 판지시르 다라 지구를 공격했으나"));
  }

  private Counts events(Event... reading) {
    return evaluator.score(gold, reading(List.of(reading)), KO).events();
  }

  @Test
  void the_gold_read_back_scores_one_everywhere() {
    Gold full = gold("""
        'events':[%s,%s],
        'relations':[{'type':'support','from':'Tajikistan','to':'National Resistance Front','means':'food',
                      'date':null,'attribution':{'stance':'claimed'},'evidence_text':['타지키스탄은 저항군에']}],
        'control':[{'place':{'name':'Dara','admin1':'AF-PAN'},'holder':'National Resistance Front','status':'holds',
                    'date':null,'attribution':{'stance':'reported'},'evidence_text':['저항군은 다라 지구를 장악하고 있다']}],
        'persons':[{'name':'Sabir Kuhistani','text':'사비르 쿠흐이스타니','evidence_text':['사비르 쿠흐이스타니']}]
        """.formatted(BATTLE, JOINING), KO);

    DocumentScore score = evaluator.score(full, GoldAsReading.of(full), KO);

    assertThat(score.facts()).isEqualTo(new Counts(6, 0, 0));
    assertThat(score.persons().f1()).isEqualTo(1.0);
    assertThat(score.violations()).isEmpty();
    assertThat(score.evidenceOnTarget()).isEqualTo(new Ratio(5, 5));
    assertThat(score.fields().subtype().share()).isEqualTo(1.0);
    assertThat(score.fields().outcome().share()).isEqualTo(1.0);
  }

  @Test
  void an_event_of_the_same_type_province_day_and_actors_matches() {
    assertThat(events(battleWith(SubType.ARMED_CLASH, "AF-PAN", "2022-05-14", List.of("Taliban"))))
        .isEqualTo(new Counts(1, 0, 1));
  }

  @Test
  void an_event_of_another_type_does_not_match() {
    assertThat(events(battleWith(SubType.SHELLING_ARTILLERY_MISSILE, "AF-PAN", "2022-05-14", List.of("Taliban"))))
        .isEqualTo(new Counts(0, 1, 2));
  }

  @Test
  void another_subtype_of_the_same_type_matches_but_counts_as_a_wrong_subtype() {
    DocumentScore score = evaluator.score(gold,
        reading(List.of(battleWith(SubType.GOVERNMENT_REGAINS_TERRITORY, "AF-PAN", "2022-05-14", List.of("Taliban")))), KO);

    assertThat(score.events().hits()).isEqualTo(1);
    assertThat(score.fields().subtype()).isEqualTo(new Ratio(0, 1));
  }

  @Test
  void an_alternative_subtype_of_the_gold_is_a_right_subtype() {
    DocumentScore score = evaluator.score(gold, reading(List.of(joining(SubType.AGREEMENT, "AF-BDS"))), KO);

    assertThat(score.events().hits()).isEqualTo(1);
    assertThat(score.fields().subtype()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void an_event_in_another_province_does_not_match_unless_admin1_any_allows_it() {
    assertThat(events(battleWith(SubType.ARMED_CLASH, "AF-BGL", "2022-05-14", List.of("Taliban"))).hits()).isZero();
    assertThat(events(joining(SubType.CHANGE_TO_GROUP, "AF-TAK")).hits()).isEqualTo(1);
    assertThat(events(joining(SubType.CHANGE_TO_GROUP, "AF-BAL")).hits()).isZero();
  }

  @Test
  void dates_a_day_apart_match_and_two_days_apart_do_not() {
    assertThat(events(battleWith(SubType.ARMED_CLASH, "AF-PAN", "2022-05-13", List.of("Taliban"))).hits()).isEqualTo(1);
    assertThat(events(battleWith(SubType.ARMED_CLASH, "AF-PAN", "2022-05-12", List.of("Taliban"))).hits()).isZero();
    assertThat(events(battleWith(SubType.ARMED_CLASH, "AF-PAN", null, List.of("Taliban"))).hits()).isZero();
  }

  @Test
  void an_undated_gold_event_matches_a_reading_with_any_date() {
    Gold undated = gold("'events':[" + BATTLE.replaceFirst("'date':\\{[^}]*}", "'date':null") + "]", KO);

    DocumentScore score = evaluator.score(undated,
        reading(List.of(battleWith(SubType.ARMED_CLASH, "AF-PAN", "2021-01-01", List.of("Taliban")))), KO);

    assertThat(score.events().hits()).isEqualTo(1);
    assertThat(score.fields().date()).isEqualTo(new Ratio(0, 1));
  }

  @Test
  void events_without_a_common_actor_do_not_match() {
    assertThat(events(battleWith(SubType.ARMED_CLASH, "AF-PAN", "2022-05-14", List.of("Islamic State Khorasan"))).hits())
        .isZero();
  }

  @Test
  void an_alias_is_the_same_actor_once_the_dictionary_maps_it() {
    var aliases = Map.of("NRF", "National Resistance Front", "IEA", "Taliban");
    var withDictionary = new Evaluator(name -> aliases.getOrDefault(name, name));
    Event read = battleWith(SubType.ARMED_CLASH, "AF-PAN", "2022-05-14", List.of("IEA", "NRF"));

    DocumentScore score = withDictionary.score(gold, reading(List.of(read)), KO);

    assertThat(events(read).hits()).isZero();
    assertThat(score.events().hits()).isEqualTo(1);
    assertThat(score.fields().actors().f1()).isEqualTo(1.0);
  }

  @Test
  void names_are_compared_without_case_spaces_or_punctuation() {
    Event read = battleWith(SubType.ARMED_CLASH, "AF-PAN", "2022-05-14", List.of("taliban", "National-Resistance  front"));

    DocumentScore score = evaluator.score(gold, reading(List.of(read)), KO);

    assertThat(score.fields().actors()).isEqualTo(new Counts(2, 0, 0));
  }

  @Test
  void an_actor_alternative_may_stand_in_for_a_gold_actor() {
    Gold g = gold("'events':[" + BATTLE.replace("'casualties'", "'actor_alternatives':['Unidentified armed group'],'casualties'") + "]", KO);
    Event read = battleWith(SubType.ARMED_CLASH, "AF-PAN", "2022-05-14",
        List.of("Unidentified armed group", "National Resistance Front"));

    DocumentScore score = evaluator.score(g, reading(List.of(read)), KO);

    assertThat(score.events().hits()).isEqualTo(1);
    assertThat(score.fields().actors().f1()).isEqualTo(1.0);
  }

  @Test
  void the_best_agreeing_reading_event_wins_and_the_other_is_a_false_alarm() {
    Event wrongPlace = event("e1", SubType.GOVERNMENT_REGAINS_TERRITORY, "Rukha", "AF-PAN", "2022-05-14",
        List.of("Taliban"), span(KO, "탈레반이 판지시르"));
    Event right = event("e2", SubType.ARMED_CLASH, "Dara", "AF-PAN", "2022-05-14",
        List.of("Taliban", "National Resistance Front"), span(KO, "다라 지구를 공격했으나"));

    DocumentScore score = evaluator.score(gold, reading(List.of(wrongPlace, right)), KO);

    assertThat(score.events()).isEqualTo(new Counts(1, 1, 1));
    assertThat(score.falseAlarms()).filteredOn(i -> i.section().equals("event")).singleElement()
        .satisfies(i -> assertThat(i.text()).startsWith("e1 "));
    assertThat(score.fields().subtype()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void matching_makes_as_many_pairs_as_it_can_before_it_looks_at_agreement() {
    // two gold clashes on consecutive days; the reading's first event fits both, its second only the first
    Gold twoDays = gold("'events':[" + BATTLE + "," + BATTLE.replace("dara-battle", "dara-next").replace("2022-05-14", "2022-05-15") + "]", KO);
    Event both = battleWith(SubType.ARMED_CLASH, "AF-PAN", "2022-05-14", List.of("Taliban", "National Resistance Front"));
    Event firstOnly = event("e2", SubType.ARMED_CLASH, "Dara", "AF-PAN", "2022-05-13", List.of("Taliban"),
        span(KO, "저항군의 반격에 퇴각했다"));

    DocumentScore score = evaluator.score(twoDays, reading(List.of(both, firstOnly)), KO);

    assertThat(score.events()).isEqualTo(new Counts(2, 0, 0));
  }

  @Test
  void an_optional_gold_event_is_not_needed_and_a_reading_matched_to_it_is_no_false_alarm() {
    Gold withOptional = gold("'events':[" + BATTLE + "," + JOINING.replace("'id':'militia-joins'", "'id':'militia-joins','optional':true") + "]", KO);

    assertThat(evaluator.score(withOptional, reading(List.of(battle())), KO).events()).isEqualTo(new Counts(1, 0, 0));
    assertThat(evaluator.score(withOptional, reading(List.of(battle(), joining(SubType.CHANGE_TO_GROUP, "AF-BDS"))), KO)
        .events()).isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void a_required_event_is_preferred_to_its_optional_twin() {
    Gold twins = gold("'events':[" + BATTLE.replace("'id':'dara-battle'", "'id':'twin','optional':true") + "," + BATTLE + "]", KO);

    DocumentScore score = evaluator.score(twins, reading(List.of(battle())), KO);

    assertThat(score.events()).isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void field_accuracies_are_taken_on_matched_events() {
    Event read = battleWith(SubType.ARMED_CLASH, "AF-PAN", "2022-05-14", List.of("Taliban", "Pakistan"));

    DocumentScore score = evaluator.score(gold, reading(List.of(read)), KO);

    FieldScores f = score.fields();
    assertThat(f.actors()).isEqualTo(new Counts(1, 1, 1));
    assertThat(f.stance()).isEqualTo(new Ratio(1, 1));
    assertThat(f.date()).isEqualTo(new Ratio(1, 1));
    assertThat(f.admin1()).isEqualTo(new Ratio(1, 1));
    assertThat(f.outcome()).isEqualTo(new Ratio(0, 1));
  }
}
