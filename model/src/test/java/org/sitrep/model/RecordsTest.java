package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {
  static final String TEXT = "9월3일 탈레반이 계곡을 공격했다.";

  static Event event(List<Span> evidence) {
    return new Event("e1", DateRange.day(LocalDate.of(2021, 9, 3), new Anchor("9월3일", 0, 4)), SubType.ARMED_CLASH,
        List.of(new ActorRef("Taliban", 1, null, new Anchor("탈레반", 5, 8))),
        new Place("Panjshir Valley", "AF-PAN", null, 35.3, 69.5, PlacePrecision.REGION, null, null),
        List.of(new Casualty("Taliban", CasualtyKind.KILLED, 20, 99, null)), null, Attribution.REPORTED,
        "Taliban attacked.", List.of("test.rule"), 0.8, evidence);
  }

  @Test
  void a_casualty_range_rejects_low_above_high_and_zero() {
    assertThatThrownBy(() -> new Casualty("Taliban", CasualtyKind.KILLED, 40, 20, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Casualty("Taliban", CasualtyKind.KILLED, 0, 0, null)).hasMessageContaining(">= 1");
  }

  @Test
  void a_span_must_hold_text_of_its_length() {
    assertThatThrownBy(() -> new Span(0, 3, "ab")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(3, 3, "")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Span.of(TEXT, 5, 8).text()).isEqualTo("탈레반");
  }

  @Test
  void a_date_range_rejects_an_end_before_its_start() {
    assertThatThrownBy(() -> new DateRange(LocalDate.of(2021, 9, 3), LocalDate.of(2021, 9, 2), Precision.DAY, false, null))
        .hasMessageContaining("before start");
  }

  @Test
  void an_event_needs_evidence_and_an_actor() {
    assertThatThrownBy(() -> event(List.of())).hasMessageContaining("evidence");
  }

  @Test
  void lists_are_copied_so_a_fact_cannot_change_after_it_is_built() {
    var evidence = new ArrayList<>(List.of(Span.of(TEXT, 0, 19)));
    Event e = event(evidence);
    evidence.clear();
    assertThat(e.evidence()).hasSize(1);
    assertThatThrownBy(() -> e.rules().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void admin1_must_be_an_iso_3166_2_code() {
    assertThatThrownBy(() -> new Place("Somewhere", "Panjshir", null, null, null, null, null, null)).hasMessageContaining("ISO");
  }

  @Test
  void subtypes_know_their_acled_type_and_spelling() {
    assertThat(SubType.of("Government regains territory").type()).isEqualTo(EventType.BATTLES);
    assertThat(SubType.AIR_DRONE_STRIKE.type().label()).isEqualTo("Explosions/Remote violence");
    assertThat(SubType.values()).hasSize(25);
  }

  @Test
  void control_status_classes_group_holding_statuses() {
    assertThat(ControlStatus.TOOK.statusClass()).isEqualTo(ControlStatus.MOSTLY.statusClass());
    assertThat(ControlStatus.LOST.statusClass()).isNotEqualTo(ControlStatus.HOLDS.statusClass());
  }
}
