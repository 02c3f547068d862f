package org.sitrep.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocateTest {
  private final Gazetteer g = Gazetteer.bundled();

  @ParameterizedTest(name = "{0} ({1}, {2}) lies in {3}")
  @CsvSource({
      "Bazarak, 35.313, 69.515, AF-PAN", // Natural Earth labels this polygon Parwan
      "Nili, 33.722, 66.130, AF-DAY", // ... and this one Uruzgan
      "Gardez, 33.597, 69.226, AF-PIA", // ... and swaps the Paktia and Paktika codes
      "Sharan, 33.176, 68.730, AF-PKA",
      "Charikar, 35.014, 69.171, AF-PAR",
      "Tarinkot, 32.627, 65.873, AF-URU",
      "Kabul, 34.528, 69.172, AF-KAB"})
  void aSeatLiesInItsProvinceByPointInPolygon(String seat, double lat, double lon, String admin1) {
    assertThat(g.locate(lat, lon)).hasValueSatisfying(l -> assertThat(l.province().admin1()).isEqualTo(admin1));
  }

  @Test
  void aPointIsGivenTheDistrictWithTheNearestSeatFlaggedApproximate() {
    Located l = g.locate(35.31, 69.51).orElseThrow();
    assertThat(l.district().name()).isEqualTo("Bazarak");
    assertThat(l.approximate()).isTrue();
    assertThat(l.districtKm()).isLessThan(1.0);
  }

  @Test
  void theNearestSeatIsLookedForOnlyInsideTheProvince() {
    // close to Panjshir's Anaba, but in Parwan: the district comes from Parwan
    Located l = g.locate(35.12, 69.24).orElseThrow();
    assertThat(l.province().admin1()).isEqualTo("AF-PAR");
    assertThat(l.district().admin1()).isEqualTo("AF-PAR");
  }

  @Test
  void aPointOutsideAfghanistanLiesNowhere() {
    assertThat(g.locate(34.008, 71.5785)).isEmpty(); // Peshawar
    assertThat(g.locate(38.5598, 68.787)).isEmpty(); // Dushanbe
  }

  @Test
  void aSmallTestGazetteerHasNoGeometry() {
    Gazetteer small = Gazetteer.of(new StringReader("AF-PAN\tPanjshir\t-\t-\t-\t35.4\t69.8\t-\n"),
        new StringReader(""), new StringReader(""));
    assertThat(small.locate(35.313, 69.515)).isEmpty();
  }

  @Test
  void everyProvinceHasAPolygonWhoseInteriorPointLocatesBackToIt() {
    ProvincePolygons polygons = ProvincePolygons.bundled();
    assertThat(polygons.provinces()).hasSize(34).doesNotHaveDuplicates();
    polygons.interiorPoints().forEach((admin1, p) ->
        assertThat(polygons.provinceAt(p[0], p[1])).as(admin1).hasValue(admin1));
  }

  @Test
  void theCountsCoverTheWholeTheatre() {
    var counts = g.counts();
    assertThat(counts.keySet()).containsExactly("provinces", "provinces_with_polygons", "districts",
        "districts_with_seat", "districts_approximate", "places", "places_with_korean", "features");
    assertThat(counts.get("provinces")).isEqualTo(34);
    assertThat(counts.get("provinces_with_polygons")).isEqualTo(34);
    assertThat(counts.get("districts")).isGreaterThanOrEqualTo(398);
  }

  @Test
  void everyProvincesCentreDistrictSeatAndTownLiesInItsOwnProvince() {
    java.util.List<String> outside = new java.util.ArrayList<>();
    for (PlaceEntry e : g.entries()) {
      if ((e.kind() == PlaceKind.PROVINCE || e.kind() == PlaceKind.DISTRICT || e.kind() == PlaceKind.TOWN)
          && e.admin1() != null && e.lat() != null) {
        String at = ProvincePolygons.bundled().provinceAt(e.lat(), e.lon()).orElse("nowhere");
        if (!at.equals(e.admin1())) {
          outside.add(e.kind() + " " + e.name() + " (" + e.admin1() + ") at " + e.lat() + "," + e.lon() + " lies in " + at);
        }
      }
    }
    assertThat(outside).isEmpty();
  }

  @Test
  void everyDistrictOfTheProvincesReportsCoverMostHasASeatOfItsOwn() {
    for (PlaceEntry e : g.entries()) {
      if (e.kind() == PlaceKind.DISTRICT
          && java.util.Set.of("AF-PAN", "AF-BDS", "AF-BGL", "AF-PAR", "AF-KAP", "AF-TAK", "AF-WAR").contains(e.admin1())) {
        assertThat(e.lat()).as(e.name()).isNotEqualTo(g.province(e.admin1()).orElseThrow().lat());
      }
    }
  }

  @Test
  void aPointIsAlsoGivenTheFeaturesWhoseExtentHoldsIt() {
    assertThat(g.locate(37.0, 73.0).orElseThrow().features()).extracting(PlaceEntry::name).contains("Wakhan Corridor");
    assertThat(g.locate(35.31, 69.51).orElseThrow().features()).extracting(PlaceEntry::name).contains("Panjshir Valley")
        .doesNotContain("Wakhan Corridor");
  }

  @Test
  void everyFeatureHasAnExtentHoldingItsOwnPoint() {
    for (PlaceEntry e : g.entries()) {
      if (e.kind() == PlaceKind.FEATURE) {
        assertThat(g.extent(e)).as(e.name()).hasValueSatisfying(x -> assertThat(x.contains(e.lat(), e.lon())).isTrue());
      }
    }
  }

  @Test
  void everyDistrictsCoordinatesHaveOneSource() {
    var seats = g.districtSeats();
    assertThat(seats.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(g.counts().get("districts"));
    assertThat(seats.get("seat_curated") + seats.get("seat_geonames_town") + seats.get("seat_none"))
        .isEqualTo(g.counts().get("districts_approximate"));
  }
}
