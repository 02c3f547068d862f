package org.sitrep.core.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.model.Attribution;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.DateRange;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Outcome;
import org.sitrep.model.RelationType;
import org.sitrep.model.SourceType;
import org.sitrep.model.Span;
import org.sitrep.model.SubType;

/**
 * A hand-written gold reading of one document, as {@link GoldReader} parses it: the report
 * shape of {@code format.md} plus what only gold has ({@code optional}, {@code evidence_text}
 * quotes resolved to spans, {@code admin1_any}, {@code alt_subtypes},
 * {@code actor_alternatives}, casualty {@code source}, and the {@code must_not} rules).
 * Fields that are only for people ({@code note}, {@code phenomena}, ...) are kept where useful
 * for listing and otherwise ignored. {@code problems} lists what could not be read (a quote not
 * found in the text, an unknown {@code must_not} filter). Immutable and thread-safe.
 */
public record Gold(Document document, List<Event> events, List<Relation> relations, List<Control> control,
    List<Person> persons, List<MustNot> mustNot, List<String> problems) {

  public Gold {
    Objects.requireNonNull(document, "document");
    events = List.copyOf(events);
    relations = List.copyOf(relations);
    control = List.copyOf(control);
    persons = List.copyOf(persons);
    mustNot = List.copyOf(mustNot);
    problems = List.copyOf(problems);
  }

  /** The gold event with this id, or null. */
  public Event event(String id) {
    return events.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
  }

  /** The document block: id, language, published date and where it came from. */
  public record Document(String id, String language, LocalDate published, String sourceType, String source,
      String url, String title) {
    public Document {
      Objects.requireNonNull(id, "document id");
    }

    /** What a reader is told about the document (source type dropped when it is not one of the format's). */
    public DocumentInfo info() {
      SourceType type = null;
      if (sourceType != null) {
        try {
          type = SourceType.of(sourceType);
        } catch (IllegalArgumentException e) {
          type = null;
        }
      }
      return new DocumentInfo(id, language, published, type, source, url, title);
    }
  }

  /** A phrase quoted from the text as evidence, with the span chosen for it (null when not found) and every place it occurs. */
  public record Quote(String text, Span span, List<Span> occurrences) {
    public Quote {
      Objects.requireNonNull(text, "quote text");
      occurrences = List.copyOf(occurrences);
    }
  }

  /** An actor of a gold event. */
  public record Actor(String name, int side, String text, String commander) {
    public Actor {
      Objects.requireNonNull(name, "actor name");
    }
  }

  /**
   * A gold place. {@code admin1Any}, when not empty, lists every province code the text allows
   * (it may hold null: "outside Afghanistan or not placed" is then acceptable too).
   */
  public record Location(String name, String admin1, List<String> admin1Any, String admin2, String precision,
      String text) {
    public Location {
      // List.copyOf rejects null elements, and null is a meaningful member here
      admin1Any = admin1Any == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(admin1Any));
    }

    /** True when the gold says which province it is (a code, or a list of acceptable ones). */
    public boolean constrainsAdmin1() {
      return admin1 != null || !admin1Any.isEmpty();
    }

    /** True when a reading's province code is the gold's or one of {@code admin1Any}. */
    public boolean acceptsAdmin1(String code) {
      // not List.contains: immutable lists throw on a null probe
      return Objects.equals(admin1, code) || admin1Any.stream().anyMatch(a -> Objects.equals(a, code));
    }
  }

  /** A casualty figure: whose losses, what kind, the range, and who gives it. */
  public record Casualty(String actor, CasualtyKind kind, int low, int high, String text, String source,
      boolean optional) {
    public Casualty {
      Objects.requireNonNull(kind, "casualty kind");
      if (low > high) throw new IllegalArgumentException("casualty low " + low + " > high " + high);
    }

    public boolean exact() {
      return low == high;
    }
  }

  /** A gold event; {@code date} and {@code outcome} may be null. */
  public record Event(String id, boolean optional, DateRange date, SubType subtype, List<SubType> altSubtypes,
      List<Actor> actors, List<String> actorAlternatives, Location location, List<Casualty> casualties,
      Outcome outcome, Attribution attribution, List<Quote> evidence, String note) {
    public Event {
      Objects.requireNonNull(id, "event id");
      Objects.requireNonNull(subtype, "event subtype");
      Objects.requireNonNull(location, "event location");
      altSubtypes = List.copyOf(altSubtypes);
      actors = List.copyOf(actors);
      actorAlternatives = List.copyOf(actorAlternatives);
      casualties = List.copyOf(casualties);
      evidence = List.copyOf(evidence);
    }
  }

  /** A gold relation between two actors. */
  public record Relation(RelationType type, String from, String to, String means, DateRange date,
      Attribution attribution, boolean optional, List<Quote> evidence, String note) {
    public Relation {
      Objects.requireNonNull(type, "relation type");
      evidence = List.copyOf(evidence);
    }
  }

  /** A gold control claim; {@code counterpart} is the gold's {@code counterpart} or {@code contested_with}. */
  public record Control(Location place, String holder, String counterpart, ControlStatus status, String extent,
      DateRange date, Attribution attribution, boolean optional, List<Quote> evidence, String note) {
    public Control {
      Objects.requireNonNull(place, "control place");
      Objects.requireNonNull(status, "control status");
      evidence = List.copyOf(evidence);
    }
  }

  /** A named person. */
  public record Person(String name, String text, String affiliation, String role, boolean optional,
      List<Quote> evidence, String note) {
    public Person {
      Objects.requireNonNull(name, "person name");
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * A {@code must_not} rule: {@code what} it restricts ({@code event}, {@code control},
   * {@code relation}, {@code casualty}, {@code location}), {@code why}, and its filters in file
   * order, each a list of values (one value for a plain string or number).
   */
  public record MustNot(String what, String why, Map<String, List<String>> filters) {
    public MustNot {
      Objects.requireNonNull(what, "must_not what");
      var copy = new LinkedHashMap<String, List<String>>();
      filters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      filters = Collections.unmodifiableMap(copy);
    }

    public boolean has(String key) {
      return filters.containsKey(key);
    }

    /** The first value of a filter, or null. */
    public String value(String key) {
      List<String> values = filters.get(key);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The values of a filter, empty when absent. */
    public List<String> values(String key) {
      return filters.getOrDefault(key, List.of());
    }

    /** A filter as a whole number, or null when absent. */
    public Integer number(String key) {
      String v = value(key);
      return v == null ? null : Integer.valueOf(v);
    }

    /** The rule in one line: {@code what key=value ...}. */
    public String describe() {
      var sb = new StringBuilder(what);
      filters.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v.size() == 1 ? v.get(0) : v.toString()));
      return sb.toString();
    }
  }
}
