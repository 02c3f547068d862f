package org.sitrep.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeoNamesMergeTest {
  private final Gazetteer g = Gazetteer.bundled();

  @Test
  void everyGeoNamesDistrictHasExactlyOneEntry() {
    Set<String> codes = new HashSet<>();
    int withCode = 0;
    for (PlaceEntry e : g.entries()) {
      if (e.kind() == PlaceKind.DISTRICT && g.geonamesCode(e).isPresent()) {
        withCode++;
        codes.add(g.geonamesCode(e).get());
      }
    }
    assertThat(codes).hasSize(398);
    assertThat(withCode).isEqualTo(398);
  }

  @Test
  void aCuratedDistrictKeepsItsNamesAndGainsItsGeoNamesCode() {
    PlaceEntry rokha = g.byName("Rokha").orElseThrow();
    assertThat(rokha.admin1()).isEqualTo("AF-PAN");
    assertThat(g.geonamesCode(rokha)).hasValueSatisfying(c -> assertThat(c).startsWith("AF.42."));
    assertThat(g.resolve("루카", "").map(PlaceEntry::name)).hasValue("Rokha");
    PlaceEntry matun = g.byName("Matun").orElseThrow();
    assertThat(g.geonamesCode(matun)).hasValue("AF.37.3201");
  }

  @Test
  void aDistrictOnlyGeoNamesHasIsFoundWithItsProvinceAndSeat() {
    PlaceEntry jaghori = g.resolve("Jaghori district", "").orElseThrow();
    assertThat(jaghori.kind()).isEqualTo(PlaceKind.DISTRICT);
    assertThat(jaghori.admin1()).isEqualTo("AF-GHA");
    assertThat(jaghori.lat()).isNotNull();
    assertThat(g.geonamesCode(jaghori)).hasValueSatisfying(c -> assertThat(c).startsWith("AF.08."));
  }

  @Test
  void aGeoNamesDistrictSharingAnotherProvincesNameLeavesThatNameAsItWas() {
    // Jowzjan has a Fayzabad district too; a bare Fayzabad still means Badakhshan's
    assertThat(g.resolve("Fayzabad", "").map(PlaceEntry::admin1)).hasValue("AF-BDS");
    assertThat(g.entries()).anySatisfy(e -> {
      assertThat(e.admin1()).isEqualTo("AF-JOW");
      assertThat(e.name()).isEqualTo("Faizabad");
    });
  }

  @Test
  void aDistrictWithNoPlaceInGeoNamesSitsAtItsProvinceCentroidFlaggedApproximate() {
    PlaceEntry zari = g.entries().stream().filter(e -> e.name().equals("Zari") && "AF-BAL".equals(e.admin1()))
        .findFirst().orElseThrow();
    assertThat(zari.approximate()).isTrue();
    assertThat(zari.lat()).isEqualTo(g.province("AF-BAL").orElseThrow().lat());
  }

  @Test
  void theSkeletonOfANameIgnoresVowelsAFinalHAndTheEzafe() {
    assertThat(GeoNamesData.skeleton("Darah-e Hazara")).isEqualTo(GeoNamesData.skeleton("Dara-i-Hazara"));
    assertThat(GeoNamesData.skeleton("Khwājah Ghār")).isEqualTo(GeoNamesData.skeleton("Khwaja Ghar"));
    assertThat(GeoNamesData.ascii("Qal‘ah-ye Zāl")).isEqualTo("Qalah-ye Zal");
  }

  @Test
  void aCuratedTownGainsItsGeoNamesId() {
    PlaceEntry bazarak = g.resolve("Bazarak", "").orElseThrow();
    assertThat(bazarak.kind()).isEqualTo(PlaceKind.TOWN);
    assertThat(g.geonamesCode(bazarak)).hasValue("1429434");
  }

  @Test
  void aGeoNamesTownNoTableHadIsFoundByItsNameAndItsVariants() {
    PlaceEntry town = g.resolve("Khan Neshin", "").orElseThrow();
    assertThat(town.kind()).isEqualTo(PlaceKind.TOWN);
    assertThat(town.admin1()).isEqualTo("AF-HEL");
    assertThat(g.geonamesCode(town)).isPresent();
    assertThat(g.resolve("Khan Nishin", "")).hasValue(town);
  }

  @Test
  void aTownNamedLikeACommonWordIsNotLookedFor() {
    assertThat(g.scan("In March the fighting resumed near Titan.")).isEmpty();
  }

  @Test
  void theDistrictAdministrationWordsAreNoTownName() {
    assertThat(g.scan("The Wuleswali compound was hit.")).isEmpty();
  }

  @Test
  void aProvinceIsFoundByItsDariName() {
    assertThat(g.resolve("پنجشیر", "").map(PlaceEntry::admin1)).hasValue("AF-PAN");
    assertThat(g.resolve("دایکندی", "").map(PlaceEntry::admin1)).hasValue("AF-DAY");
  }

  @Test
  void aTownIsFoundByItsDariOrPashtoName() {
    assertThat(g.resolve("بازارک", "").map(PlaceEntry::name)).hasValue("Bazarak");
  }

  @Test
  void twoGeoNamesDistrictsOfOneNameStayUnresolvedUntilAProvinceIsNamed() {
    assertThat(g.resolve("Dowlatabad", "")).isEmpty();
    assertThat(g.resolve("Dowlatabad", "Fighting was reported in Faryab province.").map(PlaceEntry::admin1))
        .hasValue("AF-FYB");
    assertThat(g.resolve("Jani Khel district of Paktika", "").map(PlaceEntry::admin1)).hasValue("AF-PKA");
    assertThat(g.resolve("Jani Khel", "")).isEmpty();
  }
}
