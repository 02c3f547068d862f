package org.sitrep.core.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.model.Casualty;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.Event;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;

/**
 * Finds the reading items that break the gold's {@code must_not} rules, one violation per item
 * (a broken count rule is one violation). The filters are those of format.md's table; every
 * filter a rule gives must match.
 */
final class MustNotChecker {
  private static final List<String> HOLDING = List.of("holds", "took", "mostly");

  private final Vocabulary vocab;
  private final Gold gold;
  private final Report reading;
  private final Map<String, Integer> readingOfGold = new HashMap<>();
  private final Set<Integer> matchedToOptional = new HashSet<>();
  private final String doc;

  /** @param eventMatch for each gold event the index of the reading event matched to it, or -1 */
  MustNotChecker(Vocabulary vocab, Gold gold, Report reading, int[] eventMatch) {
    this.vocab = vocab;
    this.gold = gold;
    this.reading = reading;
    this.doc = gold.document().id();
    for (int i = 0; i < eventMatch.length; i++) {
      if (eventMatch[i] < 0) continue;
      readingOfGold.put(gold.events().get(i).id(), eventMatch[i]);
      if (gold.events().get(i).optional()) matchedToOptional.add(eventMatch[i]);
    }
  }

  List<Violation> violations() {
    var out = new ArrayList<Violation>();
    for (Gold.MustNot rule : gold.mustNot()) {
      switch (rule.what()) {
        case "event" -> event(rule, out);
        case "control" -> control(rule, out);
        case "relation" -> relation(rule, out);
        case "casualty" -> casualty(rule, out);
        case "location" -> location(rule.value("admin1"), rule, out);
        default -> { } // the reader already listed and dropped unknown kinds
      }
    }
    return out;
  }

  private void add(List<Violation> out, Gold.MustNot rule, String item) {
    out.add(new Violation(doc, rule.describe(), rule.why(), item));
  }

  // ---- events

  private void event(Gold.MustNot rule, List<Violation> out) {
    if (rule.has("max")) {
      var counted = new ArrayList<String>();
      List<Event> events = reading.events();
      for (int j = 0; j < events.size(); j++) {
        Event e = events.get(j);
        if (matchedToOptional.contains(j)) continue;
        if (!all(rule, "count_admin1", v -> v.equals(e.location().admin1()))) continue;
        if (!all(rule, "count_place", v -> vocab.placeContains(e.location().name(), v))) continue;
        if (!all(rule, "count_type", v -> same(v, e.type().label()))) continue;
        if (!all(rule, "type", v -> same(v, e.type().label()))) continue;
        if (!all(rule, "subtype", v -> same(v, e.subtype().label()))) continue;
        if (!all(rule, "count_date", v -> e.date() != null && !e.date().start().isAfter(day(v))
            && !e.date().end().isBefore(day(v)))) continue;
        counted.add(e.id());
      }
      if (counted.size() > rule.number("max")) {
        add(out, rule, counted.size() + " events (" + String.join(", ", counted) + "), at most " + rule.number("max"));
      }
      return;
    }
    for (Event e : reading.events()) if (eventMatches(rule, e)) add(out, rule, Describe.event(e));
  }

  private boolean eventMatches(Gold.MustNot rule, Event e) {
    return all(rule, "type", v -> same(v, e.type().label()))
        && all(rule, "subtype", v -> same(v, e.subtype().label()))
        && all(rule, "place", v -> vocab.placeContains(e.location().name(), v))
        && all(rule, "place_admin1", v -> v.equals(e.location().admin1()))
        && all(rule, "date", v -> e.date() != null && e.date().start().equals(day(v)))
        && all(rule, "date_before", v -> e.date() != null && e.date().end().isBefore(day(v)))
        && all(rule, "date_after", v -> e.date() != null && e.date().start().isAfter(day(v)));
  }

  // ---- control

  private void control(Gold.MustNot rule, List<Violation> out) {
    if (rule.filters().keySet().equals(Set.of("place_admin1"))) {
      // only a province: nothing may be placed there at all
      location(rule.value("place_admin1"), rule, out);
      return;
    }
    List<String> statuses = rule.has("status") ? rule.values("status") : HOLDING;
    for (ControlClaim c : reading.control()) {
      boolean matches = all(rule, "place", v -> vocab.placeContains(c.place().name(), v))
          && all(rule, "place_admin1", v -> v.equals(c.place().admin1()))
          && all(rule, "holder", v -> vocab.sameActor(v, c.holder()))
          && statuses.contains(c.status().label())
          && all(rule, "stance", v -> v.equals(c.attribution().stance().label()))
          && all(rule, "before", v -> c.date() != null && c.date().end().isBefore(day(v)));
      if (matches) add(out, rule, Describe.control(c));
    }
  }

  private void location(String admin1, Gold.MustNot rule, List<Violation> out) {
    if (admin1 == null) return;
    for (Event e : reading.events()) if (admin1.equals(e.location().admin1())) add(out, rule, Describe.event(e));
    for (ControlClaim c : reading.control()) if (admin1.equals(c.place().admin1())) add(out, rule, Describe.control(c));
  }

  // ---- relations

  private void relation(Gold.MustNot rule, List<Violation> out) {
    for (Relation r : reading.relations()) {
      boolean matches = all(rule, "type", v -> same(v, r.type().label()))
          && all(rule, "stance", v -> v.equals(r.attribution().stance().label()))
          && (oriented(rule, r.from(), r.to()) || (r.type().symmetric() && oriented(rule, r.to(), r.from())));
      if (matches) add(out, rule, Describe.relation(r));
    }
  }

  private boolean oriented(Gold.MustNot rule, String from, String to) {
    return all(rule, "from", v -> vocab.sameActor(v, from))
        && all(rule, "to", v -> vocab.sameActor(v, to))
        && all(rule, "from_type", v -> !v.equals("state") || vocab.isState(from));
  }

  // ---- casualties

  private void casualty(Gold.MustNot rule, List<Violation> out) {
    Integer only = null;
    if (rule.has("event")) {
      only = readingOfGold.get(rule.value("event"));
      if (only == null) return; // the reader has no event matched to it
    }
    Integer low = rule.number("low");
    Integer high = rule.number("high");
    List<Event> events = reading.events();
    for (int j = 0; j < events.size(); j++) {
      if (only != null && only != j) continue;
      Event e = events.get(j);
      for (Casualty c : e.casualties()) {
        boolean matches = all(rule, "actor", v -> c.actor() != null && vocab.sameActor(v, c.actor()))
            && all(rule, "kind", v -> v.equals(c.kind().label()))
            && (low == null || c.low() >= low)
            && (high == null || c.high() <= high);
        if (matches) add(out, rule, Describe.casualty(e, c));
      }
    }
  }

  // ---- filters

  /** True when the rule does not give this filter, or one of its values passes. */
  private static boolean all(Gold.MustNot rule, String key, Predicate<String> test) {
    if (!rule.has(key)) return true;
    return rule.values(key).stream().anyMatch(test);
  }

  private static boolean same(String a, String b) {
    return Names.key(a).equals(Names.key(b));
  }

  private static LocalDate day(String value) {
    return LocalDate.parse(value);
  }
}
