package org.sitrep.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every data line of the actor lexicons has the documented number of tab-separated columns. */
class ActorLexiconFilesTest {
  @ParameterizedTest
  @CsvSource({"actors.tsv, 5", "persons.tsv, 8", "followers-ko.txt, 1"})
  void every_line_has_the_documented_columns(String file, int columns) throws IOException {
    String text;
    try (InputStream in = ActorDictionary.class.getResourceAsStream(file)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int n = 0;
    for (String line : text.split("\n", -1)) {
      n++;
      if (!line.isBlank() && !line.startsWith("#")) {
        assertThat(line.split("\t", -1)).as(file + " line " + n).hasSize(columns);
      }
    }
  }
}
