package org.sitrep.core.eval;

import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.model.Casualty;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.DateRange;
import org.sitrep.model.Event;
import org.sitrep.model.Person;
import org.sitrep.model.Relation;
import org.sitrep.model.Span;

/** Short one-line texts of gold and reading items for the lists of misses, false alarms and violations. */
final class Describe {
  private static final int QUOTE = 120;

  private Describe() {}

  static String event(Gold.Event g) {
    return (g.optional() ? "(optional) " : "") + g.subtype().type().label() + "/" + g.subtype().label() + " at "
        + place(g.location().name(), g.location().admin1()) + " " + date(g.date()) + " ["
        + g.actors().stream().map(Gold.Actor::name).collect(Collectors.joining("; ")) + "]" + quotes(g.evidence());
  }

  static String event(Event r) {
    return r.id() + " " + r.type().label() + "/" + r.subtype().label() + " at "
        + place(r.location().name(), r.location().admin1()) + " " + date(r.date()) + " ["
        + r.actors().stream().map(a -> a.name()).collect(Collectors.joining("; ")) + "]" + spans(r.evidence());
  }

  static String casualty(Gold.Event g, Gold.Casualty c) {
    return (c.optional() ? "(optional) " : "") + actor(c.actor()) + " " + c.kind().label() + " " + range(c.low(), c.high())
        + " in " + g.id() + (c.text() == null ? "" : " «" + cut(c.text()) + "»");
  }

  static String casualty(Event r, Casualty c) {
    return actor(c.actor()) + " " + c.kind().label() + " " + range(c.low(), c.high()) + " in " + r.id()
        + (c.anchor() == null ? "" : " «" + cut(c.anchor().text()) + "»");
  }

  static String relation(Gold.Relation g) {
    return (g.optional() ? "(optional) " : "") + g.type().label() + " " + g.from() + " -> " + g.to()
        + (g.means() == null ? "" : " (" + g.means() + ")") + quotes(g.evidence());
  }

  static String relation(Relation r) {
    return r.type().label() + " " + r.from() + " -> " + r.to() + (r.means() == null ? "" : " (" + r.means() + ")")
        + spans(r.evidence());
  }

  static String control(Gold.Control g) {
    return (g.optional() ? "(optional) " : "") + g.holder() + " " + g.status().label() + " "
        + place(g.place().name(), g.place().admin1()) + quotes(g.evidence());
  }

  static String control(ControlClaim r) {
    return r.holder() + " " + r.status().label() + " " + place(r.place().name(), r.place().admin1()) + spans(r.evidence());
  }

  static String person(Gold.Person g) {
    return (g.optional() ? "(optional) " : "") + g.name() + quotes(g.evidence());
  }

  static String person(Person r) {
    return r.name() + spans(r.evidence());
  }

  static String range(int low, int high) {
    return low == high ? Integer.toString(low) : low + "-" + high;
  }

  private static String actor(String name) {
    return name == null ? "(no actor)" : name;
  }

  private static String place(String name, String admin1) {
    return (name == null ? "?" : name) + " (" + (admin1 == null ? "no admin1" : admin1) + ")";
  }

  private static String date(DateRange d) {
    if (d == null) return "undated";
    return d.start().equals(d.end()) ? d.start().toString() : d.start() + ".." + d.end();
  }

  private static String quotes(List<Gold.Quote> quotes) {
    return quotes.isEmpty() ? "" : " «" + cut(quotes.get(0).text()) + "»";
  }

  private static String spans(List<Span> spans) {
    return spans.isEmpty() ? "" : " «" + cut(spans.get(0).text()) + "»";
  }

  private static String cut(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= QUOTE ? one : one.substring(0, QUOTE - 1) + "…";
  }
}
