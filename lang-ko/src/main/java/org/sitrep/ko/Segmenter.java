package org.sitrep.ko;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts analysed text into sentences and sentences into clauses, by the surface forms of Korean
 * endings (Nori tags every ending {@code E}, so they are told apart by form).
 *
 * <ul>
 *   <li>A sentence ends at a line break, at {@code . ? ! …} before a space, or at a word-final
 *       sentence ending without punctuation, as forum writers leave it: {@code 확보했다 알리푸르는},
 *       {@code 주장함 탈레반은} (-다, -음/-ㅁ, -요).
 *   <li>A clause ends at a word-final connective ending: -고, -며/-으며, -으나/-나, -는데,
 *       -면서, -지만, -다가, -자; but not -고 before an auxiliary ({@code 장악하고 있으며} is one
 *       clause) and not inside a quotation.
 * </ul>
 * Stateless and thread-safe.
 */
final class Segmenter {
  private static final Set<String> FINAL = Set.of("다", "ᄆ", "음", "요", "니다", "습니다", "ㅂ니다", "죠");
  private static final Set<String> CONNECTIVE = Set.of("고", "며", "으며", "으나", "나", "는데", "은데", "ᆫ데", "데",
      "면서", "으면서", "지만", "다가", "자", "는데도", "으면서도", "면서도", "지만도", "어서도");

  List<Clause> clauses(String text, List<Morpheme> ms) {
    List<Clause> raw = split(text, ms);
    // Paragraphs are separated by blank lines.
    List<Clause> out = new ArrayList<>(raw.size());
    int paragraph = 0;
    int scanned = 0;
    for (Clause c : raw) {
      for (int i = scanned; i < c.start(); i++) {
        if (text.charAt(i) == '\n' && blankLineFollows(text, i)) paragraph++;
      }
      scanned = Math.max(scanned, c.start());
      out.add(new Clause(c.start(), c.end(), c.from(), c.to(), c.link(), c.sentence(), paragraph));
    }
    return out;
  }

  private List<Clause> split(String text, List<Morpheme> ms) {
    List<Clause> out = new ArrayList<>();
    int sentence = 0;
    int paragraph = 0;
    int start = skipSpace(text, 0, text.length());
    int from = 0;
    int i = 0; // next morpheme
    int pos = start;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      // Morphemes that end at pos may close a clause or sentence.
      if (c == '\n') {
        while (i < ms.size() && ms.get(i).start() < pos) i++;
        if (pos > start) out.add(new Clause(start, trimEnd(text, start, pos), from, i, "", sentence, paragraph));
        sentence++;
        start = skipSpace(text, pos + 1, text.length());
        from = i;
        pos = start;
        continue;
      }
      if ((c == '.' || c == '?' || c == '!' || c == '…' || c == '。') && (pos + 1 >= text.length() || space(text.charAt(pos + 1)))) {
        while (i < ms.size() && ms.get(i).start() <= pos) i++;
        out.add(new Clause(start, pos + 1, from, i, "", sentence++, paragraph));
        start = skipSpace(text, pos + 1, text.length());
        from = i;
        pos = start;
        continue;
      }
      if (space(c)) {
        // A word ends here: look at its last ending.
        int j = i;
        while (j < ms.size() && ms.get(j).end() <= pos) j++;
        String link = closing(ms, i, j, pos, pos > 0 && text.charAt(pos - 1) == ',');
        if (link != null && pos > start) {
          boolean isFinal = FINAL.contains(link);
          out.add(new Clause(start, pos, from, j, isFinal ? "" : link, sentence, paragraph));
          if (isFinal) sentence++;
          start = skipSpace(text, pos, text.length());
          from = j;
          pos = start;
          i = j;
          continue;
        }
        i = j;
      }
      pos++;
    }
    if (start < text.length()) {
      int end = trimEnd(text, start, text.length());
      if (end > start) out.add(new Clause(start, end, from, ms.size(), "", sentence, paragraph));
    }
    return out;
  }

  /** The ending that closes the word ending at {@code pos}, when it closes a clause or sentence. */
  private static String closing(List<Morpheme> ms, int from, int to, int pos, boolean comma) {
    if (to == 0 || to <= from) return null;
    Morpheme last = ms.get(to - 1);
    // "주장했지만, 탈레반은": a comma after a connective ending still closes the clause.
    if (comma && last.end() == pos - 1 && last.isEnding() && CONNECTIVE.contains(last.form())) return closingConnective(ms, last, to);
    if (last.end() != pos || !last.isEnding()) return null;
    String f = last.form();
    if (FINAL.contains(f)) return f;
    if (!CONNECTIVE.contains(f)) return null;
    return closingConnective(ms, last, to);
  }

  private static String closingConnective(List<Morpheme> ms, Morpheme last, int to) {
    String f = last.form();
    if (!last.isEnding()) return null;
    if (to < ms.size()) {
      Morpheme next = ms.get(to);
      // -고 before an auxiliary (있다, 싶다, 말다) or a negation (못하다, 않다) belongs to the same verb.
      if (next.tag().equals("VX") || next.form().equals("못하") || next.form().equals("않")) return null;
    }
    return f;
  }

  /** {@link Character#isWhitespace}, answered without its table for the characters most text is made of. */
  private static boolean space(char c) {
    if (c <= ' ') return Character.isWhitespace(c);
    return c >= '\u1680' && (c < '\uAC00' || c > '\uD7A3') && Character.isWhitespace(c);
  }

  private static boolean blankLineFollows(String text, int nl) {
    int j = nl + 1;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) j++;
    return j >= text.length() || text.charAt(j) == '\n';
  }

  private static int skipSpace(String text, int from, int to) {
    while (from < to && space(text.charAt(from))) from++;
    return from;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && space(text.charAt(end - 1))) end--;
    return end;
  }
}
