package org.sitrep.core.place;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The theatre's places: provinces, districts, towns, features and countries, with their English
 * and Korean names, found in running text and resolved in context.
 *
 * <p>Examples with the bundled data:
 * <ul>
 *   <li>"판지시르 계곡을 공격" → Panjshir Valley (surface 판지시르 계곡); "판즈시르랑" → Panjshir.
 *   <li>"바글란주의 코스트주", "바글란쪽 호스트 지구", "Khost wa Firing district (Baghlan)" →
 *       Khost wa Firing (AF-BGL); "호스트주", "Khost province" → Khost (AF-KHO); a bare "Khost"
 *       with no other clue → candidates, no best.
 *   <li>"아프가니스칸", "바디크샨", "yaftal sufia" → Afghanistan, Badakhshan, Yaftal Sufla (fuzzy, distance 1).
 * </ul>
 * Matching rules are those of {@link NameMatcher}; context rules those of {@link PlaceResolver}.
 * Known weaknesses: no reading of directions ("카불 북동부") or distances; short Korean names are
 * matched only before a listed particle; a province anchor must stand right next to the name.
 *
 * <p>Immutable and thread-safe.
 */
public final class Gazetteer {
  private final List<PlaceEntry> entries;
  private final NameMatcher<PlaceEntry> matcher;
  private final PlaceResolver resolver;
  private final Map<String, PlaceEntry> provinces;
  private final Map<String, List<PlaceEntry>> byName;
  private final SortedSet<String> koreanNames;

  private static final class Holder {
    static final Gazetteer BUNDLED = Gazetteer.of(
        Tsv.resource(Gazetteer.class, "provinces.tsv"),
        Tsv.resource(Gazetteer.class, "districts.tsv"),
        Tsv.resource(Gazetteer.class, "places.tsv"),
        Tsv.read(Tsv.resource(Gazetteer.class, "not-names.txt")));
  }

  private Gazetteer(GazetteerData data, List<Tsv.Row> notNames) {
    Suffixes suffixes = Suffixes.bundled();
    this.entries = List.copyOf(data.entries);
    NameMatcher.Builder<PlaceEntry> b = NameMatcher.<PlaceEntry>builder()
        .followers(suffixes.followers())
        .strictFollowers(suffixes.strictFollowers());
    List<String> stop = new ArrayList<>();
    for (Tsv.Row r : notNames) {
      stop.add(r.cell(0));
    }
    b.notNames(stop);
    Map<String, PlaceEntry> prov = new TreeMap<>();
    Map<String, List<PlaceEntry>> names = new HashMap<>();
    SortedSet<String> korean = new TreeSet<>();
    for (PlaceEntry e : entries) {
      if (e.kind() == PlaceKind.PROVINCE) {
        prov.put(e.admin1(), e);
      }
      names.computeIfAbsent(Chars.compact(e.name()), k -> new ArrayList<>()).add(e);
      for (GazetteerData.Alias a : data.aliases.get(e)) {
        b.add(a.text(), e, a.strict());
        if (Chars.containsHangul(a.text())) {
          korean.add(a.text());
        }
      }
    }
    this.matcher = b.build();
    this.resolver = new PlaceResolver(suffixes, Set.copyOf(data.preferred));
    this.provinces = Collections.unmodifiableMap(prov);
    this.byName = names;
    this.koreanNames = Collections.unmodifiableSortedSet(korean);
  }

  /** The bundled gazetteer, loaded once on first use. */
  public static Gazetteer bundled() {
    return Holder.BUNDLED;
  }

  /** A gazetteer of the given tables (same layout as the bundled ones), for small test gazetteers. */
  public static Gazetteer of(Reader provinces, Reader districts, Reader places) {
    return of(provinces, districts, places, List.of());
  }

  private static Gazetteer of(Reader provinces, Reader districts, Reader places, List<Tsv.Row> notNames) {
    return new Gazetteer(new GazetteerData(provinces, districts, places, Suffixes.bundled().generics()), notNames);
  }

  /** Every place name in the text, sorted by start, longest match, non-overlapping, each resolved in the context of the whole text. */
  public List<PlaceHit> scan(CharSequence text) {
    return resolver.resolve(text, matcher.scan(text), Set.of()).hits();
  }

  /**
   * The entry a single mention names ("바글란주의 코스트주", "Spera district of Khost province",
   * "Badakhshon"), read with the places of {@code context} (may be "") as discourse clues; empty
   * when the mention names no place or stays ambiguous.
   */
  public Optional<PlaceEntry> resolve(String mention, String context) {
    if (mention == null || mention.isBlank()) {
      return Optional.empty();
    }
    Set<String> support = new TreeSet<>();
    if (context != null && !context.isBlank()) {
      for (PlaceHit h : scan(context)) {
        if (h.best() != null && h.best().admin1() != null) {
          support.add(h.best().admin1());
        }
      }
    }
    List<NameMatcher.Match<PlaceEntry>> matches = matcher.scan(mention);
    if (matches.isEmpty()) {
      matches = matcher.whole(mention).map(List::of).orElse(List.of());
    }
    PlaceResolver.Resolved r = resolver.resolve(mention, matches, support);
    int head = -1;
    for (int i = 0; i < r.hits().size(); i++) {
      if (r.isAnchor()[i] && !r.anchored()[i]) {
        continue; // "바글란" in "바글란주의 코스트주" only places the head
      }
      if (head < 0 || isBetterHead(r, i, head)) {
        head = i;
      }
    }
    if (head < 0 && !r.hits().isEmpty()) {
      head = 0;
    }
    return head < 0 ? Optional.empty() : Optional.ofNullable(r.hits().get(head).best());
  }

  /** A hit placed by a province anchor beats one that was not; then the longer surface. */
  private static boolean isBetterHead(PlaceResolver.Resolved r, int i, int head) {
    if (r.anchored()[i] != r.anchored()[head]) {
      return r.anchored()[i];
    }
    return r.hits().get(i).surface().length() > r.hits().get(head).surface().length();
  }

  /**
   * The entry with this canonical name ("Khost wa Firing", "Panjshir Valley"; a trailing
   * "(...)" or ", ..." qualification is dropped when the whole name is unknown); an alias when no
   * canonical name matches; empty when unknown or ambiguous (two districts named Tagab).
   */
  public Optional<PlaceEntry> byName(String canonicalName) {
    if (canonicalName == null || canonicalName.isBlank()) {
      return Optional.empty();
    }
    String name = canonicalName.strip();
    List<PlaceEntry> found = byName.get(Chars.compact(name));
    if (found == null && name.endsWith(")") && name.indexOf('(') > 0) { // "Khost wa Firing (Taliban posts)"
      found = byName.get(Chars.compact(name.substring(0, name.indexOf('('))));
    }
    if (found == null && name.indexOf(',') > 0) { // "Kahor, Khidir district"
      found = byName.get(Chars.compact(name.substring(0, name.indexOf(','))));
    }
    if (found == null) {
      found = matcher.exact(name);
    }
    if (found == null || found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(resolver.resolve(name, List.of(new NameMatcher.Match<>(0, name.length(), name, found, 0)),
        Set.of()).hits().get(0).best());
  }

  /** The province with this ISO 3166-2 code. */
  public Optional<PlaceEntry> province(String admin1) {
    return Optional.ofNullable(admin1 == null ? null : provinces.get(admin1.strip()));
  }

  /** Every entry, in table order (for tests and checks in this package). */
  List<PlaceEntry> entries() {
    return entries;
  }

  /** Every Korean surface form (for the Nori user dictionary); forms may contain spaces. */
  public SortedSet<String> koreanNames() {
    return koreanNames;
  }
}
