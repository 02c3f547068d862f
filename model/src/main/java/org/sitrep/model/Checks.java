package org.sitrep.model;

import java.util.List;

/** Small argument checks shared by the records. */
final class Checks {
  private Checks() {}

  static <T> T required(T value, String what) {
    if (value == null) throw new IllegalArgumentException(what + " is required");
    return value;
  }

  static String nonBlank(String value, String what) {
    if (value == null || value.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
    return value;
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  static <T> List<T> nonEmpty(List<T> values, String what) {
    List<T> copy = list(values);
    if (copy.isEmpty()) throw new IllegalArgumentException(what + " must not be empty");
    return copy;
  }

  /** For constant messages; a message built from values is built only when the check fails, at the call. */
  static void check(boolean condition, String message) {
    if (!condition) throw new IllegalArgumentException(message);
  }

  /** Checks an optional surface anchor: all three null, or text with a consistent span. */
  static void anchor(String text, Integer start, Integer end, String what) {
    if (start == null && end == null) return;
    if (start == null || end == null) throw new IllegalArgumentException(what + ": start_char and end_char go together");
    if (start < 0 || end <= start) throw new IllegalArgumentException(what + ": bad span " + start + ".." + end);
    if (text == null || text.length() != end - start) {
      throw new IllegalArgumentException(what + ": text length does not match span " + start + ".." + end);
    }
  }
}
