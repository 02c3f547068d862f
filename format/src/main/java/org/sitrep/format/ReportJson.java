package org.sitrep.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.sitrep.model.Report;

/**
 * The JSON codec of the report format {@code sitrep/1}: writes a {@link Report} as the JSON that
 * {@link #schema() format.schema.json} describes and reads it back.
 *
 * <p><b>Writing.</b> Fields come in the fixed order of format.md's example ({@code format,
 * document, events, relations, control, persons, forces}, and within each object the order of
 * the example), so equal reports give identical text. Fields the schema lets be null are always
 * written, as {@code null} when absent; optional fields it does not let be null ({@code
 * source_type}, {@code summary}, {@code confidence}, a force's {@code attribution}) are left out
 * when absent. {@code lat}/{@code lon} are rounded half-up to 4 decimals and {@code confidence}
 * to 2, always with a decimal point and never in exponent form ({@code 35.0}, {@code 0.8}).
 * Text is written as itself (Hangul stays Hangul, as UTF-8 once encoded); escaped are only
 * {@code "}, {@code \}, control characters, U+2028, U+2029 and lone surrogates. The pretty form
 * indents by two spaces with {@code \n} line breaks; neither form ends with a line break, so
 * JSON Lines writers add their own after {@link #writeCompact(Report)}.
 *
 * <pre>{@code
 * {
 *   "format": "sitrep/1",
 *   "document": {
 *     "id": "panjshir-2021-09-24",
 *     "language": "ko",
 *     "published": null,
 *     ...
 *   },
 *   "events": [],
 *   ...
 * }
 * }</pre>
 *
 * <p><b>Reading</b> is strict about what the schema requires and lenient about what it does not
 * know: unknown fields are ignored, but a missing required field, a value of the wrong JSON type,
 * an enum label not spelled exactly, a duplicate key, trailing content or malformed JSON is an
 * {@link IllegalArgumentException} whose message names the place ({@code $.events[0].evidence:
 * required field is missing}, or a line and column for malformed JSON). Records that reject
 * their values (a span whose text does not fit it, {@code low > high}) are reported the same
 * way. {@code read(write(r)).equals(r)} holds for every report whose coordinates and
 * confidences already have at most 4 and 2 decimals, and whose anchors are not all-null
 * ({@code Anchor(null, null, null)} reads back as no anchor); for any report, writing what was
 * read gives the same text again. Gold-file extras ({@code evidence_text} in place of evidence)
 * are not read here.
 *
 * <p>Thread-safe: all state is immutable and shared factories are configured once.
 */
public final class ReportJson {
  /** Start of every message about an invalid report. */
  static final String INVALID = "invalid " + Report.FORMAT + " report at ";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final Separators SEPARATORS = Separators.createDefaultInstance()
      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
      .withObjectEmptySeparator("")
      .withArrayEmptySeparator("");

  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  private ReportJson() {}

  /** The report as pretty JSON: two-space indent, {@code \n} line breaks, no final line break. */
  public static String write(Report r) {
    StringWriter out = new StringWriter();
    write(r, out, true);
    return out.toString();
  }

  /** The report as JSON on one line, for JSON Lines; no final line break. */
  public static String writeCompact(Report r) {
    StringWriter out = new StringWriter();
    write(r, out, false);
    return out.toString();
  }

  /**
   * Writes the report to {@code w}, pretty or on one line, and flushes it; {@code w} is left open.
   *
   * @throws IllegalArgumentException when the report cannot be written as valid JSON of the
   *     format (a date outside years 0..9999, a force confidence outside [0, 1]); checked before
   *     anything is written
   * @throws UncheckedIOException when {@code w} fails
   */
  public static void write(Report r, Writer w, boolean pretty) {
    ReportWriter.check(r);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      // an exception mid-report must not be "repaired" into a valid-looking document
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter(SEPARATORS).withObjectIndenter(INDENT).withArrayIndenter(INDENT));
      }
      new ReportWriter(g).report(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one report.
   *
   * @throws IllegalArgumentException when {@code json} is not valid JSON or not a valid report;
   *     the message names the path or the line and column
   */
  public static Report read(String json) {
    try {
      return ReportReader.report(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  /**
   * Reads one report: the whole of {@code in}, which is left open.
   *
   * @throws IllegalArgumentException when the text is not valid JSON or not a valid report
   * @throws UncheckedIOException when {@code in} fails
   */
  public static Report read(Reader in) {
    try {
      return ReportReader.report(MAPPER.readTree(in));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON Schema (draft 2020-12) of the format: the contract this codec writes and reads. */
  public static String schema() {
    return Schema.TEXT;
  }

  private static IllegalArgumentException malformed(JsonProcessingException e) {
    var at = e.getLocation();
    String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return new IllegalArgumentException("not valid JSON" + where + ": " + e.getOriginalMessage(), e);
  }

  /** Loaded on first use. */
  private static final class Schema {
    static final String TEXT = load();

    private static String load() {
      try (InputStream in = ReportJson.class.getResourceAsStream("format.schema.json")) {
        if (in == null) throw new IllegalStateException("format.schema.json is missing from the classpath");
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
