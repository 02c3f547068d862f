package org.sitrep.en;

import java.util.HashSet;
import java.util.Set;

/**
 * The text as the shared name scanners need to see it: every word that cannot be part of an
 * English name (a lower-case word outside {@code name-words.txt}) blanked with spaces, so offsets
 * stay those of the text. The gazetteer and actor dictionary try fuzzy windows over every Latin
 * word; over prose most words are common ones, and blanking them makes the scan several times
 * faster without losing a name. Connectors ("e" in "Dasht-e", "of", "the") are kept only between
 * kept words. Stateless; thread-safe.
 */
final class NameWindows {
  private static final Set<String> KEEP = new HashSet<>();
  private static final Set<String> CONNECTORS = Set.of("e", "i", "wa", "ul", "al", "de", "of", "the", "in");

  /** Capitalised words that start no name ("The", "On", "Monday"): blanked like common words. */
  private static final Set<String> STOP = new HashSet<>();

  static {
    for (String[] f : Lexicons.lines("name-words.txt")) {
      if (f[0].equals("STOP")) {
        for (int i = 1; i < f.length; i++) STOP.add(f[i]);
      } else {
        for (String x : f) KEEP.add(x);
      }
    }
  }

  private NameWindows() {}

  /** {@code text} with the letters of words that name nothing replaced by spaces (same length). */
  static String mask(String text) {
    return mask(text, true);
  }

  /** A masked text with everything outside the {@code kept} spans (in text order) blanked too. */
  static char[] only(String masked, java.util.List<org.sitrep.model.Span> kept) {
    char[] out = masked.toCharArray();
    int from = 0;
    for (org.sitrep.model.Span s : kept) {
      blank(out, from, s.start());
      from = s.end();
    }
    blank(out, from, out.length);
    return out;
  }

  /** A masked text with its lower-case words blanked too: enough for persons' names. */
  static String capitalisedOnly(String masked) {
    char[] out = masked.toCharArray();
    int i = 0;
    while (i < out.length) {
      if (!Character.isLetter(out[i])) {
        i++;
        continue;
      }
      int s = i;
      while (i < out.length && out[i] != ' ' && out[i] != '\n') i++;
      if (Character.isLowerCase(out[s]) && (s == 0 || !Character.isLetter(out[s - 1]) && out[s - 1] != '-')) blank(out, s, i);
    }
    return new String(out);
  }

  /** As {@link #mask(String)}; without {@code lowerCase} only capitalised words stay (enough for persons' names). */
  static String mask(String text, boolean lowerCase) {
    char[] out = text.toCharArray();
    int n = out.length;
    int i = 0;
    // state of the previous word: 0 none/blanked, 1 kept
    int prevKept = 0;
    int pendingStart = -1;
    int pendingEnd = -1;
    while (i < n) {
      char c = out[i];
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && (Character.isLetterOrDigit(out[i]) || (out[i] == '-' || out[i] == '\'' || out[i] == '\u2019') && i + 1 < n
          && Character.isLetter(out[i + 1]))) i++;
      boolean upper = Character.isUpperCase(c) || !Character.isLowerCase(c);
      // only short words can be stops or connectors, and kept lower-case words are short too
      String lower = i - s > 14 ? "" : text.substring(s, i).toLowerCase(java.util.Locale.ROOT);
      boolean connector = !upper && CONNECTORS.contains(lower);
      boolean stop = upper && STOP.contains(lower) && (i >= n || out[i] != '-');
      boolean keep = upper ? !stop : lowerCase && KEEP.contains(lower) && !connector;
      if (connector) {
        // decided by the next word: blank it now unless the word before was kept; restore if the next is kept
        if (pendingStart >= 0) blank(out, pendingStart, pendingEnd);
        if (prevKept == 1) {
          pendingStart = s;
          pendingEnd = i;
        } else {
          blank(out, s, i);
          pendingStart = -1;
        }
        continue;
      }
      if (!keep) {
        blank(out, s, i);
        out[s] = BREAK; // a name never runs across a blanked word ("Andarab fell to resistance fighters")
        if (pendingStart >= 0) blank(out, pendingStart, pendingEnd);
        pendingStart = -1;
        prevKept = 0;
      } else {
        pendingStart = -1; // a connector between kept words stays
        prevKept = 1;
      }
    }
    if (pendingStart >= 0) blank(out, pendingStart, pendingEnd);
    return new String(out);
  }

  /** Marks where a common word stood: neither a letter nor a separator, so no name is matched across it. */
  static final char BREAK = '|';

  private static void blank(char[] out, int a, int b) {
    for (int k = a; k < b; k++) out[k] = ' ';
  }
}
