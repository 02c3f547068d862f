package org.sitrep.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FuzzyIndexTest {
  @Test
  void distance_counts_insertions_deletions_substitutions_and_adjacent_transpositions() {
    assertThat(FuzzyIndex.distance("sufla", "sufia", 2)).isEqualTo(1);
    assertThat(FuzzyIndex.distance("herat", "heart", 2)).isEqualTo(1);
    assertThat(FuzzyIndex.distance("kabul", "kabl", 2)).isEqualTo(1);
    assertThat(FuzzyIndex.distance("kabul", "kabul", 2)).isEqualTo(0);
  }

  @Test
  void distance_gives_up_past_its_limit() {
    assertThat(FuzzyIndex.distance("badakhshan", "kandahar", 2)).isEqualTo(3);
    assertThat(FuzzyIndex.distance("a", "abcdef", 1)).isEqualTo(2);
  }

  @Test
  void nearest_finds_keys_through_their_deletions_and_keeps_ties() {
    FuzzyIndex<String> index = new FuzzyIndex<>();
    index.add("badakhshan", null, 2, "Badakhshan");
    index.add("bamyan", null, 1, "Bamyan");
    index.add("bamian", null, 1, "Bamian");
    index.freeze();
    assertThat(index.nearest("badakshan", null, 2).values()).containsExactly("Badakhshan");
    assertThat(index.nearest("bamyon", null, 1).values()).containsExactly("Bamyan");
    assertThat(index.nearest("bamjan", null, 1).values()).containsExactly("Bamian", "Bamyan");
    assertThat(index.nearest("badakhshan", null, 2)).as("exact is not fuzzy").isNull();
    assertThat(index.nearest("vadakhshan", null, 2)).as("first letter differs").isNull();
  }

  @Test
  void a_key_tolerates_no_more_edits_than_it_was_indexed_with_nor_than_the_query_allows() {
    FuzzyIndex<String> index = new FuzzyIndex<>();
    index.add("bamyan", null, 1, "Bamyan");
    index.add("badakhshan", null, 2, "Badakhshan");
    index.freeze();
    assertThat(index.nearest("bomyon", null, 2)).isNull();
    assertThat(index.nearest("badakshen", null, 1)).isNull();
  }

  @Test
  void short_first_words_must_agree() {
    FuzzyIndex<String> index = new FuzzyIndex<>();
    index.add("iranborder", "iran", 2, "Iran border");
    index.add("yaftalsufla", "yaftal", 2, "Yaftal Sufla");
    index.freeze();
    assertThat(index.nearest("iraqborder", "iraq", 2)).isNull();
    assertThat(index.nearest("yaftalsufia", "yaftal", 2).values()).containsExactly("Yaftal Sufla");
    assertThat(index.nearest("yaftelsufla", "yaftel", 2).values()).containsExactly("Yaftal Sufla");
  }
}
