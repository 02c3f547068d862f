package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportChecksTest {
  private static final String TEXT = RecordsTest.TEXT;

  private static Report report(Event e) {
    return new Report(DocumentInfo.of("t", "ko", null), List.of(e), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void a_report_whose_spans_match_the_text_is_well_formed() {
    Report r = report(RecordsTest.event(List.of(Span.of(TEXT, 0, TEXT.length()))));
    assertThat(ReportChecks.problems(r, TEXT)).isEmpty();
    ReportChecks.assertWellFormed(r, TEXT);
  }

  @Test
  void a_span_whose_text_differs_from_the_document_is_reported() {
    Report r = report(RecordsTest.event(List.of(new Span(0, 3, "탈레반"))));
    assertThat(ReportChecks.problems(r, TEXT)).singleElement().asString().contains("differs");
  }

  @Test
  void a_span_past_the_end_of_the_text_is_reported() {
    Report r = report(RecordsTest.event(List.of(new Span(10, 40, "x".repeat(30)))));
    assertThatThrownBy(() -> ReportChecks.assertWellFormed(r, TEXT)).hasMessageContaining("past the end");
  }

  @Test
  void an_anchor_that_points_elsewhere_is_reported() {
    Event good = RecordsTest.event(List.of(Span.of(TEXT, 0, TEXT.length())));
    var actors = List.of(new ActorRef("Taliban", 1, null, new Anchor("탈레반", 0, 3)));
    Event bad = new Event(good.id(), good.date(), good.subtype(), actors, good.location(), good.casualties(), null,
        good.attribution(), good.summary(), good.rules(), good.confidence(), good.evidence());
    assertThat(ReportChecks.problems(report(bad), TEXT)).anyMatch(p -> p.contains("actor Taliban"));
  }

  @Test
  void duplicate_event_ids_are_reported() {
    Event e = RecordsTest.event(List.of(Span.of(TEXT, 0, TEXT.length())));
    Report r = new Report(DocumentInfo.of("t", "ko", null), List.of(e, e), List.of(), List.of(), List.of(), List.of());
    assertThat(ReportChecks.problems(r, TEXT)).anyMatch(p -> p.contains("duplicate"));
  }
}
