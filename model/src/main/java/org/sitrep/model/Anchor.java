package org.sitrep.model;

/**
 * Where a field's value was read: the surface text and, when known, its span. Serialised as the
 * flat {@code text}, {@code start_char}, {@code end_char} fields of the format.
 */
public record Anchor(String text, Integer startChar, Integer endChar) {
  public Anchor {
    Checks.anchor(text, startChar, endChar, "anchor");
  }

  public static Anchor of(Span span) {
    return new Anchor(span.text(), span.start(), span.end());
  }

  /** The span, or null when only the text is known. */
  public Span span() {
    return startChar == null ? null : new Span(startChar, endChar, text);
  }
}
