package org.sitrep.core.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.model.Role;

/** TEMP stub of branch gaz. */
public final class ActorDictionary {
  private static final ActorDictionary BUNDLED = new ActorDictionary();
  private final Map<String, ActorEntry> actors = new TreeMap<>();
  private final Map<String, ActorEntry> aliases = new TreeMap<>();
  private final Map<String, PersonEntry> persons = new TreeMap<>();
  private final Map<String, PersonEntry> personAliases = new TreeMap<>();

  private ActorDictionary() {
    LocalDate aug15 = LocalDate.of(2021, 8, 15);
    actor("Taliban", List.of(new ActorEntry.Period(null, aug15.minusDays(1), ActorType.REBEL_GROUP), new ActorEntry.Period(aug15, null, ActorType.STATE_FORCES)), "탈레반", "탈래반", "이슬람 에미리트");
    actor("National Resistance Front", List.of(new ActorEntry.Period(null, null, ActorType.REBEL_GROUP)), "저항군", "저항전선", "국민 저항전선", "국민저항전선", "NRF", "저항세력");
    actor("Pakistan", List.of(new ActorEntry.Period(null, null, ActorType.EXTERNAL)), "파키스탄", "파키스칸", "파키스탄군");
    actor("Tajikistan", List.of(new ActorEntry.Period(null, null, ActorType.EXTERNAL)), "타지키스탄");
    actor("Uzbekistan", List.of(new ActorEntry.Period(null, null, ActorType.EXTERNAL)), "우즈베키스탄");
    actor("Iran", List.of(new ActorEntry.Period(null, null, ActorType.EXTERNAL)), "이란");
    actor("Russia", List.of(new ActorEntry.Period(null, null, ActorType.EXTERNAL)), "러시아");
    actor("United States", List.of(new ActorEntry.Period(null, null, ActorType.EXTERNAL)), "미국", "미군");
    actor("Islamic State Khorasan", List.of(new ActorEntry.Period(null, null, ActorType.REBEL_GROUP)), "IS-K", "이슬람국가 호라산");
    actor("Afghanistan Freedom Front", List.of(new ActorEntry.Period(null, null, ActorType.REBEL_GROUP)), "아프가니스탄 자유전선", "AFF");
    actor("Tehrik-i-Taliban Pakistan", List.of(new ActorEntry.Period(null, null, ActorType.REBEL_GROUP)), "파키스탄 탈레반", "파키스탄탈레반", "TTP");
    actor("Afghan Air Force (exiled)", List.of(new ActorEntry.Period(null, null, ActorType.REBEL_GROUP)), "망명 공군", "공군 조종사");
    actor("Former Afghan security forces", List.of(new ActorEntry.Period(null, null, ActorType.REBEL_GROUP)), "전 정부군");
    actor("Civilians", List.of(new ActorEntry.Period(null, null, ActorType.CIVILIANS)), "민간인", "주민");
    actor("Protesters", List.of(new ActorEntry.Period(null, null, ActorType.PROTESTERS)), "시위대");
    person("Khalid Amiri", "National Resistance Front", Role.COMMANDER, "former commando battalion commander", "칼리드 아미르");
    person("Ahmad Massoud", "National Resistance Front", Role.LEADER, null, "마수드 주니어", "아흐마드 마수드");
    person("Amrullah Saleh", "National Resistance Front", Role.LEADER, null, "암룰라 살레");
    person("Hasib Panjshiri", "National Resistance Front", Role.COMMANDER, null, "하시프 판지시리");
    person("Alipur", null, Role.LEADER, "Hazara warlord", "알리푸르");
    person("Zabihullah Mujahid", "Taliban", Role.SPOKESMAN, null, "자비훌라 무자히드");
  }

  private void actor(String name, List<ActorEntry.Period> periods, String... ko) {
    ActorEntry e = new ActorEntry(name, periods, List.of(ko));
    actors.put(name, e);
    for (String k : ko) aliases.put(k, e);
  }

  private void person(String name, String aff, Role role, String note, String... ko) {
    PersonEntry p = new PersonEntry(name, aff, role, note, List.of(ko));
    persons.put(name, p);
    for (String k : ko) personAliases.put(k, p);
  }

  public static ActorDictionary bundled() {
    return BUNDLED;
  }

  public List<ActorHit> scanActors(CharSequence text) {
    List<ActorHit> out = new ArrayList<>();
    for (int[] h : scan(text.toString(), aliases.keySet())) out.add(new ActorHit(h[0], h[1], text.subSequence(h[0], h[1]).toString(), aliases.get(text.subSequence(h[0], h[1]).toString())));
    return out;
  }

  public List<PersonHit> scanPersons(CharSequence text) {
    List<PersonHit> out = new ArrayList<>();
    for (int[] h : scan(text.toString(), personAliases.keySet())) out.add(new PersonHit(h[0], h[1], text.subSequence(h[0], h[1]).toString(), personAliases.get(text.subSequence(h[0], h[1]).toString())));
    return out;
  }

  private static List<int[]> scan(String s, java.util.Set<String> names) {
    List<String> keys = new ArrayList<>(names);
    keys.sort((a, b) -> b.length() - a.length());
    boolean[] used = new boolean[s.length() + 1];
    List<int[]> out = new ArrayList<>();
    for (String k : keys) {
      int i = s.indexOf(k);
      while (i >= 0) {
        boolean free = true;
        for (int j = i; j < i + k.length(); j++) if (used[j]) free = false;
        if (free) {
          for (int j = i; j < i + k.length(); j++) used[j] = true;
          out.add(new int[] {i, i + k.length()});
        }
        i = s.indexOf(k, i + 1);
      }
    }
    out.sort((a, b) -> a[0] - b[0]);
    return out;
  }

  public Optional<ActorEntry> byName(String s) {
    return Optional.ofNullable(actors.containsKey(s) ? actors.get(s) : aliases.get(s));
  }

  public Optional<PersonEntry> person(String s) {
    return Optional.ofNullable(persons.containsKey(s) ? persons.get(s) : personAliases.get(s));
  }

  public String canonical(String s) {
    return byName(s).map(ActorEntry::name).orElse(s);
  }

  public SortedSet<String> koreanNames() {
    SortedSet<String> out = new TreeSet<>(aliases.keySet());
    out.addAll(personAliases.keySet());
    return out;
  }
}
