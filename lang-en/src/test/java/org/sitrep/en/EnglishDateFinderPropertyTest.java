package org.sitrep.en;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.core.date.DateMention;
import org.sitrep.core.date.DateResolver;
import org.sitrep.core.testing.FinderProperties;

class EnglishDateFinderPropertyTest {
  private final EnglishDateFinder finder = new EnglishDateFinder();
  private final DateResolver resolver = new DateResolver();

  /** Pieces of date phrases and their surroundings, glued at random. */
  @Provide
  Arbitrary<String> englishish() {
    Arbitrary<String> pieces = Arbitraries.of(
        "0", "1", "5", "31", "32", "99", "2021", "1899", "5th", "31st", "2021-09-05", "2021-13-45", "on", "late", "early",
        "in", "since", "the", "of", "last", "this", "next", "week", "weekend", "month", "year", "day", "days", "ago",
        "later", "earlier", "before", "yesterday", "Yesterday", "today", "Monday", "Sunday", "Thursday", "'s", "night",
        "August", "Aug", "Sept", "May", "March", "February", "spring", "autumn", "fall", "mid", "-", "–", ",", ".",
        ":", "(", ")", "\n", "\n\n", " ", "two", "a", "KABUL", "Posted", "Issued", "hours", "small", "end", "at");
    Arbitrary<String> glued = pieces.list().ofMaxSize(30).map(l -> String.join(" ", l));
    Arbitrary<String> tight = pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    Arbitrary<String> noise = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
        .withChars(" -.,:()'\n\u2019\u2013").ofMaxLength(80);
    return Arbitraries.oneOf(glued, tight, noise);
  }

  @Property(tries = 2000)
  void never_throws_and_keeps_spans_inside_the_part_and_equal_to_the_text(
      @ForAll("englishish") String text, @ForAll double a, @ForAll double b) {
    int[] part = FinderProperties.part(text, a, b);
    List<DateMention> found = finder.find(text, part[0], part[1]);
    FinderProperties.assertInOrderInsidePart(text, part[0], part[1], found.stream().map(DateMention::span).toList());
    for (DateMention m : found) {
      resolver.resolve(m, LocalDate.of(2021, 9, 16), null, LocalDate.of(2021, 9, 10)); // never throws
    }
  }

  @Property(tries = 500)
  void reads_a_part_as_it_reads_that_part_alone(@ForAll("englishish") String text) {
    FinderProperties.assertPartReadAsAlone("Before. ", text, " .After", (t, from, to) -> finder.find(t, from, to).stream().map(DateMention::span).toList());
  }
}
