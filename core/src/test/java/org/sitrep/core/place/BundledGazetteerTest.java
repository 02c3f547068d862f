package org.sitrep.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Anchor;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;

/** The bundled tables: coverage, spelling variants, context rules and typos, on invented sentences. */
class BundledGazetteerTest {
  private static final Gazetteer G = Gazetteer.bundled();

  /** The hit whose surface starts with {@code surface} (the first one). */
  private static PlaceHit hit(String text, String surface) {
    return G.scan(text).stream().filter(h -> h.surface().startsWith(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no hit '" + surface + "' in " + G.scan(text)));
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void there_are_34_provinces_with_iso_codes_and_paktia_is_not_paktika() {
    List<PlaceEntry> provinces = G.entries().stream().filter(e -> e.kind() == PlaceKind.PROVINCE).toList();
    assertThat(provinces).hasSize(34);
    assertThat(provinces).allSatisfy(p -> assertThat(p.admin1()).matches("AF-[A-Z]{3}"));
    assertThat(G.province("AF-PIA")).get().extracting(PlaceEntry::name).isEqualTo("Paktia");
    assertThat(G.province("AF-PKA")).get().extracting(PlaceEntry::name).isEqualTo("Paktika");
    assertThat(G.province("AF-PAN")).get().extracting(PlaceEntry::name).isEqualTo("Panjshir");
    assertThat(G.province("AF-DAY")).get().extracting(PlaceEntry::name).isEqualTo("Daykundi");
  }

  @Test
  void every_district_of_the_northern_provinces_is_listed() {
    Map<String, Integer> count = new TreeMap<>();
    for (PlaceEntry e : G.entries()) {
      if (e.kind() == PlaceKind.DISTRICT) {
        count.merge(e.admin1(), 1, Integer::sum);
      }
    }
    assertThat(count).containsEntry("AF-PAN", 7);
    assertThat(count.get("AF-BDS")).isGreaterThanOrEqualTo(28);
    assertThat(count.get("AF-BGL")).isGreaterThanOrEqualTo(15);
    assertThat(count.get("AF-PAR")).isGreaterThanOrEqualTo(10);
    assertThat(count.get("AF-KAP")).isGreaterThanOrEqualTo(7);
    assertThat(count.get("AF-TAK")).isGreaterThanOrEqualTo(17);
    assertThat(count.get("AF-WAR")).isGreaterThanOrEqualTo(9);
    assertThat(count.get("AF-DAY")).isGreaterThanOrEqualTo(9);
  }

  @Test
  void every_entry_is_consistent_with_its_province() {
    Set<String> codes = new TreeSet<>();
    G.entries().stream().filter(e -> e.kind() == PlaceKind.PROVINCE).forEach(e -> codes.add(e.admin1()));
    for (PlaceEntry e : G.entries()) {
      if (e.admin1() != null) {
        assertThat(codes).as(e.name()).contains(e.admin1());
        assertThat(e.lat()).as(e.name()).isBetween(29.3, 38.6);
        assertThat(e.lon()).as(e.name()).isBetween(60.4, 75.0);
      } else {
        assertThat(e.kind()).as(e.name()).isIn(PlaceKind.COUNTRY, PlaceKind.TOWN, PlaceKind.FEATURE);
      }
      assertThat(e.toPlace(null)).isInstanceOf(Place.class);
    }
  }

  @Test
  void every_provincial_capital_is_an_entry_in_its_province() {
    GazetteerData data = new GazetteerData(Tsv.resource(Gazetteer.class, "provinces.tsv"),
        Tsv.resource(Gazetteer.class, "districts.tsv"), Tsv.resource(Gazetteer.class, "places.tsv"),
        Suffixes.bundled().generics());
    data.capitals.forEach((code, capital) -> assertThat(data.entries).as(capital)
        .anyMatch(e -> e.kind() != PlaceKind.PROVINCE && code.equals(e.admin1()) && e.name().equals(capital)));
  }

  @ParameterizedTest
  @CsvSource({
      "판지시르주에서 눈이 왔다, 판지시르", "판지쉬르 주민, 판지쉬르", "판즈시르랑 바글란, 판즈시르",
      "elders from Panjsher, Panjsher", "a road into Panjsheer, Panjsheer", "PANJSHIR:, PANJSHIR"})
  void every_spelling_of_panjshir_is_the_province(String text, String surface) {
    PlaceHit h = hit(text, surface);
    assertThat(h.surface()).isEqualTo(surface);
    assertThat(h.best().admin1()).isEqualTo("AF-PAN");
    assertThat(h.best().kind()).isEqualTo(PlaceKind.PROVINCE);
  }

  @Test
  void the_valley_is_a_feature_whose_surface_includes_the_generic() {
    PlaceHit h = hit("어제 판지시르 계곡을 지나던 차량", "판지시르");
    assertThat(h.surface()).isEqualTo("판지시르 계곡");
    assertThat(h.best().name()).isEqualTo("Panjshir Valley");
    assertThat(h.best().precision()).isEqualTo(PlacePrecision.REGION);
    assertThat(hit("snow blocks the Panjsher valley", "Panjsher").best().name()).isEqualTo("Panjshir Valley");
    assertThat(hit("Abshar 계곡의 마을", "Abshar").surface()).isEqualTo("Abshar 계곡");
    assertThat(hit("khawak 고개 너머", "khawak").best().name()).isEqualTo("Khawak Pass");
  }

  @Test
  void a_space_inside_a_korean_name_is_optional() {
    assertThat(hit("와칸회랑의 날씨", "와칸").best().name()).isEqualTo("Wakhan Corridor");
    assertThat(hit("와칸 회랑의 날씨", "와칸").best().name()).isEqualTo("Wakhan Corridor");
    assertThat(hit("마이단와르다크주 도로", "마이단").best().admin1()).isEqualTo("AF-WAR");
    assertThat(hit("마이단 와르다크주 도로", "마이단").surface()).isEqualTo("마이단 와르다크");
  }

  @Test
  void khost_in_baghlan_is_told_from_khost_province_by_context() {
    assertThat(hit("바글란주의 코스트주에서 새 부대가 꾸려졌다", "코스트").best().name()).isEqualTo("Khost wa Firing");
    assertThat(hit("바글란쪽 호스트 지구 주민들이 피란", "호스트").best().admin1()).isEqualTo("AF-BGL");
    assertThat(hit("Two checkpoints in Khost wa Firing district (Baghlan) changed hands.", "Khost").best().admin1())
        .isEqualTo("AF-BGL");
    assertThat(hit("the Khost wa Firing district of Baghlan", "Khost").best().name()).isEqualTo("Khost wa Firing");
    assertThat(hit("호스트주 당국이 발표했다", "호스트").best().admin1()).isEqualTo("AF-KHO");
    assertThat(hit("officials in Khost province said", "Khost").best().admin1()).isEqualTo("AF-KHO");
    assertThat(hit("officials in Khost province said", "Khost").best().kind()).isEqualTo(PlaceKind.PROVINCE);
  }

  @Test
  void a_bare_khost_with_no_clue_names_candidates_but_no_best() {
    PlaceHit h = hit("Fighting was reported in Khost.", "Khost");
    assertThat(h.best()).isNull();
    assertThat(h.candidates()).extracting(PlaceEntry::admin1).contains("AF-KHO", "AF-BGL");
    assertThat(G.resolve("호스트", "")).isEmpty();
    assertThat(G.resolve("호스트", "호스트주 경찰청장이 말했다")).get().extracting(PlaceEntry::admin1).isEqualTo("AF-KHO");
  }

  @Test
  void deliberately_ambiguous_district_names_stay_unresolved_alone_and_resolve_with_their_province() {
    assertThat(hit("Tagab district", "Tagab").best()).isNull();
    assertThat(hit("카피사 타그압(Tagab) 지구의 학교", "타그압").best().admin1()).isEqualTo("AF-KAP");
    assertThat(hit("카피사 타그압(Tagab) 지구의 학교", "Tagab").best().admin1()).isEqualTo("AF-KAP");
    assertThat(hit("Baharak was calm", "Baharak").best()).isNull();
    assertThat(hit("Baharak district (Takhar)", "Baharak").best().admin1()).isEqualTo("AF-TAK");
    assertThat(hit("베수드에서 봉기", "베수드").best()).isNull();
    assertThat(hit("마이단 와르다크주 의회가 열렸다. 베수드주 농민들도 왔다", "베수드").best().admin1())
        .isEqualTo("AF-WAR");
  }

  @Test
  void look_alike_districts_of_baghlan_are_kept_apart() {
    assertThat(hit("Puli Hisar fell", "Puli").best().name()).isEqualTo("Pul-e Hisar");
    assertThat(hit("풀리 히사르와 바누 지구 사이", "풀리").best().name()).isEqualTo("Pul-e Hisar");
    assertThat(hit("풀리 쿰리의 병원", "풀리").best().name()).isEqualTo("Pul-e Khumri");
    assertThat(hit("데흐살라 근처 다리", "데흐살라").best().name()).isEqualTo("Deh-e Salah");
  }

  @Test
  void a_province_outranks_its_same_named_capital_but_kabul_is_the_city() {
    assertThat(hit("쿤두즈에서 폭발", "쿤두즈").best().kind()).isEqualTo(PlaceKind.PROVINCE);
    assertThat(hit("쿤두즈시 모스크", "쿤두즈").best().kind()).isEqualTo(PlaceKind.TOWN);
    assertThat(hit("Kunduz city", "Kunduz").best().kind()).isEqualTo(PlaceKind.TOWN);
    assertThat(hit("카불에서 시위", "카불").best().kind()).isEqualTo(PlaceKind.TOWN);
    assertThat(hit("카불주 전역", "카불").best().kind()).isEqualTo(PlaceKind.PROVINCE);
  }

  @ParameterizedTest
  @CsvSource({
      "아프가니스칸 정부는, 아프가니스칸, Afghanistan", "파키스칸 정부가, 파키스칸, Pakistan",
      "'쿤두즈,바디크샨', 바디크샨, Badakhshan", "yaftal sufia 쪽으로 이동, yaftal sufia, Yaftal Sufla",
      "the Badakhshon front, Badakhshon, Badakhshan"})
  void misspelt_names_resolve_by_fuzzy_matching(String text, String surface, String name) {
    PlaceHit h = hit(text, surface);
    assertThat(h.surface()).isEqualTo(surface);
    assertThat(h.best().name()).isEqualTo(name);
  }

  @Test
  void no_lexicon_lists_the_misspellings_that_fuzzy_matching_must_find() throws IOException {
    for (String file : List.of("provinces.tsv", "districts.tsv", "places.tsv", "suffixes.txt", "connectors.txt",
        "not-names.txt", "/org/sitrep/core/actor/actors.tsv", "/org/sitrep/core/actor/persons.tsv",
        "/org/sitrep/core/actor/followers-ko.txt")) {
      String text = read(file).toLowerCase();
      assertThat(text).as(file).doesNotContain("아프가니스칸", "파키스칸", "바디크샨", "yaftal sufia");
    }
  }

  @Test
  void a_person_named_after_a_place_is_not_a_place() {
    assertThat(G.scan("하시프 판지시리 사령관이 말했다")).isEmpty();
    assertThat(G.scan("commander Hasib Panjshiri and a Pakistani official")).isEmpty();
    assertThat(G.scan("그 모스크가 문을 닫았다")).isEmpty();
  }

  @Test
  void short_korean_names_are_read_conservatively() {
    assertThat(G.scan("이것이 저항군이란 것이다")).isEmpty();
    assertThat(hit("이란과 타지키스탄이 회담했다", "이란").best().name()).isEqualTo("Iran");
    assertThat(G.scan("바위가 구르는 소리")).isEmpty();
    assertThat(hit("구르주에서", "구르").best().admin1()).isEqualTo("AF-GHO");
    assertThat(G.scan("반탈레반 시위대가 인도주의 지원을")).isEmpty();
  }

  @Test
  void latin_names_inside_korean_text_are_found() {
    assertThat(hit("Bazarak 시장에서 만났다", "Bazarak").best().name()).isEqualTo("Bazarak");
    assertThat(hit("Dara 지구에 눈이 왔다", "Dara").best().admin1()).isEqualTo("AF-PAN");
  }

  @Test
  void places_abroad_and_borders_have_no_province() {
    assertThat(hit("북와지리스탄의 난민", "북와지리스탄").best().admin1()).isNull();
    assertThat(hit("the fence along the Durand Line", "Durand").best().admin1()).isNull();
    assertThat(hit("차만에서 상인들이", "차만").best().admin1()).isNull();
    assertThat(hit("trucks waited at the Chaman crossing", "Chaman").best().admin1()).isEqualTo("AF-KAN");
    assertThat(hit("at Torkham", "Torkham").best().admin1()).isEqualTo("AF-NAN");
    Optional<PlaceEntry> afg = G.byName("Afghanistan");
    assertThat(afg).get().extracting(PlaceEntry::kind).isEqualTo(PlaceKind.COUNTRY);
    assertThat(afg.get().admin1()).isNull();
  }

  @Test
  void a_hit_becomes_a_place_anchored_on_its_surface() {
    String text = "판지시르주 다라 지구의 마을";
    PlaceHit h = hit(text, "다라");
    Place p = h.best().toPlace(new Anchor(h.surface(), h.start(), h.end()));
    assertThat(text.substring(p.anchor().startChar(), p.anchor().endChar())).isEqualTo("다라");
    assertThat(p.admin1()).isEqualTo("AF-PAN");
    assertThat(p.precision()).isEqualTo(PlacePrecision.DISTRICT);
  }

  @Test
  void korean_names_cover_variants_for_the_nori_dictionary() {
    assertThat(G.koreanNames()).contains("판지시르", "판지쉬르", "판즈시르", "바다크샨", "바다흐샨", "타카르", "타하르",
        "마자르이샤리프", "마자리샤리프", "와칸 회랑", "카와크 고개", "풀리 쿰리", "호스트", "마이단 와르다크");
    assertThat(G.koreanNames()).allSatisfy(n -> assertThat(n).doesNotStartWith("!"));
  }

  @Test
  void scanning_a_long_text_finds_every_repeated_name() {
    String sentence = "어제 카불과 판지시르 계곡을 잇는 도로가 막혔고 바글란주의 코스트주에서는 폭설이 내렸다 "
        + "Aid convoys from Mazar-i-Sharif reached Andarab district (Baghlan) and the Salang Pass by noon. ";
    String text = sentence.repeat(100);
    List<PlaceHit> hits = G.scan(text);
    assertThat(hits).hasSizeGreaterThanOrEqualTo(600);
  }
}
