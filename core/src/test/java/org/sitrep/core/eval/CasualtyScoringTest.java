package org.sitrep.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.eval.Fixtures.BATTLE;
import static org.sitrep.core.eval.Fixtures.KO;
import static org.sitrep.core.eval.Fixtures.battle;
import static org.sitrep.core.eval.Fixtures.casualty;
import static org.sitrep.core.eval.Fixtures.event;
import static org.sitrep.core.eval.Fixtures.gold;
import static org.sitrep.core.eval.Fixtures.killed;
import static org.sitrep.core.eval.Fixtures.reading;
import static org.sitrep.core.eval.Fixtures.span;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Casualty;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.SubType;

class CasualtyScoringTest {
  private final Evaluator evaluator = new Evaluator();
  private final Gold gold = gold("'events':[" + BATTLE + "]", KO);

  private DocumentScore score(Casualty... casualties) {
    return evaluator.score(gold, reading(List.of(battle(casualties))), KO);
  }

  @ParameterizedTest(name = "gold {0} and reading {1}..{2}: {3}")
  @CsvSource({
      "40, 40, 40, true", "40, 38, 42, true", "40, 36, 44, true", "40, 30, 51, false", "40, 20, 99, false",
      "40, 41, 41, false", "1, 1, 3, true", "1, 1, 4, false", "12, 10, 14, true", "12, 10, 17, false",
      "100, 100, 150, true", "100, 90, 141, false"})
  void an_exact_gold_figure_is_right_when_the_range_holds_it_and_is_narrow(int n, int low, int high, boolean right) {
    assertThat(CasualtyFigures.right(n, n, low, high)).isEqualTo(right);
  }

  @ParameterizedTest(name = "gold {0}..{1} and reading {2}..{3}: {4}")
  @CsvSource({
      "20, 99, 20, 99, true", "20, 99, 50, 99, true", "20, 99, 30, 70, true", "20, 99, 30, 60, false", "20, 99, 20, 40, false",
      "20, 99, 90, 200, false", "20, 99, 45, 45, false", "36, 44, 40, 40, false", "36, 44, 38, 48, true"})
  void a_vague_gold_range_is_right_when_the_ranges_overlap_by_forty_percent_of_their_union(int gl, int gh, int low,
      int high, boolean right) {
    assertThat(CasualtyFigures.right(gl, gh, low, high)).isEqualTo(right);
  }

  @Test
  void right_figures_of_the_same_kind_and_actor_are_hits() {
    DocumentScore s = score(killed("Taliban", 20, 99), casualty("Taliban", CasualtyKind.CAPTURED, 12, 12));

    assertThat(s.casualties()).isEqualTo(new Counts(2, 0, 0));
    assertThat(s.fields().casualtyFigures()).isEqualTo(new Ratio(2, 2));
    assertThat(s.facts()).isEqualTo(new Counts(3, 0, 0));
  }

  @Test
  void a_wrong_figure_is_a_false_alarm_and_leaves_the_gold_figure_missed() {
    DocumentScore s = score(casualty("Taliban", CasualtyKind.CAPTURED, 100, 199));

    assertThat(s.casualties()).isEqualTo(new Counts(0, 1, 2));
    assertThat(s.misses()).filteredOn(i -> i.section().equals("casualty"))
        .anySatisfy(i -> assertThat(i.text()).contains("captured 12").contains("(reading: 100-199)"));
    assertThat(s.fields().casualtyFigures()).isEqualTo(new Ratio(0, 2));
  }

  @Test
  void a_figure_of_another_kind_or_actor_does_not_count() {
    assertThat(score(casualty("Taliban", CasualtyKind.WOUNDED, 20, 99)).casualties().hits()).isZero();
    assertThat(score(killed("National Resistance Front", 20, 99)).casualties().hits()).isZero();
  }

  @Test
  void a_figure_without_an_actor_can_still_be_right() {
    assertThat(score(killed(null, 30, 99)).casualties().hits()).isEqualTo(1);
  }

  @Test
  void an_optional_gold_figure_is_not_needed_and_a_reading_matched_to_it_is_no_false_alarm() {
    Gold g = gold("'events':[" + BATTLE.replace("'text':'12명이 포로로'", "'text':'12명이 포로로','optional':true") + "]", KO);

    var read = reading(List.of(battle(killed("Taliban", 20, 99), casualty("Taliban", CasualtyKind.CAPTURED, 12, 12))));
    assertThat(evaluator.score(g, read, KO).casualties()).isEqualTo(new Counts(1, 0, 0));
    assertThat(evaluator.score(g, reading(List.of(battle(killed("Taliban", 20, 99)))), KO).casualties())
        .isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void figures_of_a_missed_event_are_missed_and_those_of_a_false_event_are_false_alarms() {
    var stray = event("e9", SubType.SUICIDE_BOMB, "Kabul", "AF-KAB", "2022-05-14", List.of("Islamic State Khorasan"),
        span(KO, "15일 바다흐샨"), killed("Civilians", 5, 5));

    DocumentScore s = evaluator.score(gold, reading(List.of(stray)), KO);

    assertThat(s.casualties()).isEqualTo(new Counts(0, 1, 2));
    assertThat(s.fields().casualtyFigures()).isEqualTo(Ratio.ZERO);
  }
}
