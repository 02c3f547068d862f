package org.sitrep.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubType;

class ReportJsonWriteTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** A report with one event at a place with the given coordinates and confidence. */
  private static Report withNumbers(Double lat, Double lon, Double confidence) {
    var event = new Event("e1", null, SubType.ARMED_CLASH, List.of(new ActorRef("Taliban", 1, null, null)),
        new Place("Kabul", "AF-KAB", null, lat, lon, null, null, null), List.of(), null, Attribution.REPORTED, null,
        List.of(), confidence, List.of(new Span(0, 2, "전투")));
    return new Report(DocumentInfo.of("n", "ko", null), List.of(event), null, null, null, null);
  }

  private static JsonNode location(String json) throws Exception {
    return JSON.readTree(json).at("/events/0/location");
  }

  @Test
  void a_minimal_report_is_written_exactly_so_on_one_line() {
    assertThat(ReportJson.writeCompact(SampleReports.minimal())).isEqualTo(
        "{\"format\":\"sitrep/1\",\"document\":{\"id\":\"empty\",\"language\":\"ko\",\"published\":null,"
            + "\"source\":null,\"url\":null,\"title\":null},"
            + "\"events\":[],\"relations\":[],\"control\":[],\"persons\":[],\"forces\":[]}");
  }

  @Test
  void the_pretty_form_indents_by_two_spaces_with_plain_line_feeds_and_no_final_line_break() {
    assertThat(ReportJson.write(SampleReports.minimal())).isEqualTo("""
        {
          "format": "sitrep/1",
          "document": {
            "id": "empty",
            "language": "ko",
            "published": null,
            "source": null,
            "url": null,
            "title": null
          },
          "events": [],
          "relations": [],
          "control": [],
          "persons": [],
          "forces": []
        }""");
    assertThat(ReportJson.write(SampleReports.fullKorean())).doesNotContain("\r").doesNotEndWith("\n");
  }

  @Test
  void the_compact_form_is_a_single_line_for_json_lines() {
    String line = ReportJson.writeCompact(SampleReports.fullKorean());
    assertThat(line).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u2028");
    assertThat(line).startsWith("{\"format\":\"sitrep/1\",").endsWith("}");
  }

  @Test
  void fields_come_in_the_order_of_the_format_example() throws Exception {
    JsonNode root = JSON.readTree(ReportJson.write(SampleReports.fullKorean()));
    assertThat(fieldNames(root)).containsExactly("format", "document", "events", "relations", "control", "persons",
        "forces");
    assertThat(fieldNames(root.get("document"))).containsExactly("id", "language", "published", "source_type",
        "source", "url", "title");
    JsonNode event = root.get("events").get(0);
    assertThat(fieldNames(event)).containsExactly("id", "date", "type", "subtype", "actors", "location",
        "casualties", "outcome", "attribution", "summary", "rules", "confidence", "evidence");
    assertThat(fieldNames(event.get("date"))).containsExactly("start", "end", "precision", "ongoing", "text",
        "start_char", "end_char");
    assertThat(fieldNames(event.get("actors").get(1))).containsExactly("name", "side", "commander", "text",
        "start_char", "end_char");
    assertThat(fieldNames(event.get("location"))).containsExactly("name", "admin1", "admin2", "lat", "lon",
        "precision", "qualifier", "text", "start_char", "end_char");
    assertThat(fieldNames(event.get("casualties").get(0))).containsExactly("actor", "kind", "low", "high", "text",
        "start_char", "end_char");
    assertThat(fieldNames(event.get("attribution"))).containsExactly("stance", "source", "via", "claimed_by",
        "disputed_by");
    assertThat(fieldNames(event.get("evidence").get(0))).containsExactly("start", "end", "text");
    assertThat(fieldNames(root.at("/relations/0"))).containsExactly("type", "from", "to", "means", "date",
        "attribution", "summary", "rules", "confidence", "evidence");
    assertThat(fieldNames(root.at("/control/0"))).containsExactly("place", "holder", "counterpart", "status",
        "extent", "date", "attribution", "summary", "rules", "confidence", "evidence");
    assertThat(fieldNames(root.at("/persons/0"))).containsExactly("name", "text", "start_char", "end_char",
        "affiliation", "role", "note", "fate", "summary", "rules", "confidence", "evidence");
    assertThat(fieldNames(root.at("/persons/0/fate"))).containsExactly("what", "date");
    assertThat(fieldNames(root.at("/forces/0"))).containsExactly("actor", "what", "model", "low", "high", "status",
        "place", "date", "attribution", "summary", "rules", "confidence", "evidence");
  }

  @Test
  void the_event_type_is_written_beside_its_subtype() throws Exception {
    JsonNode event = JSON.readTree(ReportJson.write(SampleReports.englishBombing())).at("/events/0");
    assertThat(event.get("type").asText()).isEqualTo("Explosions/Remote violence");
    assertThat(event.get("subtype").asText()).isEqualTo("Remote explosive/landmine/IED");
  }

  @Test
  void nullable_fields_are_written_as_null_and_absent_optional_ones_are_left_out() throws Exception {
    JsonNode event = JSON.readTree(ReportJson.write(withNumbers(null, null, null))).at("/events/0");
    assertThat(event.get("date").isNull()).isTrue();
    assertThat(event.get("outcome").isNull()).isTrue();
    assertThat(event.at("/actors/0/commander").isNull()).isTrue();
    assertThat(event.at("/actors/0/start_char").isNull()).isTrue();
    assertThat(event.at("/location/lat").isNull()).isTrue();
    assertThat(event.at("/location/precision").isNull()).isTrue();
    assertThat(event.at("/attribution/disputed_by").isArray()).isTrue();
    assertThat(event.has("summary")).isFalse();
    assertThat(event.has("confidence")).isFalse();
    assertThat(event.get("rules").isEmpty()).isTrue();
    JsonNode document = JSON.readTree(ReportJson.write(SampleReports.minimal())).get("document");
    assertThat(document.has("source_type")).isFalse();
    assertThat(document.get("published").isNull()).isTrue();
  }

  @Test
  void korean_text_is_written_as_itself_not_as_unicode_escapes() {
    String json = ReportJson.write(SampleReports.fullKorean());
    assertThat(json).contains("\"text\": \"탈레반이\"", "\"title\": \"판지시르 전황 (9월 12일)\"");
    assertThat(json).doesNotContain("\\u");
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    assertThat(new String(utf8, StandardCharsets.UTF_8)).isEqualTo(json);
  }

  @Test
  void only_quotes_backslashes_controls_line_separators_and_lone_surrogates_are_escaped() {
    String tricky = "따옴표\" 역슬래시\\ 탭\t 줄\n 널\u0000 삭제\u007f 줄구분\u2028 문단\u2029 외톨이\ud800 짝😀 끝";
    var report = new Report(new DocumentInfo("x", "ko", null, null, null, null, tricky), null, null, null, null, null);
    assertThat(ReportJson.writeCompact(report)).contains("\"title\":\"따옴표\\\" 역슬래시\\\\ 탭\\t 줄\\n 널\\u0000 "
        + "삭제\\u007f 줄구분\\u2028 문단\\u2029 외톨이\\ud800 짝😀 끝\"");
  }

  @Test
  void coordinates_keep_four_decimals_and_confidence_two_without_exponents() throws Exception {
    String json = ReportJson.writeCompact(withNumbers(35.312349999, -0.0001, 0.125));
    assertThat(json).contains("\"lat\":35.3123,\"lon\":-0.0001").contains("\"confidence\":0.13");
    assertThat(json).doesNotContain("E-");
    String whole = ReportJson.writeCompact(withNumbers(35.0, 70.0, 1.0));
    assertThat(whole).contains("\"lat\":35.0,\"lon\":70.0").contains("\"confidence\":1.0");
    assertThat(location(ReportJson.write(withNumbers(0.00004, 179.99996, 0.0))).get("lon").asText())
        .isEqualTo("180.0");
  }

  @Test
  void equal_reports_give_identical_bytes() {
    Report once = SampleReports.fullKorean();
    Report again = SampleReports.fullKorean();
    assertThat(again).isNotSameAs(once).isEqualTo(once);
    assertThat(ReportJson.write(again)).isEqualTo(ReportJson.write(once));
    assertThat(ReportJson.writeCompact(again)).isEqualTo(ReportJson.writeCompact(once));
    assertThat(ReportJson.write(once).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(ReportJson.write(again).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void many_threads_writing_at_once_all_get_the_same_text() {
    Report report = SampleReports.fullKorean();
    String expected = ReportJson.write(report);
    List<String> written = IntStream.range(0, 64).parallel().mapToObj(i -> ReportJson.write(report)).toList();
    assertThat(written).containsOnly(expected);
  }

  @Test
  void streaming_writes_the_same_text_and_leaves_the_writer_open() throws Exception {
    Report report = SampleReports.fullKorean();
    StringWriter out = new StringWriter();
    boolean[] closed = {false};
    Writer watched = new java.io.FilterWriter(out) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    ReportJson.write(report, watched, false);
    watched.write('\n');
    ReportJson.write(report, watched, true);
    assertThat(closed[0]).isFalse();
    assertThat(out.toString()).isEqualTo(ReportJson.writeCompact(report) + "\n" + ReportJson.write(report));
  }

  @Test
  void a_date_beyond_year_9999_is_refused_before_anything_is_written() {
    var report = Report.empty(DocumentInfo.of("far", "en", LocalDate.of(10000, 1, 1)));
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> ReportJson.write(report, out, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("+10000-01-01");
    assertThat(out.toString()).isEmpty();
  }
}
