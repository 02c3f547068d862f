package org.sitrep.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.model.Span;

class EnglishAnalyserPropertyTest {
  private final EnglishAnalyser analyser = new EnglishAnalyser();

  /** Words, abbreviations, bullets and line breaks glued at random. */
  @Provide
  Arbitrary<String> reportish() {
    Arbitrary<String> pieces = Arbitraries.of(
        "The", "Taliban", "said", "Gen.", "Lt.", "Col.", "U.S.", "U.N.", "Sept.", "5", "KABUL,", "(Reuters)", "-", "- ",
        "* ", "1. ", "fighters", "attacked", "on", "Monday.", "Talks", "failed.", "?", "!", "\"", "\n", "\n\n", "\n- ",
        "KEY POINTS", "a.m.", "p.m.", "S.", "etc.", "i.e.", " ", "  ", "\t", ".", "...", "\u2022 ", "\r\n");
    Arbitrary<String> glued = pieces.list().ofMaxSize(40).map(l -> String.join(" ", l));
    Arbitrary<String> tight = pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    Arbitrary<String> noise = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withChars(" .-*\n\t\"()!?:;,\u2022").ofMaxLength(120);
    return Arbitraries.oneOf(glued, tight, noise);
  }

  @Property(tries = 300)
  void sentences_are_trimmed_ordered_non_overlapping_and_equal_to_the_text(@ForAll("reportish") String text) {
    List<Span> found = analyser.sentences(text);
    int last = 0;
    for (Span s : found) {
      assertThat(s.start()).isGreaterThanOrEqualTo(last);
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      assertThat(Character.isWhitespace(s.text().charAt(0))).isFalse();
      assertThat(Character.isWhitespace(s.text().charAt(s.length() - 1))).isFalse();
      last = s.end();
    }
    if (!text.isBlank()) assertThat(found).isNotEmpty();
  }

  @Property(tries = 200)
  void tokens_lie_inside_their_sentence_and_equal_the_text(@ForAll("reportish") String text) {
    for (EnglishAnalyser.Sentence s : analyser.analyse(text)) {
      int last = s.span().start();
      for (EnglishAnalyser.Token t : s.tokens()) {
        assertThat(t.start()).isGreaterThanOrEqualTo(last);
        assertThat(t.end()).isLessThanOrEqualTo(s.span().end());
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        assertThat(t.pos()).isNotNull();
        last = t.end();
      }
    }
  }
}
