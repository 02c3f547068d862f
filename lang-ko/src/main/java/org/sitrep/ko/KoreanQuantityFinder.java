package org.sitrep.ko;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.quantity.Bound;
import org.sitrep.core.quantity.QuantityMention;
import org.sitrep.model.Span;

/** TEMP stub of branch num. */
public final class KoreanQuantityFinder {
  private static final Pattern P = Pattern.compile("(약|최소|대략)?\\s?(수십|수백|수천|십여|백여|한|두|세|네|다섯|[0-9][0-9,]*)(여)?\\s?(명|며|대|곳)(\\s?이상|\\s?넘게)?");

  private KoreanQuantityFinder() {}

  public static List<QuantityMention> find(String text, int from, int to) {
    List<QuantityMention> out = new ArrayList<>();
    Matcher m = P.matcher(text).region(from, to);
    while (m.find()) {
      String n = m.group(2);
      long v, v2;
      Bound b = Bound.EXACT;
      switch (n) {
        case "수십" -> { v = 20; v2 = 99; b = Bound.VAGUE; }
        case "수백" -> { v = 200; v2 = 999; b = Bound.VAGUE; }
        case "수천" -> { v = 2000; v2 = 9999; b = Bound.VAGUE; }
        case "십여" -> { v = 10; v2 = 19; b = Bound.VAGUE; }
        case "백여" -> { v = 100; v2 = 199; b = Bound.VAGUE; }
        case "한" -> { v = 1; v2 = 1; }
        case "두" -> { v = 2; v2 = 2; }
        case "세" -> { v = 3; v2 = 3; }
        case "네" -> { v = 4; v2 = 4; }
        case "다섯" -> { v = 5; v2 = 5; }
        default -> { v = Long.parseLong(n.replace(",", "")); v2 = v; }
      }
      if (m.group(3) != null) { v2 = v + 9; b = Bound.VAGUE; }
      if ("약".equals(m.group(1)) || "대략".equals(m.group(1))) b = Bound.APPROX;
      if ("최소".equals(m.group(1)) || (m.group(5) != null && m.group(5).contains("이상"))) b = Bound.AT_LEAST;
      if (m.group(5) != null && m.group(5).contains("넘게")) b = Bound.MORE_THAN;
      out.add(new QuantityMention(Span.of(text, m.start(), m.end()), v, v2, b, m.group(4).equals("며") ? "명" : m.group(4), "stub"));
    }
    return out;
  }
}
