package org.sitrep.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.model.Casualty;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.DateRange;
import org.sitrep.model.Event;
import org.sitrep.model.Fact;
import org.sitrep.model.Person;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.model.Span;

/**
 * Scores one reading against one gold (format.md, "How a reading is scored"). One instance per
 * call: it collects misses, false alarms and rule outcomes as it goes. Not thread-safe.
 */
final class DocumentScorer {
  /** Agreement bonus that prefers a required gold item over an optional twin when all else is equal. */
  private static final double REQUIRED = 0.05;

  private final Vocabulary vocab;
  private final Gold gold;
  private final Report reading;
  private final String text;
  private final String doc;
  private final List<Item> misses = new ArrayList<>();
  private final List<Item> falseAlarms = new ArrayList<>();
  private final TreeMap<String, RuleTally> rules = new TreeMap<>();
  private Ratio onTarget = Ratio.ZERO;

  DocumentScorer(Vocabulary vocab, Gold gold, Report reading, String text) {
    this.vocab = vocab;
    this.gold = gold;
    this.reading = reading;
    this.text = text == null ? "" : text;
    this.doc = gold.document().id();
  }

  DocumentScore score() {
    var fields = new FieldScores[] {FieldScores.ZERO};
    int[] eventMatch = matchEvents();
    Counts events = eventCounts(eventMatch, fields);
    Counts casualties = casualtyCounts(eventMatch, fields);
    Counts relations = relations(fields);
    Counts control = control(fields);
    Counts persons = persons();
    var violations = new MustNotChecker(vocab, gold, reading, eventMatch).violations();
    var byRule = new TreeMap<String, RuleStats>();
    rules.forEach((name, t) -> byRule.put(name, new RuleStats(t.hits, t.matched, t.falseAlarms, 1, t.sentences.size())));
    return new DocumentScore(doc, null, events, casualties, relations, control, persons, fields[0], evidenceValid(),
        onTarget, violations, misses, falseAlarms, byRule, gold.problems());
  }

  // ---- events

  private int[] matchEvents() {
    var g = gold.events();
    var r = reading.events();
    double[][] agreement = new double[g.size()][r.size()];
    for (int i = 0; i < g.size(); i++) for (int j = 0; j < r.size(); j++) agreement[i][j] = eventAgreement(g.get(i), r.get(j));
    return Assignment.best(agreement, r.size());
  }

  /** Candidate test and agreement of a gold and a reading event (format.md: type, province, date, a common actor). */
  double eventAgreement(Gold.Event g, Event r) {
    if (g.subtype().type() != r.type()) return Assignment.NONE;
    if (g.location().constrainsAdmin1() && !g.location().acceptsAdmin1(r.location().admin1())) return Assignment.NONE;
    if (g.date() != null && (r.date() == null || !r.date().near(g.date(), 1))) return Assignment.NONE;
    Set<String> goldActors = new LinkedHashSet<>();
    g.actors().forEach(a -> goldActors.add(vocab.actor(a.name())));
    g.actorAlternatives().forEach(a -> goldActors.add(vocab.actor(a)));
    Set<String> readActors = readingActors(r);
    if (!goldActors.isEmpty() && !readActors.isEmpty() && java.util.Collections.disjoint(goldActors, readActors)) {
      return Assignment.NONE;
    }
    return subtypeAgreement(g, r) + actorCounts(g, r).f1() + vocab.placeAgreement(g.location().name(), r.location().name())
        + (sameDate(g.date(), r.date()) ? 0.25 : 0) + (g.optional() ? 0 : REQUIRED);
  }

  private static double subtypeAgreement(Gold.Event g, Event r) {
    if (g.subtype() == r.subtype()) return 1;
    return g.altSubtypes().contains(r.subtype()) ? 0.75 : 0;
  }

  private Set<String> readingActors(Event r) {
    var out = new LinkedHashSet<String>();
    r.actors().forEach(a -> out.add(vocab.actor(a.name())));
    return out;
  }

  /** Actor names as hits, false alarms and misses; an {@code actor_alternatives} name may stand in for any gold actor. */
  Counts actorCounts(Gold.Event g, Event r) {
    Set<String> read = readingActors(r);
    var variants = new ArrayList<Set<String>>();
    var base = new LinkedHashSet<String>();
    g.actors().forEach(a -> base.add(vocab.actor(a.name())));
    variants.add(base);
    for (String alt : g.actorAlternatives()) {
      for (String replaced : base) {
        var v = new LinkedHashSet<>(base);
        v.remove(replaced);
        v.add(vocab.actor(alt));
        variants.add(v);
      }
    }
    Counts best = null;
    for (Set<String> v : variants) {
      int hits = (int) v.stream().filter(read::contains).count();
      var c = new Counts(hits, read.size() - hits, v.size() - hits);
      if (best == null || c.f1() > best.f1()) best = c;
    }
    return best;
  }

  private Counts eventCounts(int[] match, FieldScores[] fields) {
    Counts counts = Counts.ZERO;
    boolean[] taken = new boolean[reading.events().size()];
    for (int i = 0; i < match.length; i++) {
      Gold.Event g = gold.events().get(i);
      if (match[i] < 0) {
        if (!g.optional()) {
          counts = counts.miss();
          misses.add(new Item(doc, "event", Describe.event(g)));
        }
        continue;
      }
      Event r = reading.events().get(match[i]);
      taken[match[i]] = true;
      tally(r, true);
      onTarget(r.evidence(), g.evidence());
      if (g.optional()) continue;
      counts = counts.hit();
      FieldScores f = fields[0];
      fields[0] = new FieldScores(f.subtype().add(subtypeAgreement(g, r) > 0), f.actors().plus(actorCounts(g, r)),
          f.stance().add(g.attribution().stance() == r.attribution().stance()), f.date().add(sameDate(g.date(), r.date())),
          f.admin1().add(g.location().acceptsAdmin1(r.location().admin1())), f.outcome().add(g.outcome() == r.outcome()),
          f.casualtyFigures(), f.relationStance(), f.relationMeans(), f.controlStance(), f.controlStatus());
    }
    for (int j = 0; j < taken.length; j++) {
      if (taken[j]) continue;
      Event r = reading.events().get(j);
      counts = counts.falseAlarm();
      falseAlarms.add(new Item(doc, "event", Describe.event(r)));
      tally(r, false);
    }
    return counts;
  }

  private static boolean sameDate(DateRange a, DateRange b) {
    if (a == null || b == null) return a == b;
    return a.start().equals(b.start()) && a.end().equals(b.end());
  }

  // ---- casualties

  private Counts casualtyCounts(int[] match, FieldScores[] fields) {
    Counts counts = Counts.ZERO;
    boolean[] taken = new boolean[reading.events().size()];
    Ratio figures = Ratio.ZERO;
    for (int i = 0; i < match.length; i++) {
      Gold.Event g = gold.events().get(i);
      if (match[i] < 0) {
        for (Gold.Casualty c : g.casualties()) {
          if (g.optional() || c.optional()) continue;
          counts = counts.miss();
          misses.add(new Item(doc, "casualty", Describe.casualty(g, c)));
        }
        continue;
      }
      taken[match[i]] = true;
      Event r = reading.events().get(match[i]);
      List<Casualty> rc = r.casualties();
      int[] pairs = matchCasualties(g.casualties(), rc);
      boolean[] used = new boolean[rc.size()];
      for (int k = 0; k < pairs.length; k++) {
        Gold.Casualty c = g.casualties().get(k);
        boolean optional = g.optional() || c.optional();
        if (pairs[k] >= 0) used[pairs[k]] = true;
        if (optional) continue;
        figures = figures.add(pairs[k] >= 0);
        if (pairs[k] >= 0) {
          counts = counts.hit();
        } else {
          counts = counts.miss();
          misses.add(new Item(doc, "casualty", Describe.casualty(g, c) + readingFigure(c, rc, pairs)));
        }
      }
      for (int j = 0; j < rc.size(); j++) {
        if (used[j]) continue;
        counts = counts.falseAlarm();
        falseAlarms.add(new Item(doc, "casualty", Describe.casualty(r, rc.get(j))));
      }
    }
    for (int j = 0; j < taken.length; j++) {
      if (taken[j]) continue;
      Event r = reading.events().get(j);
      for (Casualty c : r.casualties()) {
        counts = counts.falseAlarm();
        falseAlarms.add(new Item(doc, "casualty", Describe.casualty(r, c)));
      }
    }
    FieldScores f = fields[0];
    fields[0] = new FieldScores(f.subtype(), f.actors(), f.stance(), f.date(), f.admin1(), f.outcome(),
        f.casualtyFigures().plus(figures), f.relationStance(), f.relationMeans(), f.controlStance(), f.controlStatus());
    return counts;
  }

  /** Pairs gold and reading figures of one matched event: same kind, same actor when both name one, and a right figure. */
  private int[] matchCasualties(List<Gold.Casualty> g, List<Casualty> r) {
    double[][] agreement = new double[g.size()][r.size()];
    for (int i = 0; i < g.size(); i++) {
      for (int j = 0; j < r.size(); j++) {
        Gold.Casualty gc = g.get(i);
        Casualty rc = r.get(j);
        boolean candidate = gc.kind() == rc.kind()
            && (gc.actor() == null || rc.actor() == null || vocab.sameActor(gc.actor(), rc.actor()))
            && CasualtyFigures.right(gc.low(), gc.high(), rc.low(), rc.high());
        agreement[i][j] = candidate
            ? CasualtyFigures.overlapShare(gc.low(), gc.high(), rc.low(), rc.high()) + (gc.optional() ? 0 : REQUIRED)
            : Assignment.NONE;
      }
    }
    return Assignment.best(agreement, r.size());
  }

  /** For a missed figure, what the reading said of the same loss, if anything. */
  private String readingFigure(Gold.Casualty c, List<Casualty> rc, int[] pairs) {
    var said = new ArrayList<String>();
    for (int j = 0; j < rc.size(); j++) {
      final int index = j;
      boolean paired = java.util.Arrays.stream(pairs).anyMatch(p -> p == index);
      Casualty r = rc.get(j);
      if (!paired && r.kind() == c.kind() && (r.actor() == null || vocab.sameActor(c.actor(), r.actor()))) {
        said.add(Describe.range(r.low(), r.high()));
      }
    }
    return said.isEmpty() ? "" : " (reading: " + String.join(", ", said) + ")";
  }

  // ---- relations

  private Counts relations(FieldScores[] fields) {
    var g = gold.relations();
    var r = reading.relations();
    double[][] agreement = new double[g.size()][r.size()];
    for (int i = 0; i < g.size(); i++) for (int j = 0; j < r.size(); j++) agreement[i][j] = relationAgreement(g.get(i), r.get(j));
    int[] match = Assignment.best(agreement, r.size());
    Counts counts = Counts.ZERO;
    boolean[] taken = new boolean[r.size()];
    Ratio stance = Ratio.ZERO;
    Ratio means = Ratio.ZERO;
    for (int i = 0; i < match.length; i++) {
      Gold.Relation gr = g.get(i);
      if (match[i] < 0) {
        if (!gr.optional()) {
          counts = counts.miss();
          misses.add(new Item(doc, "relation", Describe.relation(gr)));
        }
        continue;
      }
      Relation rr = r.get(match[i]);
      taken[match[i]] = true;
      tally(rr, true);
      onTarget(rr.evidence(), gr.evidence());
      if (gr.optional()) continue;
      counts = counts.hit();
      stance = stance.add(gr.attribution().stance() == rr.attribution().stance());
      means = means.add(meansAgree(gr.means(), rr.means()));
    }
    for (int j = 0; j < r.size(); j++) {
      if (taken[j]) continue;
      counts = counts.falseAlarm();
      falseAlarms.add(new Item(doc, "relation", Describe.relation(r.get(j))));
      tally(r.get(j), false);
    }
    FieldScores f = fields[0];
    fields[0] = new FieldScores(f.subtype(), f.actors(), f.stance(), f.date(), f.admin1(), f.outcome(),
        f.casualtyFigures(), f.relationStance().plus(stance), f.relationMeans().plus(means), f.controlStance(),
        f.controlStatus());
    return counts;
  }

  private double relationAgreement(Gold.Relation g, Relation r) {
    if (g.type() != r.type()) return Assignment.NONE;
    boolean direct = vocab.sameActor(g.from(), r.from()) && vocab.sameActor(g.to(), r.to());
    boolean swapped = g.type().symmetric() && vocab.sameActor(g.from(), r.to()) && vocab.sameActor(g.to(), r.from());
    if (!direct && !swapped) return Assignment.NONE;
    return (g.attribution().stance() == r.attribution().stance() ? 0.5 : 0) + (meansAgree(g.means(), r.means()) ? 0.25 : 0)
        + (direct ? 0.1 : 0) + (g.optional() ? 0 : REQUIRED);
  }

  private static final Set<String> STOP = Set.of("and", "the", "for", "with", "from", "of", "to", "by", "via");

  /** Means agree when neither gives any, or when they share a word ("supply flights" and "helicopter supply"). */
  static boolean meansAgree(String gold, String read) {
    boolean g = gold == null || gold.isBlank();
    boolean r = read == null || read.isBlank();
    if (g || r) return g == r;
    Set<String> a = new TreeSet<>(Names.words(gold));
    a.removeIf(w -> w.length() < 3 || STOP.contains(w));
    Set<String> b = Names.words(read);
    return a.stream().anyMatch(b::contains) || Names.key(gold).equals(Names.key(read));
  }

  // ---- control

  private Counts control(FieldScores[] fields) {
    var g = gold.control();
    var r = reading.control();
    double[][] agreement = new double[g.size()][r.size()];
    for (int i = 0; i < g.size(); i++) for (int j = 0; j < r.size(); j++) agreement[i][j] = controlAgreement(g.get(i), r.get(j));
    int[] match = Assignment.best(agreement, r.size());
    Counts counts = Counts.ZERO;
    boolean[] taken = new boolean[r.size()];
    Ratio stance = Ratio.ZERO;
    Ratio status = Ratio.ZERO;
    for (int i = 0; i < match.length; i++) {
      Gold.Control gc = g.get(i);
      if (match[i] < 0) {
        if (!gc.optional()) {
          counts = counts.miss();
          misses.add(new Item(doc, "control", Describe.control(gc)));
        }
        continue;
      }
      ControlClaim rc = r.get(match[i]);
      taken[match[i]] = true;
      tally(rc, true);
      onTarget(rc.evidence(), gc.evidence());
      if (gc.optional()) continue;
      counts = counts.hit();
      stance = stance.add(gc.attribution().stance() == rc.attribution().stance());
      status = status.add(gc.status() == rc.status());
    }
    for (int j = 0; j < r.size(); j++) {
      if (taken[j]) continue;
      counts = counts.falseAlarm();
      falseAlarms.add(new Item(doc, "control", Describe.control(r.get(j))));
      tally(r.get(j), false);
    }
    FieldScores f = fields[0];
    fields[0] = new FieldScores(f.subtype(), f.actors(), f.stance(), f.date(), f.admin1(), f.outcome(),
        f.casualtyFigures(), f.relationStance(), f.relationMeans(), f.controlStance().plus(stance),
        f.controlStatus().plus(status));
    return counts;
  }

  private double controlAgreement(Gold.Control g, ControlClaim r) {
    if (g.place().constrainsAdmin1() && !g.place().acceptsAdmin1(r.place().admin1())) return Assignment.NONE;
    if (!vocab.sameActor(g.holder(), r.holder())) return Assignment.NONE;
    if (!g.status().statusClass().equals(r.status().statusClass())) return Assignment.NONE;
    return vocab.placeAgreement(g.place().name(), r.place().name()) + (g.status() == r.status() ? 0.5 : 0)
        + (g.attribution().stance() == r.attribution().stance() ? 0.25 : 0)
        + (sameDate(g.date(), r.date()) ? 0.1 : 0) + (g.optional() ? 0 : REQUIRED);
  }

  // ---- persons

  private Counts persons() {
    var g = gold.persons();
    var r = reading.persons();
    double[][] agreement = new double[g.size()][r.size()];
    for (int i = 0; i < g.size(); i++) {
      for (int j = 0; j < r.size(); j++) {
        String a = g.get(i).name();
        String b = r.get(j).name();
        agreement[i][j] = !Names.samePerson(a, b) ? Assignment.NONE
            : (Names.key(a).equals(Names.key(b)) ? 1 : 0.5) + (g.get(i).optional() ? 0 : REQUIRED);
      }
    }
    int[] match = Assignment.best(agreement, r.size());
    Counts counts = Counts.ZERO;
    boolean[] taken = new boolean[r.size()];
    for (int i = 0; i < match.length; i++) {
      Gold.Person gp = g.get(i);
      if (match[i] < 0) {
        if (!gp.optional()) {
          counts = counts.miss();
          misses.add(new Item(doc, "person", Describe.person(gp)));
        }
        continue;
      }
      Person rp = r.get(match[i]);
      taken[match[i]] = true;
      tally(rp, true);
      onTarget(rp.evidence(), gp.evidence());
      if (!gp.optional()) counts = counts.hit();
    }
    for (int j = 0; j < r.size(); j++) {
      if (taken[j]) continue;
      counts = counts.falseAlarm();
      falseAlarms.add(new Item(doc, "person", Describe.person(r.get(j))));
      tally(r.get(j), false);
    }
    return counts;
  }

  // ---- evidence and rules

  /** Facts of the reading whose every evidence span is the text it claims to be. */
  private Ratio evidenceValid() {
    Ratio ratio = Ratio.ZERO;
    for (Fact f : reading.facts()) ratio = ratio.add(f.evidence().stream().allMatch(this::valid));
    return ratio;
  }

  private boolean valid(Span s) {
    return s.end() <= text.length() && text.substring(s.start(), s.end()).equals(s.text());
  }

  /**
   * A matched item's evidence is on target when one valid span overlaps a place where a gold
   * quote of the item stands and is not much longer than the clause: at most 300 characters,
   * or twice the quote. Items whose gold quotes are not placed are not judged.
   */
  private void onTarget(List<Span> evidence, List<Gold.Quote> quotes) {
    if (quotes.stream().allMatch(q -> q.occurrences().isEmpty())) return;
    boolean hit = false;
    for (Span s : evidence) {
      if (!valid(s)) continue;
      for (Gold.Quote q : quotes) {
        int limit = Math.max(300, 2 * q.text().length());
        for (Span at : q.occurrences()) if (s.overlaps(at) && s.length() <= limit) hit = true;
      }
    }
    onTarget = onTarget.add(hit);
  }

  private void tally(Fact fact, boolean matched) {
    for (String rule : new LinkedHashSet<>(fact.rules())) {
      RuleTally t = rules.computeIfAbsent(rule, k -> new RuleTally());
      t.hits++;
      if (matched) t.matched++;
      else t.falseAlarms++;
      for (Span s : fact.evidence()) t.sentences.add(s.start() + ":" + s.end());
    }
  }

  private static final class RuleTally {
    int hits;
    int matched;
    int falseAlarms;
    final Set<String> sentences = new TreeSet<>();
  }
}
