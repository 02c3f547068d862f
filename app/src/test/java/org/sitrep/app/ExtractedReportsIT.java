package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.format.ReportJson;
import org.sitrep.model.Report;
import org.sitrep.model.ReportChecks;

/** What the packaged command prints for real reports is valid sitrep/1 and well formed against the text. */
class ExtractedReportsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SCHEMA;

  static {
    try {
      SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(SchemaLocation.of("classpath:org/sitrep/format/format.schema.json"), JSON.readTree(ReportJson.schema()));
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Test
  void every_bundled_example_reads_into_a_valid_well_formed_report(@TempDir Path dir) throws Exception {
    var paths = new java.util.ArrayList<String>();
    for (Examples.Example e : Examples.bundled()) {
      Path p = dir.resolve(e.info().id() + ".txt");
      Files.writeString(p, e.text());
      paths.add(p.toString());
    }
    paths.add(0, "extract");
    Cli.Run run = Cli.run(paths.toArray(String[]::new));
    assertThat(run.exit()).as(run.stderr()).isZero();
    JsonNode reports = JSON.readTree(run.stdout());
    assertThat(reports).hasSize(Examples.bundled().size());
    int facts = 0;
    for (JsonNode node : reports) {
      assertThat(SCHEMA.validate(node)).as(node.at("/document/id").asText()).isEmpty();
      Report report = ReportJson.read(JSON.writeValueAsString(node));
      String text = Files.readString(dir.resolve(report.document().id() + ".txt"));
      ReportChecks.assertWellFormed(report, text);
      facts += report.facts().size();
    }
    assertThat(facts).as("facts read from the examples").isGreaterThan(5);
  }
}
