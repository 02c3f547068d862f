package org.sitrep.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class QuantityMentionTest {
  private static final String TEXT = "민간인 최소 25명이 숨졌다";

  @Test
  void a_mention_gives_its_range_through_the_table() {
    QuantityMention m = new QuantityMention(Span.of(TEXT, 4, 10), 25, 0, Bound.AT_LEAST, "명", "ko.quantity.test");
    assertThat(m.span().text()).isEqualTo("최소 25명");
    assertThat(m.range()).isEqualTo(new Range(25, 50));
  }

  @Test
  void a_mention_that_gives_no_count_cannot_be_made() {
    assertThatThrownBy(() -> new QuantityMention(Span.of(TEXT, 4, 10), 0, 0, Bound.EXACT, "명", "r"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new QuantityMention(Span.of(TEXT, 4, 10), 5, 0, Bound.EXACT, "명", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
