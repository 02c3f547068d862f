package org.sitrep.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;

class ReportJsonSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  // the schema's $id ("sitrep/1") is relative, so the validator needs a base to resolve it against
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(SchemaLocation.of("classpath:org/sitrep/format/format.schema.json"), tree(ReportJson.schema()));

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Set<ValidationMessage> problems(String json) throws Exception {
    return SCHEMA.validate(JSON.readTree(json));
  }

  @Test
  void a_report_with_every_fact_and_every_optional_field_is_valid_against_the_schema() throws Exception {
    Report full = SampleReports.fullKorean();
    assertThat(problems(ReportJson.write(full))).isEmpty();
    assertThat(problems(ReportJson.writeCompact(full))).isEmpty();
  }

  @Test
  void a_minimal_empty_report_is_valid_against_the_schema() throws Exception {
    assertThat(problems(ReportJson.write(SampleReports.minimal()))).isEmpty();
  }

  @Test
  void a_report_with_only_required_event_fields_is_valid_against_the_schema() throws Exception {
    assertThat(problems(ReportJson.write(SampleReports.englishBombing()))).isEmpty();
  }

  @Test
  void the_validator_does_reject_a_report_that_breaks_the_schema() throws Exception {
    ObjectNode broken = (ObjectNode) JSON.readTree(ReportJson.write(SampleReports.fullKorean()));
    broken.remove("relations");
    ((ObjectNode) broken.get("events").get(0).get("casualties").get(0)).put("kind", "dead");
    Set<ValidationMessage> problems = SCHEMA.validate(broken);
    assertThat(problems).extracting(ValidationMessage::getMessage)
        .anySatisfy(m -> assertThat(m).contains("relations"))
        .anySatisfy(m -> assertThat(m).contains("kind"));
  }

  @Test
  void the_shipped_schema_is_draft_2020_12_for_format_sitrep_1() throws Exception {
    JsonNode schema = JSON.readTree(ReportJson.schema());
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.at("/properties/format/const").asText()).isEqualTo(Report.FORMAT);
  }
}
