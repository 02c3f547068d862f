package org.sitrep.ko;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.core.date.DateExpression;
import org.sitrep.core.date.DateExpression.Anaphoric;
import org.sitrep.core.date.DateExpression.Between;
import org.sitrep.core.date.DateExpression.Calendar;
import org.sitrep.core.date.DateExpression.DayOfMonth;
import org.sitrep.core.date.DateExpression.DayOfRelativeMonth;
import org.sitrep.core.date.DateExpression.MonthOnly;
import org.sitrep.core.date.DateExpression.Part;
import org.sitrep.core.date.DateExpression.RelativeDays;
import org.sitrep.core.date.DateExpression.RelativeMonth;
import org.sitrep.core.date.DateExpression.RelativeWeek;
import org.sitrep.core.date.DateExpression.RelativeYear;
import org.sitrep.core.date.DateExpression.Season;
import org.sitrep.core.date.DateExpression.Upcoming;
import org.sitrep.core.date.DateExpression.Weekday;
import org.sitrep.core.date.DateExpression.Weekend;
import org.sitrep.core.date.DateMention;
import org.sitrep.core.date.DateResolver;
import org.sitrep.model.Span;

/**
 * Finds date phrases in Korean text; {@link DateResolver} in the core places them on the
 * calendar.
 *
 * <ul>
 *   <li>"2021년 9월 5일", "9월23일", "9월 23일", "2021.9.5" → {@link Calendar}</li>
 *   <li>"23일", "지난 23일", "23일(현지시간)" (span with the parenthesis) → {@link DayOfMonth};
 *       "오는 5일" → {@link Upcoming}</li>
 *   <li>"2022년 6월", "6월 초", "1월말", "8월 중순" → {@link MonthOnly}; "지난달", "이달 초",
 *       "이달말" → {@link RelativeMonth}; "지난달 8일" → {@link DayOfRelativeMonth}</li>
 *   <li>"어제" 1, "그제", "그저께" 2, "이틀 전" 2, "사흘 전" 3, "5일 전" 5, "오늘" 0 →
 *       {@link RelativeDays}; "현재까지", "지금까지" → today, ongoing</li>
 *   <li>"지난주" 1, "이번 주" 0, "2주 전" 2 → {@link RelativeWeek}; "지난 주말" → {@link Weekend};
 *       "월요일", "지난주 수요일" → {@link Weekday}</li>
 *   <li>"작년 9월", "지난해 8월 15일", "작년 봄", "올봄" → {@link RelativeYear}, {@link Season}</li>
 *   <li>"23~24일", "9월 13일부터 15일까지" → {@link Between}; "지난달부터 현재까지" → last month,
 *       ongoing</li>
 *   <li>"같은 날", "이튿날", "다음날", "전날" → {@link Anaphoric}; but "전날인 5일" is the 5th</li>
 * </ul>
 *
 * <p>Not dates: durations ("48시간동안", "3일간", "이틀간", "사흘째", "10일 만에"), times of day
 * ("새벽", "오후 3시": nothing), a year alone ("2021년"), "오늘날", "그제서야".
 *
 * <p>One left-to-right scan with bounded look-ahead at word starts: linear time, no regular
 * expressions. Thread-safe (no state outside a call).
 */
public final class KoreanDateFinder {
  private static final String RULE = "ko.date.";
  /** First syllables of particles that may follow a date word. */
  private static final String PARTICLES = "에부까의엔께경쯤이로은는도인서만과와";
  private static final String[] WEEKDAYS = {"월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"};
  private static final String[] DAY_COUNTS = {"하루", "이틀", "사흘", "나흘", "닷새", "엿새", "이레", "여드레", "아흐레", "열흘"};
  private static final String[] SEASONS = {"봄", "여름", "가을", "겨울"};
  private static final String[] NOW = {"현재까지", "지금까지", "현재", "지금"};
  /** Right after N일: a duration, not a day ("3일간", "3일째", "10일만에"). */
  private static final String[] DURATION_ATTACHED = {"간", "동안", "째", "만에", "만 에", "이내", "내에", "치", "분", "여", "연속", "후", "뒤"};
  /** After N일 and a space: a duration ("3일 동안", "10일 만에", "3일 정도"). */
  private static final String[] DURATION_SPACED = {"동안", "만에", "이내", "후", "뒤", "가량", "정도", "이상", "넘게", "연속", "내내"};
  /** Parts of a month, longest first. */
  private static final String[] PART_WORDS = {"초순", "상순", "중순", "하순", "말경", "말께", "초", "말"};
  private static final Part[] PART_OF_WORD = {Part.EARLY, Part.EARLY, Part.MID, Part.LATE, Part.LATE, Part.LATE, Part.EARLY, Part.LATE};
  /** Days told relative to the date before, and their offsets. */
  private static final String[] ANAPHORS = {"같은 날", "같은날", "당일", "그날", "이튿날", "다음날", "다음 날", "전날"};
  private static final int[] ANAPHOR_OFFSET = {0, 0, 0, 0, 1, 1, 1, -1};
  /** What links an anaphor to the day it names: "전날인 5일". */
  private static final String[] ANAPHOR_LINKS = {"인 ", "이었던 ", "이던 "};
  private static final String[] LOCAL_TIME = {"(현지시간)", "(현지 시간)", "(현지시각)", "(현지 시각)"};
  /**
   * First syllables of every word a date phrase may start with (the words tried in
   * {@code Scan.phrase}); other Hangul word starts are skipped without trying each pattern.
   */
  private static final java.util.BitSet DATE_STARTS = dateStarts();

  private static java.util.BitSet dateStarts() {
    java.util.BitSet b = new java.util.BitSet();
    String words = "지지난 지난 이달 이번 재작년 작년 올해 금년 올 오늘 어제 어저께 그저께 그제 간밤 일주일 보름 오는";
    for (String w : words.split(" ")) b.set(w.charAt(0));
    for (String[] list : new String[][] {DAY_COUNTS, ANAPHORS, WEEKDAYS, NOW}) {
      for (String w : list) b.set(w.charAt(0));
    }
    return b;
  }

  /** Finds the date phrases that lie inside {@code [from, to)} of {@code text}, in order. */
  public List<DateMention> find(String text, int from, int to) {
    Objects.checkFromToIndex(from, to, text.length());
    List<DateMention> out = new ArrayList<>();
    Scan s = new Scan(text, from, to);
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if ((KoreanQuantityFinder.isDigit(c) || KoreanQuantityFinder.isHangul(c) && DATE_STARTS.get(c)) && s.startsWord(i)) {
        int next = s.at(i, out);
        if (next > i) {
          i = next;
          continue;
        }
        if (KoreanQuantityFinder.isDigit(c)) {
          while (i < to && KoreanQuantityFinder.isDigit(text.charAt(i))) i++;
          continue;
        }
      }
      i++;
    }
    return out;
  }

  /** A parsed expression and where it ends. */
  private record Parsed(DateExpression expression, int end, String rule) {}

  private static final class Scan {
    final String t;
    final int from;
    final int to;

    Scan(String t, int from, int to) {
      this.t = t;
      this.from = from;
      this.to = to;
    }

    /** Reads a date phrase at {@code i}; returns where scanning goes on, or {@code i}. */
    int at(int i, List<DateMention> out) {
      Parsed p = phrase(i);
      if (p == null) return i;
      if (p.expression == null) return p.end; // read and dropped (a year alone, a duration)
      int end = localTime(p.end);
      DateExpression e = p.expression;
      String rule = p.rule;
      boolean ongoing = rule.equals(RULE + "now");
      // "부터 현재까지", "~24일", "부터 15일까지"
      int k = end;
      if (has("부터", k)) {
        int m = space(k + 2);
        for (String now : NOW) {
          if (has(now, m)) {
            ongoing = true;
            end = m + now.length();
            break;
          }
        }
        if (!ongoing) {
          Parsed second = digitDate(m);
          if (second != null && second.expression != null) {
            e = new Between(e, second.expression);
            end = has("까지", second.end) ? second.end + 2 : second.end;
            rule = RULE + "range";
          }
        }
      } else if (k < to && "~∼～〜-".indexOf(t.charAt(k)) >= 0 && isDayLike(e)) {
        Parsed second = p.rule.equals(RULE + "dotted") ? dottedMonthDay(space(k + 1)) : digitDate(space(k + 1));
        if (second != null && second.expression != null) {
          e = new Between(e, second.expression);
          end = localTime(second.end);
          rule = RULE + "range";
        }
      }
      out.add(new DateMention(Span.of(t, i, end), e, ongoing, rule));
      return end;
    }

    private Parsed phrase(int i) {
      char c = t.charAt(i);
      if (KoreanQuantityFinder.isDigit(c)) return digitDate(i);
      Parsed p;
      if ((p = past(i)) != null) return p;
      if ((p = current(i)) != null) return p;
      if ((p = relativeYear(i)) != null) return p;
      if ((p = relativeDay(i)) != null) return p;
      if ((p = anaphoric(i)) != null) return p;
      if ((p = weekday(i, 0)) != null) return p;
      if (has("오는", i)) {
        int k = space(i + 2);
        if (k > i + 2) {
          Parsed d = digitDate(k);
          if (d != null && d.expression instanceof DayOfMonth dm) return new Parsed(new Upcoming(dm.day()), d.end, RULE + "upcoming");
          if (d != null) return new Parsed(null, d.end, null); // "오는 9월": a coming month is no event date
        }
        return null;
      }
      for (int n = 0; n < 2; n++) {
        if (has(NOW[n], i)) return new Parsed(new RelativeDays(0), i + NOW[n].length(), RULE + "now");
      }
      return null;
    }

    // -------------------------------------------------------------- digits

    /** A date that starts with digits: "2021년 9월 5일", "9월23일", "23일", "3일 전", "2021.9.5". */
    private Parsed digitDate(int i) {
      if (i >= to || !KoreanQuantityFinder.isDigit(t.charAt(i))) return null;
      int j = digitsEnd(i);
      int n = number(i, j);
      if (j - i == 4 && j < to && "-./".indexOf(t.charAt(j)) >= 0) return dotted(i, j);
      if (j - i > 4) return new Parsed(null, j, null);
      if (has("년", j) && (j - i == 4 || j - i == 2)) {
        int year = j - i == 2 ? 2000 + n : n;
        int k = space(j + 1);
        Parsed inner = monthDate(k, year);
        if (inner != null) return inner;
        Parsed season = season(k);
        if (season != null && year >= 1000) {
          Season s = (Season) season.expression;
          return new Parsed(new Season(year, s.which()), season.end, RULE + "season");
        }
        return new Parsed(null, j + 1, null); // a year alone is no date here
      }
      // "- 7.26 헤라트주", "8/12 발흐주": a month and day opening a line or a list item (sitreps).
      if (j - i <= 2 && j < to && (t.charAt(j) == '.' || t.charAt(j) == '/') && itemStart(i)) {
        Parsed md = slashedMonthDay(i, t.charAt(j));
        if (md != null) return md;
      }
      Parsed m = monthDate(i, null);
      if (m != null) return m;
      // N일 전, N주 전
      if (j - i <= 3 && (has("일", j) || has("주", j)) && n > 0) {
        int e = ago(j + 1);
        if (e > 0) {
          DateExpression x = has("일", j) ? new RelativeDays(n) : new RelativeWeek(n);
          return new Parsed(x, e, RULE + "relative-day");
        }
      }
      Parsed r = dayRange(i, null, null);
      return r != null ? r : day(i);
    }

    /** "2021-09-05", "2021.9.5", "2021/09/05". */
    private Parsed dotted(int i, int j) {
      char sep = t.charAt(j);
      int m0 = j + 1;
      int m1 = digitsEnd(m0);
      if (m1 - m0 < 1 || m1 - m0 > 2 || m1 >= to || t.charAt(m1) != sep) return new Parsed(null, m1, null);
      int d0 = m1 + 1;
      int d1 = digitsEnd(d0);
      if (d1 - d0 < 1 || d1 - d0 > 2 || d1 < to && KoreanQuantityFinder.isDigit(t.charAt(d1))) return new Parsed(null, d1, null);
      int y = number(i, j);
      int m = number(m0, m1);
      int d = number(d0, d1);
      if (!validDate(y, m, d)) return new Parsed(null, d1, null);
      return new Parsed(new Calendar(y, m, d), d1, RULE + "dotted");
    }

    /** Only a list mark, spaces or an opening bracket between the line start and {@code i}. */
    private boolean itemStart(int i) {
      int k = i - 1;
      // The part read is its own text: its start counts as a line start.
      while (k >= from && (t.charAt(k) == ' ' || t.charAt(k) == '-' || t.charAt(k) == '•' || t.charAt(k) == '*' || t.charAt(k) == '[' || t.charAt(k) == '(')) k--;
      return k < from || t.charAt(k) == '\n';
    }

    /** "7.26", "8/12": month and day, not followed by more digits or a decimal. */
    private Parsed slashedMonthDay(int i, char sep) {
      int m1 = digitsEnd(i);
      int d1 = digitsEnd(m1 + 1);
      if (d1 == m1 + 1 || d1 - m1 - 1 > 2) return null;
      if (d1 < to && (t.charAt(d1) == '.' && d1 + 1 < to && KoreanQuantityFinder.isDigit(t.charAt(d1 + 1)) || t.charAt(d1) == sep)) return null;
      int m = number(i, m1);
      int d = number(m1 + 1, d1);
      if (m < 1 || m > 12 || d < 1 || d > 31) return null;
      return new Parsed(new Calendar(null, m, d), d1, RULE + "dotted");
    }

    /** "6.26" after "2022.6.20~": a month and day without year. */
    private Parsed dottedMonthDay(int i) {
      int m1 = digitsEnd(i);
      if (m1 == i || m1 - i > 2 || m1 >= to || t.charAt(m1) != '.') return null;
      int d1 = digitsEnd(m1 + 1);
      if (d1 == m1 + 1 || d1 - m1 - 1 > 2 || d1 < to && KoreanQuantityFinder.isDigit(t.charAt(d1))) return null;
      int m = number(i, m1);
      int d = number(m1 + 1, d1);
      if (m < 1 || m > 12 || d < 1 || d > 31) return null;
      return new Parsed(new Calendar(null, m, d), d1, RULE + "dotted");
    }

    /** "9월 5일", "9월23일", "6월 초", "1월말", "9월" (with the year, when given). */
    private Parsed monthDate(int i, Integer year) {
      if (i >= to || !KoreanQuantityFinder.isDigit(t.charAt(i))) return null;
      int j = digitsEnd(i);
      if (j - i > 2 || !has("월", j)) return null;
      int month = number(i, j);
      if (month < 1 || month > 12) return new Parsed(null, j + 1, null);
      int k = space(j + 1);
      Parsed r = dayRange(k, year, month);
      if (r != null) return r;
      Parsed d = day(k);
      if (d != null && d.expression instanceof DayOfMonth dm) {
        if (year != null && !validDate(year, month, dm.day())) return new Parsed(null, d.end, null);
        return new Parsed(new Calendar(year, month, dm.day()), d.end, RULE + "calendar");
      }
      if (d != null) return new Parsed(null, d.end, null); // "9월 3일간": a duration
      long part = part(j + 1);
      Part which = part == 0 ? Part.WHOLE : Part.values()[(int) (part & 0xff)];
      int end = part == 0 ? j + 1 : (int) (part >> 8);
      if (has("간", j + 1) || has("동안", space(j + 1))) return new Parsed(null, j + 1, null);
      if (part == 0 && !wordEnds(j + 1)) return new Parsed(null, j + 1, null); // "6월항쟁": a name
      return new Parsed(new MonthOnly(year, month, which), end, RULE + (which == Part.WHOLE ? "month" : "month-part"));
    }

    /**
     * "23일" → DayOfMonth; a duration ("3일간", "3일 동안", "3일째", "10일 만에") → a dropped
     * parse; null when there is no N일 here.
     */
    private Parsed day(int i) {
      if (i >= to || !KoreanQuantityFinder.isDigit(t.charAt(i))) return null;
      int j = digitsEnd(i);
      if (j - i > 2 || !has("일", j)) return null;
      int n = number(i, j);
      int e = j + 1;
      if (duration(e) || ago(e) > 0) return new Parsed(null, e, null);
      if (n < 1 || n > 31) return new Parsed(null, e, null);
      // "23일(현지시간)" is added by the caller; "5일께" keeps its 께 outside
      if (e < to && KoreanQuantityFinder.isHangul(t.charAt(e)) && PARTICLES.indexOf(t.charAt(e)) < 0
          && !has("밤", e) && !has("새벽", e) && !has("오전", e) && !has("오후", e) && !has("낮", e) && !has("저녁", e)) {
        return new Parsed(null, e, null); // "1일본", run into another word
      }
      return new Parsed(new DayOfMonth(n), e, RULE + "day");
    }

    /** "23~24일" (with the month and year of "9월 23~24일" when given): a Between, or null. */
    private Parsed dayRange(int i, Integer year, Integer month) {
      int j = digitsEnd(i);
      if (j == i || j - i > 2 || j >= to || "~∼～〜-".indexOf(t.charAt(j)) < 0) return null;
      int k = space(j + 1);
      int l = digitsEnd(k);
      if (l == k || l - k > 2 || !has("일", l) || duration(l + 1)) return null;
      int a = number(i, j);
      int b = number(k, l);
      if (a < 1 || b > 31 || a >= b) return null;
      if (year != null && month != null && !validDate(year, month, a)) return null;
      DateExpression first = month == null ? new DayOfMonth(a) : new Calendar(year, month, a);
      return new Parsed(new Between(first, new DayOfMonth(b)), l + 1, RULE + "range");
    }

    /** After N일: a duration marker. */
    private boolean duration(int e) {
      for (String w : DURATION_ATTACHED) {
        if (has(w, e)) return true;
      }
      int k = space(e);
      if (k > e) {
        for (String w : DURATION_SPACED) {
          if (has(w, k) && wordEnds(k + w.length())) return true;
        }
      }
      return false;
    }

    /** " 전" or "전" ending its word at {@code e}: the end of 전, else 0. */
    private int ago(int e) {
      int k = space(e);
      if (has("전", k) && wordEnds(k + 1)) return k + 1;
      return 0;
    }

    /** "초", "초순", "중순", "말", "하순" after a month (with or without a space): the packed end and Part, or 0. */
    private long part(int e) {
      int k = space(e);
      for (int p = 0; p < PART_WORDS.length; p++) {
        int e2 = k + PART_WORDS[p].length();
        if (has(PART_WORDS[p], k) && wordEnds(e2)) return ((long) e2 << 8) | PART_OF_WORD[p].ordinal();
      }
      return 0;
    }

    // -------------------------------------------------------------- words

    /** 지난 ..., 지지난 ...: "지난 23일", "지난달 8일", "지난주 수요일", "지난 주말", "지난 겨울". */
    private Parsed past(int i) {
      int back;
      int k;
      if (has("지지난", i)) {
        back = 2;
        k = i + 3;
      } else if (has("지난", i)) {
        back = 1;
        k = i + 2;
      } else {
        return null;
      }
      if (has("해", k) && back == 1) return yearDate(k + 1, -1);
      if (has("밤", k) && wordEnds(k + 1)) return new Parsed(new RelativeDays(1), k + 1, RULE + "relative-day");
      int m = space(k);
      boolean spaced = m > k;
      if (has("달", m)) return monthWord(m + 1, -back);
      if (has("주말", m) && wordEnds(m + 2)) return new Parsed(new Weekend(back), m + 2, RULE + "weekend");
      if (has("주", m) && wordEnds(m + 1)) return weekWord(m + 1, back);
      if (back == 2) return null;
      if (spaced || m < to && KoreanQuantityFinder.isDigit(t.charAt(m))) {
        Parsed w = weekday(m, 0);
        if (w != null) return w;
        Parsed d = digitDate(m);
        if (d != null && d.expression != null && !(d.expression instanceof RelativeDays)) return d;
        Parsed s = season(m);
        if (s != null) return s;
      }
      return null;
    }

    /** 이번 주, 이번 달, 이달, 이번 주말. */
    private Parsed current(int i) {
      if (has("이달", i)) return monthWord(i + 2, 0);
      if (!has("이번", i)) return null;
      int m = space(i + 2);
      if (has("달", m)) return monthWord(m + 1, 0);
      if (has("주말", m) && wordEnds(m + 2)) return new Parsed(new Weekend(0), m + 2, RULE + "weekend");
      if (has("주", m) && wordEnds(m + 1)) return weekWord(m + 1, 0);
      return null;
    }

    /** After 지난달 / 이달: a day ("지난달 8일"), a part ("이달 초") or the month. */
    private Parsed monthWord(int e, int offset) {
      if (e < to && KoreanQuantityFinder.isHangul(t.charAt(e)) && PARTICLES.indexOf(t.charAt(e)) < 0
          && part(e) == 0) {
        return null; // "이달리다" and the like
      }
      Parsed d = day(space(e));
      if (d != null && d.expression instanceof DayOfMonth dm) {
        return new Parsed(new DayOfRelativeMonth(offset, dm.day()), d.end, RULE + "day");
      }
      long part = part(e);
      if (part != 0) {
        return new Parsed(new RelativeMonth(offset, Part.values()[(int) (part & 0xff)]), (int) (part >> 8), RULE + "month-part");
      }
      return new Parsed(new RelativeMonth(offset, Part.WHOLE), e, RULE + "month");
    }

    /** After 지난주 / 이번 주: a weekday ("지난주 수요일") or the week. */
    private Parsed weekWord(int e, int back) {
      Parsed w = weekday(space(e), back);
      if (w != null) return w;
      return new Parsed(new RelativeWeek(back), e, RULE + "week");
    }

    private Parsed weekday(int i, int back) {
      for (int d = 0; d < WEEKDAYS.length; d++) {
        if (has(WEEKDAYS[d], i)) return new Parsed(new Weekday(DayOfWeek.of(d + 1), back), i + 3, RULE + "weekday");
      }
      return null;
    }

    /** 작년, 지난해, 올해, 금년, 재작년, 올봄: with a month, a date or a season after them. */
    private Parsed relativeYear(int i) {
      if (has("재작년", i)) return yearDate(i + 3, -2);
      if (has("작년", i)) return yearDate(i + 2, -1);
      if (has("올해", i) || has("금년", i)) return yearDate(i + 2, 0);
      if (has("올", i)) {
        int k = space(i + 1);
        Parsed s = season(k);
        if (s != null) return new Parsed(new RelativeYear(0, s.expression), s.end, RULE + "season");
      }
      return null;
    }

    private Parsed yearDate(int e, int offset) {
      int k = space(e);
      Parsed m = monthDate(k, null);
      if (m != null && m.expression != null) return new Parsed(new RelativeYear(offset, m.expression), m.end, m.rule);
      Parsed s = season(k);
      if (s != null) return new Parsed(new RelativeYear(offset, s.expression), s.end, RULE + "season");
      return null;
    }

    private Parsed season(int i) {
      for (int s = 0; s < SEASONS.length; s++) {
        int e = i + SEASONS[s].length();
        if (has(SEASONS[s], i) && wordEnds(e)) {
          return new Parsed(new Season(null, Season.Which.values()[s]), e, RULE + "season");
        }
      }
      return null;
    }

    /** 오늘, 어제, 그제, 그저께, 간밤, 이틀 전, 사흘 전, 일주일 전, 보름 전. */
    private Parsed relativeDay(int i) {
      if (has("오늘", i) && !has("날", i + 2)) return days(0, i + 2);
      if (has("어제", i)) return days(1, i + 2);
      if (has("어저께", i) || has("그저께", i)) return days(has("어저께", i) ? 1 : 2, i + 3);
      if (has("그제", i) && !has("야", i + 2) && !has("서야", i + 2)) return days(2, i + 2);
      if (has("간밤", i)) return days(1, i + 2);
      for (int n = 0; n < DAY_COUNTS.length; n++) {
        if (has(DAY_COUNTS[n], i)) {
          int e = ago(i + DAY_COUNTS[n].length());
          return e > 0 ? days(n + 1, e) : null;
        }
      }
      if (has("일주일", i)) {
        int e = ago(i + 3);
        return e > 0 ? days(7, e) : null;
      }
      if (has("보름", i)) {
        int e = ago(i + 2);
        return e > 0 ? days(15, e) : null;
      }
      return null;
    }

    private Parsed days(int back, int end) {
      return new Parsed(new RelativeDays(back), end, RULE + "relative-day");
    }

    /** 같은 날, 당일, 그날, 이튿날, 다음날, 전날; "전날인 5일" gives the 5th. */
    private Parsed anaphoric(int i) {
      for (int a = 0; a < ANAPHORS.length; a++) {
        int e = i + ANAPHORS[a].length();
        if (has(ANAPHORS[a], i) && wordEnds(e)) {
          // "전날인 5일", "이튿날인 8일": the day itself is given
          for (String link : ANAPHOR_LINKS) {
            if (has(link, e)) {
              Parsed d = digitDate(e + link.length());
              if (d != null && d.expression != null) return d;
            }
          }
          return new Parsed(new Anaphoric(ANAPHOR_OFFSET[a]), e, RULE + "anaphoric");
        }
      }
      return null;
    }

    // -------------------------------------------------------------- characters

    /** "(현지시간)" or "(현지 시간)" after a date, directly or after a space. */
    private int localTime(int e) {
      int k = space(e);
      for (String w : LOCAL_TIME) {
        if (has(w, k)) return k + w.length();
      }
      return e;
    }

    private boolean isDayLike(DateExpression e) {
      return e instanceof DayOfMonth || e instanceof Calendar || e instanceof DayOfRelativeMonth;
    }

    boolean startsWord(int i) {
      if (i == from) return true;
      char p = t.charAt(i - 1);
      boolean digit = KoreanQuantityFinder.isDigit(t.charAt(i));
      if (KoreanQuantityFinder.isHangul(p)) return digit; // "탈레반은23일" run-on; but not inside a Hangul word
      if (KoreanQuantityFinder.isDigit(p) || p >= 'a' && p <= 'z' || p >= 'A' && p <= 'Z') return false;
      if (digit && (p == '.' || p == ',' || p == '-' || p == ':' || p == '/') && i - 2 >= from) {
        char q = t.charAt(i - 2);
        return !KoreanQuantityFinder.isDigit(q) && !(q >= 'a' && q <= 'z' || q >= 'A' && q <= 'Z');
      }
      return true;
    }

    /** A word ends at {@code e}: the end, a non-Hangul character or a particle. */
    private boolean wordEnds(int e) {
      return e >= to || !KoreanQuantityFinder.isHangul(t.charAt(e)) || PARTICLES.indexOf(t.charAt(e)) >= 0;
    }

    private boolean has(String w, int i) {
      return i >= 0 && i + w.length() <= to && t.startsWith(w, i);
    }

    private int space(int i) {
      return i < to && (t.charAt(i) == ' ' || t.charAt(i) == '\u00A0') ? i + 1 : i;
    }

    private int digitsEnd(int i) {
      int j = i;
      while (j < to && KoreanQuantityFinder.isDigit(t.charAt(j))) j++;
      return j;
    }

    private int number(int i, int j) {
      int n = 0;
      for (int k = i; k < j && k < i + 9; k++) n = n * 10 + (t.charAt(k) - '0');
      return n;
    }

    private static boolean validDate(int y, int m, int d) {
      if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
      return d <= java.time.YearMonth.of(y, m).lengthOfMonth();
    }
  }
}
