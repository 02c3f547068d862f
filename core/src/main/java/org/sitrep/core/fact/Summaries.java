package org.sitrep.core.fact;

import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Casualty;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.DateRange;
import org.sitrep.model.Event;
import org.sitrep.model.Outcome;
import org.sitrep.model.Person;
import org.sitrep.model.Place;
import org.sitrep.model.Relation;

/**
 * One-line English summaries made from a fact's fields (never translated from the text), for
 * analysts who do not read the source language: "Taliban attacked National Resistance Front in
 * Panjshir Valley (AF-PAN) on 2021-09-23; Taliban: 20-99 killed, 40 wounded, 100 captured;
 * Taliban retreated." Stateless.
 */
public final class Summaries {
  private Summaries() {}

  public static String of(Event e) {
    StringBuilder sb = new StringBuilder(128);
    // plain loops, not streams: this runs for every event of every document
    if (!names(e.actors(), 1, sb)) sb.append("Unidentified actors");
    boolean hasTarget = false;
    for (ActorRef a : e.actors()) hasTarget |= a.side() == 2;
    sb.append(' ').append(verb(e, hasTarget));
    if (hasTarget) names(e.actors(), 2, sb.append(' '));
    sb.append(" in ").append(place(e.location()));
    if (e.date() != null) sb.append(" on ").append(date(e.date()));
    List<Casualty> casualties = e.casualties();
    for (int i = 0; i < casualties.size(); i++) {
      String actor = sideName(casualties.get(i));
      boolean seen = false;
      for (int j = 0; j < i && !seen; j++) seen = sideName(casualties.get(j)).equals(actor);
      if (seen) continue; // grouped under the first casualty of its side, in order of first mention
      sb.append("; ").append(actor).append(": ");
      boolean first = true;
      for (int j = i; j < casualties.size(); j++) {
        Casualty c = casualties.get(j);
        if (!sideName(c).equals(actor)) continue;
        if (!first) sb.append(", ");
        first = false;
        sb.append(range(c.low(), c.high())).append(' ').append(c.kind().label().replace('_', ' '));
      }
    }
    if (e.outcome() != null) sb.append("; ").append(outcome(e));
    if (e.attribution().source() != null) sb.append(" (according to ").append(e.attribution().source()).append(')');
    return sb.append('.').toString();
  }

  public static String of(Relation r) {
    String verb = switch (r.type()) {
      case ALLIANCE -> " is allied with ";
      case SUPPORT -> " supports ";
      case HOSTILITY -> " is hostile to ";
    };
    StringBuilder sb = new StringBuilder(r.from()).append(verb).append(r.to());
    if (r.means() != null) sb.append(" with ").append(r.means());
    if (r.date() != null) sb.append(" (").append(date(r.date())).append(')');
    return sb.append('.').toString();
  }

  public static String of(ControlClaim c) {
    String verb = switch (c.status()) {
      case HOLDS -> " holds ";
      case TOOK -> " took ";
      case MOSTLY -> " mostly holds ";
      case CONTESTED -> " contests ";
      case LOST -> " lost ";
    };
    StringBuilder sb = new StringBuilder(c.holder()).append(verb);
    if (c.extent() != null && c.extent() != org.sitrep.model.Extent.WHOLE) sb.append(c.extent() == org.sitrep.model.Extent.PART ? "part of " : "positions in ");
    sb.append(place(c.place()));
    if (c.counterpart() != null) sb.append(switch (c.status()) {
      case TOOK -> " from ";
      case LOST -> " to ";
      default -> " against ";
    }).append(c.counterpart());
    if (c.date() != null) sb.append(" on ").append(date(c.date()));
    return sb.append('.').toString();
  }

  public static String of(Person p) {
    StringBuilder sb = new StringBuilder(p.name());
    if (p.role() != null) sb.append(", ").append(p.role().label());
    if (p.affiliation() != null) sb.append(" of ").append(p.affiliation());
    if (p.note() != null) sb.append(" (").append(p.note()).append(')');
    if (p.fate() != null) sb.append("; ").append(p.fate().what().label());
    return sb.append('.').toString();
  }

  private static String verb(Event e, boolean hasTarget) {
    return switch (e.subtype()) {
      case ARMED_CLASH -> hasTarget ? "attacked" : "fought";
      case GOVERNMENT_REGAINS_TERRITORY, NON_STATE_ACTOR_OVERTAKES_TERRITORY -> hasTarget ? "took ground from" : "took ground";
      case SUICIDE_BOMB -> hasTarget ? "carried out a suicide bombing against" : "carried out a suicide bombing";
      case AIR_DRONE_STRIKE -> hasTarget ? "carried out an air strike on" : "carried out an air strike";
      case SHELLING_ARTILLERY_MISSILE -> hasTarget ? "shelled" : "shelled targets";
      case REMOTE_EXPLOSIVE -> hasTarget ? "hit with an explosive device" : "set off an explosive device";
      case ATTACK -> hasTarget ? "attacked" : "attacked civilians";
      case ABDUCTION -> hasTarget ? "abducted" : "abducted people";
      case ARRESTS -> hasTarget ? "arrested" : "made arrests";
      case AGREEMENT -> hasTarget ? "reached an agreement with" : "made an agreement";
      case CHANGE_TO_GROUP -> hasTarget ? "joined or rose up with" : "formed, rose up or mobilised";
      case BASE_ESTABLISHED -> "set up a base";
      case NON_VIOLENT_TRANSFER -> hasTarget ? "took over without a fight from" : "took over without a fight";
      case PEACEFUL_PROTEST -> "protested";
      case PROTEST_WITH_INTERVENTION -> hasTarget ? "protested and were dispersed by" : "protested";
      case EXCESSIVE_FORCE_AGAINST_PROTESTERS -> hasTarget ? "protested and were fired on by" : "protested and were fired on";
      case LOOTING -> hasTarget ? "destroyed property of" : "destroyed property";
      case OTHER -> hasTarget ? "acted towards" : "acted";
      default -> hasTarget ? "acted against" : "acted";
    };
  }

  /** Appends the names of the actors on {@code side}, joined by " and "; whether there was one. */
  private static boolean names(List<ActorRef> actors, int side, StringBuilder sb) {
    boolean any = false;
    for (ActorRef a : actors) {
      if (a.side() != side) continue;
      if (any) sb.append(" and ");
      sb.append(a.name());
      any = true;
    }
    return any;
  }

  private static String sideName(Casualty c) {
    return c.actor() == null ? "unknown side" : c.actor();
  }

  private static String outcome(Event e) {
    Outcome o = e.outcome();
    int side = o == Outcome.SIDE1_WON || o == Outcome.SIDE1_RETREATED ? 1 : 2;
    String who = null;
    for (ActorRef a : e.actors()) {
      if (a.side() == side) {
        who = a.name();
        break;
      }
    }
    if (who == null) who = "side " + side;
    return who + (o == Outcome.SIDE1_WON || o == Outcome.SIDE2_WON ? " won" : " retreated");
  }

  private static String place(Place p) {
    return p.admin1() == null ? p.name() : p.name() + " (" + p.admin1() + ")";
  }

  private static String date(DateRange d) {
    return d.start().equals(d.end()) ? d.start().toString() : d.start() + " to " + d.end();
  }

  private static String range(int low, int high) {
    return low == high ? Integer.toString(low) : low + "-" + high;
  }
}
