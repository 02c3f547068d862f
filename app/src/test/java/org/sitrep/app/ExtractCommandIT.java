package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandIT {
  static final String KOREAN = "9월 18일 탈레반이 판지시르 계곡을 공격했으나 저항군의 반격으로 수십명이 사망하고 퇴각했다.\n";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Path good;

  @BeforeAll
  static void writeInputs() throws Exception {
    good = dir.resolve("good-2021-09-20.txt");
    Files.writeString(good, KOREAN);
  }

  @Test
  void one_file_gives_one_report_object_with_its_file_name_as_id() throws Exception {
    Cli.Run run = Cli.run("extract", "--published", "2021-09-20", good.toString());
    assertThat(run.exit()).as(run.stderr()).isZero();
    JsonNode report = JSON.readTree(run.stdout());
    assertThat(report.get("format").asText()).isEqualTo("sitrep/1");
    assertThat(report.at("/document/id").asText()).isEqualTo("good-2021-09-20");
    assertThat(report.at("/document/language").asText()).isEqualTo("ko");
    assertThat(report.at("/document/published").asText()).isEqualTo("2021-09-20");
  }

  @Test
  void bad_inputs_beside_a_good_one_are_reported_one_line_each_and_the_good_report_is_printed() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    Path euckr = Files.write(dir.resolve("euckr.txt"), KOREAN.getBytes(Charset.forName("EUC-KR")));
    Path huge = dir.resolve("huge.txt");
    try (var f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(60L * 1024 * 1024);
    }
    Path missing = dir.resolve("missing.txt");
    Cli.Run run = Cli.run("extract", empty.toString(), binary.toString(), good.toString(), euckr.toString(), missing.toString(), huge.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.stderr().lines()).containsExactly(
        "sitrep: " + empty + ": empty: no bytes",
        "sitrep: " + binary + ": binary: contains NUL bytes at byte 4",
        run.stderr().lines().filter(l -> l.startsWith("sitrep: " + euckr + ": encoding: ")).findFirst().orElse("no encoding line"),
        "sitrep: " + missing + ": not found: no such file",
        "sitrep: " + huge + ": too large: 62914560 bytes, over the limit of 52428800");
    JsonNode reports = JSON.readTree(run.stdout());
    assertThat(reports.isArray()).isTrue();
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0).at("/document/id").asText()).isEqualTo("good-2021-09-20");
    assertThat(run.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void several_files_give_an_array_in_argument_order_and_jsonl_gives_one_line_each() throws Exception {
    Path second = Files.writeString(dir.resolve("a-second.txt"), KOREAN);
    Cli.Run array = Cli.run("extract", good.toString(), second.toString());
    JsonNode reports = JSON.readTree(array.stdout());
    assertThat(reports.get(0).at("/document/id").asText()).isEqualTo("good-2021-09-20");
    assertThat(reports.get(1).at("/document/id").asText()).isEqualTo("a-second");
    Cli.Run lines = Cli.run("extract", "--jsonl", good.toString(), second.toString());
    assertThat(lines.out().lines()).hasSize(2).allSatisfy(l -> assertThat(JSON.readTree(l).get("format").asText()).isEqualTo("sitrep/1"));
  }

  @Test
  void output_is_byte_identical_from_run_to_run() throws Exception {
    assertThat(Cli.run("extract", good.toString()).stdout()).isEqualTo(Cli.run("extract", good.toString()).stdout());
  }

  @Test
  void korean_on_standard_output_is_utf8_without_any_locale() throws Exception {
    Cli.Run run = Cli.run(Map.of("PATH", System.getenv("PATH")), null, "extract", good.toString());
    assertThat(run.exit()).isZero();
    String out = new String(run.stdout(), StandardCharsets.UTF_8);
    assertThat(out).doesNotContain("\uFFFD").doesNotContain("?????");
    assertThat(JSON.readTree(run.stdout()).at("/document/id").asText()).isEqualTo("good-2021-09-20");
  }

  @Test
  void standard_input_is_read_and_named_by_its_hash() throws Exception {
    Cli.Run run = Cli.run(null, KOREAN.getBytes(StandardCharsets.UTF_8), "extract", "-");
    assertThat(run.exit()).as(run.stderr()).isZero();
    assertThat(JSON.readTree(run.stdout()).at("/document/id").asText()).isEqualTo("sha256:" + ExtractCommand.sha256(KOREAN));
  }

  @Test
  void usage_errors_exit_with_two() throws Exception {
    assertThat(Cli.run("extract").exit()).isEqualTo(2);
    assertThat(Cli.run("extract", "--published", "yesterday", good.toString()).exit()).isEqualTo(2);
    assertThat(Cli.run("extract", "--id", "x", good.toString(), good.toString()).exit()).isEqualTo(2);
    assertThat(Cli.run("extract", "--lang", "fr", good.toString()).exit()).isEqualTo(2);
    assertThat(Cli.run("frobnicate").exit()).isEqualTo(2);
  }

  @Test
  void a_language_sitrep_cannot_read_is_an_unsupported_language_failure() throws Exception {
    Path persian = Files.writeString(dir.resolve("fa.txt"), "طالبان ولسوالی را تصرف کردند");
    Cli.Run run = Cli.run("extract", persian.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.stderr()).startsWith("sitrep: " + persian + ": unsupported language: ");
  }

  @Test
  void explain_prints_each_fact_with_the_rules_and_the_words_they_fired_on() throws Exception {
    Cli.Run run = Cli.run("extract", "--explain", "--published", "2021-09-20", good.toString());
    assertThat(run.exit()).as(run.stderr()).isZero();
    assertThat(run.out()).contains("# good-2021-09-20 (ko)").contains("event e1: ").containsPattern("rule ko\\.[a-z.-]+ on «[^»]+» at \\d+\\.\\.\\d+");
  }

  @Test
  void the_publication_date_defaults_to_a_date_ending_the_file_name() throws Exception {
    assertThat(JSON.readTree(Cli.run("extract", good.toString()).stdout()).at("/document/published").asText()).isEqualTo("2021-09-20");
    Path undated = Files.writeString(dir.resolve("undated.txt"), KOREAN);
    assertThat(JSON.readTree(Cli.run("extract", undated.toString()).stdout()).at("/document/published").isNull()).isTrue();
  }
}
