package org.sitrep.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Anchor;
import org.sitrep.model.Attribution;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.DateRange;
import org.sitrep.model.Outcome;
import org.sitrep.model.Precision;
import org.sitrep.model.RelationType;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.SubType;

/**
 * Reads gold files ({@code NAME.gold.json}) with Jackson's tree model into {@link Gold}.
 * {@code evidence_text} quotes are placed in the document text ({@code NAME.txt} beside the
 * gold file, or the text given): a quote found once is placed there; one found several times
 * goes to the occurrence nearest the item's other anchors, else the first. A quote that is not
 * in the text, and a {@code must_not} rule with an unknown kind or filter, are listed in
 * {@link Gold#problems()} (such a rule never fires). A value outside the format's vocabulary (a
 * sub-type ACLED does not have, say) is an error. Stateless and thread-safe.
 */
public final class GoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The filters each kind of {@code must_not} rule may use (format.md, "Gold files"). */
  static final Map<String, Set<String>> MUST_NOT_FILTERS = Map.of(
      "event", Set.of("type", "subtype", "place", "place_admin1", "date", "date_before", "date_after",
          "count_admin1", "count_place", "count_type", "count_date", "max"),
      "control", Set.of("place", "place_admin1", "holder", "status", "stance", "before"),
      "relation", Set.of("type", "from", "to", "stance", "from_type"),
      "casualty", Set.of("event", "actor", "kind", "low", "high"),
      "location", Set.of("admin1"));

  private GoldReader() {}

  /**
   * Reads a gold file and places its quotes in the text beside it ({@code NAME.txt} for
   * {@code NAME.gold.json}); without that file the quotes stay unplaced.
   */
  public static Gold read(Path goldJson) throws IOException {
    Path textFile = textBeside(goldJson);
    String text = textFile != null && Files.isRegularFile(textFile) ? readText(textFile) : null;
    return read(goldJson, text);
  }

  /** Reads a gold file and places its quotes in {@code text} (null: leave them unplaced). */
  public static Gold read(Path goldJson, String text) throws IOException {
    try {
      return parse(Files.readString(goldJson, StandardCharsets.UTF_8), text);
    } catch (IllegalArgumentException e) {
      throw new IOException(goldJson.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /** Parses gold JSON and places its quotes in {@code text} (null: leave them unplaced). */
  public static Gold parse(String json, String text) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) throw new IllegalArgumentException("a gold file is a JSON object");
    var problems = new ArrayList<String>();
    if (text == null) problems.add("no text given: evidence quotes are not placed");
    JsonNode doc = root.path("document");
    var document = new Gold.Document(required(doc, "id"), str(doc, "language"), date(doc, "published"),
        str(doc, "source_type"), str(doc, "source"), str(doc, "url"), str(doc, "title"));
    var events = new ArrayList<Gold.Event>();
    int i = 0;
    for (JsonNode e : root.path("events")) events.add(event(e, ++i, text, problems));
    var relations = new ArrayList<Gold.Relation>();
    i = 0;
    for (JsonNode r : root.path("relations")) relations.add(relation(r, ++i, text, problems));
    var control = new ArrayList<Gold.Control>();
    i = 0;
    for (JsonNode c : root.path("control")) control.add(control(c, ++i, text, problems));
    var persons = new ArrayList<Gold.Person>();
    for (JsonNode p : root.path("persons")) persons.add(person(p, text, problems));
    var mustNot = new ArrayList<Gold.MustNot>();
    i = 0;
    for (JsonNode m : root.path("must_not")) {
      Gold.MustNot rule = mustNot(m, ++i, events, problems);
      if (rule != null) mustNot.add(rule);
    }
    return new Gold(document, events, relations, control, persons, mustNot, problems);
  }

  /** Reads a text file as UTF-8 and drops a leading byte order mark. */
  public static String readText(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** {@code NAME.txt} for {@code NAME.gold.json}, or null when the name does not end so. */
  static Path textBeside(Path goldJson) {
    String name = goldJson.getFileName().toString();
    if (!name.endsWith(".gold.json")) return null;
    return goldJson.resolveSibling(name.substring(0, name.length() - ".gold.json".length()) + ".txt");
  }

  private static Gold.Event event(JsonNode e, int index, String text, List<String> problems) {
    String id = e.hasNonNull("id") ? e.get("id").asText() : "event" + index;
    String where = "event " + id;
    SubType subtype = SubType.of(required(e, "subtype"));
    if (e.hasNonNull("type") && !subtype.type().label().equals(e.get("type").asText())) {
      throw new IllegalArgumentException(where + ": sub-type " + subtype.label() + " is not of type " + e.get("type").asText());
    }
    var alt = new ArrayList<SubType>();
    for (String s : strings(e.path("alt_subtypes"))) alt.add(SubType.of(s));
    var actors = new ArrayList<Gold.Actor>();
    var anchors = new ArrayList<String>();
    for (JsonNode a : e.path("actors")) {
      actors.add(new Gold.Actor(required(a, "name"), a.path("side").asInt(1), str(a, "text"), str(a, "commander")));
      if (a.hasNonNull("text")) anchors.add(a.get("text").asText());
    }
    Gold.Location location = location(e.path("location"));
    if (location.text() != null) anchors.add(location.text());
    DateRange date = dateRange(e.path("date"));
    if (date != null && date.anchor() != null) anchors.add(date.anchor().text());
    var casualties = new ArrayList<Gold.Casualty>();
    for (JsonNode c : e.path("casualties")) {
      casualties.add(new Gold.Casualty(str(c, "actor"), CasualtyKind.of(required(c, "kind")), c.path("low").asInt(),
          c.path("high").asInt(), str(c, "text"), str(c, "source"), c.path("optional").asBoolean(false)));
      if (c.hasNonNull("text")) anchors.add(c.get("text").asText());
    }
    Outcome outcome = e.hasNonNull("outcome") ? Outcome.of(e.get("outcome").asText()) : null;
    Attribution attribution = attribution(e.path("attribution"), str(e, "claimed_by"), strings(e.path("disputed_by")));
    var evidence = evidence(e, anchors, text, where, problems);
    return new Gold.Event(id, e.path("optional").asBoolean(false), date, subtype, alt, actors,
        strings(e.path("actor_alternatives")), location, casualties, outcome, attribution, evidence, str(e, "note"));
  }

  private static Gold.Relation relation(JsonNode r, int index, String text, List<String> problems) {
    String where = "relation " + index;
    RelationType type = RelationType.of(required(r, "type"));
    String from = required(r, "from");
    String to = required(r, "to");
    var evidence = evidence(r, List.of(), text, where, problems);
    return new Gold.Relation(type, from, to, str(r, "means"), dateRange(r.path("date")),
        attribution(r.path("attribution"), null, List.of()), r.path("optional").asBoolean(false), evidence,
        str(r, "note"));
  }

  private static Gold.Control control(JsonNode c, int index, String text, List<String> problems) {
    String where = "control " + index;
    Gold.Location place = location(c.path("place"));
    var anchors = new ArrayList<String>();
    if (place.text() != null) anchors.add(place.text());
    DateRange date = dateRange(c.path("date"));
    if (date != null && date.anchor() != null) anchors.add(date.anchor().text());
    String counterpart = c.hasNonNull("counterpart") ? c.get("counterpart").asText() : str(c, "contested_with");
    var evidence = evidence(c, anchors, text, where, problems);
    return new Gold.Control(place, required(c, "holder"), counterpart, ControlStatus.of(required(c, "status")),
        str(c, "extent"), date, attribution(c.path("attribution"), null, List.of()), c.path("optional").asBoolean(false),
        evidence, str(c, "note"));
  }

  private static Gold.Person person(JsonNode p, String text, List<String> problems) {
    String name = required(p, "name");
    var anchors = new ArrayList<String>();
    if (p.hasNonNull("text")) anchors.add(p.get("text").asText());
    var evidence = evidence(p, anchors, text, "person " + name, problems);
    return new Gold.Person(name, str(p, "text"), str(p, "affiliation"), str(p, "role"),
        p.path("optional").asBoolean(false), evidence, str(p, "note"));
  }

  /**
   * An item's evidence: its {@code evidence_text} quotes placed in the text, then its
   * {@code evidence} spans (the reading's own shape, which gold may use too), each checked
   * against the text it claims to cover.
   */
  private static List<Gold.Quote> evidence(JsonNode item, List<String> anchors, String text, String where,
      List<String> problems) {
    var quotes = new ArrayList<>(QuoteResolver.resolve(strings(item.path("evidence_text")), anchors, text, where, problems));
    for (JsonNode e : item.path("evidence")) {
      int start = e.path("start").asInt(-1), end = e.path("end").asInt(-1);
      String quoted = e.path("text").asText("");
      if (text == null) {
        quotes.add(new Gold.Quote(quoted, null, List.of()));
      } else if (start < 0 || end > text.length() || start >= end || !text.substring(start, end).equals(quoted)) {
        problems.add(where + ": evidence span " + start + ".." + end + " does not hold \"" + quoted + "\"");
        quotes.add(new Gold.Quote(quoted, null, List.of()));
      } else {
        Span span = new Span(start, end, quoted);
        quotes.add(new Gold.Quote(quoted, span, List.of(span)));
      }
    }
    return quotes;
  }

  private static final Set<String> DATE_FILTERS = Set.of("date", "date_before", "date_after", "count_date", "before");
  private static final Set<String> NUMBER_FILTERS = Set.of("low", "high", "max");

  private static Gold.MustNot mustNot(JsonNode m, int index, List<Gold.Event> events, List<String> problems) {
    String what = str(m, "what");
    String where = "must_not " + index;
    if (what == null || !MUST_NOT_FILTERS.containsKey(what)) {
      problems.add(where + ": unknown kind " + what + "; rule ignored");
      return null;
    }
    var filters = new LinkedHashMap<String, List<String>>();
    boolean usable = true;
    for (var it = m.fields(); it.hasNext(); ) {
      var field = it.next();
      String key = field.getKey();
      if (key.equals("what") || key.equals("why")) continue;
      if (!MUST_NOT_FILTERS.get(what).contains(key)) {
        problems.add(where + " (" + what + "): unknown filter " + key + "; rule ignored");
        usable = false;
        continue;
      }
      JsonNode v = field.getValue();
      if (v.isNull()) {
        problems.add(where + " (" + what + "): filter " + key + " is null; rule ignored");
        usable = false;
        continue;
      }
      List<String> values = v.isArray() ? strings(v) : List.of(v.asText());
      String bad = badValue(key, values, events);
      if (bad != null) {
        problems.add(where + " (" + what + "): " + bad + "; rule ignored");
        usable = false;
        continue;
      }
      filters.put(key, values);
    }
    var rule = new Gold.MustNot(what, str(m, "why"), filters);
    if (usable && "event".equals(what) && (rule.has("max") != (rule.has("count_admin1") || rule.has("count_place")))) {
      problems.add(where + " (event): a count rule needs count_admin1 or count_place and max; rule ignored");
      usable = false;
    }
    if (usable && rule.filters().isEmpty()) {
      problems.add(where + " (" + what + "): no filters; rule ignored");
      usable = false;
    }
    return usable ? rule : null;
  }

  /** Why a filter's values cannot be used, or null when they can. */
  private static String badValue(String key, List<String> values, List<Gold.Event> events) {
    for (String v : values) {
      if (DATE_FILTERS.contains(key)) {
        try {
          LocalDate.parse(v);
        } catch (java.time.DateTimeException e) {
          return key + " is not a date: " + v;
        }
      }
      if (NUMBER_FILTERS.contains(key)) {
        try {
          Integer.parseInt(v);
        } catch (NumberFormatException e) {
          return key + " is not a whole number: " + v;
        }
      }
      if (key.equals("event") && events.stream().noneMatch(e -> e.id().equals(v))) return "no gold event " + v;
    }
    return null;
  }

  private static Gold.Location location(JsonNode l) {
    List<String> any = null;
    if (l.has("admin1_any") && l.get("admin1_any").isArray()) {
      any = new ArrayList<>();
      for (JsonNode v : l.get("admin1_any")) any.add(v.isNull() ? null : v.asText());
    }
    return new Gold.Location(str(l, "name"), str(l, "admin1"), any, str(l, "admin2"), str(l, "precision"), str(l, "text"));
  }

  private static Attribution attribution(JsonNode a, String claimedBy, List<String> disputedBy) {
    Stance stance = a.hasNonNull("stance") ? Stance.of(a.get("stance").asText()) : Stance.REPORTED;
    String by = claimedBy != null ? claimedBy : str(a, "claimed_by");
    var disputed = new ArrayList<>(disputedBy);
    disputed.addAll(strings(a.path("disputed_by")));
    return new Attribution(stance, str(a, "source"), str(a, "via"), by, disputed);
  }

  private static DateRange dateRange(JsonNode d) {
    if (d == null || d.isMissingNode() || d.isNull()) return null;
    LocalDate start = date(d, "start");
    LocalDate end = d.hasNonNull("end") ? date(d, "end") : start;
    if (start == null) throw new IllegalArgumentException("a date needs a start");
    Precision precision = d.hasNonNull("precision") ? Precision.of(d.get("precision").asText()) : Precision.DAY;
    Anchor anchor = d.hasNonNull("text") ? new Anchor(d.get("text").asText(), null, null) : null;
    return new DateRange(start, end, precision, d.path("ongoing").asBoolean(false), anchor);
  }

  private static LocalDate date(JsonNode node, String field) {
    if (!node.hasNonNull(field)) return null;
    try {
      return LocalDate.parse(node.get(field).asText());
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("not a date: " + node.get(field).asText(), e);
    }
  }

  private static String str(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  private static String required(JsonNode node, String field) {
    if (!node.hasNonNull(field)) throw new IllegalArgumentException("missing " + field);
    return node.get(field).asText();
  }

  /** A string or a list of strings (nulls dropped) as a list. */
  private static List<String> strings(JsonNode node) {
    var out = new ArrayList<String>();
    if (node == null || node.isMissingNode() || node.isNull()) return out;
    if (node.isArray()) {
      for (JsonNode v : node) if (!v.isNull()) out.add(v.asText());
    } else {
      out.add(node.asText());
    }
    return out;
  }
}
