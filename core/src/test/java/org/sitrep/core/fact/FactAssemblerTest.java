package org.sitrep.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.pipeline.Explained;
import org.sitrep.core.pipeline.RuleFiring;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Anchor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Casualty;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.DateRange;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Extent;
import org.sitrep.model.Outcome;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.ReportChecks;
import org.sitrep.model.Span;
import org.sitrep.model.SubType;

class FactAssemblerTest {
  private static final String TEXT = "0123456789".repeat(20);
  private static final DocumentInfo INFO = DocumentInfo.of("t", "ko", LocalDate.of(2021, 9, 24));
  private static final Place VALLEY = new Place("Panjshir Valley", "AF-PAN", null, 35.3, 69.5, PlacePrecision.REGION, null, new Anchor("01", 0, 2));
  private static final Place WAKHAN = new Place("Wakhan Corridor", "AF-BDS", null, 37.0, 73.0, PlacePrecision.DISTRICT, null, new Anchor("01", 0, 2));
  private static final Place YAFTAL = new Place("Yaftal Sufla", "AF-BDS", null, 37.0, 70.0, PlacePrecision.DISTRICT, null, new Anchor("01", 0, 2));

  private static Drafted<Event> event(Place place, LocalDate day, int at, Outcome outcome, String side1, String side2, Casualty... cas) {
    List<ActorRef> actors = side2 == null ? List.of(new ActorRef(side1, 1, null, null))
        : List.of(new ActorRef(side1, 1, null, null), new ActorRef(side2, 2, null, null));
    Event e = new Event("draft", day == null ? null : DateRange.day(day, null), SubType.ARMED_CLASH, actors, place, List.of(cas), outcome,
        Attribution.REPORTED, null, List.of(), 0.7, List.of(Span.of(TEXT, at, at + 5)));
    return new Drafted<>(e, List.of(new RuleFiring("test.rule", Span.of(TEXT, at, at + 2))));
  }

  @Test
  void the_same_battle_told_twice_is_one_event_with_both_spans_and_the_first_figures() {
    LocalDate d = LocalDate.of(2021, 9, 23);
    var a = event(VALLEY, d, 0, null, "Taliban", "National Resistance Front", new Casualty("Taliban", CasualtyKind.KILLED, 20, 99, null));
    var b = event(VALLEY, d, 100, null, "National Resistance Front", "Taliban", new Casualty("Taliban", CasualtyKind.KILLED, 30, 30, null),
        new Casualty("Taliban", CasualtyKind.WOUNDED, 40, 40, null));
    Explained x = new FactAssembler().assemble(INFO, List.of(a, b), List.of(), List.of(), List.of());
    assertThat(x.report().events()).hasSize(1);
    Event e = x.report().events().get(0);
    assertThat(e.id()).isEqualTo("e1");
    assertThat(e.evidence()).hasSize(2);
    assertThat(e.casualties()).extracting(Casualty::low).containsExactly(20, 40);
    assertThat(e.summary()).startsWith("Taliban attacked National Resistance Front in Panjshir Valley (AF-PAN) on 2021-09-23; Taliban: 20-99 killed, 40 wounded");
    assertThat(e.rules()).containsExactly("test.rule");
    assertThat(x.firings().get(0)).hasSize(2);
    ReportChecks.assertWellFormed(x.report(), TEXT);
  }

  @Test
  void battles_at_two_named_places_of_one_province_stay_apart() {
    var a = event(WAKHAN, null, 0, null, "National Resistance Front", "Taliban");
    var b = event(YAFTAL, null, 50, null, "National Resistance Front", "Taliban");
    Explained x = new FactAssembler().assemble(INFO, List.of(a, b), List.of(), List.of(), List.of());
    assertThat(x.report().events()).extracting(Event::id).containsExactly("e1", "e2");
  }

  @Test
  void events_days_apart_are_not_merged() {
    var a = event(VALLEY, LocalDate.of(2021, 9, 20), 0, null, "Taliban", "National Resistance Front");
    var b = event(VALLEY, LocalDate.of(2021, 9, 23), 50, null, "Taliban", "National Resistance Front");
    assertThat(new FactAssembler().assemble(INFO, List.of(a, b), List.of(), List.of(), List.of()).report().events()).hasSize(2);
  }

  @Test
  void a_merged_outcome_still_names_the_side_that_retreated() {
    LocalDate d = LocalDate.of(2021, 9, 23);
    var a = event(VALLEY, d, 0, null, "Taliban", "National Resistance Front");
    var b = event(VALLEY, d, 50, Outcome.SIDE2_RETREATED, "National Resistance Front", "Taliban");
    Event e = new FactAssembler().assemble(INFO, List.of(a, b), List.of(), List.of(), List.of()).report().events().get(0);
    assertThat(e.outcome()).isEqualTo(Outcome.SIDE1_RETREATED);
    assertThat(e.summary()).endsWith("Taliban retreated.");
  }

  @Test
  void facts_come_out_in_the_order_of_their_first_evidence() {
    var late = event(VALLEY, null, 150, null, "Taliban", "National Resistance Front");
    var early = event(WAKHAN, null, 10, null, "National Resistance Front", "Taliban");
    var x = new FactAssembler().assemble(INFO, List.of(late, early), List.of(), List.of(), List.of());
    assertThat(x.report().events()).extracting(e -> e.location().name()).containsExactly("Wakhan Corridor", "Panjshir Valley");
  }

  @Test
  void the_same_alliance_told_twice_is_one_relation_whichever_way_round() {
    Relation r1 = new Relation(RelationType.ALLIANCE, "A", "B", null, null, Attribution.REPORTED, null, List.of(), 0.6, List.of(Span.of(TEXT, 0, 4)));
    Relation r2 = new Relation(RelationType.ALLIANCE, "B", "A", null, null, Attribution.REPORTED, null, List.of(), 0.6, List.of(Span.of(TEXT, 20, 24)));
    var x = new FactAssembler().assemble(INFO, List.of(), List.of(new Drafted<>(r1, List.of()), new Drafted<>(r2, List.of())), List.of(), List.of());
    assertThat(x.report().relations()).hasSize(1);
    assertThat(x.report().relations().get(0).evidence()).hasSize(2);
    assertThat(x.report().relations().get(0).summary()).isEqualTo("A is allied with B.");
  }

  @Test
  void support_keeps_every_means_said() {
    Relation r1 = new Relation(RelationType.SUPPORT, "A", "B", "ammunition", null, Attribution.REPORTED, null, List.of(), 0.6, List.of(Span.of(TEXT, 0, 4)));
    Relation r2 = new Relation(RelationType.SUPPORT, "A", "B", "safe haven", null, Attribution.REPORTED, null, List.of(), 0.6, List.of(Span.of(TEXT, 20, 24)));
    var x = new FactAssembler().assemble(INFO, List.of(), List.of(new Drafted<>(r1, List.of()), new Drafted<>(r2, List.of())), List.of(), List.of());
    assertThat(x.report().relations().get(0).means()).isEqualTo("ammunition; safe haven");
  }

  @Test
  void control_claims_get_a_summary_and_firings_line_up_with_facts() {
    ControlClaim c = new ControlClaim(WAKHAN, "National Resistance Front", "Taliban", ControlStatus.TOOK, Extent.POSITIONS, null,
        Attribution.REPORTED, null, List.of(), 0.7, List.of(Span.of(TEXT, 5, 9)));
    var x = new FactAssembler().assemble(INFO, List.of(event(VALLEY, null, 0, null, "Taliban", "National Resistance Front")), List.of(),
        List.of(new Drafted<>(c, List.of(new RuleFiring("ko.control.took", Span.of(TEXT, 5, 7))))), List.of());
    assertThat(x.report().control().get(0).summary()).isEqualTo("National Resistance Front took positions in Wakhan Corridor (AF-BDS) from Taliban.");
    assertThat(x.firings()).hasSize(x.report().facts().size());
    assertThat(x.firings().get(1)).extracting(RuleFiring::rule).containsExactly("ko.control.took");
    assertThat(x.report().control().get(0).rules()).containsExactly("ko.control.took");
  }

  @Test
  void talk_of_fighting_with_one_side_and_no_day_is_not_an_event() {
    var vague = event(VALLEY, null, 0, null, "Taliban", null);
    assertThat(new FactAssembler().assemble(INFO, List.of(vague), List.of(), List.of(), List.of()).report().events()).isEmpty();
    var dated = event(VALLEY, LocalDate.of(2021, 9, 20), 0, null, "Taliban", null);
    assertThat(new FactAssembler().assemble(INFO, List.of(dated), List.of(), List.of(), List.of()).report().events()).hasSize(1);
  }
}
