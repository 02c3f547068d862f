package org.sitrep.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Anchor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Casualty;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.DateRange;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Fate;
import org.sitrep.model.Force;
import org.sitrep.model.Person;
import org.sitrep.model.Place;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.model.Span;

/**
 * Writes one report to a generator, field by field in the order of format.md's example, so the
 * output is the same bytes for equal reports whatever the generator's settings.
 *
 * <p>Nullable fields of the schema are always written, as {@code null} when absent. Optional
 * fields the schema does not let be null ({@code source_type}, {@code summary},
 * {@code confidence}, a force's {@code attribution}) are left out when absent. Not thread-safe:
 * one instance per generator, made by {@link ReportJson}.
 */
final class ReportWriter {
  /** Decimal places kept: coordinates to about 10 m, confidences to the percent. */
  static final int COORDINATE_PLACES = 4;
  static final int CONFIDENCE_PLACES = 2;

  private final JsonGenerator g;

  ReportWriter(JsonGenerator g) {
    this.g = g;
  }

  /**
   * Rejects what the records allow but the format cannot hold, before anything is written: a
   * date outside years 0..9999 (not {@code yyyy-mm-dd}) and a force confidence outside [0, 1]
   * (the other facts' records check theirs).
   */
  static void check(Report r) {
    date(r.document().published(), "document published");
    for (Event e : r.events()) date(e.date(), "event " + e.id());
    for (Relation rel : r.relations()) date(rel.date(), "relation " + rel.from() + " -> " + rel.to());
    for (ControlClaim c : r.control()) date(c.date(), "control claim on " + c.holder());
    for (Person p : r.persons()) if (p.fate() != null) date(p.fate().date(), "fate of " + p.name());
    for (Force f : r.forces()) {
      date(f.date(), "force " + f.what());
      Double c = f.confidence();
      if (c != null && !(c >= 0 && c <= 1)) {
        throw new IllegalArgumentException("force " + f.what() + ": confidence out of [0,1]: " + c);
      }
    }
  }

  private static void date(DateRange d, String what) {
    if (d != null) {
      date(d.start(), what);
      date(d.end(), what);
    }
  }

  private static void date(LocalDate d, String what) {
    if (d != null && (d.getYear() < 0 || d.getYear() > 9999)) {
      throw new IllegalArgumentException(what + ": date " + d + " cannot be written as yyyy-mm-dd");
    }
  }

  void report(Report r) throws IOException {
    g.writeStartObject();
    string("format", Report.FORMAT);
    g.writeFieldName("document");
    document(r.document());
    g.writeArrayFieldStart("events");
    for (Event e : r.events()) event(e);
    g.writeEndArray();
    g.writeArrayFieldStart("relations");
    for (Relation rel : r.relations()) relation(rel);
    g.writeEndArray();
    g.writeArrayFieldStart("control");
    for (ControlClaim c : r.control()) control(c);
    g.writeEndArray();
    g.writeArrayFieldStart("persons");
    for (Person p : r.persons()) person(p);
    g.writeEndArray();
    g.writeArrayFieldStart("forces");
    for (Force f : r.forces()) force(f);
    g.writeEndArray();
    g.writeEndObject();
  }

  private void document(DocumentInfo d) throws IOException {
    g.writeStartObject();
    string("id", d.id());
    string("language", d.language());
    string("published", d.published() == null ? null : d.published().toString());
    if (d.sourceType() != null) string("source_type", d.sourceType().label());
    string("source", d.source());
    string("url", d.url());
    string("title", d.title());
    g.writeEndObject();
  }

  private void event(Event e) throws IOException {
    g.writeStartObject();
    string("id", e.id());
    g.writeFieldName("date");
    date(e.date());
    string("type", e.type().label());
    string("subtype", e.subtype().label());
    g.writeArrayFieldStart("actors");
    for (ActorRef a : e.actors()) actor(a);
    g.writeEndArray();
    g.writeFieldName("location");
    place(e.location());
    g.writeArrayFieldStart("casualties");
    for (Casualty c : e.casualties()) casualty(c);
    g.writeEndArray();
    string("outcome", e.outcome() == null ? null : e.outcome().label());
    g.writeFieldName("attribution");
    attribution(e.attribution());
    tail(e.summary(), e.rules(), e.confidence(), e.evidence());
    g.writeEndObject();
  }

  private void relation(Relation r) throws IOException {
    g.writeStartObject();
    string("type", r.type().label());
    string("from", r.from());
    string("to", r.to());
    string("means", r.means());
    g.writeFieldName("date");
    date(r.date());
    g.writeFieldName("attribution");
    attribution(r.attribution());
    tail(r.summary(), r.rules(), r.confidence(), r.evidence());
    g.writeEndObject();
  }

  private void control(ControlClaim c) throws IOException {
    g.writeStartObject();
    g.writeFieldName("place");
    place(c.place());
    string("holder", c.holder());
    string("counterpart", c.counterpart());
    string("status", c.status().label());
    string("extent", c.extent() == null ? null : c.extent().label());
    g.writeFieldName("date");
    date(c.date());
    g.writeFieldName("attribution");
    attribution(c.attribution());
    tail(c.summary(), c.rules(), c.confidence(), c.evidence());
    g.writeEndObject();
  }

  private void person(Person p) throws IOException {
    g.writeStartObject();
    string("name", p.name());
    anchor(p.anchor());
    string("affiliation", p.affiliation());
    string("role", p.role() == null ? null : p.role().label());
    string("note", p.note());
    g.writeFieldName("fate");
    fate(p.fate());
    tail(p.summary(), p.rules(), p.confidence(), p.evidence());
    g.writeEndObject();
  }

  private void force(Force f) throws IOException {
    g.writeStartObject();
    string("actor", f.actor());
    string("what", f.what());
    string("model", f.model());
    integer("low", f.low());
    integer("high", f.high());
    string("status", f.status());
    g.writeFieldName("place");
    if (f.place() == null) g.writeNull();
    else place(f.place());
    g.writeFieldName("date");
    date(f.date());
    if (f.attribution() != null) {
      g.writeFieldName("attribution");
      attribution(f.attribution());
    }
    tail(f.summary(), f.rules(), f.confidence(), f.evidence());
    g.writeEndObject();
  }

  private void actor(ActorRef a) throws IOException {
    g.writeStartObject();
    string("name", a.name());
    g.writeNumberField("side", a.side());
    string("commander", a.commander());
    anchor(a.anchor());
    g.writeEndObject();
  }

  private void place(Place p) throws IOException {
    g.writeStartObject();
    string("name", p.name());
    string("admin1", p.admin1());
    string("admin2", p.admin2());
    decimal("lat", p.lat(), COORDINATE_PLACES);
    decimal("lon", p.lon(), COORDINATE_PLACES);
    string("precision", p.precision() == null ? null : p.precision().label());
    string("qualifier", p.qualifier() == null ? null : p.qualifier().label());
    anchor(p.anchor());
    g.writeEndObject();
  }

  private void casualty(Casualty c) throws IOException {
    g.writeStartObject();
    string("actor", c.actor());
    string("kind", c.kind().label());
    g.writeNumberField("low", c.low());
    g.writeNumberField("high", c.high());
    anchor(c.anchor());
    g.writeEndObject();
  }

  private void attribution(Attribution a) throws IOException {
    g.writeStartObject();
    string("stance", a.stance().label());
    string("source", a.source());
    string("via", a.via());
    string("claimed_by", a.claimedBy());
    strings("disputed_by", a.disputedBy());
    g.writeEndObject();
  }

  private void date(DateRange d) throws IOException {
    if (d == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    string("start", d.start().toString());
    string("end", d.end().toString());
    string("precision", d.precision().label());
    g.writeBooleanField("ongoing", d.ongoing());
    anchor(d.anchor());
    g.writeEndObject();
  }

  private void fate(Fate f) throws IOException {
    if (f == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    string("what", f.what().label());
    g.writeFieldName("date");
    date(f.date());
    g.writeEndObject();
  }

  /** The flat {@code text, start_char, end_char} of an anchor; three nulls when there is none. */
  private void anchor(Anchor a) throws IOException {
    string("text", a == null ? null : a.text());
    integer("start_char", a == null ? null : a.startChar());
    integer("end_char", a == null ? null : a.endChar());
  }

  /** What every fact ends with. */
  private void tail(String summary, List<String> rules, Double confidence, List<Span> evidence) throws IOException {
    if (summary != null) string("summary", summary);
    strings("rules", rules);
    if (confidence != null) decimal("confidence", confidence, CONFIDENCE_PLACES);
    g.writeArrayFieldStart("evidence");
    for (Span s : evidence) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      string("text", s.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void strings(String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) value(v);
    g.writeEndArray();
  }

  private void string(String name, String value) throws IOException {
    g.writeFieldName(name);
    value(value);
  }

  private void value(String value) throws IOException {
    if (value == null) g.writeNull();
    else g.writeRawValue(JsonStrings.quote(value));
  }

  private void integer(String name, Integer value) throws IOException {
    g.writeFieldName(name);
    if (value == null) g.writeNull();
    else g.writeNumber(value.intValue());
  }

  private void decimal(String name, Double value, int places) throws IOException {
    g.writeFieldName(name);
    if (value == null) g.writeNull();
    else g.writeNumber(decimal(value, places));
  }

  /**
   * {@code value} rounded half-up on its shortest decimal form to {@code places}, without
   * trailing zeros but with at least one decimal ({@code 35.0}, {@code 69.5123}, {@code 0.8}),
   * never in exponent notation: always the same text for the same value.
   */
  static String decimal(double value, int places) {
    if (!Double.isFinite(value)) throw new IllegalArgumentException("not a finite number: " + value);
    BigDecimal d = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.scale() < 1) d = d.setScale(1);
    return d.toPlainString();
  }
}
