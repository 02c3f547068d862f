package org.sitrep.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Role;

class ActorDictionaryTest {
  private static final ActorDictionary D = ActorDictionary.bundled();

  private static List<String> actors(String text) {
    return D.scanActors(text).stream().map(h -> h.surface() + "=" + h.actor().name()).toList();
  }

  private static List<String> persons(String text) {
    return D.scanPersons(text).stream().map(h -> h.surface() + "=" + h.person().name()).toList();
  }

  @Test
  void the_taliban_are_a_rebel_group_until_the_fall_of_kabul_and_the_state_from_15_august_2021() {
    ActorEntry t = D.byName("Taliban").orElseThrow();
    assertThat(t.typeOn(LocalDate.of(2021, 8, 14))).isEqualTo(ActorType.REBEL_GROUP);
    assertThat(t.isStateOn(LocalDate.of(2021, 8, 14))).isFalse();
    assertThat(t.typeOn(LocalDate.of(2021, 8, 15))).isEqualTo(ActorType.STATE_FORCES);
    assertThat(t.isStateOn(LocalDate.of(2022, 5, 16))).isTrue();
    assertThat(t.typeOn(null)).isEqualTo(ActorType.STATE_FORCES);
    assertThat(t.isStateOn(LocalDate.of(2001, 1, 1))).isFalse();
  }

  @Test
  void foreign_states_are_always_states_and_groups_do_not_exist_before_they_were_founded() {
    assertThat(D.byName("Pakistan").orElseThrow().isStateOn(LocalDate.of(2022, 12, 16))).isTrue();
    assertThat(D.byName("Iran").orElseThrow().isStateOn(null)).isTrue();
    ActorEntry nrf = D.byName("NRF").orElseThrow();
    assertThat(nrf.typeOn(LocalDate.of(2021, 9, 1))).isEqualTo(ActorType.REBEL_GROUP);
    assertThat(nrf.typeOn(LocalDate.of(2020, 1, 1))).isNull();
    assertThat(D.byName("Former Afghan government").orElseThrow().isStateOn(LocalDate.of(2021, 9, 1))).isFalse();
    assertThat(D.byName("Civilians").orElseThrow().typeOn(LocalDate.of(2021, 9, 1))).isEqualTo(ActorType.CIVILIANS);
  }

  @ParameterizedTest
  @CsvSource({
      "탈레반이 발표했다, 탈레반, Taliban", "탈래반이 물러났다, 탈래반, Taliban",
      "이슬람 에미리트 정부는, 이슬람 에미리트, Taliban", "IEA spokesman said, IEA, Taliban",
      "the Islamic Emirate said, Islamic Emirate, Taliban", "a Badri 313 patrol, Badri 313, Taliban",
      "저항군은 산으로, 저항군, National Resistance Front", "국민저항전선(NRF) 대변인, 국민저항전선, National Resistance Front",
      "아프가니스탄 국민 저항전선 지도부, 아프가니스탄 국민 저항전선, National Resistance Front",
      "resistance forces withdrew, resistance forces, National Resistance Front",
      "이슬람국가 호라산(IS-K) 조직원, 이슬람국가 호라산, Islamic State Khorasan", "ISIS-K cells, ISIS-K, Islamic State Khorasan",
      "an ISKP cell, ISKP, Islamic State Khorasan", "IS-K식 매복, IS-K, Islamic State Khorasan",
      "아프가니스탄 자유전선(AFF) 성명, 아프가니스탄 자유전선, Afghanistan Freedom Front",
      "파키스탄군이 포격했다, 파키스탄군, Pakistan", "two Pakistani soldiers, Pakistani soldiers, Pakistan",
      "Iranian border guards fired, Iranian border guards, Iran", "미군 수송기, 미군, United States",
      "U.S. forces left, U.S. forces, United States", "아프가니스탄 망명 공군 조종사, 아프가니스탄 망명 공군, Afghan Air Force (exiled)",
      "전 정부군 병사 두 명, 전 정부군 병사, Former Afghan security forces", "하자라족 민병대가 이동했다, 하자라족 민병대, Hazara militia",
      "마울라위 마흐디 세력이 후퇴, 마울라위 마흐디 세력, Hazara militia (Mahdi)",
      "Mawlawi Mahdi Mujahid's fighters, Mawlawi Mahdi Mujahid, Hazara militia (Mahdi)",
      "안다라브 주민 봉기군 지휘관, 안다라브 주민 봉기군, Andarab militia", "민간인 피해, 민간인, Civilians",
      "시위대가 행진했다, 시위대, Protesters", "무장 괴한 세 명, 무장 괴한, Unidentified armed group"})
  void aliases_in_both_languages_name_the_canonical_actor(String text, String surface, String name) {
    assertThat(actors(text)).contains(surface + "=" + name);
  }

  @Test
  void the_pakistani_taliban_are_not_pakistan() {
    assertThat(actors("파키스탄탈레반(TTP) 지도자")).containsExactly("파키스탄탈레반=Tehrik-i-Taliban Pakistan",
        "TTP=Tehrik-i-Taliban Pakistan");
    assertThat(actors("a Pakistani Taliban (TTP) commander")).containsExactly("Pakistani Taliban=Tehrik-i-Taliban Pakistan",
        "TTP=Tehrik-i-Taliban Pakistan");
    assertThat(actors("파키스탄의 입장은")).containsExactly("파키스탄=Pakistan");
  }

  @Test
  void anti_taliban_is_not_the_taliban_and_tajik_is_not_tajikistan() {
    assertThat(actors("반탈레반 시위와 저항군")).containsExactly("저항군=National Resistance Front");
    assertThat(actors("타지크족과 우즈벡족 원로들")).isEmpty();
  }

  @Test
  void common_nouns_are_matched_exactly_only() {
    assertThat(actors("in two villages; protests spread")).isEmpty();
    assertThat(actors("villagers and protesters")).containsExactly("villagers=Civilians", "protesters=Protesters");
  }

  @ParameterizedTest
  @CsvSource({
      "마수드 주니어는, 마수드 주니어, Ahmad Massoud", "아흐마드 마수드 대표, 아흐마드 마수드, Ahmad Massoud",
      "마수드의 측근, 마수드, Ahmad Massoud", "Ahmad Massoud's message, Ahmad Massoud, Ahmad Massoud",
      "아흐마드 샤 마수드의 묘소, 아흐마드 샤 마수드, Ahmad Shah Massoud", "판지시르의 사자로 불린, 판지시르의 사자, Ahmad Shah Massoud",
      "암룰라 살레 전 부통령, 암룰라 살레, Amrullah Saleh", "살레는 영상을 올렸다, 살레, Amrullah Saleh",
      "칼리드 아미르 사령관, 칼리드 아미르, Khalid Amiri", "칼리드 아미리는, 칼리드 아미리, Khalid Amiri",
      "하시프 판지시리 사령관, 하시프 판지시리, Hasib Panjshiri", "알리푸르 측, 알리푸르, Alipur",
      "자비훌라 무자히드 대변인이, 자비훌라 무자히드, Zabihullah Mujahid", "무자히드 대변인은, 무자히드, Zabihullah Mujahid",
      "파힘 다슈티 대변인, 파힘 다슈티, Fahim Dashti", "마울라위 마흐디 사령관, 마울라위 마흐디, Mawlawi Mahdi Mujahid",
      "Mawlawi Mahdi Mujahid fled, Mawlawi Mahdi Mujahid, Mawlawi Mahdi Mujahid",
      "Zabihullah Mujahid tweeted, Zabihullah Mujahid, Zabihullah Mujahid",
      "interior minister Sirajuddin Haqqani, Sirajuddin Haqqani, Sirajuddin Haqqani", "야신 지아 전 참모총장, 야신 지아, Mohammad Yasin Zia",
      "라흐몬 대통령이, 라흐몬, Emomali Rahmon"})
  void persons_are_found_by_every_alias(String text, String surface, String name) {
    assertThat(persons(text)).contains(surface + "=" + name);
  }

  @Test
  void a_misspelt_full_name_is_found_but_a_surname_is_not_fuzzy() {
    assertThat(persons("Ahmad Masood said")).containsExactly("Ahmad Masood=Ahmad Massoud");
    assertThat(persons("in Dasht-e Barchi")).isEmpty();
  }

  @Test
  void canonical_maps_aliases_to_names_and_leaves_unknown_names_alone() {
    assertThat(D.canonical("IEA")).isEqualTo("Taliban");
    assertThat(D.canonical("이슬람 에미리트")).isEqualTo("Taliban");
    assertThat(D.canonical("ISIS-K")).isEqualTo("Islamic State Khorasan");
    assertThat(D.canonical("national resistance front")).isEqualTo("National Resistance Front");
    assertThat(D.canonical("마수드 주니어")).isEqualTo("Ahmad Massoud");
    assertThat(D.canonical("Some local shura")).isEqualTo("Some local shura");
    assertThat(D.person("칼리드 아미리")).get().extracting(PersonEntry::role).isEqualTo(Role.COMMANDER);
    assertThat(D.person("Zabihullah Mujahid")).get().extracting(PersonEntry::affiliation).isEqualTo("Taliban");
    assertThat(D.byName("nobody")).isEmpty();
  }

  @Test
  void the_tables_are_large_enough_and_persons_belong_to_known_actors() {
    assertThat(D.actors()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(D.persons()).hasSizeGreaterThanOrEqualTo(40);
    Set<String> actorNames = new TreeSet<>();
    D.actors().forEach(a -> actorNames.add(a.name()));
    assertThat(actorNames).contains("Taliban", "National Resistance Front", "Islamic State Khorasan",
        "Afghanistan Freedom Front", "Tehrik-i-Taliban Pakistan", "Pakistan", "Iran", "Tajikistan", "Uzbekistan", "Russia",
        "United States", "Afghan Air Force (exiled)", "Former Afghan security forces", "Civilians", "Protesters",
        "Unidentified armed group", "Haqqani Network", "Hazara militia (Alipur)", "Hazara militia (Mahdi)",
        "Hazara militia (Daykundi)", "Andarab militia", "Badakhshan militia");
    Set<String> freeText = Set.of("women's rights activists");
    for (PersonEntry p : D.persons()) {
      if (p.affiliation() != null && !freeText.contains(p.affiliation())) {
        assertThat(actorNames).as(p.name()).contains(p.affiliation());
      }
    }
  }

  @Test
  void korean_names_cover_actors_and_persons() {
    assertThat(D.koreanNames()).contains("탈레반", "탈래반", "저항군", "국민저항전선", "이슬람국가 호라산", "아흐마드 마수드",
        "칼리드 아미르", "하시프 판지시리");
    assertThat(D.koreanNames()).noneMatch(n -> n.chars().allMatch(c -> c < 128));
  }

  @Test
  void one_alias_for_two_actors_is_refused_on_load() {
    String table = "A\trebel_group\tXYZ\t-\tnote\nB\trebel_group\tXYZ\t-\tnote\n";
    assertThatThrownBy(() -> new ActorDictionary(new StringReader(table), new StringReader(""), new StringReader("")))
        .hasMessageContaining("XYZ");
  }

  @Test
  void periods_are_read_from_the_table() {
    String table = "A\trebel_group:..2021-08-14; state_forces:2021-08-15..\t-\t가나다라\tnote\n";
    ActorDictionary d = new ActorDictionary(new StringReader(table), new StringReader(""), new StringReader(""));
    ActorEntry a = d.byName("가나다라").orElseThrow();
    assertThat(a.periods()).extracting(ActorEntry.Period::type).containsExactly(ActorType.REBEL_GROUP, ActorType.STATE_FORCES);
    assertThat(a.isStateOn(LocalDate.of(2021, 8, 15))).isTrue();
    assertThat(d.scanActors("가나다라가 공격")).extracting(ActorHit::surface).containsExactly("가나다라");
  }
}
