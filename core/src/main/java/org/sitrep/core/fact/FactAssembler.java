package org.sitrep.core.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.core.pipeline.Explained;
import org.sitrep.core.pipeline.RuleFiring;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Casualty;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Fact;
import org.sitrep.model.Person;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.model.Span;

/**
 * Turns the facts a language module drafted into a report, the same way for every language:
 *
 * <ul>
 *   <li>the same event told twice (same type, same province or place, dates within a day or both
 *       unknown, an actor in common) becomes one event with both evidence spans, its casualty
 *       figures merged (the first telling of a figure wins);
 *   <li>the same relation, control claim or person drafted twice becomes one;
 *   <li>a clash with one side, no losses and no day or place of its own is dropped (talk of
 *       fighting, not an event);
 *   <li>facts are ordered by their first evidence; events get ids {@code e1, e2, ...} in that
 *       order; each fact gets its English summary and the names of the rules that fired for it.
 * </ul>
 * Deterministic and thread-safe.
 */
public final class FactAssembler {

  public Explained assemble(DocumentInfo info, List<Drafted<Event>> events, List<Drafted<Relation>> relations,
      List<Drafted<ControlClaim>> control, List<Drafted<Person>> persons) {
    List<Drafted<Event>> merged = mergeEvents(events);
    List<Drafted<Event>> kept = new ArrayList<>(merged.size());
    for (Drafted<Event> d : merged) if (substantial(d.fact())) kept.add(d);
    List<Drafted<Event>> es = sort(kept);
    List<Drafted<Relation>> rs = sort(mergeRelations(relations));
    List<Drafted<ControlClaim>> cs = sort(mergeControl(control));
    List<Drafted<Person>> ps = sort(mergePersons(persons));
    List<Event> outEvents = new ArrayList<>();
    List<List<RuleFiring>> firings = new ArrayList<>();
    int id = 0;
    for (Drafted<Event> d : es) {
      Event e = d.fact();
      // the summary reads only fields the draft shares with the finished fact: each fact is built once
      outEvents.add(new Event("e" + (++id), e.date(), e.subtype(), e.actors(), e.location(), e.casualties(), e.outcome(),
          e.attribution(), Summaries.of(e), rules(d), e.confidence(), spans(e.evidence())));
      firings.add(d.firings());
    }
    List<Relation> outRelations = new ArrayList<>();
    for (Drafted<Relation> d : rs) {
      Relation r = d.fact();
      outRelations.add(new Relation(r.type(), r.from(), r.to(), r.means(), r.date(), r.attribution(), Summaries.of(r), rules(d),
          r.confidence(), spans(r.evidence())));
      firings.add(d.firings());
    }
    List<ControlClaim> outControl = new ArrayList<>();
    for (Drafted<ControlClaim> d : cs) {
      ControlClaim c = d.fact();
      outControl.add(new ControlClaim(c.place(), c.holder(), c.counterpart(), c.status(), c.extent(), c.date(),
          c.attribution(), Summaries.of(c), rules(d), c.confidence(), spans(c.evidence())));
      firings.add(d.firings());
    }
    List<Person> outPersons = new ArrayList<>();
    for (Drafted<Person> d : ps) {
      Person p = d.fact();
      outPersons.add(new Person(p.name(), p.affiliation(), p.role(), p.note(), p.fate(), p.anchor(), Summaries.of(p), rules(d),
          p.confidence(), spans(p.evidence())));
      firings.add(d.firings());
    }
    return new Explained(new Report(info, outEvents, outRelations, outControl, outPersons, List.of()), firings);
  }

  /** Ground changing hands, with or without a fight: one happening however it is typed. */
  private static boolean transfer(org.sitrep.model.SubType t) {
    return t == org.sitrep.model.SubType.GOVERNMENT_REGAINS_TERRITORY || t == org.sitrep.model.SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
        || t == org.sitrep.model.SubType.NON_VIOLENT_TRANSFER;
  }

  /**
   * A clash with one side named, no losses, and no day or no place of its own ("fighting has
   * grown these days") is talk of fighting, not an event; it counts only when merged into a
   * fuller telling.
   */
  static boolean substantial(Event e) {
    if (e.subtype() != org.sitrep.model.SubType.ARMED_CLASH || e.actors().size() >= 2 || !e.casualties().isEmpty()) return true;
    return e.date() != null && e.location().anchor() != null;
  }

  /** True when two drafted events tell the same happening. */
  static boolean sameEvent(Event a, Event b) {
    if (a.type() != b.type() && !(transfer(a.subtype()) && transfer(b.subtype()))) return false;
    boolean sameName = a.location().name().equals(b.location().name());
    boolean sameProvince = a.location().admin1() != null && Objects.equals(a.location().admin1(), b.location().admin1());
    // A place read from context (no anchor) or a whole province fits any place of its province.
    boolean loose = a.location().anchor() == null || b.location().anchor() == null
        || a.location().precision() == PlacePrecision.PROVINCE || b.location().precision() == PlacePrecision.PROVINCE;
    boolean sameDay = a.date() != null && b.date() != null && a.date().start().equals(b.date().start()) && a.date().end().equals(b.date().end());
    // One bombing, air strike or shelling of a province on one day is one event however its place is told.
    boolean oneStrike = sameProvince && sameDay && a.subtype() == b.subtype() && a.type() == org.sitrep.model.EventType.EXPLOSIONS_REMOTE_VIOLENCE;
    if (!sameName && !(sameProvince && loose) && !oneStrike) return false;
    boolean sameTime;
    if (a.date() == null && b.date() == null) sameTime = true;
    // A retelling that gives no day is the dated telling of the same kind of event at that place.
    else if (a.date() == null || b.date() == null) sameTime = a.subtype() == b.subtype() && (sameName || loose);
    // Two days named to the day are two days; "within a day" is for ranges and looser dates.
    else if (a.date().precision() == org.sitrep.model.Precision.DAY && b.date().precision() == org.sitrep.model.Precision.DAY) sameTime = sameDay;
    else sameTime = sameName ? a.date().near(b.date(), 1) : sameDay;
    if (!sameTime) return false;
    Set<String> names = new TreeSet<>();
    for (ActorRef r : a.actors()) names.add(r.name());
    for (ActorRef r : b.actors()) if (names.contains(r.name())) return true;
    return false;
  }

  private static List<Drafted<Event>> mergeEvents(List<Drafted<Event>> in) {
    List<Drafted<Event>> out = new ArrayList<>();
    List<List<Span>> evidence = new ArrayList<>();
    List<List<RuleFiring>> firings = new ArrayList<>();
    // Candidates share a province (or, unplaced, a place name): compare within those buckets only.
    Map<String, List<Integer>> buckets = new LinkedHashMap<>();
    for (Drafted<Event> d : in) {
      var loc = d.fact().location();
      List<Integer> bucket = buckets.computeIfAbsent(loc.admin1() != null ? loc.admin1() : "@" + loc.name(), x -> new ArrayList<>());
      int k = -1;
      // A telling at the very same place wins over one that merely fits.
      for (int i : bucket) {
        Event o = out.get(i).fact();
        if (k < 0 && o.location().name().equals(loc.name()) && sameEvent(o, d.fact())) k = i;
      }
      for (int i : bucket) if (k < 0 && sameEvent(out.get(i).fact(), d.fact())) k = i;
      if (k < 0) {
        bucket.add(out.size());
        out.add(d);
        evidence.add(null);
        firings.add(null);
      } else {
        // Evidence and firings are gathered on the side and joined once at the end: joining at
        // every merge is quadratic when many tellings merge into one event.
        if (evidence.get(k) == null) {
          evidence.set(k, new ArrayList<>(out.get(k).fact().evidence()));
          firings.set(k, new ArrayList<>(out.get(k).firings()));
        }
        evidence.get(k).addAll(d.fact().evidence());
        firings.get(k).addAll(d.firings());
        out.set(k, mergeEvent(out.get(k), d));
      }
    }
    for (int k = 0; k < out.size(); k++) {
      if (evidence.get(k) == null) continue;
      Event m = out.get(k).fact();
      out.set(k, new Drafted<>(new Event(m.id(), m.date(), m.subtype(), m.actors(), m.location(), m.casualties(), m.outcome(),
          m.attribution(), m.summary(), m.rules(), m.confidence(), List.copyOf(new TreeSet<>(evidence.get(k)))), firings.get(k)));
    }
    return out;
  }

  private static Drafted<Event> mergeEvent(Drafted<Event> x, Drafted<Event> y) {
    Event a = x.fact(), b = y.fact();
    Map<String, ActorRef> actors = new LinkedHashMap<>();
    for (ActorRef r : a.actors()) actors.put(r.name(), r);
    for (ActorRef r : b.actors()) {
      ActorRef old = actors.get(r.name());
      if (old == null) {
        if (!hasSide(a.actors(), r.side()) || r.side() == 2) actors.put(r.name(), r);
      } else if (old.commander() == null && r.commander() != null) {
        actors.put(r.name(), new ActorRef(old.name(), old.side(), r.commander(), old.anchor()));
      }
    }
    Map<String, Casualty> cas = new LinkedHashMap<>();
    for (Casualty c : a.casualties()) cas.putIfAbsent(c.actor() + "/" + c.kind(), c);
    for (Casualty c : b.casualties()) cas.putIfAbsent(c.actor() + "/" + c.kind(), c);
    // A specific sub-type (a capture, a bombing) says more than a plain clash.
    var subtype = a.subtype() == org.sitrep.model.SubType.ARMED_CLASH || b.subtype() == org.sitrep.model.SubType.NON_VIOLENT_TRANSFER ? b.subtype() : a.subtype();
    var location = specificity(b.location()) > specificity(a.location()) ? b.location() : a.location();
    List<ActorRef> merged = new ArrayList<>(actors.values());
    Event m = new Event(a.id(), a.date() != null ? a.date() : b.date(), subtype, merged, location,
        new ArrayList<>(cas.values()), a.outcome() != null ? a.outcome() : translate(b, merged), a.attribution(), null, List.of(),
        Math.max(a.confidence() == null ? 0 : a.confidence(), b.confidence() == null ? 0 : b.confidence()),
        a.evidence());
    return new Drafted<>(m, x.firings()); // evidence and firings are joined by the caller
  }

  private static boolean hasSide(List<ActorRef> actors, int side) {
    for (ActorRef o : actors) if (o.side() == side) return true;
    return false;
  }

  /** The outcome of {@code b} said of the same actor in the merged event's sides. */
  private static org.sitrep.model.Outcome translate(Event b, List<ActorRef> merged) {
    var o = b.outcome();
    if (o == null) return null;
    int side = o == org.sitrep.model.Outcome.SIDE1_WON || o == org.sitrep.model.Outcome.SIDE1_RETREATED ? 1 : 2;
    boolean won = o == org.sitrep.model.Outcome.SIDE1_WON || o == org.sitrep.model.Outcome.SIDE2_WON;
    String who = null;
    for (ActorRef r : b.actors()) {
      if (r.side() == side) {
        who = r.name();
        break;
      }
    }
    int now = side;
    for (ActorRef r : merged) {
      if (r.name().equals(who)) {
        now = r.side();
        break;
      }
    }
    if (won) return now == 1 ? org.sitrep.model.Outcome.SIDE1_WON : org.sitrep.model.Outcome.SIDE2_WON;
    return now == 1 ? org.sitrep.model.Outcome.SIDE1_RETREATED : org.sitrep.model.Outcome.SIDE2_RETREATED;
  }

  /** How much a location says: an anchored place below province level says most. */
  private static int specificity(org.sitrep.model.Place p) {
    int s = p.anchor() != null ? 2 : 0;
    if (p.precision() != null && p.precision() != PlacePrecision.PROVINCE && p.precision() != PlacePrecision.COUNTRY) s++;
    return s;
  }

  private static List<Drafted<Relation>> mergeRelations(List<Drafted<Relation>> in) {
    Map<String, Drafted<Relation>> out = new LinkedHashMap<>();
    Gathered<Relation> side = new Gathered<>();
    for (Drafted<Relation> d : in) {
      Relation r = d.fact();
      String key = r.type() + "|" + (r.type().symmetric() && r.from().compareTo(r.to()) > 0 ? r.to() + "|" + r.from() : r.from() + "|" + r.to());
      Drafted<Relation> old = out.get(key);
      if (old == null) {
        out.put(key, d);
        continue;
      }
      Relation o = old.fact();
      String means = o.means() == null ? r.means() : r.means() == null || o.means().contains(r.means()) ? o.means() : o.means() + "; " + r.means();
      side.add(key, old, d);
      out.put(key, new Drafted<>(new Relation(o.type(), o.from(), o.to(), means, o.date() != null ? o.date() : r.date(), o.attribution(),
          null, List.of(), o.confidence(), o.evidence()), old.firings()));
    }
    return side.join(out, (o, ev) -> new Relation(o.type(), o.from(), o.to(), o.means(), o.date(), o.attribution(), o.summary(), o.rules(),
        o.confidence(), ev));
  }

  private static List<Drafted<ControlClaim>> mergeControl(List<Drafted<ControlClaim>> in) {
    Map<String, Drafted<ControlClaim>> out = new LinkedHashMap<>();
    Gathered<ControlClaim> side = new Gathered<>();
    for (Drafted<ControlClaim> d : in) {
      ControlClaim c = d.fact();
      String key = c.place().name() + "|" + c.holder() + "|" + c.status();
      Drafted<ControlClaim> old = out.get(key);
      if (old == null) {
        out.put(key, d);
        continue;
      }
      ControlClaim o = old.fact();
      side.add(key, old, d);
      out.put(key, new Drafted<>(new ControlClaim(o.place(), o.holder(), o.counterpart() != null ? o.counterpart() : c.counterpart(), o.status(),
          o.extent(), o.date() != null ? o.date() : c.date(), o.attribution(), null, List.of(), o.confidence(), o.evidence()),
          old.firings()));
    }
    return side.join(out, (o, ev) -> new ControlClaim(o.place(), o.holder(), o.counterpart(), o.status(), o.extent(), o.date(), o.attribution(),
        o.summary(), o.rules(), o.confidence(), ev));
  }

  private static List<Drafted<Person>> mergePersons(List<Drafted<Person>> in) {
    Map<String, Drafted<Person>> out = new LinkedHashMap<>();
    Gathered<Person> side = new Gathered<>();
    for (Drafted<Person> d : in) {
      Person p = d.fact();
      Drafted<Person> old = out.get(p.name());
      if (old == null) {
        out.put(p.name(), d);
        continue;
      }
      Person o = old.fact();
      side.add(p.name(), old, d);
      out.put(p.name(), new Drafted<>(new Person(o.name(), o.affiliation() != null ? o.affiliation() : p.affiliation(),
          o.role() != null ? o.role() : p.role(), o.note() != null ? o.note() : p.note(), o.fate() != null ? o.fate() : p.fate(),
          o.anchor(), null, List.of(), o.confidence(), o.evidence()), old.firings()));
    }
    return side.join(out, (o, ev) -> new Person(o.name(), o.affiliation(), o.role(), o.note(), o.fate(), o.anchor(), o.summary(), o.rules(),
        o.confidence(), ev));
  }

  private static <F extends Fact> List<Drafted<F>> sort(List<Drafted<F>> in) {
    // Stable by first offset; each key is computed once (offset, then input position, in one long).
    long[] keys = new long[in.size()];
    for (int i = 0; i < keys.length; i++) keys[i] = (long) in.get(i).fact().firstOffset() << 32 | i;
    java.util.Arrays.sort(keys);
    List<Drafted<F>> out = new ArrayList<>(keys.length);
    for (long k : keys) out.add(in.get((int) k));
    return out;
  }

  private static List<String> rules(Drafted<?> d) {
    Set<String> names = new LinkedHashSet<>(d.fact().rules());
    for (RuleFiring f : d.firings()) names.add(f.rule());
    return List.copyOf(names);
  }

  private static List<Span> spans(List<Span> in) {
    return List.copyOf(new TreeSet<>(in));
  }

  /**
   * Evidence and firings of merged facts, gathered on the side and joined once at the end:
   * joining them at every merge is quadratic when many tellings merge into one fact.
   */
  private static final class Gathered<F extends Fact> {
    private final Map<String, List<Span>> evidence = new java.util.HashMap<>();
    private final Map<String, List<RuleFiring>> firings = new java.util.HashMap<>();

    void add(String key, Drafted<F> old, Drafted<F> next) {
      List<Span> ev = evidence.get(key);
      if (ev == null) {
        evidence.put(key, ev = new ArrayList<>(old.fact().evidence()));
        firings.put(key, new ArrayList<>(old.firings()));
      }
      ev.addAll(next.fact().evidence());
      firings.get(key).addAll(next.firings());
    }

    /** The merged facts in order, each with the sorted union of its evidence and all its firings. */
    List<Drafted<F>> join(Map<String, Drafted<F>> merged, java.util.function.BiFunction<F, List<Span>, F> withEvidence) {
      List<Drafted<F>> out = new ArrayList<>(merged.size());
      for (Map.Entry<String, Drafted<F>> e : merged.entrySet()) {
        List<Span> ev = evidence.get(e.getKey());
        if (ev == null) out.add(e.getValue());
        else out.add(new Drafted<>(withEvidence.apply(e.getValue().fact(), List.copyOf(new TreeSet<>(ev))), firings.get(e.getKey())));
      }
      return out;
    }
  }
}
