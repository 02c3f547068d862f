package org.sitrep.en;

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
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.SubType;

/** An English event being read: filled sentence by sentence, then frozen. Not thread-safe; one per event. */
final class Draft {
  SubType subtype;
  final Map<String, ActorRef> actors = new LinkedHashMap<>();
  Place place;
  DateRange date;
  final Map<String, Casualty> casualties = new LinkedHashMap<>();
  Attribution attribution = Attribution.REPORTED;
  final List<Span> evidence = new ArrayList<>();
  final List<RuleFiring> firings = new ArrayList<>();
  int paragraph;
  int sentence;

  void actor(String name, int side, Anchor anchor) {
    if (name == null || actors.containsKey(name)) return;
    actors.put(name, new ActorRef(name, side, null, anchor));
  }

  String side(int side) {
    for (ActorRef a : actors.values()) if (a.side() == side) return a.name();
    return null;
  }

  /** The first figure of a kind for an actor wins: a retelling does not overwrite it. */
  boolean casualty(String actor, CasualtyKind kind, long low, long high, Anchor anchor) {
    if (low < 1 || high < low || high > Integer.MAX_VALUE) return false;
    return casualties.putIfAbsent(actor + "/" + kind, new Casualty(actor, kind, (int) low, (int) high, anchor)) == null;
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
    return new Event("draft", date, subtype, list, place, new ArrayList<>(casualties.values()), null, attribution, null,
        List.of(), 0.6, evidence);
  }
}
