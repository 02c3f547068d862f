package org.sitrep.core.eval;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Anchor;
import org.sitrep.model.Casualty;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.Event;
import org.sitrep.model.Extent;
import org.sitrep.model.Person;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.model.Role;
import org.sitrep.model.Span;

/** Builds the reading a perfect reader would make: the gold itself, optional items included. */
final class GoldAsReading {
  private GoldAsReading() {}

  static Report of(Gold gold) {
    var events = new ArrayList<Event>();
    int n = 0;
    for (Gold.Event g : gold.events()) {
      List<Span> evidence = spans(g.evidence());
      if (evidence.isEmpty() || g.actors().isEmpty()) continue;
      var actors = new ArrayList<ActorRef>();
      for (Gold.Actor a : g.actors()) actors.add(new ActorRef(a.name(), a.side(), a.commander(), anchor(a.text())));
      var casualties = new ArrayList<Casualty>();
      for (Gold.Casualty c : g.casualties()) {
        casualties.add(new Casualty(c.actor(), c.kind(), c.low(), c.high(), anchor(c.text())));
      }
      events.add(new Event("e" + (++n), g.date(), g.subtype(), actors, place(g.location()), casualties, g.outcome(),
          g.attribution(), null, List.of("gold.event"), null, evidence));
    }
    var relations = new ArrayList<Relation>();
    for (Gold.Relation g : gold.relations()) {
      List<Span> evidence = spans(g.evidence());
      if (evidence.isEmpty()) continue;
      relations.add(new Relation(g.type(), g.from(), g.to(), g.means(), g.date(), g.attribution(), null,
          List.of("gold.relation"), null, evidence));
    }
    var control = new ArrayList<ControlClaim>();
    for (Gold.Control g : gold.control()) {
      List<Span> evidence = spans(g.evidence());
      if (evidence.isEmpty()) continue;
      control.add(new ControlClaim(place(g.place()), g.holder(), g.counterpart(), g.status(),
          g.extent() == null ? null : Extent.of(g.extent()), g.date(), g.attribution(), null, List.of("gold.control"),
          null, evidence));
    }
    var persons = new ArrayList<Person>();
    for (Gold.Person g : gold.persons()) {
      List<Span> evidence = spans(g.evidence());
      if (evidence.isEmpty()) continue;
      persons.add(new Person(g.name(), g.affiliation(), g.role() == null ? null : Role.of(g.role()), null, null,
          anchor(g.text()), null, List.of("gold.person"), null, evidence));
    }
    return new Report(gold.document().info(), events, relations, control, persons, List.of());
  }

  private static Place place(Gold.Location l) {
    return new Place(l.name(), l.admin1(), l.admin2(), null, null,
        l.precision() == null ? null : PlacePrecision.of(l.precision()), null, anchor(l.text()));
  }

  private static Anchor anchor(String text) {
    return text == null ? null : new Anchor(text, null, null);
  }

  private static List<Span> spans(List<Gold.Quote> quotes) {
    var out = new ArrayList<Span>();
    for (Gold.Quote q : quotes) if (q.span() != null) out.add(q.span());
    return out;
  }
}
