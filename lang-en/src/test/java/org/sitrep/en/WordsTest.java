package org.sitrep.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  private static List<String> tokens(String text) {
    Words w = Words.of(text, 0, text.length());
    List<String> out = new ArrayList<>();
    for (int k = 0; k < w.size(); k++) {
      assertThat(text.substring(w.start(k), w.end(k))).isEqualTo(w.raw(k));
      out.add(w.raw(k) + "/" + "WNAP".charAt(w.type(k)));
    }
    return out;
  }

  @Test
  void keeps_abbreviations_thousands_and_apostrophes_inside_a_token() {
    assertThat(tokens("U.S. troops left at 5 a.m. with 1,500 people at ten o'clock."))
        .containsExactly("U.S./W", "troops/W", "left/W", "at/W", "5/N", "a.m./W", "with/W", "1,500/N", "people/W", "at/W",
            "ten/W", "o'clock/W", "./P");
  }

  @Test
  void splits_a_possessive_and_keeps_digits_with_letters_together() {
    assertThat(tokens("Thursday's attack in the 1980s hit PD10 on the 31st"))
        .containsExactly("Thursday/W", "'s/W", "attack/W", "in/W", "the/W", "1980s/A", "hit/W", "PD10/A", "on/W", "the/W",
            "31st/A");
    assertThat(tokens("Thursday\u2019s")).containsExactly("Thursday/W", "\u2019s/W");
  }

  @Test
  void reads_hyphens_decimals_and_times_as_separate_tokens() {
    assertThat(tokens("twenty-five 1.5 13:00 C-17 2,3"))
        .containsExactly("twenty/W", "-/P", "five/W", "1.5/N", "13/N", ":/P", "00/N", "C/W", "-/P", "17/N", "2/N", ",/P", "3/N");
  }

  @Test
  void records_the_space_and_the_line_breaks_before_a_token() {
    Words w = Words.of("a b\nc\n\nd-e", 0, 9);
    assertThat(w.spaced(1)).isTrue();
    assertThat(w.lineBefore(1)).isFalse();
    assertThat(w.lineBefore(2)).isTrue();
    assertThat(w.lineBefore(3)).isTrue();
    assertThat(w.attached(4)).isTrue();
  }

  @Test
  void reads_only_the_given_part() {
    String text = "Before 12 fighters after";
    Words w = Words.of(text, 7, 18);
    assertThat(w.size()).isEqualTo(2);
    assertThat(w.start(0)).isEqualTo(7);
    assertThat(w.integer(0)).isEqualTo(12);
  }
}
