package org.sitrep.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every data line of the place lexicons has the documented number of tab-separated columns. */
class LexiconFilesTest {
  @ParameterizedTest
  @CsvSource({"provinces.tsv, 8", "districts.tsv, 9", "places.tsv, 12", "suffixes.txt, 4", "connectors.txt, 2", "not-names.txt, 1"})
  void every_line_has_the_documented_columns(String file, int columns) {
    for (Tsv.Row row : Tsv.read(Tsv.resource(Gazetteer.class, file))) {
      assertThat(row.cells()).as(file + " line " + row.line()).hasSize(columns);
    }
  }
}
