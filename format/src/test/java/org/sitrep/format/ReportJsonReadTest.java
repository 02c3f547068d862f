package org.sitrep.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;

class ReportJsonReadTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The full sample report as JSON, changed by {@code edit}. */
  private static String edited(Consumer<ObjectNode> edit) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(ReportJson.write(SampleReports.fullKorean()));
    edit.accept(root);
    return JSON.writeValueAsString(root);
  }

  private static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> readingFails(String json) {
    return assertThatThrownBy(() -> ReportJson.read(json)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void what_is_written_reads_back_equal() {
    for (Report r : new Report[] {SampleReports.fullKorean(), SampleReports.englishBombing(), SampleReports.minimal()}) {
      assertThat(ReportJson.read(ReportJson.write(r))).isEqualTo(r);
      assertThat(ReportJson.read(ReportJson.writeCompact(r))).isEqualTo(r);
      assertThat(ReportJson.read(new StringReader(ReportJson.write(r)))).isEqualTo(r);
    }
  }

  @Test
  void fields_the_reader_does_not_know_are_ignored() throws Exception {
    String json = edited(root -> {
      root.put("generator", "test");
      at(root, "/events/0").put("optional", true).putArray("phenomena").add("vague-quantity");
      at(root, "/events/0/location").put("note", "valley mouth");
    });
    assertThat(ReportJson.read(json)).isEqualTo(SampleReports.fullKorean());
  }

  @Test
  void persons_and_forces_may_be_absent_and_optional_fields_may_be_left_out() throws Exception {
    String json = edited(root -> {
      root.remove("persons");
      root.remove("forces");
      at(root, "/events/0").remove("outcome");
      at(root, "/events/0/actors/1").remove("commander");
      at(root, "/events/0/location").remove("lat");
      at(root, "/events/0/location").remove("lon");
    });
    Report read = ReportJson.read(json);
    assertThat(read.persons()).isEmpty();
    assertThat(read.forces()).isEmpty();
    assertThat(read.events().get(0).outcome()).isNull();
    assertThat(read.events().get(0).actors().get(1).commander()).isNull();
    assertThat(read.events().get(0).location().lat()).isNull();
  }

  @Test
  void malformed_json_is_refused_with_its_line_and_column() {
    readingFails("{\n  \"format\": \"sitrep/1\",\n  \"document\": {\n").hasMessageContaining("not valid JSON")
        .hasMessageContaining("line");
    readingFails("{\"format\": 'sitrep/1'}").hasMessageContaining("line 1");
    readingFails("").hasMessageContaining("$");
  }

  @Test
  void trailing_content_and_duplicate_keys_are_refused() {
    String one = ReportJson.writeCompact(SampleReports.minimal());
    readingFails(one + "\n" + one).hasMessageContaining("not valid JSON");
    readingFails(one.replace("\"id\":\"empty\"", "\"id\":\"empty\",\"id\":\"other\""))
        .hasMessageContaining("Duplicate field 'id'");
  }

  @Test
  void a_missing_required_field_is_named_by_its_path() throws Exception {
    readingFails(edited(root -> at(root, "/events/0").remove("evidence")))
        .hasMessage("invalid sitrep/1 report at $.events[0].evidence: required field is missing");
    readingFails(edited(root -> at(root, "/control/0/place").remove("admin1")))
        .hasMessageContaining("$.control[0].place.admin1: required field is missing");
    readingFails(edited(root -> root.remove("relations")))
        .hasMessageContaining("$.relations: required field is missing");
    readingFails(edited(root -> at(root, "/document").remove("published")))
        .hasMessageContaining("$.document.published: required field is missing");
  }

  @Test
  void null_where_the_schema_forbids_it_is_refused() throws Exception {
    readingFails(edited(root -> at(root, "/document").putNull("id")))
        .hasMessageContaining("$.document.id: must not be null");
    readingFails(edited(root -> at(root, "/events/0/casualties/1").putNull("kind")))
        .hasMessageContaining("$.events[0].casualties[1].kind: must not be null");
  }

  @Test
  void a_value_of_the_wrong_type_is_refused_with_what_was_found() throws Exception {
    readingFails(edited(root -> at(root, "/events/0/casualties/0").put("low", "20")))
        .hasMessageContaining("$.events[0].casualties[0].low: expected a whole number (32-bit), found a string");
    readingFails(edited(root -> at(root, "/events/0/evidence/0").put("start", 1.5)))
        .hasMessageContaining("$.events[0].evidence[0].start");
    readingFails(edited(root -> at(root, "/events/0/location").put("lat", "35.3")))
        .hasMessageContaining("$.events[0].location.lat: expected a finite number");
    readingFails(edited(root -> root.put("events", "none")))
        .hasMessageContaining("$.events: expected an array, found a string");
    readingFails(edited(root -> at(root, "/events/0").putArray("rules").add(3)))
        .hasMessageContaining("$.events[0].rules[0]: expected a string, found 3");
    readingFails(edited(root -> at(root, "/relations/0/date").put("ongoing", "yes")))
        .hasMessageContaining("$.relations[0].date.ongoing: expected true or false");
  }

  @Test
  void labels_must_be_spelled_exactly_as_the_format_spells_them() throws Exception {
    readingFails(edited(root -> at(root, "/events/0/casualties/0").put("kind", "KILLED")))
        .hasMessageContaining("$.events[0].casualties[0].kind: \"KILLED\" is not one of \"killed\", \"wounded\"");
    readingFails(edited(root -> at(root, "/events/0").put("subtype", "armed clash")))
        .hasMessageContaining("$.events[0].subtype: \"armed clash\" is not one of");
    readingFails(edited(root -> at(root, "/document").put("published", "2021-9-13")))
        .hasMessageContaining("$.document.published: expected a date as yyyy-mm-dd, found \"2021-9-13\"");
    readingFails(edited(root -> at(root, "/document").put("published", "2021-02-30")))
        .hasMessageContaining("$.document.published");
  }

  @Test
  void a_subtype_must_belong_to_its_type() throws Exception {
    readingFails(edited(root -> at(root, "/events/0").put("type", "Riots")))
        .hasMessageContaining("$.events[0].subtype: \"Armed clash\" is a sub-type of \"Battles\", not of \"Riots\"");
  }

  @Test
  void another_format_version_is_refused() throws Exception {
    readingFails(edited(root -> root.put("format", "sitrep/2")))
        .hasMessageContaining("$.format: expected \"sitrep/1\", found \"sitrep/2\"");
  }

  @Test
  void what_the_records_reject_is_reported_at_its_path() throws Exception {
    readingFails(edited(root -> at(root, "/events/0/evidence/1").put("end", 80)))
        .hasMessageContaining("$.events[0].evidence[1]: span text length");
    readingFails(edited(root -> at(root, "/events/0/casualties/0").put("low", 120)))
        .hasMessageContaining("$.events[0].casualties[0]: casualty low 120 > high 99");
    readingFails(edited(root -> at(root, "/events/0").putArray("actors")))
        .hasMessageContaining("$.events[0]: event actors must not be empty");
    readingFails(edited(root -> at(root, "/persons/0").put("start_char", 149)))
        .hasMessageContaining("$.persons[0]: anchor: text length does not match span");
  }
}
