package org.sitrep.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The files the gazetteer generator writes from the registry packages: shape, size and the fixed defects. */
class GeneratedFilesTest {
  private static final Set<String> PROVINCES = new HashSet<>();

  static {
    for (Tsv.Row r : Tsv.read(Tsv.resource(Gazetteer.class, "provinces.tsv"))) {
      PROVINCES.add(r.cell(0));
    }
  }

  @Test
  void theProvinceFileHasOnePolygonForEachOfThe34ProvincesWithTheNaturalEarthLabelsFixed() throws IOException {
    JsonNode root;
    try (InputStream in = Gazetteer.class.getResourceAsStream("generated/provinces.geojson")) {
      root = new ObjectMapper().readTree(in);
    }
    Set<String> codes = new HashSet<>();
    for (JsonNode f : root.path("features")) {
      JsonNode p = f.path("properties");
      codes.add(p.path("iso").asText());
      assertThat(f.path("geometry").path("type").asText()).isIn("Polygon", "MultiPolygon");
      switch (p.path("iso").asText()) {
        case "AF-PAN" -> assertThat(p.path("name_ko").asText()).isEqualTo("판지시르");
        case "AF-DAY" -> assertThat(p.path("name_fa").asText()).isEqualTo("دایکندی");
        case "AF-PIA" -> assertThat(p.path("gn_a1_code").asText()).isEqualTo("AF.36");
        case "AF-PKA" -> assertThat(p.path("gn_a1_code").asText()).isEqualTo("AF.29");
        default -> { }
      }
    }
    assertThat(codes).isEqualTo(PROVINCES);
  }

  @Test
  void theDistrictFileHas398RowsEachInAProvinceWithASeatInsideAfghanistanOrNone() {
    List<Tsv.Row> rows = Tsv.read(Tsv.resource(Gazetteer.class, "generated/districts-geonames.tsv"));
    assertThat(rows).hasSize(398);
    Set<String> codes = new HashSet<>();
    for (Tsv.Row r : rows) {
      assertThat(r.cells()).hasSize(9);
      assertThat(r.cell(0)).matches("AF\\.\\d\\d\\.\\d{3,4}");
      assertThat(codes.add(r.cell(0))).as(r.cell(0)).isTrue();
      assertThat(PROVINCES).contains(r.cell(2));
      assertThat(r.cell(8)).isIn("n", "y", "");
      if (!r.cell(6).isEmpty()) {
        assertThat(Double.parseDouble(r.cell(6))).isBetween(29.3, 38.6);
        assertThat(Double.parseDouble(r.cell(7))).isBetween(60.4, 75.0);
      }
    }
  }

  @Test
  void theTownFileKeepsLatinAndArabicScriptNamesApart() {
    List<Tsv.Row> rows = Tsv.read(Tsv.resource(Gazetteer.class, "generated/towns-geonames.tsv"));
    assertThat(rows).hasSizeGreaterThan(300);
    Set<String> ids = new HashSet<>();
    for (Tsv.Row r : rows) {
      assertThat(r.cells()).hasSize(12);
      assertThat(ids.add(r.cell(0))).isTrue();
      assertThat(r.list(9)).allMatch(n -> n.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC));
      assertThat(r.list(10)).allMatch(n -> n.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC));
    }
  }

  @Test
  void theGeneratedFilesStaySmall() throws IOException {
    long total = 0;
    for (String f : List.of("provinces.geojson", "districts-geonames.tsv", "towns-geonames.tsv")) {
      try (InputStream in = Gazetteer.class.getResourceAsStream("generated/" + f)) {
        total += in.readAllBytes().length;
      }
    }
    assertThat(total).isLessThan(400_000);
  }
}
