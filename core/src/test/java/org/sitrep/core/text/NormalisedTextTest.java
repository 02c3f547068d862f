package org.sitrep.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class NormalisedTextTest {

  @Test
  void non_breaking_and_ideographic_spaces_become_plain_spaces() {
    NormalisedText t = NormalisedText.of("판지시르\u00A0계곡\u3000공격");
    assertThat(t.text()).isEqualTo("판지시르 계곡 공격");
  }

  @Test
  void full_width_digits_become_ascii_and_keep_their_offsets() {
    NormalisedText t = NormalisedText.of("탈레반 １００명이");
    assertThat(t.text()).isEqualTo("탈레반 100명이");
    assertThat(t.originalSpan(4, 7).text()).isEqualTo("１００");
  }

  @Test
  void zero_width_characters_are_dropped_and_spans_map_back_to_the_original() {
    String original = "저항\u200B군이 공격";
    NormalisedText t = NormalisedText.of(original);
    assertThat(t.text()).isEqualTo("저항군이 공격");
    Span s = t.originalSpan(0, 3);
    assertThat(s.text()).isEqualTo("저항\u200B군");
    assertThat(original.substring(s.start(), s.end())).isEqualTo(s.text());
  }

  @Test
  void a_paragraph_copied_twice_is_marked_duplicate_the_first_is_not() {
    String p = "탈레반이 어제 판지시르 계곡을 공격했으나 퇴각했다.";
    NormalisedText t = NormalisedText.of(p + "\n\n다른 문단이다 아주 다른 이야기.\n\n" + p + "\n");
    assertThat(t.inDuplicateParagraph(0)).isFalse();
    int second = t.text().lastIndexOf("탈레반이");
    assertThat(t.inDuplicateParagraph(second)).isTrue();
    assertThat(t.duplicateParagraphs()).hasSize(1);
  }

  @Test
  void short_repeated_lines_are_not_duplicates() {
    NormalisedText t = NormalisedText.of("사진\n\n본문이다.\n\n사진\n");
    assertThat(t.duplicateParagraphs()).isEmpty();
  }

  @Property(tries = 300)
  void every_normalised_span_maps_to_a_substring_of_the_original(@ForAll String original) {
    NormalisedText t = NormalisedText.of(original);
    assertThat(t.text().length()).isLessThanOrEqualTo(original.length());
    for (int i = 0; i < t.text().length(); i++) {
      Span s = t.originalSpan(i, i + 1);
      if (s != null) assertThat(original.substring(s.start(), s.end())).isEqualTo(s.text());
      assertThat(t.toOriginal(i)).isBetween(0, original.length());
    }
  }
}
