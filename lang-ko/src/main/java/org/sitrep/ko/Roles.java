package org.sitrep.ko;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each mention the role its particle marks (see {@link Role}), reading Nori's morphemes
 * after the name: a few nouns may stand between the name and its particle ({@code 탈레반 대원
 * 수십 명이}: the Taliban are the subject), and the members of a list share the role of its last
 * member ({@code 타지키스탄 우즈베키스탄 이란의 압박}: all three are genitive;
 * {@code 판지시르 계곡과 산악지역을}: object). Stateless.
 */
final class Roles {
  private static final int MAX_NOUNS_BETWEEN = 5;

  private Roles() {}

  static List<Mention> assign(String text, List<Morpheme> ms, List<Mention> mentions) {
    int[] firstAt = firstMorphemeAt(text.length(), ms);
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      int next = i + 1 < mentions.size() ? mentions.get(i + 1).start() : text.length();
      out.add(m.withRole(roleAfter(text, ms, firstAt, m.end(), next)));
    }
    // Lists share the role of their last member: walk back from the end.
    for (int i = out.size() - 2; i >= 0; i--) {
      Mention m = out.get(i), n = out.get(i + 1);
      if ((m.role() == Role.LIST || m.role() == Role.NONE) && m.kind() == n.kind() && adjacent(text, m.end(), n.start())) {
        out.set(i, m.withRole(n.role()));
      } else if ((m.role() == Role.LIST || m.role() == Role.NONE) && m.kind() == Mention.Kind.ACTOR && n.kind() == Mention.Kind.SOURCE
          && n.start() - m.end() <= 1) {
        // "탈레반 국방부는", "탈레반 대변인은": the actor's office speaks and acts for it.
        out.set(i, m.withRole(n.role()));
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern DIRECTIONS = java.util.regex.Pattern.compile(" ?[,·、과와랑및] ?(북부|남부|동부|서부|중부|북동부|북서부|남동부|남서부|인근)? ?");

  /** Only spaces, commas, middle dots or 과/와/랑/및 (and a direction word: 카불과 서부 헤라트) between two names. */
  private static boolean adjacent(String text, int from, int to) {
    if (to < from || to - from > 10) return false;
    String between = text.substring(from, to).strip();
    if (between.equals("이랑")) return true;
    if (to - from > 3) return DIRECTIONS.matcher(text.substring(from, to)).matches();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(c == ' ' || c == ',' || c == '·' || c == '、' || c == '과' || c == '와' || c == '랑' || c == '및')) return false;
    }
    return true;
  }

  static Role roleAfter(String text, List<Morpheme> ms, int[] firstAt, int end, int nextMention) {
    int j = end;
    while (j < text.length() && text.charAt(j) == ' ') j++;
    if (j < text.length() && (text.charAt(j) == ',' || text.charAt(j) == '·' || text.charAt(j) == '、')) return Role.LIST;
    if (end >= firstAt.length) return Role.NONE;
    int k = firstAt[end];
    int nouns = 0;
    while (k < ms.size() && nouns <= MAX_NOUNS_BETWEEN) {
      Morpheme m = ms.get(k);
      if (m.start() >= nextMention && nouns > 0) return Role.LIST;
      if (m.isParticle()) {
        Role r = particle(ms, k);
        // 판지시르 계곡과 산악지역을: a list goes on to the particle of its last member.
        if (r == Role.LIST && k + 1 < ms.size() && ms.get(k + 1).start() < nextMention && ms.get(k + 1).isNominal()) {
          k++;
          nouns = 0;
          continue;
        }
        return r;
      }
      if (m.start() - end > 40) return Role.NONE;
      String gap = text.substring(end, m.start());
      // A sentence ends between the name and the next particle: the name has none.
      if (gap.indexOf('\n') >= 0 || gap.indexOf('.') >= 0 || gap.indexOf('?') >= 0 || gap.indexOf('!') >= 0) return Role.NONE;
      if (!m.isNominal()) return Role.NONE;
      k++;
      nouns++;
    }
    return Role.NONE;
  }

  private static Role particle(List<Morpheme> ms, int k) {
    String f = ms.get(k).form();
    Morpheme next = k + 1 < ms.size() ? ms.get(k + 1) : null;
    switch (f) {
      case "이", "가", "께서" -> { return Role.SUBJ; }
      case "은", "는", "ᆫ" -> { return Role.TOPIC; }
      case "을", "를", "ᆯ" -> { return Role.OBJ; }
      case "에서", "서", "에서는", "에선" -> { return Role.LOC; }
      case "으로부터", "로부터", "에게서", "한테서" -> { return Role.FROM; }
      case "에게", "한테", "께", "에게는" -> { return Role.DAT; }
      case "의" -> { return Role.GEN; }
      case "도" -> { return Role.ALSO; }
      case "으로", "로" -> { return Role.DIR; }
      case "과", "와", "랑", "이랑", "하고" -> {
        if (next != null && next.isParticle() && next.form().equals("의")) return Role.WITH;
        return Role.LIST;
      }
      case "에" -> {
        if (next != null && next.form().equals("의하")) return k + 2 < ms.size() && ms.get(k + 2).form().startsWith("면") ? Role.ACCORDING : Role.AGENT;
        if (next != null && next.form().equals("따르")) return Role.ACCORDING;
        return Role.DAT;
      }
      default -> {
        if (f.startsWith("에서")) return Role.LOC;
        if (f.startsWith("에게")) return Role.DAT;
        return Role.NONE;
      }
    }
  }

  static int[] firstMorphemeAt(int length, List<Morpheme> ms) {
    int[] at = new int[length + 1];
    int k = ms.size();
    for (int i = length; i >= 0; i--) {
      while (k > 0 && ms.get(k - 1).start() >= i) k--;
      at[i] = k;
    }
    return at;
  }
}
