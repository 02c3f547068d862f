package org.sitrep.core.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Name comparison after normalising case, width, spaces and punctuation ("Pul-e Hisar" = "pul e hisar"). */
final class Names {
  private Names() {}

  /** Lower-case letters and digits only; null becomes "". */
  static String key(String name) {
    if (name == null) return "";
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    var sb = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** The words of a name, normalised, in order. */
  static Set<String> words(String name) {
    if (name == null) return Set.of();
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    var out = new LinkedHashSet<String>();
    Arrays.stream(s.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).forEach(out::add);
    return out;
  }

  /**
   * How well two place names agree: 1 when equal after normalising, 0.5 when one contains the
   * other ("Andarab" in "Andarab (Banu)"), else 0.
   */
  static double placeAgreement(String a, String b) {
    String x = key(a);
    String y = key(b);
    if (x.isEmpty() || y.isEmpty()) return 0;
    if (x.equals(y)) return 1;
    if (Math.min(x.length(), y.length()) >= 3 && (x.contains(y) || y.contains(x))) return 0.5;
    return 0;
  }

  /** Person names agree when equal after normalising, or when every word of the shorter is in the longer. */
  static boolean samePerson(String a, String b) {
    if (key(a).isEmpty() || key(b).isEmpty()) return false;
    if (key(a).equals(key(b))) return true;
    Set<String> x = words(a);
    Set<String> y = words(b);
    return x.size() <= y.size() ? y.containsAll(x) : x.containsAll(y);
  }
}
