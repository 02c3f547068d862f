package org.sitrep.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class EnglishAnalyserTest {
  private final EnglishAnalyser analyser = new EnglishAnalyser();

  private List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (Span s : analyser.sentences(text)) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      out.add(s.text());
    }
    return out;
  }

  @Test
  void does_not_end_a_sentence_after_a_title_a_rank_or_a_month_abbreviation() {
    assertThat(sentences("Gen. Zia met Lt. Col. Amiri on Sept. 5 near the pass. Talks failed."))
        .containsExactly("Gen. Zia met Lt. Col. Amiri on Sept. 5 near the pass.", "Talks failed.");
  }

  @Test
  void keeps_us_and_un_inside_a_sentence_but_ends_one_before_a_sentence_opener() {
    assertThat(sentences("U.S. Central Command said the U.N. mission was told. Fighters fled to the U.S. The next day they returned."))
        .containsExactly("U.S. Central Command said the U.N. mission was told.", "Fighters fled to the U.S.",
            "The next day they returned.");
  }

  @Test
  void keeps_a_wire_dateline_with_the_first_sentence() {
    String text = "KABUL, Sept. 6 (Reuters) - Fighting resumed in the valley. The Taliban said they held the pass.";
    assertThat(sentences(text)).containsExactly(
        "KABUL, Sept. 6 (Reuters) - Fighting resumed in the valley.", "The Taliban said they held the pass.");
  }

  @Test
  void ends_a_sentence_at_a_bullet_a_blank_line_and_a_heading() {
    String text = "WEEKLY REPORT\nKEY POINTS\n- Kabul: attack on a hospital\n- Herat: protest dispersed by gunfire\n"
        + "1. Mazar: calm\n\nA headline without a period\n\nThe first paragraph starts here.";
    assertThat(sentences(text)).containsExactly("WEEKLY REPORT", "KEY POINTS", "Kabul: attack on a hospital",
        "Herat: protest dispersed by gunfire", "Mazar: calm", "A headline without a period", "The first paragraph starts here.");
  }

  @Test
  void ends_a_sentence_at_a_line_that_ends_a_note() {
    String text = "Reporting period: 27 October - 2 November 2021 | Issued: 3 November 2021\nPrepared by the security cell.";
    assertThat(sentences(text)).containsExactly(
        "Reporting period: 27 October - 2 November 2021 | Issued: 3 November 2021", "Prepared by the security cell.");
  }

  @Test
  void keeps_wrapped_prose_together() {
    String text = "The Taliban said on Monday that fighters of the resistance had\nwithdrawn from the valley overnight.";
    assertThat(sentences(text)).containsExactly(text);
  }

  @Test
  void gives_tokens_and_upos_tags_with_offsets_into_the_text() {
    String text = "Intro line\n\nTaliban fighters attacked the valley on Monday.";
    List<EnglishAnalyser.Sentence> found = analyser.analyse(text);
    assertThat(found).hasSize(2);
    EnglishAnalyser.Sentence s = found.get(1);
    for (EnglishAnalyser.Token t : s.tokens()) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      assertThat(s.span().start()).isLessThanOrEqualTo(t.start());
      assertThat(t.end()).isLessThanOrEqualTo(s.span().end());
      assertThat(t.pos()).isNotBlank();
    }
    assertThat(s.tokens()).extracting(EnglishAnalyser.Token::text)
        .containsExactly("Taliban", "fighters", "attacked", "the", "valley", "on", "Monday", ".");
    assertThat(s.tokens().get(1).pos()).isEqualTo("NOUN");
    assertThat(s.tokens().get(2).pos()).isEqualTo("VERB");
    assertThat(s.tokens().get(6).pos()).isEqualTo("PROPN");
  }

  @Test
  void reads_the_same_on_several_threads_at_once() throws Exception {
    String text = "KABUL, Aug 28 (Wire) - A drone strike killed two members of the group late on Friday. "
        + "Officials said at least 169 Afghans were killed.\n\n- Kabul: more than 200 wounded\n- Herat: calm";
    List<EnglishAnalyser.Sentence> expected = analyser.analyse(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<EnglishAnalyser.Sentence>>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) runs.add(pool.submit(() -> analyser.analyse(text)));
      for (Future<List<EnglishAnalyser.Sentence>> f : runs) assertThat(f.get()).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void the_baseline_counts_the_tokens_of_the_whole_text() {
    assertThat(EnglishAnalyser.baseline("Taliban fighters attacked the valley on Monday.")).isEqualTo(8);
  }

  @Test
  void finds_no_sentence_in_white_space() {
    assertThat(analyser.sentences(" \n\n \t ")).isEmpty();
    assertThat(analyser.sentences("")).isEmpty();
  }
}
