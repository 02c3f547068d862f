package org.sitrep.ko;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ClauseFactsPropertyTest {
  /** The phrase the hand-written scan stands for, as a regular expression. */
  private static final Pattern COUNTED = Pattern.compile("(두|세|네|여러|몇) ?(차례|번)(?!째)");

  @Provide
  Arbitrary<String> countings() {
    return Arbitraries.of("두", "세", "네", "여", "러", "여러", "몇", " ", "  ", "차", "례", "차례", "번", "째", "교전", "가", "x")
        .list().ofMaxSize(12).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void counted_occurrences_are_found_exactly_where_the_phrase_is(@ForAll("countings") String text) {
    assertThat(ClauseFacts.counted(text)).isEqualTo(COUNTED.matcher(text).find());
  }
}
