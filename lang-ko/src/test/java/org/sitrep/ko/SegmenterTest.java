package org.sitrep.ko;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private static final NoriAnalyser NORI = new NoriAnalyser(new TreeSet<>(List.of("판지시르", "저항군")));

  private static List<String> clauses(String text) {
    return new Segmenter().clauses(text, NORI.analyse(text)).stream().map(c -> text.substring(c.start(), c.end())).toList();
  }

  @Test
  void a_run_on_sentence_is_cut_at_its_connective_endings() {
    assertThat(clauses("탈레반이 계곡을 공격했으나 저항군이 막았으며 적들은 물러났다."))
        .containsExactly("탈레반이 계곡을 공격했으나", "저항군이 막았으며", "적들은 물러났다.");
  }

  @Test
  void go_before_an_auxiliary_stays_in_its_clause() {
    assertThat(clauses("저항군은 판지시르 계곡을 장악하고 있으며 탈레반은 물러났다"))
        .containsExactly("저항군은 판지시르 계곡을 장악하고 있으며", "탈레반은 물러났다");
  }

  @Test
  void a_sentence_ends_at_a_final_ending_without_a_full_stop() {
    List<Clause> cs = new Segmenter().clauses("탈레반이 물러났다 저항군은 기뻐했다", NORI.analyse("탈레반이 물러났다 저항군은 기뻐했다"));
    assertThat(cs).hasSize(2);
    assertThat(cs.get(0).sentence()).isNotEqualTo(cs.get(1).sentence());
  }

  @Test
  void blank_lines_start_new_paragraphs() {
    String text = "탈레반이 물러났다.\n\n저항군이 들어왔다.\n다음 줄이다.";
    List<Clause> cs = new Segmenter().clauses(text, NORI.analyse(text));
    assertThat(cs).extracting(Clause::paragraph).containsExactly(0, 1, 1);
  }

  @Test
  void clauses_cover_their_morphemes_in_order() {
    String text = "탈레반이 공격했고, 저항군은 반격하며 버텼다. 그리고 끝났다";
    var ms = NORI.analyse(text);
    List<Clause> cs = new Segmenter().clauses(text, ms);
    int next = 0;
    for (Clause c : cs) {
      assertThat(c.from()).isEqualTo(next);
      for (Morpheme m : c.morphemes(ms)) assertThat(m.start()).isBetween(c.start(), c.end());
      next = c.to();
    }
    assertThat(next).isEqualTo(ms.size());
  }
}
