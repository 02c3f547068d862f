package org.sitrep.ko;

import java.util.List;

/**
 * A clause of a sentence: characters {@code [start, end)} of the normalised text and its
 * morphemes {@code [from, to)}. {@code link} is the connective ending that closes it (고, 며,
 * 으나, 는데, 면서, 지만, 다가...) or empty for the last clause of a sentence; {@code sentence}
 * is the index of its sentence and {@code paragraph} that of its paragraph.
 */
record Clause(int start, int end, int from, int to, String link, int sentence, int paragraph) {
  List<Morpheme> morphemes(List<Morpheme> all) {
    return all.subList(from, to);
  }
}
