package org.sitrep.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.eval.Fixtures.BATTLE;
import static org.sitrep.core.eval.Fixtures.KO;
import static org.sitrep.core.eval.Fixtures.event;
import static org.sitrep.core.eval.Fixtures.gold;
import static org.sitrep.core.eval.Fixtures.reading;
import static org.sitrep.core.eval.Fixtures.span;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Span;
import org.sitrep.model.SubType;

class EvidenceTest {
  private final Evaluator evaluator = new Evaluator();
  private final Gold gold = gold("'events':[" + BATTLE + "]", KO);

  private DocumentScore score(Span evidence, String text) {
    Event e = event("e1", SubType.ARMED_CLASH, "Dara", "AF-PAN", "2022-05-14", List.of("Taliban"), evidence);
    return evaluator.score(gold, reading(List.of(e)), text);
  }

  @Test
  void evidence_is_valid_when_every_span_is_the_text_it_claims() {
    assertThat(score(span(KO, "탈레반이 판지시르"), KO).evidenceValid()).isEqualTo(new Ratio(1, 1));
    assertThat(score(new Span(0, 4, "엉뚱한말"), KO).evidenceValid()).isEqualTo(new Ratio(0, 1));
    assertThat(score(new Span(KO.length() - 2, KO.length() + 3, "엉뚱한말들"), KO).evidenceValid())
        .isEqualTo(new Ratio(0, 1));
  }

  @Test
  void evidence_is_on_target_when_it_overlaps_the_gold_quote_and_is_about_a_clause_long() {
    assertThat(score(span(KO, "탈레반이 판지시르 다라 지구를 공격했으나 저항군의 반격에 퇴각했다."), KO).evidenceOnTarget())
        .isEqualTo(new Ratio(1, 1));
    assertThat(score(span(KO, "저항군은 다라 지구를 장악하고 있다"), KO).evidenceOnTarget()).isEqualTo(new Ratio(0, 1));
  }

  @Test
  void evidence_much_longer_than_the_clause_is_not_on_target() {
    String padding = "그리고 ".repeat(100);
    String text = KO + padding;
    Gold g = gold("'events':[" + BATTLE + "]", text);
    Event whole = event("e1", SubType.ARMED_CLASH, "Dara", "AF-PAN", "2022-05-14", List.of("Taliban"),
        new Span(0, text.length(), text));

    assertThat(evaluator.score(g, reading(List.of(whole)), text).evidenceOnTarget()).isEqualTo(new Ratio(0, 1));
  }
}
