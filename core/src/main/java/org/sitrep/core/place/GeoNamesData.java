package org.sitrep.core.place;

import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sitrep.model.PlacePrecision;

/**
 * Merges the files the gazetteer generator makes from registry packages (generated/: GeoNames
 * districts and towns, Natural Earth province names) into the curated tables. Curated entries
 * win: a curated district keeps its names and gains its GeoNames code, and its seat gives way only
 * when it was a hand estimate and GeoNames has the administrative seat. A GeoNames district the
 * curated table lacks becomes an entry named in ASCII, with the GeoNames seat, or the province
 * centroid (flagged approximate) when GeoNames has no place in it. GeoNames towns no entry names
 * are added with their Latin and Dari / Pashto names; Dari names also go to the provinces, to the
 * curated towns and to the districts their seats are named after.
 *
 * <p>A new name is looked for in text only when it means nothing else: a name shared with an
 * entry of another province (Fayzabad of Jowzjan against Fayzabad of Badakhshan), a short one, or
 * one listed as hidden in district-geonames.tsv, is not, so the registry data never makes a name
 * that resolved before ambiguous.
 */
final class GeoNamesData {
  /** GeoNames code of each entry that has one: the district code ("AF.42.3301") or a town's id ("1429434"). */
  final Map<PlaceEntry, String> codes = new LinkedHashMap<>();
  /** District entries whose coordinates are the province's centroid, for want of any seat. */
  final Set<PlaceEntry> seatless = new HashSet<>();
  /** District entries placed at the largest GeoNames place of the district, which is not its seat. */
  final Set<PlaceEntry> placedAtTown = new HashSet<>();

  private record District(String code, String name, String admin1, Double lat, Double lon, String approx, String key,
      String skeleton) {
    District(String code, String name, String admin1, Double lat, Double lon, String approx) {
      this(code, name, admin1, lat, lon, approx, Chars.compact(DISTRICT.matcher(ascii(name)).replaceFirst("")),
          GeoNamesData.skeleton(name));
    }
  }

  GeoNamesData(GazetteerData data, Reader generatedDistricts, Reader links, Reader generatedTowns,
      Reader provinceNames) {
    addProvinceNames(data, provinceNames);
    Map<String, List<District>> byProvince = new TreeMap<>();
    Map<String, District> byCode = new HashMap<>();
    for (Tsv.Row r : Tsv.read(generatedDistricts)) {
      District d = new District(r.cell(0), r.cell(1), r.cell(2), number(r.cell(6)), number(r.cell(7)), r.cell(8));
      byProvince.computeIfAbsent(d.admin1(), k -> new ArrayList<>()).add(d);
      byCode.put(d.code(), d);
    }
    Map<String, String> linked = new HashMap<>(); // admin1/curated name -> code
    Set<String> unlinked = new HashSet<>();
    Set<String> hidden = new HashSet<>();
    for (Tsv.Row r : Tsv.read(links)) {
      switch (r.cell(0)) {
        case "link" -> {
          if (!byCode.containsKey(r.cell(3))) {
            throw r.error("no GeoNames district " + r.cell(3));
          }
          linked.put(r.cell(1) + "/" + r.cell(2), r.cell(3));
        }
        case "none" -> unlinked.add(r.cell(1) + "/" + r.cell(2));
        case "hide" -> hidden.add(r.cell(2));
        default -> throw r.error("unknown kind " + r.cell(0));
      }
    }
    // curated districts first: each finds its GeoNames row by link, by name, or by consonant skeleton
    Map<String, PlaceEntry> taken = new HashMap<>();
    for (PlaceEntry e : List.copyOf(data.entries)) {
      if (e.kind() != PlaceKind.DISTRICT) {
        continue;
      }
      String at = e.admin1() + "/" + e.name();
      String code = linked.get(at);
      if (code == null && !unlinked.contains(at)) {
        code = match(e, data.aliases.get(e), byProvince.getOrDefault(e.admin1(), List.of()), taken);
        if (code == null) {
          throw new IllegalStateException("curated district " + at + " has no GeoNames row: link it or mark it none"
              + " in district-geonames.tsv");
        }
      }
      if (code != null) {
        District d = byCode.get(code);
        if (e.approximate() && d.approx().equals("n")) {
          // a hand estimate gives way to the GeoNames seat; names and everything else stay curated
          PlaceEntry seated = new PlaceEntry(e.id(), e.name(), e.kind(), e.admin1(), e.admin2(), d.lat(), d.lon(),
              e.precision(), false);
          data.replace(e, seated);
          e = seated;
        }
        PlaceEntry before = taken.put(code, e);
        if (before != null) {
          throw new IllegalStateException(code + " claimed by " + before.name() + " and " + e.name());
        }
        codes.put(e, code);
      }
    }
    // names already in use, by province ("world" outside one), to keep new districts from making them ambiguous
    Map<String, Set<String>> used = new HashMap<>();
    for (PlaceEntry e : data.entries) {
      for (GazetteerData.Alias a : data.aliases.get(e)) {
        used.computeIfAbsent(Chars.compact(a.text()), k -> new TreeSet<>())
            .add(e.admin1() == null ? "world" : e.admin1());
      }
    }
    Map<String, PlaceEntry> provinces = new HashMap<>();
    for (PlaceEntry e : data.entries) {
      if (e.kind() == PlaceKind.PROVINCE) {
        provinces.put(e.admin1(), e);
      }
    }
    for (List<District> list : byProvince.values()) {
      for (District d : list) {
        if (taken.containsKey(d.code())) {
          continue;
        }
        PlaceEntry province = provinces.get(d.admin1());
        if (province == null) {
          throw new IllegalStateException("no province " + d.admin1() + " for " + d.code());
        }
        String name = ascii(d.name()).replaceFirst(" District$", "");
        boolean seat = d.lat() != null;
        PlaceEntry e = new PlaceEntry(d.admin1() + "/" + GazetteerData.slug(name), name, PlaceKind.DISTRICT, d.admin1(),
            name, seat ? d.lat() : province.lat(), seat ? d.lon() : province.lon(), PlacePrecision.DISTRICT,
            !seat || d.approx().equals("y"));
        String key = Chars.compact(name);
        Set<String> elsewhere = new TreeSet<>(used.getOrDefault(key, Set.of()));
        elsewhere.remove(d.admin1());
        boolean findable = elsewhere.isEmpty() && key.length() > 3 && !hidden.contains(d.code());
        List<String> names = new ArrayList<>();
        if (findable) {
          names.add(name);
          if (!Chars.compact(d.name()).equals(key)) {
            names.add(d.name());
          }
        }
        data.addGenerated(e, names);
        codes.put(e, d.code());
        if (!seat) {
          seatless.add(e);
        } else if (d.approx().equals("y")) {
          placedAtTown.add(e);
        }
      }
    }
    addTowns(data, generatedTowns, hidden);
  }

  /**
   * Adds the GeoNames populated places no entry of their province already names (a district's
   * seat named like its district, a curated town), with their Latin alternate names; a curated
   * town of the same name, or within 3 km, gains the GeoNames id instead.
   */
  private void addTowns(GazetteerData data, Reader generatedTowns, Set<String> hidden) {
    Map<String, PlaceEntry> districtByCode = new HashMap<>();
    codes.forEach((e, code) -> districtByCode.put(code, e));
    Map<String, Set<String>> used = usedNames(data);
    Map<String, List<PlaceEntry>> towns = new HashMap<>();
    Map<PlaceEntry, String> townKeys = new HashMap<>();
    for (PlaceEntry e : data.entries) {
      if (e.kind() == PlaceKind.TOWN && e.admin1() != null) {
        towns.computeIfAbsent(e.admin1(), k -> new ArrayList<>()).add(e);
        townKeys.put(e, Chars.compact(ascii(e.name())));
      }
    }
    for (Tsv.Row r : Tsv.read(generatedTowns)) {
      String id = r.cell(0);
      String admin1 = r.cell(4);
      if (admin1.isEmpty()) {
        continue;
      }
      double lat = Double.parseDouble(r.cell(6));
      double lon = Double.parseDouble(r.cell(7));
      String name = ascii(r.cell(2).isEmpty() ? r.cell(1) : r.cell(2));
      List<String> all = new ArrayList<>();
      all.add(name);
      all.add(r.cell(1));
      all.addAll(r.list(9));
      List<String> arabic = hidden.contains(id) ? List.of() : arabicNames(r.list(10));
      PlaceEntry same = sameTown(towns.getOrDefault(admin1, List.of()), townKeys, all, lat, lon);
      if (same != null) {
        codes.putIfAbsent(same, id);
        data.addAliases(same, arabic);
        continue;
      }
      if (used.getOrDefault(Chars.compact(name), Set.of()).contains(admin1)) {
        // the seat of a district of that name, or another entry of the province: that entry takes the Dari names
        PlaceEntry named = sameName(data, admin1, Chars.compact(name));
        if (named != null && !data.unnamed.contains(named)) {
          data.addAliases(named, arabic);
        }
        continue;
      }
      List<String> names = new ArrayList<>();
      Set<String> keys = new HashSet<>();
      for (String n : all) {
        String key = Chars.compact(ascii(n));
        if (key.length() >= 5 && !ADMINISTRATION.matcher(key).lookingAt() && !used.containsKey(key) && keys.add(key)) {
          names.add(ascii(n));
        }
      }
      String entryId = admin1 + "/town/" + GazetteerData.slug(name);
      if (data.hasId(entryId)) {
        entryId += "-" + id;
      }
      PlaceEntry district = districtByCode.get(r.cell(5));
      PlaceEntry e = new PlaceEntry(entryId, name, PlaceKind.TOWN, admin1, district == null ? null : district.admin2(),
          lat, lon, PlacePrecision.POINT, false);
      // a town whose own name means something elsewhere is not looked for at all: never a new ambiguity
      boolean findable = !hidden.contains(id) && !names.isEmpty() && names.get(0).equals(name);
      if (findable) {
        names.addAll(arabic);
      }
      data.addGenerated(e, findable ? names : List.of());
      codes.put(e, id);
    }
  }

  /** The Dari name of each province, and its Natural Earth Korean name when no entry has it yet. */
  private static void addProvinceNames(GazetteerData data, Reader provinceNames) {
    Map<String, PlaceEntry> provinces = new HashMap<>();
    for (PlaceEntry e : data.entries) {
      if (e.kind() == PlaceKind.PROVINCE) {
        provinces.put(e.admin1(), e);
      }
    }
    Map<String, Set<String>> used = usedNames(data);
    for (Tsv.Row r : Tsv.read(provinceNames)) {
      PlaceEntry province = provinces.get(r.cell(0));
      if (province == null) {
        throw r.error("no province " + r.cell(0));
      }
      List<String> names = new ArrayList<>();
      if (!r.cell(4).isEmpty() && !used.containsKey(Chars.compact(r.cell(4)))) {
        names.add(r.cell(4));
      }
      if (!r.cell(5).isEmpty()) {
        names.add(r.cell(5));
      }
      data.addAliases(province, names);
    }
  }

  /** Dari / Pashto names of the district administration ("ولسوالی", "مرکز", "علاقه داری", "حکومت"), not of a place. */
  private static final Pattern ADMINISTRATION_FA =
      Pattern.compile("ولسوال|مرکز|مركز|علاقه|علاقہ|حکومت|حكومت");

  /** The Arabic-script names worth looking for: three letters or more, no administration words. */
  private static List<String> arabicNames(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (n.codePointCount(0, n.length()) >= 3 && !ADMINISTRATION_FA.matcher(n).find()) {
        out.add(n);
      }
    }
    return out;
  }

  /** "Woluswali Bihsud", "Markaz-e Wuluswali": the district administration, not a place's name. */
  private static final Pattern ADMINISTRATION =
      Pattern.compile("(w[ou]l[ue]?s(w|v)?al|ulus(v|w)al|olus(v|w)al|vulusval|woludwal)");

  /** The entry of the province with this name key, preferring a district (a seat's name is its district's). */
  private static PlaceEntry sameName(GazetteerData data, String admin1, String key) {
    PlaceEntry found = null;
    for (PlaceEntry e : data.entries) {
      if (admin1.equals(e.admin1()) && Chars.compact(ascii(e.name())).equals(key)
          && (found == null || e.kind() == PlaceKind.DISTRICT)) {
        found = e;
      }
    }
    return found;
  }

  /** The curated town of the province with one of these names, or within about 3 km. */
  private static PlaceEntry sameTown(List<PlaceEntry> towns, Map<PlaceEntry, String> townKeys, List<String> names,
      double lat, double lon) {
    Set<String> keys = new HashSet<>();
    for (String n : names) {
      keys.add(Chars.compact(ascii(n)));
    }
    for (PlaceEntry e : towns) {
      if (keys.contains(townKeys.get(e))
          || (e.lat() != null && Math.abs(e.lat() - lat) < 0.027 && Math.abs(e.lon() - lon) < 0.033)) {
        return e;
      }
    }
    return null;
  }

  private static Map<String, Set<String>> usedNames(GazetteerData data) {
    Map<String, Set<String>> used = new HashMap<>();
    for (PlaceEntry e : data.entries) {
      String where = e.admin1() == null ? "world" : e.admin1();
      used.computeIfAbsent(Chars.compact(ascii(e.name())), k -> new TreeSet<>()).add(where);
      for (GazetteerData.Alias a : data.aliases.get(e)) {
        used.computeIfAbsent(Chars.compact(ascii(a.text())), k -> new TreeSet<>()).add(where);
      }
    }
    return used;
  }

  private static String match(PlaceEntry e, List<GazetteerData.Alias> aliases, List<District> candidates,
      Map<String, PlaceEntry> taken) {
    Set<String> keys = new HashSet<>();
    Set<String> skeletons = new HashSet<>();
    List<String> names = new ArrayList<>();
    names.add(e.name());
    names.add(e.admin2());
    for (GazetteerData.Alias a : aliases) {
      names.add(a.text());
    }
    for (String n : names) {
      if (n != null && !Chars.containsHangul(n)) {
        keys.add(Chars.compact(ascii(n)));
        String s = skeleton(n);
        if (s.length() >= 2) {
          skeletons.add(s);
        }
      }
    }
    String byKey = only(candidates, taken, d -> keys.contains(d.key()));
    return byKey != null ? byKey : only(candidates, taken, d -> skeletons.contains(d.skeleton()));
  }

  private static String only(List<District> candidates, Map<String, PlaceEntry> taken,
      Predicate<District> test) {
    String found = null;
    for (District d : candidates) {
      if (!taken.containsKey(d.code()) && test.test(d)) {
        if (found != null) {
          return null;
        }
        found = d.code();
      }
    }
    return found;
  }

  /**
   * The consonants of a name, without h, w and y: transliterations differ mostly in vowels, a
   * final h and the ezafe (Darah-e Hazara = Dara-i-Hazara, Khwajah = Khwaja).
   */
  static String skeleton(String name) {
    return NOT_CONSONANT.matcher(Chars.compact(DISTRICT.matcher(ascii(name)).replaceFirst(""))).replaceAll("");
  }

  private static final Pattern DISTRICT = Pattern.compile("(?i) District$");
  private static final Pattern NOT_CONSONANT = Pattern.compile("[aeiouyhw ]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+|[\u2018\u2019\u02BB\u02BC\u02BF\u02BE`']");

  /** The name without diacritics or the ‘ain and hamza marks GeoNames writes: "Qal‘ah-ye Zāl" → "Qalah-ye Zal". */
  static String ascii(String name) {
    boolean plain = true;
    for (int i = 0; i < name.length() && plain; i++) {
      char c = name.charAt(i);
      plain = c < 0x80 && c != '`' && c != '\'';
    }
    if (plain) {
      return name.strip();
    }
    return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").strip();
  }

  private static Double number(String cell) {
    return cell.isEmpty() ? null : Double.valueOf(cell);
  }
}
