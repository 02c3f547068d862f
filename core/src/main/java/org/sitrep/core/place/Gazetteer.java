package org.sitrep.core.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.model.PlacePrecision;

/** TEMP stub of branch gaz: a handful of places for development. */
public final class Gazetteer {
  private static final Gazetteer BUNDLED = new Gazetteer();
  private final Map<String, PlaceEntry> byKorean = new TreeMap<>();
  private final Map<String, PlaceEntry> byName = new TreeMap<>();

  private Gazetteer() {
    add("AF-PAN", "Panjshir", PlaceKind.PROVINCE, null, 35.3, 69.5, PlacePrecision.PROVINCE, "판지시르", "판지쉬르", "판즈시르");
    add("AF-PAN", "Panjshir Valley", PlaceKind.FEATURE, null, 35.31, 69.52, PlacePrecision.REGION, "판지시르 계곡", "판지쉬르 계곡");
    add("AF-BDS", "Badakhshan", PlaceKind.PROVINCE, null, 36.7, 70.8, PlacePrecision.PROVINCE, "바다크샨", "바디크샨", "바다흐샨");
    add("AF-BDS", "Eshkashem", PlaceKind.DISTRICT, "Eshkashem", 36.7, 71.6, PlacePrecision.DISTRICT, "에쉐카셈");
    add("AF-BDS", "Wakhan Corridor", PlaceKind.FEATURE, "Wakhan", 37.0, 73.0, PlacePrecision.DISTRICT, "와칸회랑", "와칸 회랑");
    add("AF-BDS", "Yaftal Sufla", PlaceKind.DISTRICT, "Yaftal Sufla", 37.2, 70.5, PlacePrecision.DISTRICT, "yaftal sufia", "yaftal sufla");
    add("AF-WAR", "Maidan Wardak", PlaceKind.PROVINCE, null, 34.3, 68.3, PlacePrecision.PROVINCE, "마이단 와르다크", "와르다크");
    add("AF-WAR", "Behsud", PlaceKind.DISTRICT, "Behsud", 34.3, 67.9, PlacePrecision.DISTRICT, "베수드");
    add("AF-DAY", "Daykundi", PlaceKind.PROVINCE, null, 33.7, 66.0, PlacePrecision.PROVINCE, "다이쿤디");
    add("AF-BGL", "Baghlan", PlaceKind.PROVINCE, null, 36.0, 68.7, PlacePrecision.PROVINCE, "바글란");
    add("AF-BGL", "Khost wa Firing", PlaceKind.DISTRICT, "Khost wa Firing", 35.9, 69.0, PlacePrecision.DISTRICT, "바글란주의 코스트");
    add("AF-KHO", "Khost", PlaceKind.PROVINCE, null, 33.3, 69.9, PlacePrecision.PROVINCE, "코스트", "호스트");
    add("AF-TAK", "Takhar", PlaceKind.PROVINCE, null, 36.6, 69.6, PlacePrecision.PROVINCE, "타카르", "타하르");
    add("AF-BAL", "Mazar-i-Sharif", PlaceKind.TOWN, null, 36.7, 67.1, PlacePrecision.POINT, "마자리샤리프", "마자르이샤리프");
    add("AF-KAN", "Kandahar", PlaceKind.PROVINCE, null, 31.6, 65.7, PlacePrecision.PROVINCE, "칸다하르");
    add("AF-KAB", "Kabul", PlaceKind.TOWN, null, 34.5, 69.2, PlacePrecision.POINT, "카불");
    add(null, "Tajikistan", PlaceKind.COUNTRY, null, null, null, PlacePrecision.COUNTRY, "타지키스탄");
    add(null, "Pakistan", PlaceKind.COUNTRY, null, null, null, PlacePrecision.COUNTRY, "파키스탄");
    add("AF-PAN", "Khawak Pass", PlaceKind.FEATURE, null, 35.6, 69.8, PlacePrecision.REGION, "카와크 고개", "khawak 고개");
    add("AF-PAN", "Bazarak", PlaceKind.TOWN, "Bazarak", 35.3, 69.5, PlacePrecision.POINT, "바자라크", "Bazarak");
    add("AF-PAN", "Dara", PlaceKind.DISTRICT, "Dara", 35.4, 69.7, PlacePrecision.DISTRICT, "다라", "Dara");
    add("AF-PAN", "Abshar Valley", PlaceKind.FEATURE, "Dara", 35.4, 69.7, PlacePrecision.REGION, "Abshar 계곡", "아브샤르 계곡");
    add("AF-SAR", "Balkhab", PlaceKind.DISTRICT, "Balkhab", 35.6, 66.9, PlacePrecision.DISTRICT, "발캅");
    add("AF-KDZ", "Kunduz", PlaceKind.PROVINCE, null, 36.7, 68.8, PlacePrecision.PROVINCE, "쿤두즈");
    add("AF-PAR", "Salang Pass", PlaceKind.FEATURE, "Salang", 35.3, 69.0, PlacePrecision.REGION, "살랑 고개");
    add("AF-KAP", "Kapisa", PlaceKind.PROVINCE, null, 34.9, 69.6, PlacePrecision.PROVINCE, "카피사");
    add("AF-KAP", "Tagab", PlaceKind.DISTRICT, "Tagab", 34.8, 69.6, PlacePrecision.DISTRICT, "타그압");
    add("AF-PAR", "Parwan", PlaceKind.PROVINCE, null, 35.0, 69.0, PlacePrecision.PROVINCE, "파르완");
    add("AF-BGL", "Andarab", PlaceKind.DISTRICT, "Andarab", 35.6, 69.3, PlacePrecision.DISTRICT, "안다라브");
    add("AF-HER", "Herat", PlaceKind.TOWN, null, 34.3, 62.2, PlacePrecision.POINT, "헤라트");
  }

  private void add(String admin1, String name, PlaceKind kind, String admin2, Double lat, Double lon, PlacePrecision p, String... ko) {
    PlaceEntry e = new PlaceEntry(name.toLowerCase(), name, kind, admin1, admin2, lat, lon, p, false);
    byName.put(name.toLowerCase(), e);
    for (String k : ko) byKorean.put(k, e);
  }

  public static Gazetteer bundled() {
    return BUNDLED;
  }

  public List<PlaceHit> scan(CharSequence text) {
    String s = text.toString();
    List<PlaceHit> out = new ArrayList<>();
    boolean[] used = new boolean[s.length() + 1];
    List<String> keys = new ArrayList<>(byKorean.keySet());
    keys.sort((a, b) -> b.length() - a.length());
    for (String k : keys) {
      int i = s.indexOf(k);
      while (i >= 0) {
        boolean free = true;
        for (int j = i; j < i + k.length(); j++) if (used[j]) free = false;
        if (free) {
          for (int j = i; j < i + k.length(); j++) used[j] = true;
          PlaceEntry e = byKorean.get(k);
          out.add(new PlaceHit(i, i + k.length(), k, e, List.of(e), 0));
        }
        i = s.indexOf(k, i + 1);
      }
    }
    out.sort((a, b) -> a.start() - b.start());
    return out;
  }

  public Optional<PlaceEntry> resolve(String mention, String context) {
    return Optional.ofNullable(byKorean.get(mention));
  }

  public Optional<PlaceEntry> byName(String n) {
    return Optional.ofNullable(byName.get(n.toLowerCase()));
  }

  public Optional<PlaceEntry> province(String admin1) {
    return byName.values().stream().filter(e -> admin1.equals(e.admin1()) && e.kind() == PlaceKind.PROVINCE).findFirst();
  }

  public SortedSet<String> koreanNames() {
    return new TreeSet<>(byKorean.keySet());
  }
}
