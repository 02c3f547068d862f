package org.sitrep.ko;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.core.actor.ActorDictionary;
import org.sitrep.core.actor.ActorHit;
import org.sitrep.core.actor.PersonHit;
import org.sitrep.core.place.Gazetteer;
import org.sitrep.core.place.PlaceEntry;
import org.sitrep.core.place.PlaceHit;
import org.sitrep.core.place.PlaceKind;

/**
 * Finds the names of a document on the character stream (so a name Nori splits is still found)
 * and gives each the role its particle marks.
 *
 * <ul>
 *   <li>{@code ko.actor.dictionary}: actors of the actor dictionary ({@code 저항군} → National
 *       Resistance Front); a place name inside an actor name ({@code 아프가니스탄 국민 저항전선})
 *       is not a place.
 *   <li>{@code ko.actor.led-by}: {@code 칼리드 아미르가 이끄는 저항군}: the actor with its commander.
 *   <li>{@code ko.actor.kind-leader}: {@code 알리푸르가 이끄는 하자라족 군벌세력} → Hazara militia (Alipur).
 *   <li>{@code ko.actor.kind-place}: {@code 다이쿤디주에서도 하자라족 민병대가} → Hazara militia (Daykundi);
 *       {@code 안다라브 주민 봉기군} → Andarab militia.
 *   <li>{@code ko.actor.victim-noun}: 민간인, 주민, 어린이 ... → Civilians.
 *   <li>{@code ko.attribution.source-noun}: 소식통, 외신, 현지 매체 ... as sources of claims.
 * </ul>
 * Thread-safe.
 */
final class MentionFinder {
  /** By start, then the longer first (without boxing the ends, as a key extractor would). */
  private static final Comparator<Mention> BY_START_LONGEST_FIRST = (a, b) ->
      a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());
  private final Gazetteer gazetteer;
  private final ActorDictionary actors;
  private final Lexicon lexicon;
  /** The group kinds, then the victim nouns, then the source nouns: found in one pass over the text. */
  private final Phrases phrases;

  MentionFinder(Gazetteer gazetteer, ActorDictionary actors, Lexicon lexicon) {
    this.gazetteer = gazetteer;
    this.actors = actors;
    this.lexicon = lexicon;
    List<String> all = new ArrayList<>(lexicon.groups.keySet());
    all.addAll(lexicon.victims.keySet());
    all.addAll(lexicon.sources.keySet());
    this.phrases = new Phrases(all);
  }

  List<Mention> find(String text, List<Morpheme> ms, List<Clause> clauses) {
    List<Mention> found = new ArrayList<>();
    List<int[]> actorSpans = new ArrayList<>();
    for (ActorHit h : actors.scanActors(text)) {
      found.add(new Mention(Mention.Kind.ACTOR, h.start(), h.end(), h.actor().name(), null, null, null, Role.NONE, "ko.actor.dictionary"));
      actorSpans.add(new int[] {h.start(), h.end()});
    }
    actorSpans.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<Mention> persons = new ArrayList<>();
    for (PersonHit h : actors.scanPersons(text)) {
      persons.add(new Mention(Mention.Kind.PERSON, h.start(), h.end(), h.person().name(), null, h.person(), null, Role.NONE, "ko.person.dictionary"));
    }
    found.addAll(persons);
    List<Mention> places = new ArrayList<>();
    for (PlaceHit h : gazetteer.scan(text)) {
      PlaceEntry e = h.best() != null ? h.best() : gazetteer.resolve(h.surface(), sentenceAround(text, h.start())).orElse(null);
      if (e == null) continue;
      // A country named where an actor is named is the actor (파키스탄의 지원), and a place
      // inside an actor's name is part of the name.
      if (overlapsStrictly(actorSpans, h.start(), h.end())) continue;
      if (e.kind() == PlaceKind.COUNTRY && overlaps(actorSpans, h.start(), h.end())) continue;
      places.add(new Mention(Mention.Kind.PLACE, h.start(), h.end(), e.name(), e, null, null, Role.NONE, "ko.place.gazetteer"));
    }
    places = withinProvinces(text, places);
    found.addAll(places);
    int[][] at = phrases.find(text);
    addGroups(text, found, places, persons, clauses, at);
    int victims = lexicon.groups.size();
    addWords(found, at, victims, lexicon.victims.size(), Mention.Kind.ACTOR, "Civilians", "ko.actor.victim-noun");
    int source = victims + lexicon.victims.size();
    for (Map.Entry<String, String> s : lexicon.sources.entrySet()) addWords(found, at, source++, 1, Mention.Kind.SOURCE, s.getValue(), "ko.attribution.source-noun");
    found.sort(BY_START_LONGEST_FIRST);
    List<Mention> clean = dropOverlaps(found);
    addCommanders(text, clean, persons);
    return Roles.assign(text, ms, clean);
  }

  /**
   * "바글란쪽 호스트 지구", "바글란주의 코스트주": a place named right after a province lies in it
   * ({@code ko.place.within-province}); a reading in another province is replaced by the one in
   * that province, or by the province itself.
   */
  private List<Mention> withinProvinces(String text, List<Mention> places) {
    List<Mention> out = new ArrayList<>(places);
    for (int i = 1; i < out.size(); i++) {
      Mention q = out.get(i - 1), p = out.get(i);
      if (q.place().kind() != PlaceKind.PROVINCE || p.start() < q.end() || p.start() - q.end() > 5) continue;
      String gap = text.substring(q.end(), p.start()).strip();
      if (!(gap.isEmpty() || gap.equals("쪽") || gap.equals("주의") || gap.equals("주") || gap.equals("의") || gap.equals("주 "))) continue;
      if (java.util.Objects.equals(p.place().admin1(), q.place().admin1())) continue;
      String surface = text.substring(p.start(), p.end());
      PlaceEntry e = gazetteer.resolve(surface, text.substring(q.start(), p.end())).orElse(null);
      if (e == null || !java.util.Objects.equals(e.admin1(), q.place().admin1())) e = q.place();
      out.set(i, new Mention(Mention.Kind.PLACE, p.start(), p.end(), e.name(), e, null, null, Role.NONE, "ko.place.within-province"));
    }
    return out;
  }

  /** 알리푸르가 이끄는 하자라족 군벌세력 / 다이쿤디주에서도 하자라족 민병대 / 안다라브 주민 봉기군. */
  private void addGroups(String text, List<Mention> found, List<Mention> places, List<Mention> persons, List<Clause> clauses, int[][] at) {
    int k = 0;
    for (Map.Entry<String, String[]> g : lexicon.groups.entrySet()) {
      String kind = g.getKey();
      for (int i : at[k++]) {
        int end = i + kind.length();
        Mention leader = ledBy(text, i, persons);
        String english = g.getValue()[0];
        boolean ethnic = g.getValue()[1].equals("ethnic");
        String name;
        String rule;
        if (leader != null) {
          name = english + " (" + leader.name() + ")";
          rule = "ko.actor.kind-leader";
        } else {
          // A bare kind names the group of its kind told before, unless a place before it in its
          // sentence says whose it is; a place after it names it only when it is where the group is
          // (에서, 의), not what the group took ("봉기군은 데살라를 장악했다").
          Mention place = nearestPlace(places, clauses, i);
          Mention earlier = place == null || place.start() > i ? earlierGroup(found, i, english) : null;
          if (earlier == null && place != null && place.start() > i && !where(text, place.end())) place = null;
          if (earlier != null) {
            // "하자라족 민병대 ... 민병대로부터": a bare kind names the group of that kind told before.
            name = earlier.name();
          } else if (place == null) {
            if (!ethnic) continue;
            name = english;
          } else {
            name = ethnic ? english + " (" + shortName(place.place()) + ")" : shortName(place.place()) + " " + english;
          }
          rule = "ko.actor.kind-place";
        }
        found.add(new Mention(Mention.Kind.ACTOR, i, end, name, null, null, null, Role.NONE, rule));
      }
    }
  }

  /** The latest group of this kind (its English name holds the kind) named before {@code at}. */
  private static Mention earlierGroup(List<Mention> found, int at, String kind) {
    Mention best = null;
    for (Mention m : found) {
      if (m.kind() == Mention.Kind.ACTOR && m.end() <= at && (m.rule().startsWith("ko.actor.kind") || m.rule().equals("ko.actor.dictionary")) && m.name().contains(kind)
          && (best == null || m.start() > best.start())) best = m;
    }
    return best;
  }

  /** The person named in "{person}가 이끄는 " right before {@code at}, or null. */
  private static Mention ledBy(String text, int at, List<Mention> persons) {
    int j = at;
    while (j > 0 && text.charAt(j - 1) == ' ') j--;
    String led = "이끄는";
    if (j < led.length() || !text.startsWith(led, j - led.length())) return null;
    j -= led.length();
    while (j > 0 && text.charAt(j - 1) == ' ') j--;
    if (j < 1 || (text.charAt(j - 1) != '가' && text.charAt(j - 1) != '이')) return null;
    int nameEnd = j - 1;
    for (Mention p : persons) if (p.end() == nameEnd) return p;
    return null;
  }

  /** The place nearest before {@code at} in its sentence, else the first after it in the sentence. */
  private static Mention nearestPlace(List<Mention> places, List<Clause> clauses, int at) {
    int sStart = 0, sEnd = Integer.MAX_VALUE;
    int lo = 0, hi = clauses.size() - 1, k = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (clauses.get(mid).start() <= at) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k >= 0) {
      int sentence = clauses.get(k).sentence();
      int a = k, b = k;
      while (a > 0 && clauses.get(a - 1).sentence() == sentence) a--;
      while (b + 1 < clauses.size() && clauses.get(b + 1).sentence() == sentence) b++;
      sStart = clauses.get(a).start();
      sEnd = clauses.get(b).end();
    }
    Mention before = null, after = null;
    for (Mention p : places) {
      if (p.place().kind() == PlaceKind.COUNTRY) continue;
      if (p.end() <= at && p.start() >= sStart) before = p;
      else if (p.start() >= at && p.start() < sEnd && after == null) after = p;
    }
    return before != null ? before : after;
  }

  /** The place is where something is: 에서 or 의 follows it (after a suffix such as 주, 지구, 계곡). */
  private static boolean where(String text, int end) {
    int j = end;
    for (String suffix : List.of("주", "지구", "계곡", "지역", "군")) {
      if (text.startsWith(suffix, j)) {
        j += suffix.length();
        break;
      }
    }
    return text.startsWith("에서", j) || text.startsWith("의", j);
  }

  private static String shortName(PlaceEntry e) {
    String n = e.admin2() != null && e.kind() != PlaceKind.PROVINCE ? e.admin2() : e.name();
    for (String suffix : List.of(" Valley", " Corridor", " Pass", " District", " Province")) {
      if (n.endsWith(suffix)) n = n.substring(0, n.length() - suffix.length());
    }
    return n;
  }

  /** Commanders: "{person}가 이끄는 {actor}" gives the actor its commander. */
  private static void addCommanders(String text, List<Mention> ms, List<Mention> persons) {
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (m.kind() != Mention.Kind.ACTOR || m.commander() != null || m.rule().startsWith("ko.actor.kind")) continue;
      Mention leader = ledBy(text, m.start(), persons);
      if (leader != null) ms.set(i, new Mention(m.kind(), m.start(), m.end(), m.name(), null, null, leader.name(), m.role(), "ko.actor.led-by"));
    }
  }

  /** Mentions of phrases {@code [from, from + count)} of {@link #phrases}, at the offsets {@code at} holds for them. */
  private void addWords(List<Mention> found, int[][] at, int from, int count, Mention.Kind kind, String name, String rule) {
    for (int p = from; p < from + count; p++) {
      int length = phrases.phrase(p).length();
      for (int i : at[p]) {
        found.add(new Mention(kind, i, i + length, name, null, null, null, Role.NONE, rule));
      }
    }
  }

  /**
   * Keeps the longest of overlapping mentions. On the same words, a group named by its kind and
   * leader or place says more than the dictionary's generic kind ("하자라족 민병대" → Hazara militia
   * (Daykundi), not Hazara militia), and a person with an affiliation more than the group the
   * dictionary files his name under (he stands for it as an actor, and is a person too).
   */
  private static List<Mention> dropOverlaps(List<Mention> sorted) {
    List<Mention> out = new ArrayList<>();
    int reach = -1;
    for (Mention m : sorted) {
      if (m.start() < reach) {
        Mention last = out.get(out.size() - 1);
        boolean sameWords = m.start() == last.start() && m.end() == last.end();
        boolean longerGroup = m.end() > last.end() && m.rule().startsWith("ko.actor.kind");
        boolean refined = sameWords && (m.rule().startsWith("ko.actor.kind") && !last.rule().startsWith("ko.actor.kind")
            || m.kind() == Mention.Kind.PERSON && last.kind() == Mention.Kind.ACTOR && m.person().affiliation() != null);
        if (longerGroup || refined) {
          out.set(out.size() - 1, m);
          reach = m.end();
        }
        continue;
      }
      out.add(m);
      reach = m.end();
    }
    return out;
  }

  /** Spans sorted by start and not overlapping one another (scanner hits): a binary search finds the neighbours. */
  private static boolean overlaps(List<int[]> spans, int s, int e) {
    int k = lastStartingBefore(spans, e);
    for (int i = k; i >= 0 && i >= k - 2; i--) if (s < spans.get(i)[1] && spans.get(i)[0] < e) return true;
    return false;
  }

  private static boolean overlapsStrictly(List<int[]> spans, int s, int e) {
    int k = lastStartingBefore(spans, e);
    for (int i = k; i >= 0 && i >= k - 2; i--) {
      int[] x = spans.get(i);
      if (s < x[1] && x[0] < e && (x[1] - x[0]) > (e - s)) return true;
    }
    return false;
  }

  private static int lastStartingBefore(List<int[]> spans, int e) {
    int lo = 0, hi = spans.size() - 1, k = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid)[0] < e) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return k;
  }

  private static String sentenceAround(String text, int at) {
    int s = Math.max(0, at - 80), e = Math.min(text.length(), at + 80);
    return text.substring(s, e);
  }

  static Map<String, Integer> counts(List<Mention> ms) {
    Map<String, Integer> m = new TreeMap<>();
    for (Mention x : ms) m.merge(x.kind().name(), 1, Integer::sum);
    return m;
  }
}
