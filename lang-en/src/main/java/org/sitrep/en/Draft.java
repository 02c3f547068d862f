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
  /** The place is the document's main place, not one the telling named: a place named next replaces it. */
  boolean weakPlace;
  int paragraph;
  /** Where this event's part of a sentence telling two acts starts: figures after it are its own. */
  int partStart = Integer.MAX_VALUE;
  int sentence;
  /** The last sentence that told this event (made it, retold it or added to it). */
  int told;

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
    return casualty(actor, kind, low, high, anchor, null);
  }

  /**
   * As {@link #casualty(String, CasualtyKind, long, long, Anchor)}; a different figure told by
   * another {@code source} ("Taliban sources said 12 were killed; the NRF said it lost two") is
   * kept beside the first: conflicting claims are both facts.
   */
  boolean casualty(String actor, CasualtyKind kind, long low, long high, Anchor anchor, String source) {
    if (low < 1 || high < low || high > Integer.MAX_VALUE) return false;
    String key = actor + "/" + kind;
    Casualty c = new Casualty(actor, kind, (int) low, (int) high, anchor);
    if (!casualties.containsKey(key)) {
      casualties.put(key, c);
      sources.put(key, source);
      return true;
    }
    String was = sources.get(key);
    Casualty old = casualties.get(key);
    if (source == null || source.equals(was) || old.low() == low && old.high() == high) return false;
    return casualties.putIfAbsent(key + "/" + source, c) == null;
  }

  private final Map<String, String> sources = new LinkedHashMap<>();

  /** The losses counted for an unnamed side become those of the side named later (a claim of responsibility). */
  void renameCasualties(String from, String to) {
    Map<String, Casualty> renamed = new LinkedHashMap<>();
    for (var e : casualties.entrySet()) {
      Casualty c = e.getValue();
      if (c.actor() != null && c.actor().equals(from)) renamed.putIfAbsent(to + e.getKey().substring(from.length()),
          new Casualty(to, c.kind(), c.low(), c.high(), c.anchor()));
      else renamed.putIfAbsent(e.getKey(), c);
    }
    casualties.clear();
    casualties.putAll(renamed);
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
