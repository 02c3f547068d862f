package org.sitrep.ko;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.core.date.DateMention;
import org.sitrep.core.testing.FinderProperties;

class KoreanDateFinderPropertyTest {
  private final KoreanDateFinder finder = new KoreanDateFinder();

  /** Pieces of date phrases and their surroundings, glued at random. */
  @Provide
  Arbitrary<String> koreanish() {
    Arbitrary<String> pieces = Arbitraries.of(
        "0", "1", "5", "23", "31", "32", "2021", "2021.", "9.", "년", "월", "일", "주", "전", "간", "동안", "째",
        "지난", "지지난", "달", "주말", "이번", "이달", "초", "중순", "말", "해", "작년", "올", "봄", "겨울", "오는",
        "어제", "그제", "이틀", "사흘", "오늘", "날", "같은 날", "전날", "인 ", "부터", "까지", "현재", "지금",
        "(현지시간)", "월요일", "수요일", " ", " ", "\u00A0", "~", "-", ".", "/", "(", ")", "\n", "탈레반", "에", "는");
    Arbitrary<String> noise = Arbitraries.strings().withCharRange('가', '힣').withCharRange('0', '9')
        .withChars(" ~-.,/()일월년전주").ofMaxLength(60);
    Arbitrary<String> glued = pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    return Arbitraries.oneOf(glued, noise);
  }

  @Property(tries = 2000)
  void never_throws_and_keeps_spans_inside_the_part_and_equal_to_the_text(
      @ForAll("koreanish") String text, @ForAll double a, @ForAll double b) {
    int[] part = FinderProperties.part(text, a, b);
    List<DateMention> found = finder.find(text, part[0], part[1]);
    FinderProperties.assertInOrderInsidePart(text, part[0], part[1], found.stream().map(DateMention::span).toList());
  }

  @Property(tries = 500)
  void reads_a_part_as_it_reads_that_part_alone(@ForAll("koreanish") String text) {
    FinderProperties.assertPartReadAsAlone("앞말 ", text, " 뒷말", (t, from, to) -> finder.find(t, from, to).stream().map(DateMention::span).toList());
  }
}
