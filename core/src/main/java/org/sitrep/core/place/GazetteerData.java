package org.sitrep.core.place;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.PlacePrecision;

/**
 * The three gazetteer tables parsed into entries and their names. Column layouts are documented
 * at the top of each resource file; in short (tab-separated, {@code |} between list items,
 * {@code -} for empty, a leading {@code !} marks a strict alias):
 * <pre>
 * provinces.tsv  code  name  aliases_en  aliases_ko  capital  lat  lon  source
 * districts.tsv  admin1  name  admin2  aliases_en  aliases_ko  lat  lon  approx  source
 * places.tsv     kind  name  admin1  admin2  lat  lon  precision  approx  flags  aliases_en  aliases_ko  source
 * </pre>
 */
final class GazetteerData {
  private static final Pattern ISO = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

  /** A name of an entry as written in a table. */
  record Alias(String text, boolean strict) {}

  final List<PlaceEntry> entries = new ArrayList<>();
  final Map<PlaceEntry, List<Alias>> aliases = new LinkedHashMap<>();
  /** Entries that win a bare mention over a same-named entry of the same province (Kabul the city). */
  final Set<PlaceEntry> preferred = new HashSet<>();
  /** Province code → its capital's name, as the table says. */
  final Map<String, String> capitals = new LinkedHashMap<>();
  /** Entries found in text by none of their names and left out of name look-ups (see {@link GeoNamesData}). */
  final Set<PlaceEntry> unnamed = new HashSet<>();

  private final Set<String> ids = new HashSet<>();
  private final Map<String, String> generics;

  GazetteerData(Reader provinces, Reader districts, Reader places, Map<String, String> generics) {
    this.generics = generics;
    for (Tsv.Row r : Tsv.read(provinces)) {
      String code = r.cell(0);
      checkIso(r, code);
      PlaceEntry e = new PlaceEntry(code, r.cell(1), PlaceKind.PROVINCE, code, null, number(r, 5), number(r, 6),
          PlacePrecision.PROVINCE, false);
      add(r, e, r.list(2), r.list(3));
      if (!r.cell(4).isEmpty()) {
        capitals.put(code, r.cell(4));
      }
    }
    for (Tsv.Row r : Tsv.read(districts)) {
      String admin1 = r.cell(0);
      checkIso(r, admin1);
      String name = r.cell(1);
      String admin2 = r.cell(2).isEmpty() ? name : r.cell(2);
      PlaceEntry e = new PlaceEntry(admin1 + "/" + slug(name), name, PlaceKind.DISTRICT, admin1, admin2,
          number(r, 5), number(r, 6), PlacePrecision.DISTRICT, flag(r, 7));
      add(r, e, r.list(3), r.list(4));
    }
    for (Tsv.Row r : Tsv.read(places)) {
      PlaceKind kind = PlaceKind.of(r.cell(0));
      String name = r.cell(1);
      String admin1 = r.cell(2).isEmpty() ? null : r.cell(2);
      if (admin1 != null) {
        checkIso(r, admin1);
      }
      String admin2 = r.cell(3).isEmpty() ? null : r.cell(3);
      PlacePrecision precision = r.cell(6).isEmpty() ? defaultPrecision(kind) : PlacePrecision.of(r.cell(6));
      String scope = admin1 != null ? admin1 : "world";
      PlaceEntry e = new PlaceEntry(scope + "/" + kind.name().toLowerCase(Locale.ROOT) + "/" + slug(name), name, kind,
          admin1, admin2, number(r, 4), number(r, 5), precision, flag(r, 7));
      if (r.list(8).contains("prefer")) {
        preferred.add(e);
      }
      List<String> en = new ArrayList<>(r.list(9));
      List<String> ko = new ArrayList<>(r.list(10));
      if (kind == PlaceKind.FEATURE) {
        addGenericForms(name, en, ko);
      }
      add(r, e, en, ko);
    }
  }

  private void add(Tsv.Row r, PlaceEntry e, List<String> en, List<String> ko) {
    if (!ids.add(e.id())) {
      throw r.error("duplicate id " + e.id());
    }
    List<Alias> names = new ArrayList<>();
    names.add(new Alias(e.name(), false));
    for (String a : en) {
      names.add(alias(a));
    }
    for (String a : ko) {
      if (!Chars.containsHangul(a)) {
        throw r.error("Korean alias without Hangul: " + a);
      }
      names.add(alias(a));
    }
    entries.add(e);
    aliases.put(e, List.copyOf(names));
  }

  boolean hasId(String id) {
    return ids.contains(id);
  }

  /**
   * Adds an entry made from generated data: its names (English, no strict ones), or none when
   * the entry must not be found by name.
   */
  void addGenerated(PlaceEntry e, List<String> names) {
    if (!ids.add(e.id())) {
      throw new IllegalArgumentException("duplicate id " + e.id());
    }
    List<Alias> all = new ArrayList<>();
    if (names.isEmpty()) {
      unnamed.add(e);
    } else {
      all.add(new Alias(e.name(), false));
      for (String n : names) {
        if (!n.equals(e.name())) {
          all.add(new Alias(n, false));
        }
      }
    }
    entries.add(e);
    aliases.put(e, List.copyOf(all));
  }

  /** Puts {@code now} in the place of {@code before} (same id and names; better coordinates). */
  void replace(PlaceEntry before, PlaceEntry now) {
    int i = entries.indexOf(before);
    if (i < 0 || !before.id().equals(now.id())) {
      throw new IllegalArgumentException("cannot replace " + before.id() + " by " + now.id());
    }
    entries.set(i, now);
    aliases.put(now, aliases.remove(before));
    if (preferred.remove(before)) {
      preferred.add(now);
    }
  }

  /** Adds names (not strict) to an entry already loaded, skipping those it has. */
  void addAliases(PlaceEntry e, List<String> names) {
    List<Alias> all = new ArrayList<>(aliases.get(e));
    for (String n : names) {
      if (all.stream().noneMatch(a -> a.text().equals(n))) {
        all.add(new Alias(n, false));
      }
    }
    aliases.put(e, List.copyOf(all));
  }

  /** "Abshar Valley" is also "Abshar 계곡": the Latin stem with the Korean generic. */
  private void addGenericForms(String name, List<String> en, List<String> ko) {
    List<String> latin = new ArrayList<>(en);
    latin.add(name);
    for (String a : latin) {
      String lower = a.toLowerCase(Locale.ROOT);
      for (Map.Entry<String, String> g : generics.entrySet()) {
        String tail = " " + g.getKey();
        if (lower.endsWith(tail) && lower.length() > tail.length()) {
          String form = a.substring(0, a.length() - tail.length()) + " " + g.getValue();
          if (!ko.contains(form)) {
            ko.add(form);
          }
        }
      }
    }
  }

  private static Alias alias(String text) {
    return text.startsWith("!") ? new Alias(text.substring(1), true) : new Alias(text, false);
  }

  private static PlacePrecision defaultPrecision(PlaceKind kind) {
    return switch (kind) {
      case COUNTRY -> PlacePrecision.COUNTRY;
      case PROVINCE -> PlacePrecision.PROVINCE;
      case DISTRICT -> PlacePrecision.DISTRICT;
      case TOWN -> PlacePrecision.POINT;
      case FEATURE -> PlacePrecision.REGION;
    };
  }

  private static void checkIso(Tsv.Row r, String code) {
    if (!ISO.matcher(code).matches()) {
      throw r.error("not an ISO 3166-2 code: '" + code + "'");
    }
  }

  private static Double number(Tsv.Row r, int i) {
    String c = r.cell(i);
    if (c.isEmpty()) {
      return null;
    }
    try {
      return Double.valueOf(c);
    } catch (NumberFormatException ex) {
      throw r.error("not a number: " + c);
    }
  }

  private static boolean flag(Tsv.Row r, int i) {
    String c = r.cell(i);
    return c.equals("y") || c.equals("approx");
  }

  static String slug(String name) {
    return Chars.key(name).replace(Chars.SEP, '-');
  }
}
