package org.sitrep.core.eval;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.sitrep.model.Report;

/**
 * Scores a reading against a gold reading as {@code format.md} ("How a reading is scored") says.
 *
 * <ul>
 *   <li><b>Events</b> are matched one to one. A pair is a candidate when it has the same ACLED
 *       type, the same province when the gold has one ({@code admin1}, or one of
 *       {@code admin1_any}), dates within a day or overlapping when the gold has a date, and a
 *       common actor when both name actors. Among candidates the most pairs, then the best
 *       agreement (sub-type or an {@code alt_subtypes} one, actor F1, place name, same date)
 *       win.
 *   <li><b>Casualty figures</b> of matched events pair on kind, actor (when both name one) and a
 *       right figure: an exact gold N is right when the reading's range holds N and is at most
 *       max(2, N/2) wide; a vague gold range when the ranges overlap by 40% of their union.
 *   <li><b>Relations</b> match on type and actors (direction ignored for alliance and
 *       hostility); <b>control claims</b> on province, holder and status class; <b>persons</b>
 *       on name.
 *   <li>Optional gold items are not needed for recall, and a reading item matched to one is not
 *       a false alarm.
 *   <li>The headline <b>facts</b> counts are events, relations, control claims and casualty
 *       figures together; persons are scored apart.
 *   <li>{@code must_not} rules are checked on the reading, one violation per offending item.
 * </ul>
 *
 * <p>Actor names are compared after {@code canonicalActor} (aliases to canonical names, e.g. from
 * the actor dictionary) and normalising case, spaces and punctuation; place names likewise
 * after {@code canonicalPlace}. Thread-safe when the functions given are.
 */
public final class Evaluator {
  /** The states of the region, for {@code must_not} rules with {@code from_type: "state"}. */
  public static final Set<String> DEFAULT_STATES =
      Set.of("Pakistan", "Iran", "Tajikistan", "Uzbekistan", "Russia", "United States", "China", "India");

  private final Vocabulary vocabulary;

  /** Names compared as written (after normalising); states are {@link #DEFAULT_STATES}. */
  public Evaluator() {
    this(UnaryOperator.identity());
  }

  /** Actor names mapped by {@code canonicalActor}; states are {@link #DEFAULT_STATES}. */
  public Evaluator(UnaryOperator<String> canonicalActor) {
    this(canonicalActor, defaultStates());
  }

  public Evaluator(UnaryOperator<String> canonicalActor, Predicate<String> isState) {
    this(canonicalActor, UnaryOperator.identity(), isState);
  }

  /**
   * @param canonicalActor maps an actor name or alias to its canonical name (may return its input)
   * @param canonicalPlace maps a place name or alias to its canonical name (may return its input)
   * @param isState whether a canonical actor name is a state
   */
  public Evaluator(UnaryOperator<String> canonicalActor, UnaryOperator<String> canonicalPlace, Predicate<String> isState) {
    this.vocabulary = new Vocabulary(canonicalActor, canonicalPlace, isState);
  }

  /** {@link #DEFAULT_STATES}, compared after normalising case, spaces and punctuation. */
  public static Predicate<String> defaultStates() {
    Set<String> keys = DEFAULT_STATES.stream().map(Names::key).collect(Collectors.toUnmodifiableSet());
    return name -> keys.contains(Names.key(name));
  }

  /**
   * Scores {@code reading} against {@code gold}; {@code text} is the document text the reading's
   * evidence spans point into.
   */
  public DocumentScore score(Gold gold, Report reading, String text) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(reading, "reading");
    return new DocumentScorer(vocabulary, gold, reading, text).score();
  }
}
