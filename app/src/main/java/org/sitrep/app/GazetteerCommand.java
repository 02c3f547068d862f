package org.sitrep.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.sitrep.core.actor.ActorDictionary;
import org.sitrep.core.actor.ActorEntry;
import org.sitrep.core.actor.ActorHit;
import org.sitrep.core.actor.ActorType;
import org.sitrep.core.actor.PersonEntry;
import org.sitrep.core.actor.PersonHit;
import org.sitrep.core.place.Gazetteer;
import org.sitrep.core.place.PlaceEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep gazetteer --stats}: one {@code name: count} line each for the bundled places and
 * actors; {@code sitrep gazetteer resolve MENTION}: the place or actor a mention names, as one
 * JSON object, or {@code null}.
 */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Inspect the bundled gazetteer and actor dictionary.",
    subcommands = {GazetteerCommand.Resolve.class, GazetteerCommand.CheckGold.class})
final class GazetteerCommand implements Callable<Integer> {
  @Option(names = "--stats", description = "Print 'name: count' lines for places and actors.")
  boolean stats;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!stats) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --stats or a subcommand (resolve, check-gold)");
    }
    PrintStream o = System.out;
    Gazetteer g = Gazetteer.bundled();
    ActorDictionary d = ActorDictionary.bundled();
    for (Map.Entry<String, Integer> e : g.counts().entrySet()) {
      o.println(e.getKey() + ": " + e.getValue());
    }
    o.println("actors: " + d.actors().size());
    o.println("persons: " + d.persons().size());
    g.districtSeats().forEach((source, n) -> o.println("districts_" + source + ": " + n));
    // actors by their type today, and persons by the type of their organisation today
    Map<String, Integer> actorTypes = new TreeMap<>();
    for (ActorEntry a : d.actors()) {
      actorTypes.merge(label(a.typeOn(null)), 1, Integer::sum);
    }
    actorTypes.forEach((type, n) -> o.println("actors_" + type + ": " + n));
    Map<String, Integer> personTypes = new TreeMap<>();
    for (PersonEntry p : d.persons()) {
      String type = p.affiliation() == null ? "none"
          : d.byName(p.affiliation()).map(a -> label(a.typeOn(null))).orElse("none");
      personTypes.merge(type, 1, Integer::sum);
    }
    personTypes.forEach((type, n) -> o.println("persons_" + type + ": " + n));
    o.flush();
    return 0;
  }

  static String label(ActorType type) {
    return type == null ? "none" : type.name().toLowerCase(Locale.ROOT);
  }

  /** {@code sitrep gazetteer resolve}: a mention, read in context, to one entry. */
  @Command(name = "resolve", mixinStandardHelpOptions = true, sortOptions = false,
      description = "Print the place or actor MENTION names, as one JSON object, or null. Without --kind a place wins over an actor.")
  static final class Resolve implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--lang", defaultValue = "ko", paramLabel = "ko|en", description = "Language of the mention (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--kind", paramLabel = "place|actor", description = "Look only for a place, or only for an actor (organisation or person).")
    String kind;

    @Option(names = "--context", paramLabel = "TEXT", defaultValue = "", description = "Text around the mention; the places it names are clues.")
    String context;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date for an actor's type (default: its latest type).")
    String date;

    @Parameters(paramLabel = "MENTION", arity = "1..*", description = "The mention (several words may be given unquoted).")
    List<String> words;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
      if (!lang.equals("ko") && !lang.equals("en")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be ko or en, not " + lang);
      }
      if (kind != null && !kind.equals("place") && !kind.equals("actor")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--kind must be place or actor, not " + kind);
      }
      LocalDate on = null;
      if (date != null) {
        try {
          on = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--date must be YYYY-MM-DD, not " + date);
        }
      }
      String mention = String.join(" ", words).strip();
      ObjectNode found = null;
      if (kind == null || kind.equals("place")) {
        found = Gazetteer.bundled().resolve(mention, context).map(this::place).orElse(null);
      }
      if (found == null && (kind == null || kind.equals("actor"))) {
        found = actor(mention, on);
      }
      PrintStream o = System.out;
      o.println(found == null ? "null" : JSON.writeValueAsString(found));
      o.flush();
      return 0;
    }

    private ObjectNode place(PlaceEntry e) {
      ObjectNode n = JSON.createObjectNode();
      n.put("name", e.name());
      n.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
      n.put("admin1", e.admin1());
      n.put("admin2", e.admin2());
      n.put("lat", e.lat());
      n.put("lon", e.lon());
      n.put("precision", e.precision().name().toLowerCase(Locale.ROOT));
      n.put("approximate", e.approximate());
      n.put("geonames", Gazetteer.bundled().geonamesCode(e).orElse(null));
      Gazetteer.bundled().extent(e).ifPresent(x ->
          n.putArray("extent").add(x.south()).add(x.west()).add(x.north()).add(x.east()));
      return n;
    }

    /** An organisation first (exact name or alias, then the longest one named inside), then a person. */
    private ObjectNode actor(String mention, LocalDate on) {
      ActorDictionary d = ActorDictionary.bundled();
      Optional<ActorEntry> a = d.byName(mention).or(() -> longest(d.scanActors(mention)));
      if (a.isPresent()) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", a.get().name());
        n.put("kind", "actor");
        n.put("type", typeLabel(a.get().typeOn(on)));
        return n;
      }
      Optional<PersonEntry> p = d.person(mention).or(() -> longestPerson(d.scanPersons(mention)));
      if (p.isEmpty()) {
        return null;
      }
      ObjectNode n = JSON.createObjectNode();
      n.put("name", p.get().name());
      n.put("kind", "person");
      n.put("affiliation", p.get().affiliation());
      n.put("role", p.get().role().label());
      n.put("type", p.get().affiliation() == null ? null
          : d.byName(p.get().affiliation()).map(org -> typeLabel(org.typeOn(on))).orElse(null));
      return n;
    }

    private static String typeLabel(ActorType type) {
      return type == null ? null : type.name().toLowerCase(Locale.ROOT);
    }

    private static Optional<ActorEntry> longest(List<ActorHit> hits) {
      ActorHit best = null;
      for (ActorHit h : hits) {
        if (best == null || h.end() - h.start() > best.end() - best.start()) {
          best = h;
        }
      }
      return Optional.ofNullable(best).map(ActorHit::actor);
    }

    static Optional<PersonEntry> longestPerson(List<PersonHit> hits) {
      PersonHit best = null;
      for (PersonHit h : hits) {
        if (best == null || h.end() - h.start() > best.end() - best.start()) {
          best = h;
        }
      }
      return Optional.ofNullable(best).map(PersonHit::person);
    }
  }

  /**
   * {@code sitrep gazetteer check-gold DIR...}: every place mention of the gold files that holds a
   * name (its text, read with the fact's evidence sentences as context) must resolve to the gold
   * province, every person
   * mention to the gold person, and every actor name must be in the dictionary. Prints each miss
   * and a closing line 'N passed, N failed'; exit 1 when anything failed.
   */
  @Command(name = "check-gold", mixinStandardHelpOptions = true,
      description = "Check that the place, person and actor names of gold files resolve to their gold entries.")
  static final class CheckGold implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders of NAME.txt + NAME.gold.json.")
    List<Path> dirs;

    private int passed;
    private int failed;
    private int skipped;

    @Override
    public Integer call() throws IOException {
      PrintStream o = System.out;
      for (Path dir : dirs) {
        List<Path> golds;
        try (var files = Files.list(dir)) {
          golds = files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path gold : golds) {
          String base = gold.getFileName().toString().replace(".gold.json", "");
          Path txt = gold.resolveSibling(base + ".txt");
          String text = Files.exists(txt)
              ? Files.readString(txt, StandardCharsets.UTF_8) : "";
          check(o, dir.getFileName() + "/" + base, JSON.readTree(gold.toFile()), text);
        }
      }
      o.println("place mentions without a name, not checked: " + skipped);
      o.println("gazetteer-gold: " + passed + " passed, " + failed + " failed");
      o.flush();
      return failed == 0 ? 0 : 1;
    }

    private void check(PrintStream o, String doc, JsonNode root, String text) {
      Gazetteer g = Gazetteer.bundled();
      ActorDictionary d = ActorDictionary.bundled();
      // a place is read with the sentences its fact rests on; the whole report when there are none
      for (String section : List.of("events", "control", "forces")) {
        for (JsonNode fact : root.path(section)) {
          StringBuilder context = new StringBuilder();
          for (JsonNode e : fact.path("evidence_text")) {
            context.append(e.asText()).append('\n');
          }
          String around = context.length() == 0 ? text : context.toString();
          checkPlace(o, doc, g, fact.path("location"), around);
          checkPlace(o, doc, g, fact.path("place"), around);
        }
      }
      for (JsonNode person : root.path("persons")) {
        String mention = person.path("text").asText("");
        if (mention.isEmpty()) {
          continue;
        }
        String want = person.path("name").asText();
        String got = d.person(mention).or(() -> Resolve.longestPerson(d.scanPersons(mention)))
            .map(PersonEntry::name).orElse(null);
        tally(o, doc, "person", mention, want, got, want.equals(got));
      }
      Set<String> actors = new TreeSet<>();
      for (JsonNode e : root.path("events")) {
        for (JsonNode a : e.path("actors")) {
          actors.add(a.path("name").asText());
        }
      }
      for (JsonNode r : root.path("relations")) {
        actors.add(r.path("from").asText());
        actors.add(r.path("to").asText());
      }
      actors.remove("");
      for (String a : actors) {
        Optional<ActorEntry> found = d.byName(a);
        tally(o, doc, "actor", a, a, found.map(ActorEntry::name).orElse(null), found.isPresent());
      }
    }

    private void checkPlace(PrintStream o, String doc, Gazetteer g, JsonNode place,
        String text) {
      String mention = place.path("text").asText("");
      if (!place.isObject() || mention.isEmpty()) {
        return;
      }
      if (g.scan(mention).isEmpty()) {
        skipped++; // a description ("the hospital roof"), not a name: the reader's business, not the gazetteer's
        return;
      }
      Set<String> allowed = new HashSet<>();
      allowed.add(place.path("admin1").isNull() ? null : place.path("admin1").asText());
      for (JsonNode a : place.path("admin1_any")) {
        allowed.add(a.isNull() ? null : a.asText());
      }
      Optional<PlaceEntry> got = g.resolve(mention, text);
      boolean ok = got.isPresent() ? allowed.contains(got.get().admin1())
          && (got.get().admin1() != null || got.get().name().equals(place.path("name").asText().replaceFirst(" \\(.*\\)$", "")))
          : allowed.contains(null);
      String want = place.path("name").asText() + " (" + place.path("admin1").asText("-") + ")";
      tally(o, doc, "place", mention, want, got.map(e -> e.name() + " (" + e.admin1() + ")").orElse(null), ok);
    }

    private void tally(PrintStream o, String doc, String what, String mention, String want, String got, boolean ok) {
      if (ok) {
        passed++;
      } else {
        failed++;
        o.println("miss " + doc + " " + what + " «" + mention + "»: want " + want + ", got " + got);
      }
    }
  }
}
