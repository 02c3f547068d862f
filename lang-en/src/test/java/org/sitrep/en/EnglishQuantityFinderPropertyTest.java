package org.sitrep.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.core.quantity.QuantityMention;
import org.sitrep.core.testing.FinderProperties;

class EnglishQuantityFinderPropertyTest {
  private final EnglishQuantityFinder finder = new EnglishQuantityFinder();

  /** Pieces of number phrases and their surroundings, glued at random. */
  @Provide
  Arbitrary<String> englishish() {
    Arbitrary<String> pieces = Arbitraries.of(
        "0", "1", "13", "1,500", "1.5", "2021", "99999999999999999999", "one", "two", "twenty", "-", "five", "hundred",
        "thousand", "million", "dozen", "dozens", "a", "an", "of", "the", "scores", "tens", "hundreds", "thousands",
        "several", "few", "handful", "about", "at least", "more than", "over", "up to", "under", "fewer than",
        "between", "and", "or", "to", "from", "or more", "odd", "plus", "+", "fighters", "people", "men", "man",
        "Taliban", "were", "killed", "killing", "aged", "$", "%", "percent", "days", "year", "August", "Aug", ".",
        ",", ":", "\"", "'s", "(", ")", "\n", "\n\n", " ", " ", " ", "\u00A0", "C", "PD10", "31st", "13:00");
    Arbitrary<String> glued = pieces.list().ofMaxSize(30).map(l -> String.join(" ", l));
    Arbitrary<String> tight = pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    Arbitrary<String> noise = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .withChars(" -.,%:'\"\n\u2019\u201C\u201D").ofMaxLength(80);
    return Arbitraries.oneOf(glued, tight, noise);
  }

  @Property(tries = 2000)
  void never_throws_and_keeps_spans_inside_the_part_and_equal_to_the_text(
      @ForAll("englishish") String text, @ForAll double a, @ForAll double b) {
    int[] part = FinderProperties.part(text, a, b);
    List<QuantityMention> found = finder.find(text, part[0], part[1]);
    FinderProperties.assertInOrderInsidePart(text, part[0], part[1], found.stream().map(QuantityMention::span).toList());
    for (QuantityMention m : found) {
      assertThat(m.range().low()).isGreaterThanOrEqualTo(1);
    }
  }

  @Property(tries = 500)
  void reads_a_part_as_it_reads_that_part_alone(@ForAll("englishish") String text) {
    FinderProperties.assertPartReadAsAlone("Before. ", text, " .After", (t, from, to) -> finder.find(t, from, to).stream().map(QuantityMention::span).toList());
  }
}
