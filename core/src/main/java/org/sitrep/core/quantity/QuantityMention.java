package org.sitrep.core.quantity;

import org.sitrep.model.Span;

/** TEMP stub of branch num. */
public record QuantityMention(Span span, long value, long value2, Bound bound, String counter, String rule) {
  public Range range() {
    return switch (bound) {
      case EXACT -> new Range(value, value);
      case VAGUE, BETWEEN -> new Range(value, value2);
      case APPROX -> new Range((long) Math.floor(value * 0.9), (long) Math.ceil(value * 1.1));
      case AT_LEAST -> new Range(value, 2 * value);
      case MORE_THAN -> new Range(value + 1, 2 * value);
      case UP_TO -> new Range(1, value);
      case UNDER -> new Range(1, Math.max(1, value - 1));
      case PLUS -> new Range(value, value2);
    };
  }
}
