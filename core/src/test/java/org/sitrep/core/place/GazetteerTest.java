package org.sitrep.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Anchor;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;

/** Context rules on a small invented gazetteer (two provinces share a district name on purpose). */
class GazetteerTest {
  private static final String PROVINCES = """
      # code name en ko capital lat lon source
      XX-NOR\tNorthland\tNorthlund\t노스랜드\tNorthland\t36.0\t69.0\ttest
      XX-SOU\tSouthland\t-\t사우스랜드|사우스\tPortsouth\t33.0\t69.5\ttest
      XX-KUL\tKulam\t-\t쿨람\tKulam\t35.0\t68.0\ttest
      """;
  private static final String DISTRICTS = """
      # admin1 name admin2 en ko lat lon approx source
      XX-NOR\tKhost wa Firing\t-\tKhost\t호스트\t35.8\t69.5\ty\ttest
      XX-SOU\tMatun\t-\t-\t-\t33.3\t69.9\tn\ttest
      XX-NOR\tTagab\t-\t-\t타가브\t36.9\t70.2\ty\ttest
      XX-SOU\tTagab\t-\t-\t타가브\t33.8\t69.6\ty\ttest
      XX-KUL\tKulam\t-\t-\t쿨람\t35.0\t68.0\tn\ttest
      """;
  private static final String PLACES = """
      # kind name admin1 admin2 lat lon precision approx flags en ko source
      town\tKhost\tXX-SOU\tMatun\t33.34\t69.92\tpoint\tn\t-\t-\t호스트\ttest
      town\tPortsouth\tXX-SOU\t-\t33.1\t69.4\tpoint\tn\tprefer\tSouthland\t사우스\ttest
      town\tKulam\tXX-KUL\tKulam\t35.0\t68.0\tpoint\tn\t-\t-\t쿨람\ttest
      feature\tNorth Valley\tXX-NOR\t-\t36.1\t69.1\tregion\ty\t-\t-\t노스 계곡\ttest
      country\tOtherland\t-\t-\t10.0\t10.0\tcountry\ty\t-\t-\t아더랜드\ttest
      """;

  private static Gazetteer gazetteer() {
    return Gazetteer.of(new StringReader(PROVINCES), new StringReader(DISTRICTS), new StringReader(PLACES));
  }

  private static PlaceHit only(List<PlaceHit> hits, String surface) {
    return hits.stream().filter(h -> h.surface().equals(surface)).findFirst().orElseThrow();
  }

  private static String best(PlaceHit h) {
    return h.best() == null ? null : h.best().name() + "/" + h.best().admin1();
  }

  @Test
  void an_ambiguous_name_with_no_clue_stays_unresolved_with_all_candidates() {
    PlaceHit h = gazetteer().scan("fighting in Khost").get(0);
    assertThat(h.best()).isNull();
    assertThat(h.candidates()).extracting(PlaceEntry::admin1).containsExactlyInAnyOrder("XX-NOR", "XX-SOU");
    assertThat(best(gazetteer().scan("타가브에서 교전").get(0))).isNull();
  }

  @Test
  void a_province_named_right_before_picks_the_candidate_inside_it() {
    Gazetteer g = gazetteer();
    assertThat(best(only(g.scan("노스랜드주의 호스트주에서"), "호스트"))).isEqualTo("Khost wa Firing/XX-NOR");
    assertThat(best(only(g.scan("노스랜드쪽 호스트 지구"), "호스트"))).isEqualTo("Khost wa Firing/XX-NOR");
    assertThat(best(only(g.scan("사우스랜드 타가브"), "타가브"))).isEqualTo("Tagab/XX-SOU");
  }

  @Test
  void a_province_named_right_after_picks_the_candidate_inside_it() {
    Gazetteer g = gazetteer();
    assertThat(best(only(g.scan("Khost wa Firing district (Northland)"), "Khost wa Firing"))).isEqualTo("Khost wa Firing/XX-NOR");
    assertThat(best(only(g.scan("Tagab district of Southland province"), "Tagab"))).isEqualTo("Tagab/XX-SOU");
  }

  @Test
  void a_province_suffix_prefers_the_province_and_a_district_suffix_the_district() {
    Gazetteer g = gazetteer();
    assertThat(best(g.scan("쿨람주에서").get(0))).isEqualTo("Kulam/XX-KUL");
    assertThat(g.scan("쿨람주에서").get(0).best().kind()).isEqualTo(PlaceKind.PROVINCE);
    assertThat(g.scan("쿨람 지구").get(0).best().kind()).isEqualTo(PlaceKind.DISTRICT);
    assertThat(g.scan("Kulam district").get(0).best().kind()).isEqualTo(PlaceKind.DISTRICT);
    assertThat(g.scan("쿨람시").get(0).best().kind()).isEqualTo(PlaceKind.TOWN);
  }

  @Test
  void within_one_province_the_province_outranks_its_same_named_town_and_district() {
    assertThat(gazetteer().scan("Kulam").get(0).best().kind()).isEqualTo(PlaceKind.PROVINCE);
  }

  @Test
  void an_entry_marked_preferred_wins_a_bare_mention_over_its_province() {
    PlaceHit h = gazetteer().scan("사우스에서").get(0);
    assertThat(h.best().name()).isEqualTo("Portsouth");
    assertThat(gazetteer().scan("사우스주").get(0).best().name()).isEqualTo("Southland");
  }

  @Test
  void a_province_named_elsewhere_in_the_text_decides_a_bare_ambiguous_name() {
    List<PlaceHit> hits = gazetteer().scan("Khost was quiet. Later, shelling in Matun district of Southland.");
    assertThat(best(hits.get(0))).isEqualTo("Khost/XX-SOU");
  }

  @Test
  void two_provinces_named_elsewhere_leave_the_name_unresolved() {
    List<PlaceHit> hits = gazetteer().scan("Khost was quiet; Northland and Southland were not.");
    assertThat(hits.get(0).best()).isNull();
  }

  @Test
  void a_gloss_in_brackets_takes_the_reading_of_the_name_it_glosses() {
    List<PlaceHit> hits = gazetteer().scan("사우스랜드 타가브(Tagab) 지구");
    assertThat(best(only(hits, "Tagab"))).isEqualTo("Tagab/XX-SOU");
  }

  @Test
  void a_feature_name_includes_its_korean_generic_in_the_surface() {
    PlaceHit h = gazetteer().scan("노스 계곡을 공격").get(0);
    assertThat(h.surface()).isEqualTo("노스 계곡");
    assertThat(h.best().kind()).isEqualTo(PlaceKind.FEATURE);
    assertThat(gazetteer().scan("North 계곡").get(0).surface()).isEqualTo("North 계곡");
  }

  @Test
  void resolve_reads_one_mention_with_its_anchor_and_the_context() {
    Gazetteer g = gazetteer();
    assertThat(g.resolve("노스랜드주의 호스트주", "")).get().extracting(PlaceEntry::admin1).isEqualTo("XX-NOR");
    assertThat(g.resolve("Khost wa Firing district (Northland)", "")).get().extracting(PlaceEntry::name)
        .isEqualTo("Khost wa Firing");
    assertThat(g.resolve("Khost", "")).isEmpty();
    assertThat(g.resolve("Khost", "the Southland governor said")).get().extracting(PlaceEntry::name).isEqualTo("Khost");
    assertThat(g.resolve("Northlunt", "")).get().extracting(PlaceEntry::admin1).isEqualTo("XX-NOR");
    assertThat(g.resolve("no place", "")).isEmpty();
  }

  @Test
  void by_name_finds_canonical_names_and_unambiguous_aliases() {
    Gazetteer g = gazetteer();
    assertThat(g.byName("khost wa firing")).get().extracting(PlaceEntry::admin1).isEqualTo("XX-NOR");
    assertThat(g.byName("Khost wa Firing (posts)")).get().extracting(PlaceEntry::admin1).isEqualTo("XX-NOR");
    assertThat(g.byName("Matun, Southland")).get().extracting(PlaceEntry::admin1).isEqualTo("XX-SOU");
    assertThat(g.byName("Northlund")).get().extracting(PlaceEntry::name).isEqualTo("Northland");
    assertThat(g.byName("Tagab")).as("two districts of that name").isEmpty();
    assertThat(g.province("XX-SOU")).get().extracting(PlaceEntry::name).isEqualTo("Southland");
    assertThat(g.province("XX-ZZZ")).isEmpty();
  }

  @Test
  void an_entry_outside_the_theatre_has_no_admin1_and_becomes_a_place() {
    PlaceEntry e = gazetteer().byName("Otherland").orElseThrow();
    Place p = e.toPlace(new Anchor("아더랜드", 0, 4));
    assertThat(p.admin1()).isNull();
    assertThat(p.precision()).isEqualTo(PlacePrecision.COUNTRY);
    assertThat(p.anchor().text()).isEqualTo("아더랜드");
  }

  @Test
  void korean_names_lists_every_korean_form() {
    assertThat(gazetteer().koreanNames()).contains("노스랜드", "호스트", "타가브", "노스 계곡").doesNotContain("Khost");
  }

  @Test
  void a_table_error_names_its_line() {
    assertThatThrownBy(() -> Gazetteer.of(new StringReader("# header\nAFPAN\tPanjshir\n"), new StringReader(""),
        new StringReader(""))).hasMessageContaining("line 2").hasMessageContaining("ISO");
    assertThatThrownBy(() -> Gazetteer.of(new StringReader(PROVINCES), new StringReader(DISTRICTS + DISTRICTS),
        new StringReader(""))).hasMessageContaining("duplicate id");
  }
}
