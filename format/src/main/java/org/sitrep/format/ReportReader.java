package org.sitrep.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Anchor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Casualty;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.DateRange;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Extent;
import org.sitrep.model.Fate;
import org.sitrep.model.Force;
import org.sitrep.model.Outcome;
import org.sitrep.model.Person;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Precision;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.model.Role;
import org.sitrep.model.SourceType;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.SubType;

/**
 * Turns a parsed JSON tree into the report records, checking it against the schema on the way:
 * required fields present, values of the right JSON type, enum labels spelled exactly, dates
 * as {@code yyyy-mm-dd}, and the records' own checks (spans, ranges). Every problem is an
 * {@link IllegalArgumentException} whose message names the JSON path ({@code
 * $.events[0].casualties[1].low}). Fields it does not know are ignored, as format.md says.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportReader {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private ReportReader() {}

  /** How a field may be given. */
  private enum Need {
    /** Present and not null. */
    REQUIRED,
    /** Present, possibly null (the schema requires it and allows null). */
    NULLABLE,
    /** Absent, null or a value. */
    OPTIONAL
  }

  /** A JSON object and where it is in the document, for messages. */
  private record Obj(JsonNode node, String path) {
    String at(String name) {
      return path + "." + name;
    }

    /** The field's value, or null when it is absent or JSON null (and {@code need} allows that). */
    JsonNode get(String name, Need need) {
      JsonNode v = node.get(name);
      if (v == null && need != Need.OPTIONAL) throw fail(at(name), "required field is missing");
      if (v != null && v.isNull()) {
        if (need == Need.REQUIRED) throw fail(at(name), "must not be null");
        return null;
      }
      return v;
    }
  }

  static Report report(JsonNode root) {
    Obj r = object(root, "$");
    String format = string(r, "format", Need.REQUIRED);
    if (!Report.FORMAT.equals(format)) {
      throw fail(r.at("format"), "expected \"" + Report.FORMAT + "\", found \"" + format + "\"");
    }
    DocumentInfo document = document(object(r.get("document", Need.REQUIRED), r.at("document")));
    List<Event> events = list(r, "events", Need.REQUIRED, ReportReader::event);
    List<Relation> relations = list(r, "relations", Need.REQUIRED, ReportReader::relation);
    List<ControlClaim> control = list(r, "control", Need.REQUIRED, ReportReader::control);
    List<Person> persons = list(r, "persons", Need.OPTIONAL, ReportReader::person);
    List<Force> forces = list(r, "forces", Need.OPTIONAL, ReportReader::force);
    return build("$", () -> new Report(document, events, relations, control, persons, forces));
  }

  private static DocumentInfo document(Obj o) {
    String id = string(o, "id", Need.REQUIRED);
    String language = string(o, "language", Need.REQUIRED);
    LocalDate published = date(o, "published", Need.NULLABLE);
    SourceType sourceType = label(o, "source_type", Need.OPTIONAL, SourceType.values(), SourceType::label);
    String source = string(o, "source", Need.OPTIONAL);
    String url = string(o, "url", Need.OPTIONAL);
    String title = string(o, "title", Need.OPTIONAL);
    return build(o.path(), () -> new DocumentInfo(id, language, published, sourceType, source, url, title));
  }

  private static Event event(Obj o) {
    String id = string(o, "id", Need.REQUIRED);
    DateRange date = dateRange(o, "date", Need.NULLABLE);
    EventType type = label(o, "type", Need.REQUIRED, EventType.values(), EventType::label);
    SubType subtype = label(o, "subtype", Need.REQUIRED, SubType.values(), SubType::label);
    if (subtype.type() != type) {
      throw fail(o.at("subtype"), "\"" + subtype.label() + "\" is a sub-type of \"" + subtype.type().label()
          + "\", not of \"" + type.label() + "\"");
    }
    List<ActorRef> actors = list(o, "actors", Need.REQUIRED, ReportReader::actor);
    Place location = place(object(o.get("location", Need.REQUIRED), o.at("location")));
    List<Casualty> casualties = list(o, "casualties", Need.REQUIRED, ReportReader::casualty);
    Outcome outcome = label(o, "outcome", Need.OPTIONAL, Outcome.values(), Outcome::label);
    Attribution attribution = attribution(object(o.get("attribution", Need.REQUIRED), o.at("attribution")));
    String summary = string(o, "summary", Need.OPTIONAL);
    List<String> rules = strings(o, "rules");
    Double confidence = number(o, "confidence", Need.OPTIONAL);
    List<Span> evidence = list(o, "evidence", Need.REQUIRED, ReportReader::span);
    return build(o.path(), () -> new Event(id, date, subtype, actors, location, casualties, outcome, attribution,
        summary, rules, confidence, evidence));
  }

  private static Relation relation(Obj o) {
    RelationType type = label(o, "type", Need.REQUIRED, RelationType.values(), RelationType::label);
    String from = string(o, "from", Need.REQUIRED);
    String to = string(o, "to", Need.REQUIRED);
    String means = string(o, "means", Need.OPTIONAL);
    DateRange date = dateRange(o, "date", Need.NULLABLE);
    Attribution attribution = attribution(object(o.get("attribution", Need.REQUIRED), o.at("attribution")));
    String summary = string(o, "summary", Need.OPTIONAL);
    List<String> rules = strings(o, "rules");
    Double confidence = number(o, "confidence", Need.OPTIONAL);
    List<Span> evidence = list(o, "evidence", Need.REQUIRED, ReportReader::span);
    return build(o.path(), () -> new Relation(type, from, to, means, date, attribution, summary, rules, confidence,
        evidence));
  }

  private static ControlClaim control(Obj o) {
    Place place = place(object(o.get("place", Need.REQUIRED), o.at("place")));
    String holder = string(o, "holder", Need.REQUIRED);
    String counterpart = string(o, "counterpart", Need.OPTIONAL);
    ControlStatus status = label(o, "status", Need.REQUIRED, ControlStatus.values(), ControlStatus::label);
    Extent extent = label(o, "extent", Need.OPTIONAL, Extent.values(), Extent::label);
    DateRange date = dateRange(o, "date", Need.NULLABLE);
    Attribution attribution = attribution(object(o.get("attribution", Need.REQUIRED), o.at("attribution")));
    String summary = string(o, "summary", Need.OPTIONAL);
    List<String> rules = strings(o, "rules");
    Double confidence = number(o, "confidence", Need.OPTIONAL);
    List<Span> evidence = list(o, "evidence", Need.REQUIRED, ReportReader::span);
    return build(o.path(), () -> new ControlClaim(place, holder, counterpart, status, extent, date, attribution,
        summary, rules, confidence, evidence));
  }

  private static Person person(Obj o) {
    String name = string(o, "name", Need.REQUIRED);
    Anchor anchor = anchor(o);
    String affiliation = string(o, "affiliation", Need.OPTIONAL);
    Role role = label(o, "role", Need.OPTIONAL, Role.values(), Role::label);
    String note = string(o, "note", Need.OPTIONAL);
    JsonNode fateNode = o.get("fate", Need.OPTIONAL);
    Fate fate = fateNode == null ? null : fate(object(fateNode, o.at("fate")));
    String summary = string(o, "summary", Need.OPTIONAL);
    List<String> rules = strings(o, "rules");
    Double confidence = number(o, "confidence", Need.OPTIONAL);
    List<Span> evidence = list(o, "evidence", Need.REQUIRED, ReportReader::span);
    return build(o.path(), () -> new Person(name, affiliation, role, note, fate, anchor, summary, rules, confidence,
        evidence));
  }

  private static Force force(Obj o) {
    String actor = string(o, "actor", Need.REQUIRED);
    String what = string(o, "what", Need.REQUIRED);
    String model = string(o, "model", Need.OPTIONAL);
    Integer low = integer(o, "low", Need.NULLABLE);
    Integer high = integer(o, "high", Need.NULLABLE);
    String status = string(o, "status", Need.REQUIRED);
    JsonNode placeNode = o.get("place", Need.OPTIONAL);
    Place place = placeNode == null ? null : place(object(placeNode, o.at("place")));
    DateRange date = dateRange(o, "date", Need.OPTIONAL);
    JsonNode attributionNode = o.get("attribution", Need.OPTIONAL);
    Attribution attribution = attributionNode == null ? null : attribution(object(attributionNode, o.at("attribution")));
    String summary = string(o, "summary", Need.OPTIONAL);
    List<String> rules = strings(o, "rules");
    Double confidence = number(o, "confidence", Need.OPTIONAL);
    List<Span> evidence = list(o, "evidence", Need.REQUIRED, ReportReader::span);
    return build(o.path(), () -> new Force(actor, what, model, low, high, status, place, date, attribution, summary,
        rules, confidence, evidence));
  }

  private static ActorRef actor(Obj o) {
    String name = string(o, "name", Need.REQUIRED);
    Integer side = integer(o, "side", Need.REQUIRED);
    String commander = string(o, "commander", Need.OPTIONAL);
    Anchor anchor = anchor(o);
    return build(o.path(), () -> new ActorRef(name, side, commander, anchor));
  }

  private static Place place(Obj o) {
    String name = string(o, "name", Need.NULLABLE);
    String admin1 = string(o, "admin1", Need.NULLABLE);
    String admin2 = string(o, "admin2", Need.OPTIONAL);
    Double lat = number(o, "lat", Need.OPTIONAL);
    Double lon = number(o, "lon", Need.OPTIONAL);
    PlacePrecision precision = label(o, "precision", Need.OPTIONAL, PlacePrecision.values(), PlacePrecision::label);
    Qualifier qualifier = label(o, "qualifier", Need.OPTIONAL, Qualifier.values(), Qualifier::label);
    Anchor anchor = anchor(o);
    return build(o.path(), () -> new Place(name, admin1, admin2, lat, lon, precision, qualifier, anchor));
  }

  private static Casualty casualty(Obj o) {
    String actor = string(o, "actor", Need.OPTIONAL);
    CasualtyKind kind = label(o, "kind", Need.REQUIRED, CasualtyKind.values(), CasualtyKind::label);
    Integer low = integer(o, "low", Need.REQUIRED);
    Integer high = integer(o, "high", Need.REQUIRED);
    Anchor anchor = anchor(o);
    return build(o.path(), () -> new Casualty(actor, kind, low, high, anchor));
  }

  private static Attribution attribution(Obj o) {
    Stance stance = label(o, "stance", Need.REQUIRED, Stance.values(), Stance::label);
    String source = string(o, "source", Need.OPTIONAL);
    String via = string(o, "via", Need.OPTIONAL);
    String claimedBy = string(o, "claimed_by", Need.OPTIONAL);
    List<String> disputedBy = strings(o, "disputed_by");
    return build(o.path(), () -> new Attribution(stance, source, via, claimedBy, disputedBy));
  }

  private static Fate fate(Obj o) {
    Fate.Kind what = label(o, "what", Need.REQUIRED, Fate.Kind.values(), Fate.Kind::label);
    DateRange date = dateRange(o, "date", Need.OPTIONAL);
    return build(o.path(), () -> new Fate(what, date));
  }

  private static DateRange dateRange(Obj parent, String name, Need need) {
    JsonNode node = parent.get(name, need);
    if (node == null) return null;
    Obj o = object(node, parent.at(name));
    LocalDate start = date(o, "start", Need.REQUIRED);
    LocalDate end = date(o, "end", Need.REQUIRED);
    Precision precision = label(o, "precision", Need.REQUIRED, Precision.values(), Precision::label);
    JsonNode ongoingNode = o.get("ongoing", Need.OPTIONAL);
    if (ongoingNode != null && !ongoingNode.isBoolean()) {
      throw fail(o.at("ongoing"), "expected true or false, found " + describe(ongoingNode));
    }
    boolean ongoing = ongoingNode != null && ongoingNode.booleanValue();
    Anchor anchor = anchor(o);
    return build(o.path(), () -> new DateRange(start, end, precision, ongoing, anchor));
  }

  private static Span span(Obj o) {
    Integer start = integer(o, "start", Need.REQUIRED);
    Integer end = integer(o, "end", Need.REQUIRED);
    String text = string(o, "text", Need.REQUIRED);
    return build(o.path(), () -> new Span(start, end, text));
  }

  /** The flat {@code text, start_char, end_char} fields; null when all three are absent or null. */
  private static Anchor anchor(Obj o) {
    String text = string(o, "text", Need.OPTIONAL);
    Integer start = integer(o, "start_char", Need.OPTIONAL);
    Integer end = integer(o, "end_char", Need.OPTIONAL);
    if (text == null && start == null && end == null) return null;
    return build(o.path(), () -> new Anchor(text, start, end));
  }

  // ---- JSON values ----

  private static Obj object(JsonNode node, String path) {
    if (node == null || !node.isObject()) throw fail(path, "expected an object, found " + describe(node));
    return new Obj(node, path);
  }

  private static <T> List<T> list(Obj parent, String name, Need need, Function<Obj, T> item) {
    return array(parent, name, need, (node, path) -> item.apply(object(node, path)));
  }

  /** A list of strings; absent or null is the empty list. */
  private static List<String> strings(Obj parent, String name) {
    return array(parent, name, Need.OPTIONAL, (node, path) -> {
      if (!node.isTextual()) throw fail(path, "expected a string, found " + describe(node));
      return node.textValue();
    });
  }

  private static <T> List<T> array(Obj parent, String name, Need need, BiFunction<JsonNode, String, T> item) {
    JsonNode node = parent.get(name, need);
    if (node == null) return List.of();
    if (!node.isArray()) throw fail(parent.at(name), "expected an array, found " + describe(node));
    List<T> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) out.add(item.apply(node.get(i), parent.at(name) + "[" + i + "]"));
    return out;
  }

  private static String string(Obj o, String name, Need need) {
    JsonNode v = o.get(name, need);
    if (v == null) return null;
    if (!v.isTextual()) throw fail(o.at(name), "expected a string, found " + describe(v));
    return v.textValue();
  }

  private static Integer integer(Obj o, String name, Need need) {
    JsonNode v = o.get(name, need);
    if (v == null) return null;
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw fail(o.at(name), "expected a whole number (32-bit), found " + describe(v));
    }
    return v.intValue();
  }

  private static Double number(Obj o, String name, Need need) {
    JsonNode v = o.get(name, need);
    if (v == null) return null;
    if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
      throw fail(o.at(name), "expected a finite number, found " + describe(v));
    }
    return v.doubleValue();
  }

  private static LocalDate date(Obj o, String name, Need need) {
    String s = string(o, name, need);
    if (s == null) return null;
    try {
      if (ISO_DATE.matcher(s).matches()) return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      // falls through to the message below
    }
    throw fail(o.at(name), "expected a date as yyyy-mm-dd, found \"" + s + "\"");
  }

  /** The enum constant whose label is exactly the field's value. */
  private static <E extends Enum<E>> E label(Obj o, String name, Need need, E[] values, Function<E, String> label) {
    String s = string(o, name, need);
    if (s == null) return null;
    for (E e : values) if (label.apply(e).equals(s)) return e;
    List<String> allowed = new ArrayList<>();
    for (E e : values) allowed.add("\"" + label.apply(e) + "\"");
    throw fail(o.at(name), "\"" + s + "\" is not one of " + String.join(", ", allowed));
  }

  /** Runs a record constructor, naming the path in the message of what it rejects. */
  private static <T> T build(String path, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(ReportJson.INVALID + path + ": " + e.getMessage(), e);
    }
  }

  static IllegalArgumentException fail(String path, String problem) {
    return new IllegalArgumentException(ReportJson.INVALID + path + ": " + problem);
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) return "nothing";
    if (node.isNull()) return "null";
    if (node.isObject()) return "an object";
    if (node.isArray()) return "an array";
    if (node.isTextual()) return "a string";
    if (node.isBoolean()) return node.booleanValue() ? "true" : "false";
    String text = node.asText();
    return text.length() > 40 ? "a number" : text;
  }
}
