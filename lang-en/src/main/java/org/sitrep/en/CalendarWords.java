package org.sitrep.en;

import java.util.HashMap;
import java.util.Map;

/**
 * Month, weekday and season names (the resource {@code date-words.txt}), read once. Month names
 * count only when capitalised, so the modal "may" and the verb "march" are not months; a weekday
 * has no other sense and counts in any case. Thread-safe (immutable after loading).
 */
final class CalendarWords {
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, Integer> WEEKDAYS = new HashMap<>();
  private static final Map<String, Integer> SEASONS = new HashMap<>();
  /** Full month names ("may", "june"): a period after them ends a sentence, it abbreviates nothing. */
  private static final java.util.Set<String> FULL_MONTHS = new java.util.HashSet<>();

  static {
    for (String[] f : Lexicons.lines("date-words.txt")) {
      Map<String, Integer> m = f[0].equals("month") ? MONTHS : f[0].equals("weekday") ? WEEKDAYS : SEASONS;
      for (int i = 2; i < f.length; i++) m.put(f[i], Integer.parseInt(f[1]));
      if (m == MONTHS) FULL_MONTHS.add(f[2]);
    }
  }

  private CalendarWords() {}

  /** The month (1-12) token {@code k} names ("August", "Aug", "Sept"), or 0. */
  static int month(Words w, int k) {
    if (!w.isWord(k) || !w.capitalized(k)) return 0;
    Integer m = MONTHS.get(w.lower(k));
    return m == null ? 0 : m;
  }

  /** The month named by tokens ending just before {@code k}: "August", "Aug", "Aug."; 0 if none. */
  static int monthBefore(Words w, int k) {
    if (w.isPunct(k - 1, '.') && w.attached(k - 1)) {
      int m = month(w, k - 2);
      return m > 0 && !FULL_MONTHS.contains(w.lower(k - 2)) ? m : 0;
    }
    return month(w, k - 1);
  }

  /** How many tokens the month at {@code k} takes: 2 for an abbreviation with its period ("Sept."). */
  static int monthLength(Words w, int k) {
    return w.isPunct(k + 1, '.') && w.attached(k + 1) && !FULL_MONTHS.contains(w.lower(k)) ? 2 : 1;
  }

  /** The ISO weekday (1 Monday - 7 Sunday) token {@code k} names, in any case ("on monday" in a forum post), or 0. */
  static int weekday(Words w, int k) {
    if (!w.isWord(k)) return 0;
    Integer d = WEEKDAYS.get(w.lower(k));
    return d == null ? 0 : d;
  }

  /** The season (1 spring - 4 winter) token {@code k} names, in any case, or 0. */
  static int season(Words w, int k) {
    if (!w.isWord(k)) return 0;
    Integer s = SEASONS.get(w.lower(k));
    return s == null ? 0 : s;
  }
}
