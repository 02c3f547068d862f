package org.sitrep.ko;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.core.quantity.QuantityMention;
import org.sitrep.core.testing.FinderProperties;

class KoreanQuantityFinderPropertyTest {
  private final KoreanQuantityFinder finder = new KoreanQuantityFinder();

  /** Pieces of number phrases and their surroundings, glued at random. */
  @Provide
  Arbitrary<String> koreanish() {
    Arbitrary<String> pieces = Arbitraries.of(
        "0", "1", "25", "1,500", "3.5", "10", "약", "최소", "수", "수십", "십", "백", "천", "만", "억", "조", "여",
        "명", "며", "대", "곳", "개", "월", "일", "년", "시간", "%", "이", "가", "도", "는", " ", " ", "\u00A0",
        "~", "-", "에서", "이상", "넘는", "안되는", "안 되는", "가량", "한", "두", "세", "열", "스무", "두세", "여러",
        "몇", "UH", "MI-", ".", ",", ":", "/", "(", ")", "\n", "탈레반", "사망", "미만", "까지", "남짓", "개월");
    Arbitrary<String> glued = pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    Arbitrary<String> noise = Arbitraries.strings().withCharRange('가', '힣').withCharRange('0', '9')
        .withChars(" ~-.,%명여수십백천만").ofMaxLength(60);
    return Arbitraries.oneOf(glued, noise);
  }

  @Property(tries = 2000)
  void never_throws_and_keeps_spans_inside_the_part_and_equal_to_the_text(
      @ForAll("koreanish") String text, @ForAll double a, @ForAll double b) {
    int[] part = FinderProperties.part(text, a, b);
    List<QuantityMention> found = finder.find(text, part[0], part[1]);
    FinderProperties.assertInOrderInsidePart(text, part[0], part[1], found.stream().map(QuantityMention::span).toList());
    for (QuantityMention m : found) {
      assertThat(m.range().low()).isGreaterThanOrEqualTo(1);
    }
  }

  @Property(tries = 500)
  void reads_a_part_as_it_reads_that_part_alone(@ForAll("koreanish") String text) {
    FinderProperties.assertPartReadAsAlone("앞말 ", text, " 뒷말", (t, from, to) -> finder.find(t, from, to).stream().map(QuantityMention::span).toList());
  }
}
