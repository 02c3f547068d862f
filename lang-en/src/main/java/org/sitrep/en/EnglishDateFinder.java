package org.sitrep.en;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.core.date.DateExpression;
import org.sitrep.core.date.DateExpression.Anaphoric;
import org.sitrep.core.date.DateExpression.Between;
import org.sitrep.core.date.DateExpression.Calendar;
import org.sitrep.core.date.DateExpression.DayOfMonth;
import org.sitrep.core.date.DateExpression.MonthOnly;
import org.sitrep.core.date.DateExpression.Part;
import org.sitrep.core.date.DateExpression.RelativeDays;
import org.sitrep.core.date.DateExpression.RelativeMonth;
import org.sitrep.core.date.DateExpression.RelativeWeek;
import org.sitrep.core.date.DateExpression.RelativeYear;
import org.sitrep.core.date.DateExpression.Season;
import org.sitrep.core.date.DateExpression.Weekday;
import org.sitrep.core.date.DateExpression.Weekend;
import org.sitrep.core.date.DateMention;
import org.sitrep.core.date.DateResolver;
import org.sitrep.model.Span;

/**
 * Finds date phrases in English text; {@link DateResolver} in the core places them on the
 * calendar. The span keeps the preposition and time-of-day words ("late on Friday", "On Monday
 * night", "in the early hours of 31 August").
 *
 * <ul>
 *   <li>weekdays: "on Thursday", "late on Friday", "Monday night", "Thursday's" → {@link Weekday}
 *       (0 weeks back); "on Wednesday last week" → 1 week back; "On Saturday 27 May" → the
 *       calendar day it names</li>
 *   <li>calendar days: "5 September 2021", "September 5, 2021", "Sept. 5", "Aug 31", "30 Oct",
 *       "2021-09-05", "on the 5th" → {@link Calendar} ({@link DayOfMonth}); ranges "17-20 August
 *       2021", "27 October - 2 November 2021", "Aug 14-16" → {@link Between}</li>
 *   <li>months: "in February", "in March 2022", "early February", "mid-August", "at the end of
 *       August" → {@link MonthOnly}; "last month", "early this month" → {@link RelativeMonth};
 *       "earlier this month" → from the 1st up to yesterday</li>
 *   <li>"yesterday", "today", "two days ago" → {@link RelativeDays}; "Yesterday (28 May)" → the
 *       day in brackets; "last week", "this week", "two weeks ago" → {@link RelativeWeek}; "last
 *       weekend" → {@link Weekend}; "during the week" (a weekly report) → the seven days up to
 *       yesterday</li>
 *   <li>seasons: "in spring", "last summer", "the autumn of 2021" → {@link Season}; "last year"
 *       → that year</li>
 *   <li>"since spring", "since Saturday", "since Aug. 14" → from that date up to publication</li>
 *   <li>"the next day", "the same night", "the day before", "two days later" → {@link Anaphoric}</li>
 *   <li>datelines "KABUL, Sept 6 (Reuters) -" (rule {@code en.date.dateline}) and "Posted 2
 *       September 2021", "Issued: 3 November 2021" (rule {@code en.date.published}): dates of the
 *       report, not of an event; a day right after a verb of saying ("officials said on Tuesday",
 *       "told reporters on Saturday", rule {@code en.date.statement}) dates the statement, which an
 *       event told without a date of its own may take ("the Taliban said on Monday they had
 *       retaken three districts")</li>
 * </ul>
 *
 * <p>Not dates (no mention): coming dates ("next week", "tomorrow", "by Tuesday", "until
 * further notice"), years alone ("in 2021", "the 1980s"), times of day, durations ("for two
 * days", "nine-day closure"), "May" and "March" without a day, a year or a preposition.
 *
 * <p>Known weaknesses: tense is not read, so "before the evacuation ends on Tuesday" is the past
 * Tuesday; "last summer" read during a summer is that summer (the core's latest season); "over the
 * weekend" is always last week's weekend; days told relative to an event ("a day after the
 * bombing"), years alone, "in late 2021" and numeric dates other than ISO ("05/09/2021") are not
 * read.
 *
 * <p>One pass over a light tokenisation ({@link Words}) with bounded look-ahead: linear time.
 * Lexicons are plain-text resources beside this class. Thread-safe.
 */
public final class EnglishDateFinder {
  private static final String RULE = "en.date.";
  private static final Phrases<String> PREFIXES = new Phrases<>();
  private static final Phrases<String[]> RELATIVE = new Phrases<>();
  private static final Set<String> TIMES_OF_DAY = Set.of("night", "morning", "afternoon", "evening", "midday", "noon");
  private static final Set<String> PUBLISHED = Set.of("posted", "published", "issued", "updated", "dated");
  /** Verbs of saying: a date right after one dates the statement, not the event ("officials said on Tuesday"). */
  private static final Set<String> SPEECH = Set.of("said", "say", "says", "told", "announced", "reported", "stated", "added",
      "confirmed", "denied", "claimed", "wrote", "tweeted", "warned", "declared", "acknowledged", "admitted", "conceded");
  /** Who is told, between a verb of saying and its date: "told reporters on Saturday". */
  private static final Set<String> TOLD = Set.of("reporters", "journalists", "media", "officials", "him", "her", "them", "us",
      "it", "the", "press");
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "a");
  private static final String[] NUMBER_WORD_LIST = {"a", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "eleven", "twelve"};

  static {
    for (String[] f : Lexicons.lines("date-prefixes.txt")) PREFIXES.add(join(f, 1), f[0]);
    for (String[] f : Lexicons.lines("date-relative.txt")) RELATIVE.add(join(f, 3), new String[] {f[0], f[1], f[2]});
  }

  /** Finds the date phrases that lie inside {@code [from, to)} of {@code text}, in order. */
  public List<DateMention> find(String text, int from, int to) {
    Objects.checkFromToIndex(from, to, text.length());
    Words w = Words.of(text, from, to);
    List<DateMention> out = new ArrayList<>();
    int k = 0;
    while (k < w.size()) {
      int next = at(w, k, out);
      k = next > k ? next : k + 1;
    }
    return out;
  }

  private static String join(String[] f, int from) {
    return String.join(" ", java.util.Arrays.copyOfRange(f, from, f.length));
  }

  /** A date read at a token: what it says, the token after it, the rule; expression null for a phrase read and dropped. */
  private record Parsed(DateExpression expression, int end, String rule) {}

  // ---------------------------------------------------------------- one attempt at a token

  private static int at(Words w, int k, List<DateMention> out) {
    if (!startsHere(w, k)) return k;
    String prefix = null;
    int j = k;
    Parsed p = relative(w, k, null);
    if (p == null) {
      Phrases.Entry<String> pre = PREFIXES.at(w, k);
      if (pre != null) {
        prefix = pre.value();
        j = k + pre.length();
        if (j >= w.size() || w.lineBefore(j)) return k;
      }
      p = core(w, j, prefix);
    }
    if (p == null) return k;
    if (p.expression == null || "future".equals(prefix)) return p.end;
    DateExpression e = p.expression;
    String rule = p.rule;
    if ("since".equals(prefix)) {
      e = new Between(e, new RelativeDays(0));
      rule = RULE + "since";
    }
    // "in Thursday's attack": "in" belongs to the noun phrase, not to the date
    int start = w.start(j == k + 1 && w.is(k, "in") && e instanceof Weekday ? j : k);
    if (rule.equals(RULE + "calendar")) {
      if (publishedLabel(w, k)) rule = RULE + "published"; // "Posted 2 September 2021", "Published on September 6, 2021"
      else if (j == k && dateline(w, k, p.end)) rule = RULE + "dateline";
    }
    if (statement(w, k) && (rule.equals(RULE + "weekday") || rule.equals(RULE + "calendar") || rule.equals(RULE + "relative-day"))) {
      rule = RULE + "statement";
    }
    if (!out.isEmpty() && out.get(out.size() - 1).span().end() > start) return p.end;
    out.add(new DateMention(Span.of(w.text, start, w.end(p.end - 1)), e, false, rule));
    return p.end;
  }

  /** Token {@code k} may start a phrase: a word or a number, not in the middle of a hyphenated word. */
  private static boolean startsHere(Words w, int k) {
    byte t = w.type(k);
    if (t == Words.PUNCT) return false;
    return !(w.attached(k) && (w.isDash(k - 1) || w.type(k - 1) != Words.PUNCT));
  }

  /** A date at token {@code j}, after a prefix of the given kind (null when none). */
  private static Parsed core(Words w, int j, String prefix) {
    if (j >= w.size()) return null;
    Parsed p = relative(w, j, prefix);
    if (p != null) return p;
    if (CalendarWords.weekday(w, j) > 0) return weekday(w, j);
    int month = CalendarWords.month(w, j);
    if (month > 0) return month(w, j, month, prefix);
    if (w.isNumber(j) || w.type(j) == Words.ALNUM) {
      Parsed iso = iso(w, j);
      if (iso != null) return iso;
      Parsed dm = dayMonth(w, j);
      if (dm != null) return dm;
      return ago(w, j);
    }
    if (w.is(j, "the") && w.type(j + 1) == Words.ALNUM && prefix != null && prefix.equals("at")) {
      Parsed dm = dayMonth(w, j + 1); // "on the 26th of August"
      if (dm != null) return dm;
      int d = w.is(j - 1, "on") ? ordinal(w, j + 1) : 0;
      if (d > 0 && CalendarWords.month(w, j + 2) == 0 && !w.is(j + 2, "of")) {
        return new Parsed(new DayOfMonth(d), j + 2, RULE + "day");
      }
    }
    if (CalendarWords.season(w, j) > 0 || w.is(j, "the") && CalendarWords.season(w, j + 1) > 0) return season(w, j, prefix);
    if (prefix != null && w.is(j, "the") && (w.is(j + 1, "past") || w.is(j + 1, "last"))) return past(w, j + 2);
    if (w.isWord(j) && NUMBER_WORDS.contains(w.lower(j))) return ago(w, j);
    return null;
  }

  /** A phrase of the relative lexicon at {@code j}, with a month part from the prefix ("late last month"). */
  private static Parsed relative(Words w, int j, String prefix) {
    Phrases.Entry<String[]> r = RELATIVE.at(w, j);
    if (r == null) return null;
    String[] f = r.value();
    int end = j + r.length();
    int n = Integer.parseInt(f[1]);
    Part part = f[2].equals("-") ? Part.WHOLE : Part.valueOf(f[2]);
    Part fromPrefix = part(prefix);
    DateExpression e;
    switch (f[0]) {
      case "days":
        e = new RelativeDays(n);
        // "Yesterday (28 May)": the day in brackets says the same, more exactly
        if (w.isPunct(end, '(')) {
          Parsed inner = dayMonth(w, end + 1);
          if (inner == null && CalendarWords.month(w, end + 1) > 0) inner = month(w, end + 1, CalendarWords.month(w, end + 1), "at");
          if (inner != null && inner.expression instanceof Calendar && w.isPunct(inner.end, ')')) {
            return new Parsed(inner.expression, inner.end + 1, RULE + "relative-day");
          }
        }
        return new Parsed(e, end, RULE + "relative-day");
      case "week":
        return new Parsed(new RelativeWeek(n), end, RULE + "week");
      case "weekend":
        return new Parsed(new Weekend(n), end, RULE + "weekend");
      case "pastdays":
        return new Parsed(new Between(new RelativeDays(n), new RelativeDays(1)), end, RULE + "past-days");
      case "recent":
        return new Parsed(new Between(new RelativeDays(n), new RelativeDays(0)), end, RULE + "past-days");
      case "earlierweek":
        return new Parsed(new Between(new RelativeWeek(0), new RelativeDays(1)), end, RULE + "earlier");
      case "month":
        return new Parsed(new RelativeMonth(n, fromPrefix != Part.WHOLE ? fromPrefix : part), end, RULE + "month");
      case "earliermonth":
        return new Parsed(new Between(new RelativeMonth(n, Part.WHOLE), new RelativeDays(1)), end, RULE + "earlier");
      case "year":
        if (n == 0) return new Parsed(new Between(new RelativeYear(0, new MonthOnly(null, 1, Part.WHOLE)), new RelativeDays(0)), end, RULE + "year");
        return new Parsed(new Between(new RelativeYear(n, new MonthOnly(null, 1, Part.WHOLE)),
            new RelativeYear(n, new MonthOnly(null, 12, Part.WHOLE))), end, RULE + "year");
      case "earlieryear":
        return new Parsed(new Between(new RelativeYear(0, new MonthOnly(null, 1, Part.WHOLE)), new RelativeDays(1)), end, RULE + "earlier");
      case "anaphor":
        return new Parsed(new Anaphoric(n), end, RULE + "anaphoric");
      default: // future
        return new Parsed(null, end, RULE + "future");
    }
  }

  private static Part part(String prefix) {
    if (prefix == null) return Part.WHOLE;
    switch (prefix) {
      case "early":
        return Part.EARLY;
      case "mid":
        return Part.MID;
      case "late":
        return Part.LATE;
      default:
        return Part.WHOLE;
    }
  }

  /** "Thursday", "Thursday's", "Monday night", "Wednesday last week", "Saturday 27 May". */
  private static Parsed weekday(Words w, int j) {
    DayOfWeek day = DayOfWeek.of(CalendarWords.weekday(w, j));
    int end = j + 1;
    if (w.is(end, "'s") && w.attached(end)) end++;
    // "Saturday 27 May", "Saturday, May 27": the calendar day wins
    int c = w.isPunct(end, ',') ? end + 1 : end;
    if (!w.lineBefore(c)) {
      Parsed cal = dayMonth(w, c);
      if (cal == null && CalendarWords.month(w, c) > 0) {
        Parsed m = month(w, c, CalendarWords.month(w, c), "at");
        if (m != null && m.expression instanceof Calendar) cal = m;
      }
      if (cal != null && !(cal.expression instanceof Between)) return new Parsed(cal.expression, timeOfDay(w, cal.end), RULE + "calendar");
    }
    end = timeOfDay(w, end);
    int weeksBack = 0;
    int x = w.is(end, "of") ? end + 1 : end;
    if (w.is(x, "last") && w.is(x + 1, "week")) {
      weeksBack = 1;
      end = x + 2;
    } else if (w.is(x, "this") && w.is(x + 1, "week")) {
      end = x + 2;
    }
    return new Parsed(new Weekday(day, weeksBack), end, RULE + "weekday");
  }

  private static int timeOfDay(Words w, int k) {
    if (w.isWord(k) && !w.lineBefore(k) && TIMES_OF_DAY.contains(w.lower(k))) return k + 1;
    return k;
  }

  /** A month name at {@code j}: "Sept. 5", "September 5, 2021", "Aug 14-16", "March 2022", "February" (after a prefix). */
  private static Parsed month(Words w, int j, int month, String prefix) {
    int x = j + CalendarWords.monthLength(w, j);
    int day = w.lineBefore(x) ? 0 : day(w, x);
    if (day > 0) {
      int end = x + 1;
      // "Aug 14-16"
      if (w.isDash(end) && day(w, end + 1) > day && w.attached(end) && w.attached(end + 1)) {
        int day2 = day(w, end + 1);
        Integer year = yearAfter(w, end + 2);
        int stop = year == null ? end + 2 : yearEnd(w, end + 2);
        return new Parsed(new Between(new Calendar(year, month, day), new Calendar(year, month, day2)), stop, RULE + "range");
      }
      Integer year = yearAfter(w, end);
      if (year != null) end = yearEnd(w, end);
      return calendar(year, month, day, end);
    }
    Integer year = yearAfter(w, x);
    if (year == null && w.is(x, "of")) year = yearAfter(w, x + 1) == null ? null : yearAfter(w, x + 1);
    if (year != null) {
      int end = w.is(x, "of") ? yearEnd(w, x + 1) : yearEnd(w, x);
      return new Parsed(new MonthOnly(year, month, part(prefix)), end, RULE + "month");
    }
    if (prefix == null) return null;
    return new Parsed(new MonthOnly(null, month, part(prefix)), x, RULE + "month");
  }

  private static Parsed calendar(Integer year, int month, int day, int end) {
    try {
      return new Parsed(new Calendar(year, month, day), end, RULE + "calendar");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** "5 September 2021", "31 August", "2 Nov", "17-20 August 2021", "31 August - 8 September 2021". */
  private static Parsed dayMonth(Words w, int j) {
    return dayMonth(w, j, true);
  }

  /** As {@link #dayMonth(Words, int)}; {@code range} false reads no second date (the end of a range has none). */
  private static Parsed dayMonth(Words w, int j, boolean range) {
    int day = day(w, j);
    if (day == 0) return null;
    int x = j + 1;
    // "17-20 August 2021", "28/29 June"
    int day2 = 0;
    if ((w.isDash(x) || w.isPunct(x, '/')) && w.attached(x) && w.attached(x + 1) && day(w, x + 1) > day) {
      day2 = day(w, x + 1);
      x += 2;
    }
    if (w.is(x, "of")) x++;
    int month = w.lineBefore(x) ? 0 : CalendarWords.month(w, x);
    if (month == 0) return null;
    int end = x + CalendarWords.monthLength(w, x);
    Integer year = yearAfter(w, end);
    if (year != null) end = yearEnd(w, end);
    if (day2 > 0) {
      return new Parsed(new Between(new Calendar(year, month, day), new Calendar(year, month, day2)), end, RULE + "range");
    }
    // "31 August - 8 September 2021"
    if (range && w.isDash(end) && !w.lineBefore(end + 1)) {
      Parsed second = dayMonth(w, end + 1, false);
      if (second != null && second.expression instanceof Calendar c2) {
        Integer y1 = year;
        if (y1 == null && c2.year() != null) y1 = month > c2.month() ? c2.year() - 1 : c2.year();
        Parsed first = calendar(y1, month, day, end);
        if (first != null) return new Parsed(new Between(first.expression, c2), second.end, RULE + "range");
      }
    }
    return calendar(year, month, day, end);
  }

  /** "2021-09-05". */
  private static Parsed iso(Words w, int j) {
    if (!w.isNumber(j) || w.end(j) - w.start(j) != 4) return null;
    if (!(w.isDash(j + 1) && w.isDash(j + 3) && w.attached(j + 1) && w.attached(j + 2) && w.attached(j + 3) && w.attached(j + 4))) return null;
    if (!w.isNumber(j + 2) || !w.isNumber(j + 4)) return null;
    long y = w.integer(j);
    long m = w.integer(j + 2);
    long d = w.integer(j + 4);
    if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31) return null;
    Parsed p = calendar((int) y, (int) m, (int) d, j + 5);
    return p == null ? null : new Parsed(p.expression, p.end, RULE + "iso");
  }

  /** "two days ago", "2 weeks ago", "a month ago", "two days later", "three days earlier". */
  private static Parsed ago(Words w, int j) {
    long n;
    if (w.isNumber(j)) {
      n = w.integer(j);
    } else if (w.isWord(j)) {
      n = java.util.Arrays.asList(NUMBER_WORD_LIST).indexOf(w.lower(j)) + 1;
      if (w.is(j, "a")) n = 1;
    } else {
      return null;
    }
    if (n < 1 || n > 366) return null;
    String unit = w.isWord(j + 1) ? w.lower(j + 1) : "";
    boolean plural = unit.endsWith("s");
    if (n == 1 == plural) return null;
    String base = plural ? unit.substring(0, unit.length() - 1) : unit;
    String after = w.isWord(j + 2) ? w.lower(j + 2) : "";
    int end = j + 3;
    int sign;
    if (after.equals("ago")) sign = -1;
    else if (after.equals("earlier") || after.equals("before") && !w.isWord(j + 3) && !w.isNumber(j + 3)) sign = -2;
    else if (after.equals("later")) sign = 2;
    else return null;
    int v = (int) n;
    DateExpression e;
    switch (base) {
      case "day":
        e = sign == -1 ? new RelativeDays(v) : new Anaphoric(sign < 0 ? -v : v);
        break;
      case "week":
        if (sign != -1) return null;
        e = new RelativeWeek(v);
        break;
      case "month":
        if (sign != -1) return null;
        e = new RelativeMonth(-v, Part.WHOLE);
        break;
      default:
        return null;
    }
    return new Parsed(e, end, RULE + (sign == -1 ? "ago" : "anaphoric"));
  }

  /**
   * "(over) the past three weeks", "(in) the last 10 days", "the past two months": from so many
   * days before publication up to publication (a month counted as 30 days).
   */
  private static Parsed past(Words w, int j) {
    long n;
    if (w.isNumber(j)) n = w.integer(j);
    else if (w.isWord(j)) n = java.util.Arrays.asList(NUMBER_WORD_LIST).indexOf(w.lower(j)) + 1;
    else return null;
    if (n < 2 || n > 100 || !w.isWord(j + 1)) return null;
    String unit = w.lower(j + 1);
    int days = unit.equals("days") ? 1 : unit.equals("weeks") ? 7 : unit.equals("months") ? 30 : 0;
    if (days == 0) return null;
    return new Parsed(new Between(new RelativeDays((int) n * days), new RelativeDays(0)), j + 2, RULE + "past-days");
  }

  /** "in spring", "since the autumn", "last summer", "spring 2022", "the autumn of 2021". */
  private static Parsed season(Words w, int j, String prefix) {
    int x = w.is(j, "the") ? j + 1 : j;
    int s = CalendarWords.season(w, x);
    if (w.is(x, "fall") && !(w.is(j - 1, "last") || w.is(j - 1, "this"))) return null;
    Season.Which which = Season.Which.values()[s - 1];
    int end = x + 1;
    Integer year = yearAfter(w, end);
    if (year == null && w.is(end, "of")) {
      year = yearAfter(w, end + 1);
      if (year != null) end = yearEnd(w, end + 1);
    } else if (year != null) {
      end = yearEnd(w, end);
    }
    if (year == null && prefix == null) return null;
    return new Parsed(new Season(year, which), end, RULE + "season");
  }

  /** A day of the month at {@code k}: 1-31 written as digits ("5") or an ordinal ("5th"), else 0. */
  private static int day(Words w, int k) {
    if (w.isNumber(k)) {
      if (w.end(k) - w.start(k) > 2) return 0;
      long d = w.integer(k);
      if (d < 1 || d > 31) return 0;
      // "13:00" is a time
      if (w.isPunct(k + 1, ':') && w.attached(k + 1)) return 0;
      return (int) d;
    }
    return ordinal(w, k);
  }

  /** "5th", "31st", "2nd", "3rd" → the number, else 0. */
  private static int ordinal(Words w, int k) {
    if (k < 0 || k >= w.size() || w.type(k) != Words.ALNUM) return 0;
    String s = w.lower(k);
    if (s.length() < 3 || s.length() > 4) return 0;
    String suffix = s.substring(s.length() - 2);
    if (!(suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) return 0;
    String digits = s.substring(0, s.length() - 2);
    for (int i = 0; i < digits.length(); i++) if (!Words.isDigit(digits.charAt(i))) return 0;
    int d = Integer.parseInt(digits);
    return d >= 1 && d <= 31 ? d : 0;
  }

  /** A year right after {@code k} (a comma may stand between): "2021", ", 2021"; else null. */
  private static Integer yearAfter(Words w, int k) {
    int y = w.isPunct(k, ',') ? k + 1 : k;
    if (y >= w.size() || w.lineBefore(y) || !w.isNumber(y) || w.end(y) - w.start(y) != 4) return null;
    long v = w.integer(y);
    return v >= 1900 && v <= 2099 ? (int) v : null;
  }

  private static int yearEnd(Words w, int k) {
    return w.isPunct(k, ',') ? k + 2 : k + 1;
  }

  /** A verb of saying right before {@code k}, or before whom it tells: "said on Tuesday", "told reporters on Saturday". */
  private static boolean statement(Words w, int k) {
    int x = k - 1;
    for (int told = 0; told < 2 && w.isWord(x) && TOLD.contains(w.lower(x)); told++) x--;
    return w.isWord(x) && SPEECH.contains(w.lower(x));
  }

  /** "Posted 2 September 2021", "Issued: 3 November 2021". */
  private static boolean publishedLabel(Words w, int k) {
    int x = w.isPunct(k - 1, ':') ? k - 2 : k - 1;
    return w.isWord(x) && PUBLISHED.contains(w.lower(x));
  }

  /**
   * "KABUL, Sept 6 (Reuters) -", "KUNDUZ, Afghanistan, Oct 8 (Wire) -": a line that opens with a
   * place in capitals, a comma right before the date, an agency in brackets or a dash after it.
   */
  private static boolean dateline(Words w, int k, int end) {
    if (!w.isPunct(k - 1, ',') || !(w.isPunct(end, '(') || w.isDash(end))) return false;
    int x = k - 1;
    for (int steps = 0; steps < 10 && x > 0 && !w.lineBefore(x); steps++) {
      x--;
      if (w.type(x) != Words.WORD && !w.isPunct(x, ',') && !w.isDash(x)) return false;
    }
    if (x > 0 && !w.lineBefore(x) || !w.isWord(x)) return false;
    String place = w.raw(x);
    return place.length() >= 2 && place.equals(place.toUpperCase(java.util.Locale.ROOT));
  }

}
