package org.sitrep.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sitrep.model.Span;

/**
 * The properties every mention finder of every language keeps (quantities, dates): spans in
 * order, inside the part of the text asked for, equal to the text they cover; and a part read
 * inside a longer text gives what the part gives alone. Shared by the languages' property tests.
 */
public final class FinderProperties {
  private FinderProperties() {}

  /** A finder seen through the spans of what it finds in {@code [from, to)} of a text. */
  @FunctionalInterface
  public interface SpanFinder {
    List<Span> find(String text, int from, int to);
  }

  /** The part {@code [from, to)} of {@code text} that two arbitrary doubles pick. */
  public static int[] part(String text, double a, double b) {
    int x = (int) (Math.abs(a % 1) * (text.length() + 1));
    int y = (int) (Math.abs(b % 1) * (text.length() + 1));
    return new int[] {Math.min(x, y), Math.max(x, y)};
  }

  /** Spans follow each other without overlap, lie inside {@code [from, to)} and hold the text they cover. */
  public static void assertInOrderInsidePart(String text, int from, int to, List<Span> spans) {
    int last = from;
    for (Span s : spans) {
      assertThat(s.start()).isGreaterThanOrEqualTo(last);
      assertThat(s.end()).isLessThanOrEqualTo(to);
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      last = s.end();
    }
  }

  /** {@code text} read between {@code before} and {@code after} gives the spans it gives alone. */
  public static void assertPartReadAsAlone(String before, String text, String after, SpanFinder finder) {
    String padded = before + text + after;
    int from = before.length();
    List<String> inPart = finder.find(padded, from, from + text.length()).stream().map(s -> s.text() + "@" + (s.start() - from)).toList();
    List<String> alone = finder.find(text, 0, text.length()).stream().map(s -> s.text() + "@" + s.start()).toList();
    assertThat(inPart).isEqualTo(alone);
  }
}
