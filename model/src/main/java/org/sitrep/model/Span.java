package org.sitrep.model;

/**
 * Characters {@code [start, end)} of the document text (UTF-16 code units, as Java string
 * indices) and the text they hold. Evidence for a fact is a list of spans.
 */
public record Span(int start, int end, String text) implements Comparable<Span> {
  public Span {
    if (!(start >= 0)) throw new IllegalArgumentException("span start must be >= 0: " + start);
    if (!(end > start)) throw new IllegalArgumentException("span end must be > start: " + start + ".." + end);
    Checks.check(text != null && !text.isEmpty(), "span text must not be empty");
    if (!(text.length() == end - start)) throw new IllegalArgumentException("span text length " + text.length() + " != " + (end - start));
  }

  /** The span {@code [start, end)} of {@code documentText}. */
  public static Span of(String documentText, int start, int end) {
    return new Span(start, end, documentText.substring(start, end));
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
