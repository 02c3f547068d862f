package org.sitrep.core.eval;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;

/**
 * Places the quoted phrases of one gold item in the text. A phrase found once is placed there;
 * a phrase found several times goes to the occurrence nearest the item's other anchors (its
 * other quotes found once, else its field texts found once), else to the first.
 */
final class QuoteResolver {
  private QuoteResolver() {}

  static List<Gold.Quote> resolve(List<String> quotes, List<String> anchorTexts, String text, String where,
      List<String> problems) {
    var found = new ArrayList<List<Span>>();
    for (String q : quotes) found.add(occurrences(q, text));
    var references = new ArrayList<Span>();
    for (List<Span> occ : found) if (occ.size() == 1) references.add(occ.get(0));
    if (references.isEmpty()) {
      for (String a : anchorTexts) {
        List<Span> occ = occurrences(a, text);
        if (occ.size() == 1) references.add(occ.get(0));
      }
    }
    var result = new ArrayList<Gold.Quote>();
    for (int i = 0; i < quotes.size(); i++) {
      List<Span> occ = found.get(i);
      if (occ.isEmpty()) {
        if (text != null) problems.add(where + ": quote not found in the text: \"" + quotes.get(i) + "\"");
        result.add(new Gold.Quote(quotes.get(i), null, List.of()));
      } else {
        result.add(new Gold.Quote(quotes.get(i), nearest(occ, references), occ));
      }
    }
    return result;
  }

  static List<Span> occurrences(String phrase, String text) {
    if (phrase == null || phrase.isEmpty() || text == null) return List.of();
    var spans = new ArrayList<Span>();
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      spans.add(new Span(at, at + phrase.length(), phrase));
    }
    return spans;
  }

  private static Span nearest(List<Span> candidates, List<Span> references) {
    if (candidates.size() == 1 || references.isEmpty()) return candidates.get(0);
    Span best = candidates.get(0);
    long bestDistance = Long.MAX_VALUE;
    for (Span c : candidates) {
      long d = Long.MAX_VALUE;
      for (Span r : references) d = Math.min(d, distance(c, r));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best;
  }

  private static long distance(Span a, Span b) {
    if (a.overlaps(b)) return 0;
    return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end();
  }
}
