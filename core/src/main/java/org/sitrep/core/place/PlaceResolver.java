package org.sitrep.core.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Picks the entry a place name means in its context, or none. In order, for a name with several
 * candidates:
 * <ol>
 *   <li><b>Province anchor</b>: a province named right before the name (바글란주의 코스트주,
 *       바글란쪽 호스트 지구, 카피사 타그압) or right after it (Khost wa Firing district (Baghlan),
 *       Spera district of Khost) keeps the candidates inside that province.
 *   <li><b>Suffix</b>: 주 / province keeps provinces, 지구 / 군 / district districts, 시 / city
 *       towns, 계곡 / valley features, when there are such candidates.
 *   <li><b>Same province</b>: when every remaining candidate is in one province, the one of the
 *       highest rank wins: an entry marked preferred (Kabul the city), then province, town,
 *       district, feature. "Kunduz" is the province; "쿤두즈시" the town.
 *   <li><b>Apposition</b>: a name glossed in brackets (타그압(Tagab)) takes the reading of its gloss.
 *   <li><b>Discourse</b>: when exactly one candidate's province is named (and resolved) elsewhere
 *       in the text, or in the given context, that candidate's group wins: a bare "Khost" in a
 *       text that says "Khost province" is the province.
 * </ol>
 * Otherwise the best entry stays null: an ambiguous name is never guessed. Stateless; thread-safe.
 */
final class PlaceResolver {
  /** Hits plus, per hit, whether a province anchor chose it and whether it served as one. */
  record Resolved(List<PlaceHit> hits, boolean[] anchored, boolean[] isAnchor) {}

  private final Suffixes suffixes;
  private final Set<PlaceEntry> preferred;

  PlaceResolver(Suffixes suffixes, Set<PlaceEntry> preferred) {
    this.suffixes = suffixes;
    this.preferred = preferred;
  }

  Resolved resolve(CharSequence text, List<NameMatcher.Match<PlaceEntry>> matches, Collection<String> support) {
    int n = matches.size();
    PlaceEntry[] best = new PlaceEntry[n];
    boolean[] anchored = new boolean[n];
    boolean[] isAnchor = new boolean[n];
    List<List<PlaceEntry>> remaining = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<PlaceEntry> cands = matches.get(i).values();
      if (cands.size() > 1) {
        for (int a : anchors(text, matches, i)) {
          PlaceEntry province = provinceReading(matches.get(a).values());
          List<PlaceEntry> inside = filter(cands, e -> Objects.equals(e.admin1(), province.admin1()) && !e.equals(province));
          if (!inside.isEmpty()) {
            cands = inside;
            anchored[i] = true;
            isAnchor[a] = true;
            break;
          }
        }
      }
      cands = byKind(cands, suffixes.kindAfter(text, matches.get(i).end()));
      remaining.add(cands);
      best[i] = rankWithinProvince(cands);
    }
    // apposition: 타그압(Tagab) — the gloss and the glossed name share a reading
    for (int i = 0; i < n; i++) {
      if (best[i] != null) {
        continue;
      }
      for (int j : new int[] {i - 1, i + 1}) {
        if (j >= 0 && j < n && best[j] != null && remaining.get(i).contains(best[j])
            && bracketBetween(text, matches.get(Math.min(i, j)).end(), matches.get(Math.max(i, j)).start())) {
          best[i] = best[j];
        }
      }
    }
    // discourse: provinces the text (or the caller's context) has already placed
    Set<String> placed = new TreeSet<>(support);
    for (PlaceEntry b : best) {
      if (b != null && b.admin1() != null) {
        placed.add(b.admin1());
      }
    }
    for (int i = 0; i < n; i++) {
      if (best[i] != null) {
        continue;
      }
      Map<String, List<PlaceEntry>> groups = new LinkedHashMap<>();
      for (PlaceEntry e : remaining.get(i)) {
        if (e.admin1() != null && placed.contains(e.admin1())) {
          groups.computeIfAbsent(e.admin1(), k -> new ArrayList<>()).add(e);
        }
      }
      if (groups.size() == 1) {
        best[i] = rankWithinProvince(groups.values().iterator().next());
      }
    }
    List<PlaceHit> hits = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      NameMatcher.Match<PlaceEntry> m = matches.get(i);
      hits.add(new PlaceHit(m.start(), m.end(), m.surface(), best[i], m.values(), m.distance()));
    }
    return new Resolved(List.copyOf(hits), anchored, isAnchor);
  }

  /** The neighbours (before, then after) that stand as this hit's province. */
  private List<Integer> anchors(CharSequence text, List<NameMatcher.Match<PlaceEntry>> matches, int i) {
    NameMatcher.Match<PlaceEntry> m = matches.get(i);
    List<Integer> out = new ArrayList<>(2);
    if (i > 0) {
      NameMatcher.Match<PlaceEntry> prev = matches.get(i - 1);
      if (provinceReading(prev.values()) != null
          && suffixes.connectsBefore(text.subSequence(prev.end(), m.start()))) {
        out.add(i - 1);
      }
    }
    if (i + 1 < matches.size()) {
      NameMatcher.Match<PlaceEntry> next = matches.get(i + 1);
      if (provinceReading(next.values()) != null
          && suffixes.connectsAfter(text.subSequence(m.end(), next.start()))) {
        out.add(i + 1);
      }
    }
    return out;
  }

  /** The province a name can only mean (its candidates are one province and places in it), or null. */
  private static PlaceEntry provinceReading(List<PlaceEntry> cands) {
    PlaceEntry province = null;
    for (PlaceEntry e : cands) {
      if (e.kind() == PlaceKind.PROVINCE) {
        if (province != null) {
          return null;
        }
        province = e;
      }
    }
    if (province == null) {
      return null;
    }
    for (PlaceEntry e : cands) {
      if (!Objects.equals(e.admin1(), province.admin1())) {
        return null;
      }
    }
    return province;
  }

  private static List<PlaceEntry> byKind(List<PlaceEntry> cands, PlaceKind kind) {
    if (kind == null || cands.size() < 2) {
      return cands;
    }
    List<PlaceEntry> same = filter(cands, e -> e.kind() == kind);
    return same.isEmpty() ? cands : same;
  }

  /** The single candidate, or the highest-ranked one when all share a province; else null. */
  private PlaceEntry rankWithinProvince(List<PlaceEntry> cands) {
    if (cands.size() == 1) {
      return cands.get(0);
    }
    if (cands.isEmpty()) {
      return null;
    }
    String admin1 = cands.get(0).admin1();
    for (PlaceEntry e : cands) {
      if (!Objects.equals(e.admin1(), admin1)) {
        return null;
      }
    }
    if (admin1 == null) {
      return null; // several places abroad of one name: nothing ties them together
    }
    List<PlaceEntry> pref = filter(cands, preferred::contains);
    if (pref.size() == 1) {
      return pref.get(0);
    }
    for (PlaceKind k : RANK) {
      List<PlaceEntry> of = filter(cands, e -> e.kind() == k);
      if (of.size() == 1) {
        return of.get(0);
      }
      if (of.size() > 1) {
        return null;
      }
    }
    return null;
  }

  private static final PlaceKind[] RANK = {
      PlaceKind.PROVINCE, PlaceKind.TOWN, PlaceKind.DISTRICT, PlaceKind.FEATURE, PlaceKind.COUNTRY};

  private static boolean bracketBetween(CharSequence text, int from, int to) {
    if (to < from || to - from > 3) {
      return false;
    }
    String gap = text.subSequence(from, to).toString().strip();
    return gap.equals("(") || gap.equals(")") || gap.equals("（") || gap.equals("）");
  }

  private static List<PlaceEntry> filter(List<PlaceEntry> in, java.util.function.Predicate<PlaceEntry> p) {
    List<PlaceEntry> out = new ArrayList<>();
    for (PlaceEntry e : in) {
      if (p.test(e)) {
        out.add(e);
      }
    }
    return out;
  }
}
