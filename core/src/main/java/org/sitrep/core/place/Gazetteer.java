package org.sitrep.core.place;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 *
 * <p>The bundled gazetteer is the curated tables plus the GeoNames districts, towns and Dari names
 * generated from registry packages (see {@link GeoNamesData}; curated entries win), and the
 * Natural Earth province polygons behind {@link #locate}, read on first use only.
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
  private final int withKorean;
  /** GeoNames district codes and seatless districts; empty for a test gazetteer. */
  private final Map<PlaceEntry, String> geonamesCodes;
  private final Set<PlaceEntry> seatless;
  private final Set<PlaceEntry> placedAtTown;
  private final Map<PlaceEntry, Extent> extents;
  /** Whether {@link #locate} may load the bundled province polygons (not for test gazetteers). */
  private final boolean bundledGeometry;

  private static final class Holder {
    static final Gazetteer BUNDLED = bundledGazetteer();
  }

  private static Gazetteer bundledGazetteer() {
    GazetteerData data = new GazetteerData(
        Tsv.resource(Gazetteer.class, "provinces.tsv"),
        Tsv.resource(Gazetteer.class, "districts.tsv"),
        Tsv.resource(Gazetteer.class, "places.tsv"),
        Suffixes.bundled().generics());
    GeoNamesData geonames = new GeoNamesData(data,
        Tsv.resource(Gazetteer.class, "generated/districts-geonames.tsv"),
        Tsv.resource(Gazetteer.class, "district-geonames.tsv"),
        Tsv.resource(Gazetteer.class, "generated/towns-geonames.tsv"),
        Tsv.resource(Gazetteer.class, "generated/provinces-names.tsv"));
    return new Gazetteer(data, Tsv.read(Tsv.resource(Gazetteer.class, "not-names.txt")), geonames,
        extents(data, Tsv.read(Tsv.resource(Gazetteer.class, "feature-extents.tsv"))));
  }

  /** feature-extents.tsv: a feature's name, then r=KM or box=S,W,N,E. */
  private static Map<PlaceEntry, Extent> extents(GazetteerData data, List<Tsv.Row> rows) {
    Map<String, PlaceEntry> features = new HashMap<>();
    for (PlaceEntry e : data.entries) {
      if (e.kind() == PlaceKind.FEATURE) {
        features.put(e.name(), e);
      }
    }
    Map<PlaceEntry, Extent> out = new LinkedHashMap<>();
    for (Tsv.Row r : rows) {
      PlaceEntry f = features.get(r.cell(0));
      if (f == null) {
        throw r.error("no feature named " + r.cell(0));
      }
      String x = r.cell(1);
      try {
        if (x.startsWith("r=") && f.lat() != null) {
          out.put(f, Extent.around(f.lat(), f.lon(), Double.parseDouble(x.substring(2))));
        } else if (x.startsWith("box=")) {
          String[] c = x.substring(4).split(",");
          out.put(f, new Extent(Double.parseDouble(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2]),
              Double.parseDouble(c[3])));
        } else {
          throw r.error("extent is r=KM or box=S,W,N,E, not " + x);
        }
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
        throw r.error("bad extent " + x);
      }
    }
    return out;
  }

  private Gazetteer(GazetteerData data, List<Tsv.Row> notNames, GeoNamesData geonames, Map<PlaceEntry, Extent> extents) {
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
    int withKo = 0;
    for (PlaceEntry e : entries) {
      if (e.kind() == PlaceKind.PROVINCE) {
        prov.put(e.admin1(), e);
      }
      if (!data.unnamed.contains(e)) {
        names.computeIfAbsent(Chars.compact(e.name()), k -> new ArrayList<>()).add(e);
      }
      boolean ko = false;
      for (GazetteerData.Alias a : data.aliases.get(e)) {
        b.add(a.text(), e, a.strict());
        if (Chars.containsHangul(a.text())) {
          korean.add(a.text());
          ko = true;
        }
      }
      withKo += ko ? 1 : 0;
    }
    this.withKorean = withKo;
    this.geonamesCodes = geonames == null ? Map.of() : Map.copyOf(geonames.codes);
    this.seatless = geonames == null ? Set.of() : Set.copyOf(geonames.seatless);
    this.placedAtTown = geonames == null ? Set.of() : Set.copyOf(geonames.placedAtTown);
    this.bundledGeometry = geonames != null;
    this.extents = Collections.unmodifiableMap(new LinkedHashMap<>(extents));
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
    return new Gazetteer(new GazetteerData(provinces, districts, places, Suffixes.bundled().generics()), notNames, null, Map.of());
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

  /**
   * Where a coordinate lies: the province whose polygon holds it (Natural Earth admin-1, the
   * known defects fixed) and the district of that province whose seat is nearest, flagged
   * approximate; empty outside Afghanistan, and always for a gazetteer made by {@code of(...)}.
   * The polygons are read on the first call.
   */
  public Optional<Located> locate(double lat, double lon) {
    if (!bundledGeometry) {
      return Optional.empty();
    }
    Optional<PlaceEntry> province = ProvincePolygons.bundled().provinceAt(lat, lon).flatMap(this::province);
    if (province.isEmpty()) {
      return Optional.empty();
    }
    PlaceEntry nearest = null;
    double best = Double.MAX_VALUE;
    for (PlaceEntry e : entries) {
      if (e.kind() == PlaceKind.DISTRICT && e.lat() != null && !seatless.contains(e)
          && province.get().admin1().equals(e.admin1())) {
        double km = km(lat, lon, e.lat(), e.lon());
        if (km < best) {
          best = km;
          nearest = e;
        }
      }
    }
    List<PlaceEntry> inside = new ArrayList<>();
    extents.forEach((f, x) -> {
      if (x.contains(lat, lon)) {
        inside.add(f);
      }
    });
    return Optional.of(new Located(province.get(), nearest, nearest == null ? Double.NaN : best, nearest != null, inside));
  }

  /** How far a feature reaches (bundled features only; empty for other entries). */
  public Optional<Extent> extent(PlaceEntry feature) {
    return Optional.ofNullable(feature == null ? null : extents.get(feature));
  }

  /** The GeoNames code of an entry: a district's code ("AF.42.3301"), a town's GeoNames id ("1429434"); empty for the rest. */
  public Optional<String> geonamesCode(PlaceEntry entry) {
    return Optional.ofNullable(entry == null ? null : geonamesCodes.get(entry));
  }

  /**
   * Counts, in this order: provinces, provinces_with_polygons, districts, districts_with_seat
   * (a seat from GeoNames or the curated table), districts_approximate (coordinates a hand
   * estimate, a place other than the seat, or the province centroid), places (every entry),
   * places_with_korean, features. Loads the polygons.
   */
  public Map<String, Integer> counts() {
    Map<String, Integer> out = new LinkedHashMap<>();
    int districts = 0;
    int withSeat = 0;
    int approximate = 0;
    int features = 0;
    for (PlaceEntry e : entries) {
      if (e.kind() == PlaceKind.DISTRICT) {
        districts++;
        withSeat += e.lat() != null && !seatless.contains(e) ? 1 : 0;
        approximate += e.approximate() ? 1 : 0;
      } else if (e.kind() == PlaceKind.FEATURE) {
        features++;
      }
    }
    int polygons = 0;
    if (bundledGeometry) {
      for (String code : ProvincePolygons.bundled().provinces()) {
        polygons += provinces.containsKey(code) ? 1 : 0;
      }
    }
    out.put("provinces", provinces.size());
    out.put("provinces_with_polygons", polygons);
    out.put("districts", districts);
    out.put("districts_with_seat", withSeat);
    out.put("districts_approximate", approximate);
    out.put("places", entries.size());
    out.put("places_with_korean", withKorean);
    out.put("features", features);
    return Collections.unmodifiableMap(out);
  }

  /**
   * Where the districts' coordinates come from, in this order: seat_geonames (a GeoNames
   * administrative seat), seat_geonames_town (the largest GeoNames place of a district whose seat
   * GeoNames lacks; approximate), seat_curated (a hand estimate; approximate), seat_none (the
   * province centroid; approximate).
   */
  public Map<String, Integer> districtSeats() {
    int geonames = 0;
    int town = 0;
    int curated = 0;
    int none = 0;
    for (PlaceEntry e : entries) {
      if (e.kind() != PlaceKind.DISTRICT) {
        continue;
      }
      if (seatless.contains(e) || e.lat() == null) {
        none++;
      } else if (placedAtTown.contains(e)) {
        town++;
      } else if (e.approximate()) {
        curated++;
      } else {
        geonames++;
      }
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    out.put("seat_geonames", geonames);
    out.put("seat_geonames_town", town);
    out.put("seat_curated", curated);
    out.put("seat_none", none);
    return Collections.unmodifiableMap(out);
  }

  /** Great-circle distance in kilometres. */
  private static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
