package org.sitrep.core.quantity;

import org.sitrep.model.Span;

/**
 * A number phrase in a text: {@code [start,end)} of the text, the value(s) as written, how the
 * phrase bounds them, the counter or unit word (명, 대, 곳, people; null when the phrase has
 * none, as in "10만이 안되는") and the name of the rule that found it. Whether a phrase is a
 * casualty figure, a force or a crowd is decided later, from its clause.
 *
 * <p>Examples (Korean): "최소 25명" → (25, 0, AT_LEAST, "명"); "수십명" → (10, 0, VAGUE, "명");
 * "50여 명" → (50, 0, PLUS, "명"); "20~30명" → (20, 30, BETWEEN, "명"); "40명 가량" → (40, 0,
 * APPROX, "명"). The constructor rejects a value and bound that {@link QuantityTable} cannot turn
 * into a range, so every mention has one. Immutable.
 *
 * @param span the phrase in the document text
 * @param value the number as written (for VAGUE, the place value: 10 for 수십)
 * @param value2 the second number of a BETWEEN (or a VAGUE lowest count), else 0
 * @param bound how the phrase bounds the count
 * @param counter the counter or unit word as a dictionary form (명 for a typo 며), or null
 * @param rule the stable dotted name of the rule that found the phrase
 */
public record QuantityMention(Span span, long value, long value2, Bound bound, String counter, String rule) {
  public QuantityMention {
    if (span == null) throw new IllegalArgumentException("quantity span is required");
    if (rule == null || rule.isBlank()) throw new IllegalArgumentException("quantity rule is required");
    QuantityTable.range(value, value2, bound); // validates
  }

  /** The counts the phrase allows, by {@link QuantityTable}. */
  public Range range() {
    return QuantityTable.range(value, value2, bound);
  }
}
