package org.sitrep.core.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What stands around a place name: the suffixes and particles after it ({@code suffixes.txt})
 * and the connecting words between a province and a place inside it ({@code connectors.txt}).
 * Language data, the same for every gazetteer. Immutable; thread-safe.
 */
final class Suffixes {
  private record Suffix(String surface, PlaceKind kind, boolean not, boolean strict) {}

  private final List<Suffix> korean = new ArrayList<>();
  private final Map<String, Suffix> english = new TreeMap<>();
  private final Map<String, String> generics = new TreeMap<>();
  private final Set<String> before = new TreeSet<>();
  private final Set<String> after = new TreeSet<>();

  private static final class Holder {
    static final Suffixes BUNDLED = new Suffixes();
  }

  private Suffixes() {
    for (Tsv.Row row : Tsv.read(Tsv.resource(Suffixes.class, "suffixes.txt"))) {
      String surface = row.cell(0);
      String kindCell = row.cell(1);
      boolean not = kindCell.equals("not");
      PlaceKind kind = kindCell.isEmpty() || not ? null : PlaceKind.of(kindCell);
      Suffix s = new Suffix(surface, kind, not, row.cell(2).equals("y"));
      if (Chars.containsHangul(surface)) {
        korean.add(s);
        if (!row.cell(3).isEmpty()) {
          generics.put(row.cell(3).toLowerCase(Locale.ROOT), surface);
        }
      } else {
        english.put(surface.toLowerCase(Locale.ROOT), s);
      }
    }
    korean.sort(Comparator.comparingInt((Suffix s) -> s.surface().length()).reversed().thenComparing(Suffix::surface));
    for (Tsv.Row row : Tsv.read(Tsv.resource(Suffixes.class, "connectors.txt"))) {
      String gap = normalise(row.cell(1));
      switch (row.cell(0)) {
        case "before" -> before.add(gap);
        case "after" -> after.add(gap);
        default -> throw row.error("where must be before or after");
      }
    }
  }

  static Suffixes bundled() {
    return Holder.BUNDLED;
  }

  /** Korean surfaces allowed directly after a one- or two-syllable name. */
  List<String> followers() {
    List<String> out = new ArrayList<>();
    for (Suffix s : korean) {
      if (!s.not()) {
        out.add(s.surface());
      }
    }
    return out;
  }

  /** Korean surfaces allowed directly after a strict name. */
  List<String> strictFollowers() {
    List<String> out = new ArrayList<>();
    for (Suffix s : korean) {
      if (s.strict()) {
        out.add(s.surface());
      }
    }
    return out;
  }

  /** English generic (lower case) → Korean generic: valley → 계곡. */
  Map<String, String> generics() {
    return generics;
  }

  /**
   * The kind the text right after a name points to (바글란<b>주</b>, 다라 <b>지구</b>, Khost
   * <b>province</b>), or null. A one-character Korean suffix must be attached to the name.
   */
  PlaceKind kindAfter(CharSequence text, int end) {
    int n = text.length();
    if (end < n && Chars.isHangul(text.charAt(end))) {
      return koreanAt(text, end, true);
    }
    int p = end;
    while (p < n && p - end < 2 && Chars.isSeparator(text.charAt(p))) {
      p++;
    }
    if (p == end || p >= n) {
      return null;
    }
    if (Chars.isHangul(text.charAt(p))) {
      return p - end == 1 ? koreanAt(text, p, false) : null;
    }
    int q = p;
    while (q < n && Chars.isLatinLetter(text.charAt(q))) {
      q++;
    }
    Suffix s = english.get(text.subSequence(p, q).toString().toLowerCase(Locale.ROOT));
    return s == null || s.not() ? null : s.kind();
  }

  private PlaceKind koreanAt(CharSequence text, int at, boolean attached) {
    for (Suffix s : korean) {
      int len = s.surface().length();
      if ((attached || len >= 2) && at + len <= text.length()
          && regionEquals(text, at, s.surface())) {
        return s.not() ? null : s.kind();
      }
    }
    return null;
  }

  private static boolean regionEquals(CharSequence text, int at, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (text.charAt(at + i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code gap}, the text between a province and a place after it, puts the place in the province. */
  boolean connectsBefore(CharSequence gap) {
    return gap.length() <= 12 && before.contains(normalise(gap.toString()));
  }

  /** Whether {@code gap}, the text between a place and a province after it, puts the place in the province. */
  boolean connectsAfter(CharSequence gap) {
    return gap.length() <= 20 && after.contains(normalise(gap.toString()));
  }

  private static String normalise(String gap) {
    return gap.strip().replaceAll("\\s+", " ").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }
}
