package org.sitrep.en;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.core.quantity.Bound;
import org.sitrep.core.quantity.QuantityMention;
import org.sitrep.core.quantity.QuantityTable;
import org.sitrep.model.Span;

/**
 * Finds number phrases in English text; the ranges come from the core {@link QuantityTable}.
 *
 * <ul>
 *   <li>exact: "13 American service members" (13, counter member), "1,500 people", "twelve men",
 *       "Thirteen U.S. troops", "twenty-five", "a dozen" 12, "two dozen" 24, "1.5 million"</li>
 *   <li>vague: "dozens of women", "\"scores\" of fighters", "hundreds", "several hundred",
 *       "thousands", "tens of thousands", "a few", "several villages" → VAGUE; "a handful of
 *       Taliban" 3..9</li>
 *   <li>bounded: "about 50" (also around, nearly, almost, some, approximately, roughly, an
 *       estimated), "at least 19", "50 or more", "more than 40", "over 200", "more than a dozen"
 *       13..24, "up to ten", "as many as 30", "fewer than 10", "under 10", "40-odd" 40..49</li>
 *   <li>between: "between 20 and 30", "20-30 fighters", "20 to 30", "two or three"</li>
 *   <li>a casualty line of event notes: "Fatalities: 2"</li>
 * </ul>
 *
 * <p>The counter noun is kept as its singular ("fighters" → fighter, "people" → person), found
 * after the number over a few modifiers ("two Iranian border guards" → guard), after "of"
 * ("dozens of Taliban fighters") and over quotes ("two \"high-profile\" members"); the span runs
 * from the bound word to the counter. After a number above one only a plural counts, so "the
 * Badri 313 unit" is no count.
 *
 * <p>Not quantities: years ("in 2021"), dates ("17 August", "Aug. 14", "17-20 August"), times
 * ("13:00", "10 a.m."), durations and ages ("15 minutes", "nine-day", "aged 12", "12-year-old"),
 * percentages, money ("$40 million"), model and unit names ("C-17", "PD10"), ordinals ("first",
 * "31st"), the pronoun "one" without a counter, and bare digits with no counter, bound or verb
 * around them ("the 1973 treaty"). Whether a phrase is a casualty figure is decided later.
 *
 * <p>Known weaknesses: a bare number with no counter, bound, verb or toll around it is missed
 * ("12 in Kunduz"); the counter lexicon is closed, so an unknown noun gives no counter and the span
 * ends at the number; a four-digit count from 1900 to 2099 without a bound reads as a year ("2000
 * fighters"); "a couple of", "half a dozen", "a number of" are not read; "over" and "some" bound
 * any number that follows them ("over 2 districts").
 *
 * <p>One pass over a light tokenisation ({@link Words}), each attempt looking a bounded number of
 * tokens ahead: linear in the text, no regular expressions. Lexicons are plain-text resources
 * beside this class, loaded once. Thread-safe.
 */
public final class EnglishQuantityFinder {
  private static final String RULE = "en.quantity.";
  private static final Map<String, NumberWord> NUMBERS = new HashMap<>();
  private static final Phrases<Vague> VAGUE = new Phrases<>();
  private static final Phrases<Bound> PREFIXES = new Phrases<>();
  private static final Phrases<Bound> SUFFIXES = new Phrases<>();
  private static final Phrases<Bound> BETWEENS = new Phrases<>();
  private static final Phrases<Boolean> NOT_AFTER = new Phrases<>();
  private static final Phrases<Boolean> NOT_BEFORE = new Phrases<>();
  /** Capitalised words that make a number after them a name: "District 13", "Route 1". */
  private static final Phrases<Boolean> NAMES_BEFORE = new Phrases<>();
  private static final Map<String, Counter> COUNTERS = new HashMap<>();
  private static final Set<String> STOPS = new HashSet<>();
  /** Words after a bare number that show it counts people: "40 had surrendered", "18 were wounded". */
  private static final Set<String> BARE_FOLLOWERS = Set.of(
      "were", "was", "had", "have", "has", "are", "died", "remain", "remained", "killed", "wounded", "injured",
      "dead", "missing", "others", "more", "surrendered", "captured", "detained", "arrested", "hurt");
  /** Labels of a count in notes and tables: "Fatalities: 2". */
  private static final Set<String> LABELS = Set.of(
      "fatalities", "fatality", "deaths", "dead", "killed", "wounded", "injured", "injuries", "casualties",
      "arrested", "detained", "missing", "captured", "abducted");
  /** Words between "toll" and its number: "rose to 25", "a toll of 25", "stood at 25". */
  private static final Set<String> TOLL_LINKS = Set.of("to", "of", "at", "was", "is", "reached", "hit", "now");
  /** Counters that are also predicates: a count only right after the number ("six dead"), not in "1 fighter wounded". */
  private static final Set<String> PREDICATES = Set.of("dead", "wounded", "injured");
  /** Determiners that may follow "of" before the counter: "two of the attackers". */
  private static final Set<String> OF_DETERMINERS = Set.of("the", "these", "those", "their", "its", "his", "her", "our");
  /** Place values of the words that follow "several" / "a few": "several hundred". */
  private static final Map<String, Long> FEW_SCALES = Map.of("dozen", 10L, "hundred", 100L, "thousand", 1000L, "million", 1_000_000L);
  /** Place values of the plural scale words after "tens of", "hundreds of". */
  private static final Map<String, Long> PLURAL_SCALES = Map.of("thousands", 1000L, "millions", 1_000_000L);

  static {
    for (String[] f : Lexicons.lines("quantity-numbers.txt")) NUMBERS.put(f[2], new NumberWord(f[0], Long.parseLong(f[1])));
    for (String[] f : Lexicons.lines("quantity-vague.txt")) {
      VAGUE.add(join(f, 3), new Vague(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2]));
    }
    for (String[] f : Lexicons.lines("quantity-bounds.txt")) {
      Phrases<Bound> target = f[0].equals("prefix") ? PREFIXES : f[0].equals("suffix") ? SUFFIXES : BETWEENS;
      target.add(join(f, 2), Bound.valueOf(f[1]));
    }
    for (String[] f : Lexicons.lines("quantity-not-units.txt")) {
      (f[0].equals("after") ? NOT_AFTER : f[0].equals("before") ? NOT_BEFORE : NAMES_BEFORE).add(join(f, 1), Boolean.TRUE);
    }
    for (String[] f : Lexicons.lines("quantity-counters.txt")) {
      String lemma = f[0];
      boolean invariant = f.length > 1 && f[1].equals("=");
      COUNTERS.put(lemma, new Counter(lemma, invariant, true));
      for (int i = 1; i < f.length; i++) {
        if (!f[i].equals("=")) COUNTERS.put(f[i], new Counter(lemma, true, false));
      }
    }
    for (String[] f : Lexicons.lines("quantity-stops.txt")) STOPS.addAll(List.of(f));
  }

  /** Finds the quantity phrases that lie inside {@code [from, to)} of {@code text}, in order. */
  public List<QuantityMention> find(String text, int from, int to) {
    Objects.checkFromToIndex(from, to, text.length());
    Words w = Words.of(text, from, to);
    List<QuantityMention> out = new ArrayList<>();
    int k = 0;
    while (k < w.size()) {
      int next = at(w, k, out);
      k = next > k ? next : k + 1;
    }
    return out;
  }

  // ---------------------------------------------------------------- lexicon records

  /** A number word: its kind (unit, tens, hundred, scale, dozen) and value. */
  private record NumberWord(String kind, long value) {}

  /** A vague word: its place value, its lowest count (0: twice the place value), what it needs. */
  private record Vague(long unit, long lowest, String needs) {}

  /** A counter form: the lemma it stands for, whether it may follow a plural, a singular count. */
  private record Counter(String lemma, boolean plural, boolean singular) {}

  /**
   * A number read at a token: its value (for a vague word, the place value), a vague word's
   * lowest count, how it was written (digits, words, vague), what a vague word needs after it,
   * the token after it; or, with {@code skipTo > 0}, a number that is no count, to be skipped.
   */
  private record Num(long value, long lowest, String kind, String needs, int end, int skipTo) {
    static Num skip(int to) {
      return new Num(0, 0, "skip", null, 0, to);
    }

    boolean vague() {
      return kind.equals("vague");
    }
  }

  private static String join(String[] f, int from) {
    return String.join(" ", java.util.Arrays.copyOfRange(f, from, f.length));
  }

  // ---------------------------------------------------------------- one attempt at a token

  /** Reads a phrase at token {@code k}; returns the token where scanning goes on, or {@code k}. */
  private static int at(Words w, int k, List<QuantityMention> out) {
    Bound prefix = null;
    boolean between = false;
    int j = k;
    Phrases.Entry<Bound> p = PREFIXES.at(w, k);
    if (p != null) {
      prefix = p.value();
      j = k + p.length();
    } else {
      Phrases.Entry<Bound> b = BETWEENS.at(w, k);
      if (b != null) {
        between = true;
        j = k + b.length();
      }
    }
    if (j > k && (w.lineBefore(j) || j >= w.size())) return k;
    Num n = number(w, j);
    if (n == null) return k;
    if (n.skipTo > 0) return n.skipTo;
    int numStart = j;
    int e = n.end;
    // not a count: a date, a unit of time, money, an age, a model name
    if (CalendarWords.monthBefore(w, numStart) > 0 || CalendarWords.month(w, e) > 0) return e;
    if (notBefore(w, numStart) || prefix == null && !between && notBefore(w, k)) return skipRange(w, e); // "aged 18 to 40"
    if (notAfter(w, e)) return e;
    boolean year = n.kind.equals("digits") && !w.hasComma(numStart) && n.value >= 1900 && n.value <= 2099
        && n.end == numStart + 1;
    if (year && prefix == null) return e;
    if (n.kind.equals("digits") && w.isPunct(e, ':') && w.attached(e) && w.isNumber(e + 1) && w.attached(e + 1)) {
      return e + 2; // a time, 13:00
    }

    long value = n.value;
    long value2 = 0;
    Bound bound = null;
    String rule = null;
    // ranges: "between 20 and 30", "from 20 to 30", "20-30", "20 to 30", "two or three"
    if (!n.vague()) {
      int r = e;
      boolean and = between && w.is(r, "and");
      boolean link = and || (!between || w.is(j - 1, "from")) && (w.isDash(r) || w.is(r, "to") || w.is(r, "or"));
      if (link) {
        Num m = number(w, r + 1);
        boolean sameKind = m != null && m.skipTo == 0 && m.kind.equals(n.kind) && !m.vague();
        boolean spacedDash = w.isDash(r) && !n.kind.equals("digits");
        if (sameKind && m.value > value && !spacedDash && (!w.is(r, "or") || m.value <= 20)) {
          if (CalendarWords.month(w, m.end) > 0 || notAfter(w, m.end)) return m.end; // "17-20 August", "2-3 days"
          value2 = m.value;
          e = m.end;
          bound = Bound.BETWEEN;
          rule = RULE + "between";
        }
      }
    }
    int start = numStart;
    if (bound == null && (between || prefix != null) && !n.vague()) {
      if (prefix != null && !(prefix == Bound.UNDER && value < 2)) {
        bound = prefix;
        start = k;
        rule = RULE + ruleName(prefix);
      }
    } else if (bound == Bound.BETWEEN && between) {
      start = k;
    }
    // suffixes: "50 or more", "40-odd", "50-plus", "50+"; "some 40-odd" is 40..49
    if ((bound == null || bound == Bound.APPROX && prefix != null) && !n.vague()) {
      int s = e;
      if (w.isDash(s) && w.attached(s) && w.attached(s + 1)) s++;
      Phrases.Entry<Bound> suffix = SUFFIXES.at(w, s);
      if (suffix != null && (s == e || suffix.value() == Bound.PLUS || suffix.value() == Bound.AT_LEAST)) {
        bound = suffix.value();
        e = s + suffix.length();
        rule = RULE + ruleName(bound);
      }
    }
    // the counter
    int numEnd = e;
    boolean singular = !n.vague() && value == 1 && value2 == 0;
    int q = e;
    if (w.isQuote(q) && w.attached(q)) q++; // the closing quote of '"scores" of'
    boolean of = w.is(q, "of") && !w.lineBefore(q);
    if (n.needs != null && n.needs.equals("of") && !of) return e;
    if (of) {
      q++;
      if (q < w.size() && OF_DETERMINERS.contains(w.lower(q))) q++;
      if (notAfter(w, q)) return numEnd; // "hundreds of years"
    } else {
      q = e;
    }
    int counterEnd = counterEnd(w, q, singular);
    String counter = counterEnd < 0 ? null : COUNTERS.get(w.lower(counterEnd - 1)).lemma;
    // emit or not
    if (n.vague()) {
      if (n.needs != null && n.needs.equals("counter") && counter == null && !of && !bareFollower(w, e)) return numEnd;
      bound = Bound.VAGUE;
      value2 = n.lowest;
      start = numStart;
      rule = RULE + (n.lowest > 0 ? "handful" : "vague");
    } else if (bound == null) {
      bound = Bound.EXACT;
      boolean label = w.isPunct(numStart - 1, ':') && w.isWord(numStart - 2) && LABELS.contains(w.lower(numStart - 2));
      if (label) {
        rule = RULE + "label";
      } else if (n.kind.equals("words")) {
        if (value == 1 && counter == null) return numEnd;
        rule = RULE + "words";
      } else if (counter == null && toll(w, numStart)) {
        rule = RULE + "toll";
      } else {
        if (counter == null && !bareFollower(w, e) && !verbBefore(w, numStart)) return numEnd;
        rule = RULE + "digits";
      }
    }
    int end = Math.max(w.end(e - 1), counterEnd > 0 ? w.end(counterEnd - 1) : 0);
    int spanStart = w.start(start);
    if (oddQuotes(w, start, counterEnd > 0 ? Math.max(e, counterEnd) : e) && w.isQuote(start - 1) && w.attached(start)) {
      spanStart = w.start(start - 1);
    }
    if (!out.isEmpty() && out.get(out.size() - 1).span().end() > spanStart) return numEnd;
    try {
      out.add(new QuantityMention(Span.of(w.text, spanStart, end), value, value2, bound, counter, rule));
    } catch (IllegalArgumentException tooLargeOrEmpty) {
      // a value the table rejects (beyond its largest count) is no count
    }
    return numEnd;
  }

  /**
   * Where the counter noun after a number ends (exclusive), or -1: over quotes, hyphenated
   * words and up to three modifiers ("two Iranian border guards"), the last of a run of counter
   * nouns ("Taliban fighters"), a possessive making the noun before it a modifier ("women's rights
   * activists"). A stop word, punctuation, a line break or another number ends the search.
   */
  private static int counterEnd(Words w, int q, boolean singular) {
    int found = -1;
    int modifiers = 0;
    for (int x = q; x < w.size() && x < q + 8; x++) {
      if (w.lineBefore(x)) break;
      if (w.isQuote(x)) continue;
      if (w.isDash(x) && w.attached(x) && w.attached(x + 1) && w.isWord(x + 1)) continue; // "high-profile"
      if (!w.isWord(x)) break;
      String lw = w.lower(x);
      if (NUMBERS.containsKey(lw)) break;
      if (lw.equals("'s")) {
        found = -1; // the noun before was a possessive modifier
        continue;
      }
      if (counterAt(w, x, singular) && (x == q || !PREDICATES.contains(lw))) {
        found = x + 1;
        continue;
      }
      if (STOPS.contains(lw) || ++modifiers > 3) break;
      if (found > 0) {
        // after a counter, one more modifier only when a counter follows it ("one Afghan border guard")
        boolean verbal = lw.endsWith("ed") || lw.endsWith("ing");
        if (verbal || !counterAt(w, x + 1, singular)) break;
      }
    }
    return found;
  }

  private static boolean counterAt(Words w, int x, boolean singular) {
    if (!w.isWord(x) || w.lineBefore(x)) return false;
    Counter c = COUNTERS.get(w.lower(x));
    return c != null && (singular ? c.singular : c.plural);
  }

  private static String ruleName(Bound b) {
    return b.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** An odd number of quote tokens in {@code [a, b)}: the span holds a closing quote without its opening one. */
  private static boolean oddQuotes(Words w, int a, int b) {
    int n = 0;
    for (int x = a; x < b && x < w.size(); x++) if (w.isQuote(x)) n++;
    return n % 2 == 1;
  }

  /** Past the second number of a range after {@code k} ("18 to 40", "18-40"), else {@code k}. */
  private static int skipRange(Words w, int k) {
    if ((w.isDash(k) || w.is(k, "to") || w.is(k, "and") || w.is(k, "or")) && (w.isNumber(k + 1) || w.isWord(k + 1) && NUMBERS.containsKey(w.lower(k + 1)))) {
      return k + 2;
    }
    return k;
  }

  /** A bare number after "toll", "total", "tally": "the death toll rose to 25", "a total of 25", "the toll stood at 25". */
  private static boolean toll(Words w, int k) {
    if (!w.isWord(k - 1) || !TOLL_LINKS.contains(w.lower(k - 1))) return false;
    for (int x = k - 2; x >= 0 && x >= k - 5; x--) {
      if (w.is(x, "toll") || w.is(x, "tolls") || w.is(x, "total") || w.is(x, "tally")) return true;
      if (!w.isWord(x)) return false;
    }
    return false;
  }

  private static boolean bareFollower(Words w, int k) {
    return w.isWord(k) && !w.lineBefore(k) && BARE_FOLLOWERS.contains(w.lower(k));
  }

  /** A verb form right before a bare number: "killing 13", "wounded 20". */
  private static boolean verbBefore(Words w, int k) {
    if (!w.isWord(k - 1) || w.capitalized(k - 1)) return false;
    String s = w.lower(k - 1);
    return s.length() > 4 && (s.endsWith("ing") || s.endsWith("ed"));
  }

  private static boolean notAfter(Words w, int k) {
    if (k >= w.size() || w.lineBefore(k)) return false;
    if (NOT_AFTER.contains(w, k)) return true;
    return w.isDash(k) && w.attached(k) && w.attached(k + 1) && NOT_AFTER.contains(w, k + 1);
  }

  private static boolean notBefore(Words w, int k) {
    if (k <= 0) return false;
    if (NOT_BEFORE.before(w, k) != null) return true;
    Phrases.Entry<Boolean> name = NAMES_BEFORE.before(w, k);
    if (name != null && w.capitalized(k - name.length())) return true;
    // a model or unit name: "C-17", "MI-17", "Badri-313"
    return w.isDash(k - 1) && w.attached(k) && w.attached(k - 1) && k >= 2 && w.type(k - 2) != Words.PUNCT;
  }

  // ---------------------------------------------------------------- numbers

  /** A number at token {@code j}: digits, number words or a vague word; null if none. */
  private static Num number(Words w, int j) {
    if (j < 0 || j >= w.size()) return null;
    byte type = w.type(j);
    if (type == Words.ALNUM) return Num.skip(j + 1);
    if (type == Words.NUMBER) return digits(w, j);
    if (type != Words.WORD) return null;
    Phrases.Entry<Vague> v = VAGUE.at(w, j);
    if (v != null) return vague(w, j, v);
    return words(w, j);
  }

  private static Num digits(Words w, int j) {
    long value = w.integer(j);
    int end = j + 1;
    NumberWord scale = w.isWord(end) ? NUMBERS.get(w.lower(end)) : null;
    boolean scaled = scale != null && (scale.kind.equals("scale") || scale.kind.equals("hundred"));
    if (value < 0) {
      if (!scaled) return Num.skip(j + 1); // a decimal: 3.5 km, 1.5
      double d = w.decimal(j) * scale.value;
      if (Double.isNaN(d) || d != Math.rint(d) || d < 1 || d > QuantityTable.MAX_VALUE) return Num.skip(j + 2);
      return new Num((long) d, 0, "digits", null, j + 2, 0);
    }
    if (value == 0) return Num.skip(j + 1);
    if (scaled) {
      if (value > QuantityTable.MAX_VALUE / scale.value) return Num.skip(j + 2);
      value *= scale.value;
      end++;
    }
    if (value > QuantityTable.MAX_VALUE) return Num.skip(end);
    return new Num(value, 0, "digits", null, end, 0);
  }

  private static Num vague(Words w, int j, Phrases.Entry<Vague> v) {
    long unit = v.value().unit();
    int end = j + v.length();
    String needs = v.value().needs();
    if (unit == 1 && v.value().lowest() == 0 && w.isWord(end) && FEW_SCALES.containsKey(w.lower(end))) {
      unit = FEW_SCALES.get(w.lower(end)); // "several hundred", "a few thousand"
      end++;
      needs = "any";
    } else if (unit > 1 && w.is(end, "of") && w.isWord(end + 1) && PLURAL_SCALES.containsKey(w.lower(end + 1))) {
      unit *= PLURAL_SCALES.get(w.lower(end + 1)); // "tens of thousands", "hundreds of thousands"
      end += 2;
      needs = "any";
    } else if (w.is(j, "tens")) {
      return null; // "tens" alone counts nothing
    }
    if (unit > QuantityTable.MAX_VALUE / 10) return Num.skip(end);
    return new Num(unit, v.value().lowest(), "vague", needs, end, 0);
  }

  /** Number words: "twelve", "twenty-five", "two hundred and fifty", "a dozen", "two dozen", "a thousand". */
  private static Num words(Words w, int j) {
    long total = 0;
    long group = 0;
    String prev = null;
    int x = j;
    int end = -1;
    boolean article = false;
    if ((w.is(x, "a") || w.is(x, "an")) && w.isWord(x + 1)) {
      NumberWord next = NUMBERS.get(w.lower(x + 1));
      if (next == null || next.kind.equals("unit") || next.kind.equals("tens")) return null;
      article = true;
      group = 1;
      x++;
    }
    while (x < w.size() && w.isWord(x)) {
      if (x > j && w.lineBefore(x)) break;
      String lw = w.lower(x);
      NumberWord nw = NUMBERS.get(lw);
      if (nw == null) {
        // "two hundred and fifty": "and" only between a hundred or a scale and what follows
        boolean joins = lw.equals("and") && ("hundred".equals(prev) || "scale".equals(prev)) && w.isWord(x + 1)
            && NUMBERS.containsKey(w.lower(x + 1)) && isSmall(NUMBERS.get(w.lower(x + 1)));
        if (joins) {
          x++;
          continue;
        }
        break;
      }
      String kind = nw.kind;
      if (kind.equals("unit")) {
        if ("unit".equals(prev) || "dozen".equals(prev)) break;
        if ("tens".equals(prev) && nw.value >= 10) break;
        if ("tens".equals(prev) && !(w.attached(x) && w.isDash(x - 1) || w.spaced(x))) break;
        group += nw.value;
      } else if (kind.equals("tens")) {
        if ("unit".equals(prev) || "tens".equals(prev) || "dozen".equals(prev)) break;
        group += nw.value;
      } else if (kind.equals("hundred")) {
        if (group == 0 || group >= 100 || "hundred".equals(prev) || "dozen".equals(prev)) break;
        group *= 100;
      } else if (kind.equals("scale")) {
        if (group == 0 || "dozen".equals(prev)) break;
        total += group * nw.value;
        group = 0;
      } else { // dozen
        if (group == 0 || group >= 100 || prev != null && !prev.equals("unit") && !article) break;
        group *= 12;
      }
      prev = kind;
      x++;
      end = x;
      article = false;
      // "twenty-five": a hyphen between a tens word and a unit
      if (kind.equals("tens") && w.isDash(x) && w.attached(x) && w.attached(x + 1) && w.isWord(x + 1)) {
        NumberWord u = NUMBERS.get(w.lower(x + 1));
        if (u != null && u.kind.equals("unit") && u.value < 10) x++;
      }
    }
    if (end < 0) return null;
    long value = total + group;
    if (value < 1 || value > QuantityTable.MAX_VALUE) return null;
    return new Num(value, 0, "words", null, end, 0);
  }

  private static boolean isSmall(NumberWord n) {
    return n.kind.equals("unit") || n.kind.equals("tens");
  }
}
