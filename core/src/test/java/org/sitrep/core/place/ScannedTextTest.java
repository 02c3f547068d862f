package org.sitrep.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScannedTextTest {
  @Test
  void every_syllable_decomposes_to_the_jamo_and_bits_the_fuzzy_index_uses() {
    StringBuilder all = new StringBuilder();
    for (char c = 0xAC00; c <= 0xD7A3; c++) all.append(c);
    all.append("a-Z 9ㄱ\u1100");
    String text = all.toString();
    ScannedText st = ScannedText.of(text);
    for (int i = 0; i < text.length(); i++) {
      char[] expected = new char[3];
      int n = Chars.jamo(text.charAt(i), expected, 0);
      int from = st.jamoAt()[i];
      int to = st.jamoAt()[i + 1];
      assertThat(Arrays.copyOfRange(st.jamo(), from, to)).isEqualTo(Arrays.copyOf(expected, n));
      assertThat(st.jamoBits()[i]).isEqualTo(FuzzyIndex.bits(expected, 0, n));
    }
  }

  @Test
  void words_and_match_starts_are_found_once_for_every_matcher() {
    String text = "탈레반이 Kabul-e 에서ㅋ가 x";
    ScannedText st = ScannedText.of(text);
    assertThat(ScannedText.of(text)).isSameAs(st);
    assertThat(Arrays.copyOf(st.hangulWords, 2 * st.hangulWordCount)).containsExactly(0, 4, 13, 15);
    assertThat(Arrays.copyOf(st.latinWords, 2 * st.latinWordCount)).containsExactly(5, 10, 11, 12, 18, 19);
    assertThat(Arrays.copyOf(st.starts, st.startCount)).containsExactly(0, 5, 11, 13, 18);
  }
}
