package org.sitrep.ko;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.date.DateExpression;
import org.sitrep.core.date.DateMention;
import org.sitrep.model.Span;

/** TEMP stub of branch num. */
public final class KoreanDateFinder {
  private static final Pattern P = Pattern.compile("(?:(\\d{4})년\\s?)?(?:(\\d{1,2})월\\s?)?(\\d{1,2})일|어제|이틀\\s?전|그제");

  private KoreanDateFinder() {}

  public static List<DateMention> find(String text, int from, int to) {
    List<DateMention> out = new ArrayList<>();
    Matcher m = P.matcher(text).region(from, to);
    while (m.find()) {
      DateExpression x;
      if (m.group(3) != null) x = new DateExpression(m.group(1) == null ? null : Integer.parseInt(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), 0);
      else x = new DateExpression(null, null, null, m.group().startsWith("어제") ? 1 : 2);
      out.add(new DateMention(Span.of(text, m.start(), m.end()), x, false, "stub"));
    }
    return out;
  }
}
