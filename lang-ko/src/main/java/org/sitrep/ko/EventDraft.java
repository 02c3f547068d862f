package org.sitrep.ko;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.pipeline.RuleFiring;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Anchor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Casualty;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.DateRange;
import org.sitrep.model.Event;
import org.sitrep.model.Outcome;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.SubType;

/** An event being read: filled clause by clause, then frozen into an {@link Event}. Not thread-safe; one per event. */
final class EventDraft {
  SubType subtype;
  final Map<String, ActorRef> actors = new LinkedHashMap<>();
  Place place;
  DateRange date;
  final Map<String, Casualty> casualties = new LinkedHashMap<>();
  Outcome outcome;
  Attribution attribution = Attribution.REPORTED;
  final List<Span> evidence = new ArrayList<>();
  final List<RuleFiring> firings = new ArrayList<>();
  int paragraph;
  int focus; // the last paragraph that told of this event
  String assumedTarget; // side 2 taken by default (civilians), not named in the text
  int sentence;
  int position;

  void actor(String name, int side, String commander, Anchor anchor) {
    if (name == null) return;
    ActorRef old = actors.get(name);
    if (old == null) actors.put(name, new ActorRef(name, side, commander, anchor));
    else if (old.commander() == null && commander != null) actors.put(name, new ActorRef(name, old.side(), commander, old.anchor()));
  }

  boolean has(String name) {
    return actors.containsKey(name);
  }

  String side(int side) {
    for (ActorRef a : actors.values()) if (a.side() == side) return a.name();
    return null;
  }

  int sideOf(String name) {
    ActorRef a = actors.get(name);
    return a == null ? 0 : a.side();
  }

  /** The first figure of a kind for an actor wins: a retelling does not overwrite it. */
  void casualty(String actor, CasualtyKind kind, long low, long high, Anchor anchor) {
    if (low < 1 || high < low || high > Integer.MAX_VALUE) return;
    casualties.putIfAbsent(actor + "/" + kind, new Casualty(actor, kind, (int) low, (int) high, anchor));
  }

  /** A later toll of the same kind for the same actor ("사망자가 40명으로 늘었다") replaces the earlier one. */
  void casualtyNow(String actor, CasualtyKind kind, long low, long high, Anchor anchor) {
    if (low < 1 || high < low || high > Integer.MAX_VALUE) return;
    casualties.put(actor + "/" + kind, new Casualty(actor, kind, (int) low, (int) high, anchor));
  }

  void fired(String rule, Span words) {
    firings.add(new RuleFiring(rule, words));
  }

  boolean complete() {
    return subtype != null && place != null && !actors.isEmpty() && !evidence.isEmpty();
  }

  Event build() {
    List<ActorRef> list = new ArrayList<>(actors.values());
    list.sort((a, b) -> a.side() - b.side());
    return new Event("draft", date, subtype, list, place, new ArrayList<>(casualties.values()), outcome, attribution, null,
        List.of(), 0.7, evidence);
  }
}
