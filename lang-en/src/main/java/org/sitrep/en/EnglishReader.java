package org.sitrep.en;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.core.actor.ActorDictionary;
import org.sitrep.core.actor.PersonEntry;
import org.sitrep.core.date.DateMention;
import org.sitrep.core.date.DateResolver;
import org.sitrep.core.fact.Codebook;
import org.sitrep.core.fact.Drafted;
import org.sitrep.core.pipeline.RuleFiring;
import org.sitrep.core.place.PlaceEntry;
import org.sitrep.core.place.PlaceKind;
import org.sitrep.core.quantity.QuantityMention;
import org.sitrep.core.quantity.Range;
import org.sitrep.model.Anchor;
import org.sitrep.model.Attribution;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.DateRange;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Extent;
import org.sitrep.model.Fate;
import org.sitrep.model.Person;
import org.sitrep.model.Place;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Role;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.SubType;

/**
 * Reads the facts of one English document from its sentences, names, triggers and cues: one
 * event a sentence at most (its strongest trigger), control claims from every capture, hold or
 * withdrawal, relations from joining, warning and support, casualty figures next to casualty
 * words, and persons. Each fact carries the {@code en.*} rules that made it.
 *
 * <ul>
 *   <li>who acts: the actor after "by" in a passive, else the nearest actor before the trigger
 *       that is not the object of a preposition; a pronoun is the actor told before;
 *   <li>no event and no control from a trigger after "failed to", "not", "no", "denied that",
 *       "to" (an aim), a relative "that" (background), "likely to" or "warned that" (expected),
 *       nor from a plural noun of fighting without a day ("attacks have risen");
 *   <li>stance: "X said", "according to X" claimed by X; "likely", "appears" assessed; losses a
 *       party claims make a reported event claimed;
 *   <li>casualties: a count beside a casualty word ("killing two passengers", "12 fighters were
 *       killed", "six dead"), of the actor named in or after it, else the event's target;
 *       totals ("including ...") and forces ("1,000 fighters arrived") are no figures.
 * </ul>
 * Known weaknesses: one event a sentence, so a sentence telling two (a strike "a day after a
 * bombing") loses one; no parse, so a long clause between a subject and its verb can lend the
 * wrong actor; the author of a passive, unclaimed attack is an unidentified group.
 *
 * <p>One per document; not thread-safe.
 */
final class EnglishReader {
  static final String CIVILIANS = "Civilians";
  static final String PROTESTERS = "Protesters";
  static final String UNIDENTIFIED = "Unidentified armed group";
  /** Triggers that make an event, strongest first. */
  private static final List<String> PRIORITY = List.of("SUICIDE", "AIR", "SHELL", "IED", "ABDUCT", "ARREST", "FIRE", "DISPERSE",
      "PROTEST", "TRANSFER", "TAKE", "BASE", "JOIN", "AGREE", "PUNISH", "KILLING", "BOMB", "ATTACK", "SLAY");
  private static final Set<String> REMOTE = Set.of("SUICIDE", "AIR", "SHELL", "IED", "BOMB");
  /** Rule names of event triggers: one per pattern family (an IED and a blast are one way of reading an explosion). */
  private static final Map<String, String> EVENT_RULES = Map.ofEntries(Map.entry("ATTACK", "en.event.clash"),
      Map.entry("TAKE", "en.event.take"), Map.entry("TRANSFER", "en.event.transfer"), Map.entry("SUICIDE", "en.event.suicide"),
      Map.entry("AIR", "en.event.air-strike"), Map.entry("SHELL", "en.event.shelling"), Map.entry("IED", "en.event.explosive"),
      Map.entry("BOMB", "en.event.explosive"), Map.entry("ABDUCT", "en.event.against-civilians"), Map.entry("KILLING", "en.event.against-civilians"),
      Map.entry("ARREST", "en.event.arrest"), Map.entry("PROTEST", "en.event.protest"), Map.entry("DISPERSE", "en.event.protest-force"),
      Map.entry("FIRE", "en.event.protest-force"), Map.entry("BASE", "en.event.strategic"), Map.entry("JOIN", "en.event.strategic"),
      Map.entry("AGREE", "en.event.strategic"), Map.entry("PUNISH", "en.event.punishment"), Map.entry("DISRUPT", "en.event.defused"),
      Map.entry("SLAY", "en.event.killed-by"));
  /** Victims who bear no arms: killing them is violence against civilians, not fighting. */
  private static final Set<String> UNARMED = Set.of(CIVILIANS, PROTESTERS, "Former Afghan security forces", "Former Afghan government");
  /** Counters naming those who carried out an attack. */
  private static final Set<String> ATTACKERS = Set.of("attacker", "assailant", "bomber", "gunman", "raider");
  /** Nouns whose "of" names the group itself: "a group of", "fighters of". */
  private static final Set<String> GROUP_HEADS = Set.of("group", "members", "fighters", "unit", "units", "forces", "dozens", "hundreds",
      "scores", "number", "band", "team", "mujahideen", "soldiers", "troops", "men", "commanders", "militants");
  /** Capitals standing for their governments in talk of relations. */
  private static final Map<String, String> CAPITALS = Map.of("kabul", "Taliban", "islamabad", "Pakistan", "tehran", "Iran",
      "washington", "United States", "dushanbe", "Tajikistan", "moscow", "Russia", "tashkent", "Uzbekistan");

  record Drafts(List<Drafted<Event>> events, List<Drafted<Relation>> relations, List<Drafted<ControlClaim>> control,
      List<Drafted<Person>> persons) {}

  private final DocumentInfo info;
  private final String text;
  private final Words w;
  private final List<Span> sentences;
  private final List<Mention> mentions;
  private final List<Cue> triggers;
  private final List<Cue> cues;
  private final List<Cue> roles;
  private final List<QuantityMention> quantities;
  private final List<DateMention> dates;
  private final Codebook codebook;
  private final DateResolver resolver;
  private final ActorDictionary actors;
  private final Set<String> victimCounters;
  private final Set<String> civilianCounters;

  private final List<Draft> events = new ArrayList<>();
  private final List<Drafted<Relation>> relations = new ArrayList<>();
  private final List<Drafted<ControlClaim>> control = new ArrayList<>();
  private final Map<String, Drafted<Person>> persons = new LinkedHashMap<>();

  private int paragraph;
  private DateRange paragraphDate;
  private Mention paragraphPlace;
  private String paragraphAgent;
  private String lastSpeaker;
  private String lastSpeakerActor;
  /** The actor who speaks in the current sentence, when it is a party. */
  private String sentenceSpeaker;
  private String prevVictim;
  private int prevVictimEnd;
  /** The place the document names most: where a story happens when a sentence names none. */
  private Mention documentPlace;
  private Draft last;
  /** The event told most recently (made, retold or continued): what a sentence without an act of its own goes on about. */
  private Draft current;
  private YearMonth monthHint;
  /** The day of the last event told with one, and its sentence: the day of the story an undated act goes on telling. */
  private DateRange storyDate;
  private int storyDateSentence;

  EnglishReader(DocumentInfo info, String text, Words w, List<Span> sentences, List<Mention> mentions, List<Cue> triggers,
      List<Cue> cues, List<Cue> roles, List<QuantityMention> quantities, List<DateMention> dates, Codebook codebook,
      DateResolver resolver, ActorDictionary actors, Set<String> victimCounters, Set<String> civilianCounters) {
    this.info = info;
    this.text = text;
    this.w = w;
    this.sentences = sentences;
    this.mentions = mentions;
    this.triggers = triggers;
    this.cues = cues;
    this.roles = roles;
    this.quantities = quantities;
    this.dates = dates;
    this.codebook = codebook;
    this.resolver = resolver;
    this.actors = actors;
    this.victimCounters = victimCounters;
    this.civilianCounters = civilianCounters;
  }

  Drafts read() {
    documentPlace = mostNamedPlace();
    int prevEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      if (i > 0 && text.substring(prevEnd, s.start()).indexOf("\n") >= 0) {
        paragraph++;
        paragraphDate = null;
        paragraphPlace = null;
        paragraphAgent = null;
      }
      prevEnd = s.end();
      readSentence(s, i);
    }
    // "took Banu ... held Banu": a hold of a place the same holder took says nothing new
    control.removeIf(c -> c.fact().status() == ControlStatus.HOLDS && control.stream().anyMatch(o -> o.fact().status() == ControlStatus.TOOK
        && o.fact().holder().equals(c.fact().holder()) && o.fact().place().name().equals(c.fact().place().name())));
    List<Drafted<Event>> out = new ArrayList<>();
    for (Draft d : coalesce()) if (d.complete() && !history(d)) out.add(new Drafted<>(d.build(), d.firings));
    return new Drafts(out, relations, control, new ArrayList<>(persons.values()));
  }

  /** The Taliban's takeover (15 August 2021): reports from after it recall anything before it as background ("In March 2017, ..."). */
  private static final LocalDate TAKEOVER = LocalDate.of(2021, 8, 15);

  private boolean history(Draft d) {
    return d.date != null && d.date.end().isBefore(TAKEOVER) && info.published() != null && info.published().isAfter(TAKEOVER);
  }

  /**
   * One bombing or strike told twice with different words for its author ("rockets were
   * launched", "the group said it fired rockets at the airport"): same sub-type, same province,
   * no two different days, and an unnamed author on one side, become one event.
   */
  private List<Draft> coalesce() {
    List<Draft> out = new ArrayList<>();
    for (Draft d : events) {
      Draft into = null;
      if (REMOTE_TYPES.contains(d.subtype) && d.subtype != SubType.ATTACK && d.place != null) {
        for (Draft o : out) {
          if (o.subtype != d.subtype || o.place == null || o.place.admin1() == null || !o.place.admin1().equals(d.place.admin1())) continue;
          if (o.date != null && d.date != null && !o.date.near(d.date, 1)) continue;
          String a = o.side(1);
          String b = d.side(1);
          if (a != null && b != null && !a.equals(b) && !a.equals(UNIDENTIFIED) && !b.equals(UNIDENTIFIED)) continue;
          into = o;
          break;
        }
      }
      if (into == null) {
        out.add(d);
        continue;
      }
      if (UNIDENTIFIED.equals(into.side(1)) && d.side(1) != null && !UNIDENTIFIED.equals(d.side(1))) {
        Map<String, org.sitrep.model.ActorRef> rest = new LinkedHashMap<>(into.actors);
        rest.remove(UNIDENTIFIED);
        into.actors.clear();
        into.actors.put(d.side(1), d.actors.get(d.side(1)));
        into.actors.putAll(rest);
        into.renameCasualties(UNIDENTIFIED, d.side(1));
      }
      for (var r : d.actors.values()) if (!r.name().equals(UNIDENTIFIED) && !into.actors.containsKey(r.name())) into.actors.put(r.name(), new org.sitrep.model.ActorRef(r.name(), 2, null, r.anchor()));
      for (var c : d.casualties.entrySet()) into.casualties.putIfAbsent(c.getKey(), c.getValue());
      if (into.date == null) into.date = d.date;
      for (Span e : d.evidence) if (!into.evidence.contains(e)) into.evidence.add(e);
      into.firings.addAll(d.firings);
      into.fired("en.event.retold", d.evidence.get(0));
    }
    return out;
  }

  /** The place named most often (twice at least), provinces and countries aside; the first of equals. */
  private Mention mostNamedPlace() {
    Map<String, Integer> n = new LinkedHashMap<>();
    Map<String, Mention> first = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.kind() != Mention.Kind.PLACE || m.place().kind() == PlaceKind.COUNTRY || m.place().kind() == PlaceKind.PROVINCE || dateline(m)) continue;
      n.merge(m.name(), 1, Integer::sum);
      first.putIfAbsent(m.name(), m);
    }
    Mention best = null;
    int most = 1;
    for (var e : n.entrySet()) if (e.getValue() > most) {
      most = e.getValue();
      best = first.get(e.getKey());
    }
    return best;
  }

  // ---------------------------------------------------------------- sentence

  private void readSentence(Span s, int index) {
    List<Mention> ms = within(mentions, s);
    List<Cue> ts = cuesIn(triggers, s);
    List<Cue> cs = cuesIn(cues, s);
    List<QuantityMention> qs = new ArrayList<>();
    for (QuantityMention q : quantities) if (s.contains(q.span())) qs.add(q);
    sentenceSpeaker = null;
    Attribution att = attribution(s, ms, cs);
    persons(s, ms, cs);

    boolean rumour = hasType(cs, "RUMOUR"); // "unconfirmed reports said ...": nothing in it is a fact
    Cue main = null;
    for (String type : PRIORITY) {
      for (Cue t : ts) {
        if (t.type().equals(type) && usable(t, cs, qs, ms)) {
          main = t;
          break;
        }
      }
      if (main != null) break;
    }
    // "fired into the air to disperse crowds of relatives": people broken up with no protest told are no protest, nor a clash
    if (main != null && main.type().equals("DISPERSE") && !protestContext(ts) && !named(ms, PROTESTERS)) main = null;
    if (main != null) main = mainClauseAct(main, ts, cs, qs, ms);
    if (main != null && (main.type().equals("FIRE") || main.type().equals("DISPERSE")) && !protestContext(ts)) main = fallback(ts, cs, qs, main);
    if (main != null && main.type().equals("PROTEST") && negatedAnywhere(cs, main)) main = null;

    if (headline(s, index)) return; // a headline retells the story; its facts come from the body
    if (rumour) main = null;
    if (main != null && hasType(cs, "UNDONE")) main = null; // "a protest planned for 20 May did not take place"
    if (main != null && defused(main)) main = disrupted(main);
    if (main != null && future(main, cs)) main = null;
    if (main != null && generic(main, s)) main = null;
    DateRange date = date(s, main);
    if (date == null) date = dayAround(s);
    Draft made = null;
    Draft second = null;
    Draft retold = null;
    if (main != null && (retold = retelling(s, index, main, ms)) != null) main = null;
    if (main != null && condemned(main)) main = null; // "condemned what he called unprovoked shelling": an act told already, or none
    Cue other = main == null ? null : secondTrigger(ts, cs, qs, ms, main);
    if (other != null) {
      // two acts told in one sentence ("rockets hit the airport, a day after a drone strike in the city"): each its own part
      int cut = boundary(main, other);
      Span first = new Span(s.start(), cut, text.substring(s.start(), cut));
      Span rest = new Span(cut, s.end(), text.substring(cut, s.end()));
      boolean mainFirst = main.start() < cut;
      made = event(s, index, main, within(ms, mainFirst ? first : rest), ts, cs, date, att);
      second = event(s, index, other, within(ms, mainFirst ? rest : first), ts, cs, date, att);
      if (made != null && second != null) {
        // figures go to the act whose part of the sentence holds them
        if (mainFirst) second.partStart = cut;
        else {
          Draft x = made;
          made = second;
          second = x;
          second.partStart = cut;
        }
      }
      if (made != null && second != null && second.place != null && second.place.anchor() == null && made.place != null) second.place = made.place.withAnchor(null);
      if (made != null && second != null) dayBefore(second, cut);
      if (made == null) {
        made = second;
        second = null;
      }
    } else if (main != null) made = event(s, index, main, ms, ts, cs, date, att);
    if (!rumour) {
      territory(s, ms, ts, cs, date, att);
      relationsOf(s, ms, ts, cs, date, att);
    }
    Draft target = made != null ? made : retold;
    if (target == null && continues(s, index, ms, ts, cs)) target = current;
    if (target != null) {
      target.told = index;
      current = target;
    }
    if (second != null) second.told = index;
    if (!rumour) casualties(s, ms, cs, withArticleCounts(qs, cs), target, second, att);
    responsibility(s, index, ms, ts, cs);
    if (made == null && last != null && last.weakPlace && index - last.sentence <= 2) {
      // "... a drone strike in eastern Afghanistan. The strike in Nangarhar province killed two": the place told next
      for (Mention m : ms) {
        if (m.kind() != Mention.Kind.PLACE || dateline(m) || m.place().kind() == PlaceKind.COUNTRY) continue;
        last.place = m.place().toPlace(new Anchor(text.substring(m.start(), m.end()), m.start(), m.end()));
        last.weakPlace = false;
        last.fired("en.place.context", new Span(m.start(), m.end(), text.substring(m.start(), m.end())));
        break;
      }
    }
    if (second != null) made = second;
    if (made != null) last = made;
    if (made != null && made.date != null && made.date.precision() == org.sitrep.model.Precision.DAY) {
      storyDate = made.date;
      storyDateSentence = index;
    }
    if (date != null) paragraphDate = date;
    if (paragraphPlace == null) for (Mention m : ms) if (m.kind() == Mention.Kind.PLACE && !dateline(m) && m.place().kind() != PlaceKind.COUNTRY && locative(m)) {
      paragraphPlace = m; // "people waved flags in Kabul city. Fighters fired to disperse them": the place told before
      break;
    }
  }

  /**
   * "two soldiers were killed by security forces, days after they had been detained": an act in
   * an "after" clause is what came before; the act of the main clause, told before it, is the event.
   */
  private Cue mainClauseAct(Cue main, List<Cue> ts, List<Cue> cs, List<QuantityMention> qs, List<Mention> ms) {
    int after = -1;
    for (int k = main.from() - 1; k >= 0 && k >= main.from() - 6; k--) {
      if (w.type(k) == Words.PUNCT) break;
      if (w.is(k, "after")) after = k;
    }
    if (after < 0) return main;
    for (Cue t : ts) if (t != main && t.to() <= after && EVENT_RULES.containsKey(t.type()) && usable(t, cs, qs, ms)) return t;
    return main;
  }

  /** "clashes erupted between X and Y", "clashes between X and Y": the two sides named after "between". */
  private Mention[] between(List<Mention> ms, Cue t) {
    int k = t.to();
    for (; k < w.size() && k <= t.to() + 3; k++) if (w.is(k, "between")) break;
    if (k >= w.size() || !w.is(k, "between")) return null;
    int at = w.end(k);
    Mention a = null;
    for (Mention m : ms) {
      if (m.kind() != Mention.Kind.ACTOR || m.start() < at || CIVILIANS.equals(m.name())) continue;
      if (a == null) {
        if (m.start() - at > 8) return null;
        a = m;
      } else if (!m.name().equals(a.name())) {
        String gap = text.substring(a.end(), m.start()).toLowerCase(java.util.Locale.ROOT);
        return gap.contains(" and ") && gap.length() < 30 ? new Mention[] {a, m} : null;
      }
    }
    return null;
  }

  /** "raided a house", "raided homes in the village": a raid on people at home. */
  private boolean raidOnHome(Cue t) {
    if (!w.lower(t.from()).startsWith("raid")) return false;
    for (int k = t.to(); k < w.size() && k <= t.to() + 3; k++) {
      if (w.type(k) == Words.PUNCT) return false;
      String x = w.lower(k);
      if (x.startsWith("house") || x.startsWith("home") || x.equals("compound") || x.equals("village") || x.equals("villages")) return true;
    }
    return false;
  }

  /** "attacked a checkpoint", "ambushed a police patrol": a post or patrol of the authorities is the target. */
  private boolean statePost(Cue t) {
    for (int k = t.to(); k < w.size() && k <= t.to() + 3; k++) {
      if (w.type(k) == Words.PUNCT) return false;
      String x = w.lower(k);
      if (x.startsWith("checkpoint") || x.equals("post") || x.equals("posts") || x.startsWith("outpost") || x.equals("police")
          || x.startsWith("patrol") || x.startsWith("convoy")) return true;
    }
    return false;
  }

  /** "an IED was found and defused", "a bomb planted under a bridge was defused": a device that never went off. */
  private boolean defused(Cue t) {
    if (!t.type().equals("IED") && !t.type().equals("BOMB")) return false;
    Span s = sentenceOf(t);
    for (int k = tokenAt(s.start()); k < w.size() && w.start(k) < s.end(); k++) {
      String x = w.lower(k);
      if (x.equals("defused") || x.equals("dismantled") || x.equals("neutralised") || x.equals("neutralized") || x.equals("disarmed")) return true;
    }
    return false;
  }

  /** The trigger of a defused device, read as disrupted weapons use. */
  private static Cue disrupted(Cue t) {
    return new Cue("DISRUPT", t.from(), t.to(), t.start(), t.end());
  }

  private static boolean named(List<Mention> ms, String name) {
    for (Mention m : ms) if (m.name().equals(name)) return true;
    return false;
  }

  /** "the 2020 Doha deal", "under the agreement": a known agreement named, not one made; "signed a deal", "reached an agreement" make one. */
  private boolean namedAgreement(Cue t) {
    if (!t.type().equals("AGREE") || w.lower(t.from()).startsWith("agreed")) return false;
    for (int k = t.from() - 1; k >= 0 && k >= t.from() - 4; k--) {
      String x = w.lower(k);
      if (x.startsWith("sign") || x.startsWith("reach") || x.startsWith("struck") || x.startsWith("strike") || x.startsWith("conclud")
          || x.startsWith("announc") || x.startsWith("agree") || x.equals("new")) return false;
    }
    return true;
  }

  /** A trigger that can make an event: not negated, not an aim, not a capture of people, not an entry into nowhere. */
  private boolean usable(Cue t, List<Cue> cs, List<QuantityMention> qs, List<Mention> ms) {
    if (t.type().equals("TRANSFER") && retreatBefore(triggersIn(t), t)) return false;
    if (w.is(t.from(), "bodies") && !counted(t, qs)) return false; // "bodies left by roadsides": talk of a practice, no incident
    if (t.type().equals("KILLING") && killedAttackers(t)) return false; // "all three attackers were shot dead": the end of an attack
    if (namedAgreement(t)) return false;
    // "since the Taliban took over", "the Taliban, who took over Kabul": ground taken as background
    if ((t.type().equals("TAKE") || t.type().equals("TRANSFER") || t.type().equals("RETREAT")) && (since(t) || relative(t))) return false;
    if (perfectSince(t)) return false;
    if (t.type().equals("SLAY") && !slaying(t, ms)) return false;
    if (w.lower(t.from()).startsWith("gather") && !protestWords(sentenceOf(t))) return false;
    return !negated(t, cs) && !intended(t) && !personCapture(t, qs) && !enteredNowhere(t, ms) && !joinedProtest(t);
  }

  /**
   * "families gathered at the gates", "fighters gathered in Kunar": people gathering protest only
   * when the sentence says what for ("gathered to demand", "chanting slogans", "against the ban").
   */
  private boolean protestWords(Span s) {
    for (int k = tokenAt(s.start()); k < w.size() && w.start(k) < s.end(); k++) {
      String x = w.lower(k);
      if (x.startsWith("demand") || x.startsWith("chant") || x.startsWith("slogan") || x.startsWith("protest") || x.equals("against")
          || x.startsWith("placard") || x.startsWith("banner") || x.equals("rights") || x.startsWith("decr") || x.startsWith("rall")) return true;
    }
    return false;
  }

  private List<Cue> triggersIn(Cue t) {
    return cuesIn(triggers, sentenceOf(t));
  }

  /** "the bodies of three men", "55 bodies": a count beside the word. */
  private boolean counted(Cue t, List<QuantityMention> qs) {
    for (QuantityMention q : qs) {
      int a = tokenAt(q.span().start());
      int b = tokenAt(q.span().end() - 1);
      if (b < t.from() && t.from() - b <= 2 || a > t.from() && a - t.to() <= 1) return true;
    }
    return false;
  }

  /** "had joined a protest": taking part in a protest, not joining a group. */
  private boolean joinedProtest(Cue t) {
    if (!t.type().equals("JOIN")) return false;
    for (Cue o : triggers) if (o.type().equals("PROTEST") && o.from() >= t.to() && o.from() - t.to() <= 2) return true;
    return false;
  }

  /**
   * "intelligence officials detained", "Taliban police detained", "the GDI detained": a body that
   * arrests people; fighters rounding men up in a sweep ("Taliban fighters detained dozens of
   * men in the villages") take them away.
   */
  private boolean policing(Mention agent, Cue t) {
    if (agent == null) return false;
    // "detained by Taliban intelligence officers": the body follows the name
    int from = tokenAt(agent.start());
    int to = agent.start() > t.start() ? Math.min(w.size(), tokenAt(agent.end() - 1) + 3) : t.from();
    for (int k = from; k < to; k++) {
      String x = w.lower(k);
      if (x.startsWith("intelligen") || x.startsWith("police") || x.equals("officials") || x.equals("authorities") || x.equals("security")
          || x.equals("gdi") || x.equals("ministry") || x.equals("directorate")) return true;
    }
    return false;
  }

  private static boolean isBattle(Draft d) {
    return d.subtype == SubType.ARMED_CLASH || d.subtype == SubType.GOVERNMENT_REGAINS_TERRITORY || d.subtype == SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
  }

  /** "attackers were shot dead", "shot dead the gunmen": those killed attacked. */
  private boolean killedAttackers(Cue t) {
    if (w.is(t.to() - 1, "by")) return false; // "were killed by gunmen": the gunmen killed
    boolean passive = t.from() > 0 && (w.is(t.from() - 1, "were") || w.is(t.from() - 1, "was") || w.is(t.from() - 1, "been"));
    // the attackers are those shot only when they stand after the verb, or before a passive one ("gunmen shot dead two" is the reverse)
    for (int k = passive ? Math.max(0, t.from() - 4) : t.to(); k < Math.min(w.size(), t.to() + 3); k++) {
      String x = w.lower(k);
      if (x.startsWith("attacker") || x.startsWith("assailant") || x.startsWith("gunm") || x.startsWith("militant")) return true;
    }
    return false;
  }

  /** Families of triggers: two triggers of one family in a sentence tell one act. */
  private static int family(String type) {
    return switch (type) {
      case "SUICIDE", "AIR", "SHELL", "IED", "BOMB" -> 1;
      case "PROTEST", "DISPERSE", "FIRE" -> 2;
      case "ABDUCT", "ARREST" -> 3;
      case "JOIN", "AGREE" -> 4;
      default -> 0; // fighting, ground taken or given, killings, bases
    };
  }

  /**
   * A second act told in the same sentence: a trigger of another family set off by a clause
   * boundary, or two explosive acts whose parts each name their own author or place ("rockets
   * were fired at the airport, a day after a U.S. drone strike in the city"). Fighting and the
   * bombing it was done with are one act.
   */
  private Cue secondTrigger(List<Cue> ts, List<Cue> cs, List<QuantityMention> qs, List<Mention> ms, Cue main) {
    int fm = family(main.type());
    for (Cue t : ts) {
      if (t == main || !EVENT_RULES.containsKey(t.type()) || !usable(t, cs, qs, ms) || future(t, cs)) continue;
      int ft = family(t.type());
      // fighting and the bombing, protest or raid-and-detention it was part of are one act
      if (fm == 0 && ft != 4 || ft == 0 && fm != 4) continue;
      if (ft == fm && ft != 1) continue;
      if (ft == 1 && fm == 1 && (t.type().equals(main.type()) || definite(t) || definite(main))) continue;
      if (aftermath(t) || aftermath(main)) continue;
      int cut = boundary(main, t);
      if (cut < 0) continue;
      if (ft == 1 && fm == 1) {
        // both explosive: each part names its own author or place
        Cue a = main.start() < t.start() ? main : t;
        Cue b = a == main ? t : main;
        if (!namesSomething(ms, a.start() < cut ? startOf(a) : cut, cut) || !namesSomething(ms, cut, endOf(b))) continue;
      }
      return t;
    }
    return null;
  }

  private int startOf(Cue c) {
    for (Span s : sentences) if (s.start() <= c.start() && c.start() < s.end()) return s.start();
    return c.start();
  }

  private int endOf(Cue c) {
    for (Span s : sentences) if (s.start() <= c.start() && c.start() < s.end()) return s.end();
    return c.end();
  }

  private static boolean namesSomething(List<Mention> ms, int a, int b) {
    for (Mention m : ms) if (m.start() >= a && m.end() <= b && m.kind() != Mention.Kind.PERSON) return true;
    return false;
  }

  /**
   * Where the clause of the later of two triggers starts: the last clause word (a comma, ';',
   * "and", "as", "after", "while", "when", "before", "whereas") between them; -1 if none.
   */
  private int boundary(Cue x, Cue y) {
    Cue a = x.start() < y.start() ? x : y;
    Cue b = a == x ? y : x;
    for (int k = b.from() - 1; k >= a.to(); k--) {
      if (w.isPunct(k, ',') || w.isPunct(k, ';')) return w.end(k);
      String l = w.lower(k);
      if (l.equals("and") || l.equals("as") || l.equals("after") || l.equals("while") || l.equals("when") || l.equals("before")
          || l.equals("whereas")) {
        // "a day after": the clause starts at its measure of time
        int j = k;
        if (j >= 2 && (w.is(j - 1, "day") || w.is(j - 1, "days") || w.is(j - 1, "hours") || w.is(j - 1, "week") || w.is(j - 1, "weeks"))) j -= 2;
        return w.start(j);
      }
    }
    return -1;
  }

  /** "the previous day", "the day before", "the next day": a day from the day the story told last. */
  private DateRange dayAround(Span s) {
    DateRange base = current != null && current.date != null ? current.date : paragraphDate;
    if (base == null || base.precision() != org.sitrep.model.Precision.DAY) return null;
    for (int k = tokenAt(s.start()); k + 2 < w.size() && w.start(k) < s.end(); k++) {
      if (!w.is(k, "the")) continue;
      String a = w.lower(k + 1);
      String b = w.lower(k + 2);
      int shift = a.equals("previous") && b.equals("day") || a.equals("day") && b.equals("before") ? -1
          : (a.equals("next") || a.equals("following")) && b.equals("day") ? 1 : 0;
      if (shift == 0) continue;
      return DateRange.day(base.start().plusDays(shift), new Anchor(text.substring(w.start(k), w.end(k + 2)), w.start(k), w.end(k + 2)));
    }
    return null;
  }

  /** "..., a day after a drone strike in the city": the act of the later part happened the day before the first. */
  private void dayBefore(Draft later, int cut) {
    int k = tokenAt(cut);
    if (k + 2 >= w.size() || !(w.is(k, "a") || w.is(k, "one")) || !w.is(k + 1, "day") || !w.is(k + 2, "after")) return;
    DateRange d = later.date;
    if (d == null || d.precision() != org.sitrep.model.Precision.DAY) return;
    later.date = DateRange.day(d.start().minusDays(1), null);
    later.fired("en.date.day-after", new Span(w.start(k), w.end(k + 2), text.substring(w.start(k), w.end(k + 2))));
  }

  /** "condemned the shelling", "denounced what it called an attack": the act is one told already, never a new one. */
  private boolean condemned(Cue t) {
    for (int k = t.from() - 1; k >= 0 && k >= t.from() - 9; k--) if (w.lower(k).startsWith("condemn") || w.lower(k).startsWith("denounc")) return true;
    return false;
  }

  /** "the blast", "the strike", "the fighting": a trigger with a definite article before it. */
  private boolean definite(Cue t) {
    if (t.from() == 0) return false;
    // "condemned what he called unprovoked shelling": the act condemned was told already
    for (int k = t.from() - 1; k >= 0 && k >= t.from() - 5; k--) if (w.lower(k).startsWith("condemn") || w.lower(k).startsWith("denounc")) return true;
    String x = w.lower(t.from() - 1);
    // "Thursday's attack": a possessive names an act told already
    return x.equals("the") || x.equals("that") || x.equals("this") || x.equals("'s") || x.equals("\u2019s");
  }

  /** "large blasts after the strike": explosions that followed the act just told are part of it. */
  private boolean aftermath(Cue t) {
    int k = t.to();
    return k + 2 < w.size() && w.is(k, "after") && w.is(k + 1, "the") && EVENT_NOUNS.contains(w.lower(k + 2));
  }

  private static final Set<String> EVENT_NOUNS = Set.of("strike", "attack", "blast", "explosion", "bombing", "raid", "airstrike", "assault");

  /**
   * "The blast killed 12", "ten people died when the missile hit", "in the fighting": a
   * definite trigger (or the aftermath of one) naming no new place, soon after an event, tells
   * that event again: its clause joins the event's evidence and its figures go to it.
   */
  private Draft retelling(Span s, int index, Cue t, List<Mention> ms) {
    boolean unauthored = family(t.type()) == 1 && agent(ms, t) == null && !another(t);
    if (!definite(t) && !aftermath(t) && !unauthored) return null;
    Draft to = null;
    boolean exact = false;
    for (Draft d : events) {
      if (index - d.told > 3 || !compatible(t, d.subtype) || !placeAgrees(d, ms)) continue;
      // "two Hellfire missiles", "a rocket hit an empty house" after a drone strike: the same strike, told by its weapon
      boolean same = subtypeOf(t.type()) == d.subtype;
      if (!definite(t) && !aftermath(t) && !same && !(family(t.type()) == 1 && d.subtype == SubType.AIR_DRONE_STRIKE)) continue;
      if (to == null || same && !exact || same == exact && d.told >= to.told) {
        to = d;
        exact = same;
      }
    }
    if (to == null) return null;
    Span ev = clause(s, t);
    if (to.evidence.stream().noneMatch(e -> e.overlaps(ev))) to.evidence.add(ev);
    to.fired("en.event.retold", words(t));
    return to;
  }

  /** Every place the sentence names (datelines and countries aside) lies in the event's province. */
  private boolean placeAgrees(Draft d, List<Mention> ms) {
    for (Mention m : ms) {
      if (m.kind() != Mention.Kind.PLACE || dateline(m) || m.place().kind() == PlaceKind.COUNTRY || government(m)) continue;
      if (d.place == null || m.place().admin1() == null || !m.place().admin1().equals(d.place.admin1())) return false;
    }
    return true;
  }

  /** "in a separate incident", "another blast": a new act, whatever its words. */
  private boolean another(Cue t) {
    for (int k = Math.max(0, t.from() - 12); k < t.from(); k++) {
      String x = w.lower(k);
      if (x.equals("separate") || x.equals("another") || x.equals("second") || x.equals("also") || x.equals("meanwhile")) return true;
    }
    return false;
  }

  private static SubType subtypeOf(String type) {
    return switch (type) {
      case "SUICIDE" -> SubType.SUICIDE_BOMB;
      case "AIR" -> SubType.AIR_DRONE_STRIKE;
      case "SHELL" -> SubType.SHELLING_ARTILLERY_MISSILE;
      case "IED", "BOMB" -> SubType.REMOTE_EXPLOSIVE;
      default -> null;
    };
  }

  /** Whether a definite trigger can name an event of this kind again ("the missile" a drone strike, "the attack" anything). */
  private boolean compatible(Cue t, SubType told) {
    String x = w.lower(t.to() - 1);
    return switch (t.type()) {
      case "AIR" -> told == SubType.AIR_DRONE_STRIKE;
      case "SHELL" -> told == SubType.SHELLING_ARTILLERY_MISSILE || (x.startsWith("missile") || x.startsWith("rocket")) && told == SubType.AIR_DRONE_STRIKE;
      case "SUICIDE" -> told == SubType.SUICIDE_BOMB;
      case "IED", "BOMB" -> REMOTE_TYPES.contains(told) && told != SubType.ATTACK;
      case "ATTACK" -> true;
      default -> false;
    };
  }

  /**
   * A sentence without an act of its own continues the event told just before ("The death toll
   * rose to 18"): in the next sentence, or within three in the same paragraph, when it made no
   * event of its own, negates no act and names no place elsewhere.
   */
  private boolean continues(Span s, int index, List<Mention> ms, List<Cue> ts, List<Cue> cs) {
    Draft last = current;
    if (last == null) return false;
    int gap = index - last.told;
    if (!(gap <= 2 || last.paragraph == paragraph && gap <= 3)) return false;
    // "failed to capture the village, losing 12 men": figures of an act that did not happen are no one's
    for (Cue t : ts) if (EVENT_RULES.containsKey(t.type()) && negated(t, cs)) return false;
    for (Mention m : ms) {
      if (m.kind() != Mention.Kind.PLACE || dateline(m) || m.place().kind() == PlaceKind.COUNTRY) continue;
      if (last.place != null && m.place().admin1() != null && m.place().admin1().equals(last.place.admin1())) return true;
      if (last.place == null || last.weakPlace) {
        // "... a drone strike in eastern Afghanistan. The strike in Nangarhar province killed two": the place told next
        last.place = m.place().toPlace(new Anchor(text.substring(m.start(), m.end()), m.start(), m.end()));
        last.weakPlace = false;
        last.fired("en.place.context", new Span(m.start(), m.end(), text.substring(m.start(), m.end())));
        return true;
      }
      return false;
    }
    return true;
  }

  /** "in Kabul", "at the airport in Kabul", "near Rokha": a place where something is, not "the Doha deal" or "Kabul must ...". */
  private boolean locative(Mention m) {
    int k = tokenAt(m.start());
    for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
      String x = w.lower(j);
      if (x.equals("the") || x.equals("a") || x.equals("northern") || x.equals("southern") || x.equals("eastern") || x.equals("western")
          || x.equals("central") || x.equals("neighbouring") || x.equals("neighboring")) continue;
      return x.equals("in") || x.equals("at") || x.equals("near") || x.equals("outside") || x.equals("inside") || x.equals("into")
          || x.equals("across") || x.equals("around") || x.equals("of") || x.equals("on") || x.equals("to") || x.equals("towards");
    }
    return false;
  }

  /** The first line of the document standing alone without a full stop: a headline. */
  private boolean headline(Span s, int index) {
    if (index != 0) return false;
    char c = text.charAt(s.end() - 1);
    return c != '.' && c != '"' && s.end() < text.length() && text.indexOf('\n', s.start()) >= s.end() - 1;
  }

  /** "ISKP is likely to attempt further attacks", "warned that another attack was likely": expected, not done. */
  private boolean future(Cue t, List<Cue> cs) {
    for (Cue c : cs) if (c.type().equals("FUTURE") && c.end() <= t.start()) return true;
    return false;
  }

  /** "attacks by the TTP have risen": a plural noun of fighting with no day of its own is talk of a trend, not an event. */
  private boolean generic(Cue t, Span s) {
    // "IED and targeted-killing activity continues": a kind of activity, not an incident
    for (int k = t.to(); k < w.size() && k <= t.to() + 4; k++) {
      if (w.type(k) == Words.PUNCT && !w.isDash(k)) break;
      if (w.lower(k).startsWith("activit")) return true;
    }
    if (!t.type().equals("ATTACK") || t.to() - t.from() != 1) return false;
    String x = w.lower(t.from());
    if (!x.endsWith("s") || x.endsWith("ss")) return false;
    for (DateMention d : dates) if (s.contains(d.span())) return false;
    return true;
  }

  /** A firing to one side when shots at a crowd are told with no protest in sight: a plain clash. */
  private Cue fallback(List<Cue> ts, List<Cue> cs, List<QuantityMention> qs, Cue fire) {
    if (last != null && last.paragraph == paragraph && isProtest(last.subtype)) return fire;
    // "guards opened fire on a group of migrants": shots at unarmed people are violence against civilians
    for (Mention m : mentions) {
      if (m.start() < fire.end() || m.kind() == Mention.Kind.PLACE) continue;
      if (m.start() - fire.end() <= 40 && CIVILIANS.equals(m.name())) return new Cue("KILLING", fire.from(), fire.to(), fire.start(), fire.end());
      break;
    }
    return new Cue("ATTACK", fire.from(), fire.to(), fire.start(), fire.end());
  }

  private static boolean isProtest(SubType t) {
    return t == SubType.PEACEFUL_PROTEST || t == SubType.PROTEST_WITH_INTERVENTION || t == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
  }

  private boolean protestContext(List<Cue> ts) {
    for (Cue t : ts) if (t.type().equals("PROTEST")) return true;
    return last != null && last.paragraph == paragraph && isProtest(last.subtype);
  }

  // ---------------------------------------------------------------- events

  private Draft event(Span s, int index, Cue t, List<Mention> ms, List<Cue> ts, List<Cue> cs, DateRange date, Attribution att) {
    String type = t.type();
    Mention agent = agent(ms, t);
    String agentName = agent == null ? null : actorOf(agent);
    if (CIVILIANS.equals(agentName) && REMOTE.contains(type)) agentName = null; // "relatives said ten died when the missile hit": victims, not attackers
    if (agentName == null && pronounBefore(t)) agentName = paragraphAgent;
    Mention patient = patient(ms, t, agentName);
    if (patient != null && actorOf(patient) == null) patient = null;
    if (patient != null && patient.kind() == Mention.Kind.PERSON) patient = null;
    Draft d = new Draft();
    d.paragraph = paragraph;
    d.sentence = index;
    d.told = index;
    d.attribution = att;
    d.date = date != null ? date : paragraphDate;
    String rule = EVENT_RULES.getOrDefault(type, "en.event." + type.toLowerCase(java.util.Locale.ROOT));
    switch (type) {
      case "SUICIDE", "IED", "BOMB", "SHELL", "AIR" -> {
        if ((agentName == null || agentName.equals(UNIDENTIFIED)) && patient == null && last != null && index - last.sentence <= 4
            && (last.paragraph == paragraph || date == null)) {
          // "both sides used mortars": a weapon named in the telling of the event just told
          last.evidence.add(clause(s, t));
          return last;
        }
        d.subtype = switch (type) {
          case "SUICIDE" -> SubType.SUICIDE_BOMB;
          case "AIR" -> SubType.AIR_DRONE_STRIKE;
          case "SHELL" -> SubType.SHELLING_ARTILLERY_MISSILE;
          default -> SubType.REMOTE_EXPLOSIVE;
        };
        d.actor(agentName != null ? agentName : UNIDENTIFIED, 1, anchor(agent));
        if (patient != null) d.actor(patient.name(), 2, anchor(patient));
      }
      case "ABDUCT", "ARREST" -> {
        if (agentName == null && patient == null && recentProtest() != null) {
          // "Several women were briefly detained": the protest just told met force
          Draft protest = recentProtest();
          protest.evidence.add(clause(s, t));
          protest.fired("en.event.protest-force", words(t));
          return protest;
        }
        d.subtype = type.equals("ABDUCT") ? SubType.ABDUCTION : SubType.ARRESTS;
        // "intelligence officials detained five suspects": the state detaining is an arrest
        // "intelligence officials detained three men", "the authorities detained the activist": the state detaining is an arrest
        if (type.equals("ABDUCT") && agentName != null && w.lower(t.from()).startsWith("detain") && policing(agent, t)
            && codebook.isState(agentName, d.date == null ? info.published() : d.date.start())) {
          d.subtype = SubType.ARRESTS;
          d.fired("en.event.arrest", words(t));
        }
        if (CIVILIANS.equals(agentName) || PROTESTERS.equals(agentName)) {
          // "two activists ... were detained": the people named are the victims
          patient = agent;
          agentName = CIVILIANS.equals(paragraphAgent) || PROTESTERS.equals(paragraphAgent) ? null : paragraphAgent;
          agent = null;
          if (agentName == null && recentProtest() != null) {
            // "Several women were briefly detained" after a protest: the protest met force
            Draft protest = recentProtest();
            protest.evidence.add(clause(s, t));
            protest.fired("en.event.protest-force", words(t));
            return protest;
          }
        }
        boolean detention = w.lower(t.from()).startsWith("detain") || type.equals("ARREST");
        if (agentName == null && detention && t.from() > 0 && BE.contains(w.lower(t.from() - 1))
            && codebook.isState("Taliban", d.date == null ? info.published() : d.date.start())) {
          // "three men were detained in Herat": held by the authorities of the day
          agentName = "Taliban";
          d.subtype = SubType.ARRESTS;
          d.fired("en.event.arrest", words(t));
        }
        if (agentName == null) agentName = UNIDENTIFIED;
        d.actor(agentName, 1, anchor(agent));
        d.actor(patient != null && !patient.name().equals(agentName) ? patient.name() : CIVILIANS, 2, anchor(patient));
      }
      case "PROTEST", "DISPERSE", "FIRE" -> {
        Mention force = type.equals("PROTEST") ? interveningForce(ms, ts) : agent;
        boolean fire = type.equals("FIRE") || hasType(ts, "FIRE");
        boolean disperse = type.equals("DISPERSE") || hasType(ts, "DISPERSE");
        Draft protest = type.equals("PROTEST") ? null : recentProtest();
        if (protest != null && force != null) {
          // the protest just told met force: it becomes an intervention or excessive force
          protest.subtype = fire ? SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS : SubType.PROTEST_WITH_INTERVENTION;
          protest.actor(force.name(), 2, anchor(force));
          protest.evidence.add(clause(s, t));
          protest.fired(rule, words(t));
          return protest;
        }
        d.subtype = force == null ? SubType.PEACEFUL_PROTEST : fire ? SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
            : disperse ? SubType.PROTEST_WITH_INTERVENTION : SubType.PEACEFUL_PROTEST;
        d.actor(PROTESTERS, 1, null);
        if (force != null && !force.name().equals(PROTESTERS)) d.actor(force.name(), 2, anchor(force));
      }
      case "TAKE", "TRANSFER" -> {
        if (agentName == null) return null;
        if (type.equals("TAKE") && ownPlaces(ms, t).isEmpty() && !anaphor(t)) return null; // "was seized the same night": a person, not ground
        d.subtype = type.equals("TRANSFER") ? SubType.NON_VIOLENT_TRANSFER : codebook.territory(agentName, d.date == null ? null : d.date.start());
        d.actor(agentName, 1, anchor(agent));
        String other = patient != null ? patient.name() : lastOpponent(agentName);
        if (other != null) d.actor(other, 2, anchor(patient));
      }
      case "BASE" -> {
        if (agentName == null) return null;
        d.subtype = SubType.BASE_ESTABLISHED;
        d.actor(agentName, 1, anchor(agent));
      }
      case "JOIN" -> {
        if (agentName == null) return null;
        d.subtype = SubType.CHANGE_TO_GROUP;
        d.actor(agentName, 1, anchor(agent));
      }
      case "AGREE" -> {
        if (agentName == null) {
          // "the reopening was agreed at talks between Pakistani officials and a Taliban delegation"
          agent = firstAfter(ms, t.end(), 200);
          agentName = agent == null ? null : actorOf(agent);
        }
        if (agentName == null) return null;
        d.subtype = SubType.AGREEMENT;
        d.actor(agentName, 1, anchor(agent));
        Mention other = otherActor(ms, agentName);
        if (other != null) d.actor(other.name(), 2, anchor(other));
      }
      case "DISRUPT" -> {
        // "a second IED was found by Taliban personnel and defused": the authorities disrupted it
        String by = agentName != null && !agentName.equals(CIVILIANS) && !agentName.equals(UNIDENTIFIED) ? agentName
            : codebook.isState("Taliban", d.date == null ? info.published() : d.date.start()) ? "Taliban" : null;
        if (by == null) return null;
        d.subtype = SubType.DISRUPTED_WEAPONS_USE;
        d.actor(by, 1, anchor(agent));
      }
      case "PUNISH" -> {
        // "12 people were flogged in a stadium": punishment by the authorities of the day
        d.subtype = SubType.ATTACK;
        String state = codebook.isState("Taliban", d.date == null ? info.published() : d.date.start()) ? "Taliban" : null;
        String by = agentName != null && !agentName.equals(CIVILIANS) ? agentName : state;
        if (by == null) return null;
        d.actor(by, 1, anchor(agent));
        d.actor(CIVILIANS, 2, null);
      }
      case "KILLING", "SLAY" -> {
        d.subtype = SubType.ATTACK;
        d.actor(agentName != null ? agentName : UNIDENTIFIED, 1, anchor(agent));
        // "two former soldiers were killed by ...": the victims stand before the passive
        if (w.is(t.to() - 1, "by")) patient = lastBefore(ms, t.start(), sentenceOf(t).start());
        if (patient != null && (patient.kind() != Mention.Kind.ACTOR || patient.name().equals(agentName))) patient = null;
        // "shot dead the district chief", "the body of a former army soldier": the victims' side when it is named
        if (patient != null && !patient.name().equals(agentName) && !patient.name().equals(PROTESTERS)) {
          d.actor(patient.name(), 2, anchor(patient));
          // "five Taliban fighters were killed by NRF fighters": armed men killed by armed men fought
          if (agentName != null && !UNARMED.contains(patient.name()) && !agentName.equals(UNIDENTIFIED)) d.subtype = SubType.ARMED_CLASH;
        } else d.actor(CIVILIANS, 2, null);
      }
      default -> {
        if (agentName == null && passive(t) && patient != null) {
          // "a Taliban convoy was ambushed": the other side of the paragraph's fighting, else unnamed attackers
          String other = lastOpponent(actorOf(patient));
          agentName = other != null ? other : UNIDENTIFIED;
          d.subtype = SubType.ARMED_CLASH;
          d.actor(agentName, 1, null);
          d.actor(patient.name(), 2, anchor(patient));
          break;
        }
        Mention[] pair = agentName == null ? between(ms, t) : null;
        if (pair != null) {
          // "clashes erupted between Taliban forces and NRF fighters", "fighting broke out between X and Y"
          d.subtype = SubType.ARMED_CLASH;
          d.actor(pair[0].name(), 1, anchor(pair[0]));
          d.actor(pair[1].name(), 2, anchor(pair[1]));
          break;
        }
        if (agentName == null && current != null && current.paragraph >= paragraph - 2 && isBattle(current) && !passive(t)
            && w.lower(t.from()).startsWith("clash") || agentName == null && current != null && isBattle(current) && w.is(t.from(), "fighting")
            && current.paragraph >= paragraph - 2) {
          // "last week clashes were reported in Andarab": the same two sides as the fighting told before
          d.subtype = SubType.ARMED_CLASH;
          for (var r : current.actors.values()) if (!r.name().equals(CIVILIANS)) d.actor(r.name(), d.actors.isEmpty() ? 1 : 2, null);
          if (d.actors.isEmpty()) return null;
          d.fired("en.actor.context", words(t));
          break;
        }
        if (agentName == null) return null;
        d.subtype = SubType.ARMED_CLASH;
        d.actor(agentName, 1, anchor(agent));
        Mention other = patient != null ? patient : otherActor(ms, agentName);
        if (other != null && !other.name().equals(CIVILIANS)) d.actor(other.name(), 2, anchor(other));
        else if (other == null && lastOpponent(agentName) != null) d.actor(lastOpponent(agentName), 2, null);
        else if (other == null && !agentName.equals("Taliban") && statePost(t)
            && codebook.isState("Taliban", d.date == null ? info.published() : d.date.start())) {
          // "gunmen attacked a checkpoint": the posts and patrols of the day are the authorities'
          d.actor("Taliban", 2, null);
        }
        if (d.actors.size() == 1 && raidOnHome(t)) {
          // "intelligence men raided a house in Alingar": no armed side met them; those at home suffered it
          d.subtype = SubType.ATTACK;
          d.actor(CIVILIANS, 2, null);
        }
      }
    }
    if (d.date == null && last != null && last.subtype == d.subtype && index - last.sentence <= 2
        && d.actors.keySet().stream().anyMatch(last.actors::containsKey)) d.date = last.date; // the same story, told on
    if (d.date == null && storyDate != null && index - storyDateSentence <= 8) {
      // "ISLAMABAD - Afghan forces shelled a town on Sunday ... Pakistani shelling later struck homes": one story, one day
      d.date = storyDate;
      d.fired("en.date.context", words(t));
    }
    List<Mention> places = new ArrayList<>(places(ms, t));
    int end = subordinateEnd(s, t);
    // "retook the district centre after bringing in reinforcements from Pul-e Khumri": that place is the other clause's
    places.removeIf(p -> p.start() >= end);
    if (places.isEmpty() && anaphor(t) && paragraphPlace != null) places = List.of(paragraphPlace);
    if (places.isEmpty()) {
      if (paragraphPlace != null) places = List.of(paragraphPlace);
      else if (last != null && last.place != null && last.paragraph == paragraph) d.place = last.place.withAnchor(null);
      else if (anaphor(t) && current != null && current.place != null && current.paragraph >= paragraph - 2) {
        // "Taliban say they retook the posts": the posts of the story told just before
        d.place = current.place.withAnchor(null);
        d.fired("en.place.context", words(t));
      } else if (documentPlace != null) {
        d.place = documentPlace.place().toPlace(null);
        d.weakPlace = true;
        d.fired("en.place.context", words(t));
      }
    }
    d.evidence.add(clause(s, t));
    d.fired(rule, words(t));
    if (agent != null) d.fired(agent.rule(), new Span(agent.start(), agent.end(), text.substring(agent.start(), agent.end())));
    if (att.stance() != Stance.REPORTED) d.fired(att.stance() == Stance.ASSESSED ? "en.attribution.assessed" : "en.attribution.claimed", clause(s, t));
    if (agentName != null && !agentName.equals(UNIDENTIFIED)) paragraphAgent = agentName;
    if (places.isEmpty()) {
      if (d.place == null) return null;
      events.add(d);
      return d;
    }
    Draft first = null;
    for (Mention p : places) {
      Draft e = places.size() == 1 ? d : copy(d);
      e.place = p.place().toPlace(new Anchor(text.substring(p.start(), p.end()), p.start(), p.end()));
      if (p.place().kind() == PlaceKind.COUNTRY) e.weakPlace = true; // "in eastern Afghanistan": a province told next places it
      events.add(e);
      if (first == null) first = e;
    }
    paragraphPlace = places.get(0);
    return first;
  }

  /** The places a capture names itself: after the verb, or before a passive one ("Bazarak was captured"). */
  private List<Mention> ownPlaces(List<Mention> ms, Cue t) {
    boolean passive = t.from() > 0 && (w.is(t.from() - 1, "was") || w.is(t.from() - 1, "were") || w.is(t.from() - 1, "been")) || yielding(t);
    List<Mention> out = new ArrayList<>();
    for (Mention m : places(ms, t)) if (m.start() >= t.end() || passive) out.add(m);
    return out;
  }

  private static Draft copy(Draft d) {
    Draft e = new Draft();
    e.subtype = d.subtype;
    e.actors.putAll(d.actors);
    e.date = d.date;
    e.attribution = d.attribution;
    e.evidence.addAll(d.evidence);
    e.firings.addAll(d.firings);
    e.paragraph = d.paragraph;
    e.sentence = d.sentence;
    e.told = d.told;
    return e;
  }

  private Draft recentProtest() {
    for (int i = events.size() - 1; i >= 0; i--) {
      Draft d = events.get(i);
      if (d.paragraph != paragraph) return null;
      if (isProtest(d.subtype)) return d;
    }
    return null;
  }

  /** The armed actor of a protest sentence that dispersed or fired on it. */
  private Mention interveningForce(List<Mention> ms, List<Cue> ts) {
    for (Cue t : ts) {
      if (!t.type().equals("DISPERSE") && !t.type().equals("FIRE")) continue;
      Mention a = agent(ms, t);
      if (a != null && !a.name().equals(PROTESTERS) && !a.name().equals(CIVILIANS)) return a;
    }
    return null;
  }

  /** The other side of the last event in this paragraph involving {@code name}. */
  private String lastOpponent(String name) {
    for (int i = events.size() - 1; i >= 0; i--) {
      Draft d = events.get(i);
      if (d.paragraph != paragraph) return null;
      if (!d.actors.containsKey(name)) continue;
      for (String a : d.actors.keySet()) if (!a.equals(name) && !a.equals(CIVILIANS)) return a;
    }
    return null;
  }

  // ---------------------------------------------------------------- who does what

  /**
   * Who acts: in a passive ("were killed by X") the actor after "by"; else the nearest actor
   * before the trigger in the sentence that is not the object of a preposition.
   */
  private Mention agent(List<Mention> ms, Cue t) {
    int k = t.to();
    // "were killed by de facto security forces": the trigger holds the "by"
    if (w.is(t.to() - 1, "by")) return actorAt(ms, t.end());
    if (w.isDash(t.from())) {
      // "the Taliban-held airbase": the name before the hyphen holds
      for (Mention m : ms) if (m.kind() == Mention.Kind.ACTOR && m.end() == t.start()) return m;
      return null;
    }
    if (k < w.size() && w.is(k, "by") || yielding(t) || under(t)) {
      // "was captured by X", "fell to X", "remained under X's control": the name after is who acts or holds
      Mention m = under(t) ? controller(ms, t) : actorAt(ms, yielding(t) ? t.end() : w.end(k));
      if (m != null) return m;
      if (yielding(t) || under(t)) return null;
    }
    Mention best = null;
    for (Mention m : ms) {
      if (m.kind() == Mention.Kind.PLACE || m.end() > t.start()) continue;
      if (afterPreposition(m)) continue;
      best = m;
    }
    // "accused the Taliban of sheltering TTP militants, days after a suicide attack": no subject across "after"
    if (best != null && subordinateBetween(tokenAt(best.end() - 1) + 1, t.from())) return null;
    if (best != null && passive(t) && !w.is(t.to() < w.size() ? t.to() : t.to() - 1, "by")) return null;
    return best;
  }

  /** A subordinating word between two tokens: what stands before it is another clause's. */
  private boolean subordinateBetween(int a, int b) {
    for (int k = a; k < b; k++) {
      String x = w.lower(k);
      if (x.equals("after") || x.equals("before") || x.equals("while") || x.equals("whereas") || x.equals("since") || x.equals("because")
          || x.equals("although") || x.equals("when") || w.isPunct(k, ';')) return true;
    }
    return false;
  }

  /** "fell to", "fell into the hands of": the new holder follows. */
  private boolean yielding(Cue t) {
    return t.type().equals("TAKE") && t.to() - t.from() > 1 && (w.is(t.to() - 1, "to") || w.is(t.to() - 1, "of") && w.is(t.from(), "fell"));
  }

  /** "in Taliban hands", "in the hands of the NRF": the holder named with the hands. */
  private Mention inHands(List<Mention> ms, Cue t) {
    for (Mention m : ms) {
      if (m.kind() == Mention.Kind.PLACE) continue;
      int a = tokenAt(m.start());
      int b = tokenAt(m.end() - 1);
      // "in Taliban hands", "in the Taliban's hands"
      if (b < t.from() && t.from() - b <= 2 && a >= 1 && (w.is(a - 1, "in") || a >= 2 && w.is(a - 1, "the") && w.is(a - 2, "in"))) return m;
      // "in the hands of the Taliban"
      if (a > t.to() && a - t.to() <= 2 && w.is(t.to(), "of") && t.from() >= 2 && w.is(t.from() - 1, "the") && w.is(t.from() - 2, "in")) return m;
    }
    return null;
  }

  /** "under Taliban control", "under the control of the Islamic Emirate", "under the Taliban's control": the holder. */
  private Mention controller(List<Mention> ms, Cue t) {
    for (Mention m : ms) {
      if (m.kind() == Mention.Kind.PLACE || m.start() < t.end()) continue;
      if (m.start() - t.end() > 24) return null;
      String between = text.substring(t.end(), m.start()).strip().toLowerCase(java.util.Locale.ROOT);
      return between.isEmpty() || between.equals("the") || between.equals("the control of") || between.equals("the control of the")
          || between.equals("control of") || between.equals("control of the") || between.equals("full control of") ? m : null;
    }
    return null;
  }

  /** "remained under Taliban control": the holder follows. */
  private boolean under(Cue t) {
    return t.type().equals("HOLD") && w.is(t.to() - 1, "under");
  }

  /** "a convoy was ambushed", "posts were attacked": the name before a passive fighting verb is its target. */
  private boolean passive(Cue t) {
    if (!t.type().equals("ATTACK") || t.from() == 0) return false;
    String x = w.lower(t.from() - 1);
    return (x.equals("was") || x.equals("were") || x.equals("been") || x.equals("being")) && w.lower(t.from()).endsWith("ed");
  }

  /** The first actor after the trigger, or an actor before a passive trigger ("Taliban fighters were killed"). */
  private Mention patient(List<Mention> ms, Cue t, String agent) {
    if (passive(t)) {
      Mention before = null;
      for (Mention m : ms) if (m.kind() != Mention.Kind.PLACE && m.end() <= t.start() && !m.name().equals(agent)) before = m;
      if (before != null) return before;
    }
    for (Mention m : ms) {
      if (m.kind() == Mention.Kind.PLACE || m.start() < t.end()) continue;
      if (m.name().equals(agent)) continue;
      if (sourceOfClaim(m)) continue; // "..., according to residents": who tells it, not who suffers it
      if (w.text.substring(t.end(), m.start()).contains(",") && m.start() - t.end() > 60) break;
      return m;
    }
    return null;
  }

  private boolean sourceOfClaim(Mention m) {
    int k = tokenAt(m.start());
    if (k > 0 && (w.is(k - 1, "the") || w.is(k - 1, "local"))) k--;
    return k > 1 && w.is(k - 1, "to") && w.is(k - 2, "according");
  }

  private Mention otherActor(List<Mention> ms, String not) {
    for (Mention m : ms) if (m.kind() == Mention.Kind.ACTOR && !m.name().equals(not) && !m.name().equals(CIVILIANS)) return m;
    return null;
  }

  private Mention actorAt(List<Mention> ms, int from) {
    for (Mention m : ms) {
      if (m.kind() == Mention.Kind.PLACE || m.start() < from) continue;
      return m.start() - from <= 6 ? m : null;
    }
    return null;
  }

  /** "with the NRF", "against the Taliban", "of the Taliban": a name after one of these is no subject. */
  private boolean afterPreposition(Mention m) {
    int k = tokenAt(m.start());
    for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
      String x = w.lower(j);
      if (x.equals("the") || x.equals("a") || x.equals("an")) continue;
      if (x.equals("of")) return !(j > 0 && GROUP_HEADS.contains(w.lower(j - 1))); // "a group of former commandos" acts
      return x.equals("with") || x.equals("against") || x.equals("on") || x.equals("at") || x.equals("to") || x.equals("from")
          || x.equals("by") || x.equals("between") || x.equals("next");
    }
    return false;
  }

  /** "they", "it", "the group", "its fighters" right before the trigger: the actor told before. */
  private boolean pronounBefore(Cue t) {
    for (int j = t.from() - 1; j >= 0 && j >= t.from() - 4; j--) {
      String x = w.lower(j);
      if (x.equals("they") || x.equals("it") || x.equals("group") || x.equals("its") || x.equals("their") || x.equals("he")) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- negation and intention

  /** "failed to capture", "did not attack", "no agreement", "denied attacking": a cue up to three tokens before. */
  private boolean negated(Cue t, List<Cue> cs) {
    for (Cue c : cs) {
      // "denied that the group had detained the women": all the denial covers
      if (c.type().equals("DENY") && c.to() <= t.from() && t.from() - c.to() <= 10 && !w.isPunct(t.from() - 1, ';')) return true;
      if (!c.type().equals("NEG")) continue;
      // "tried to storm the district centre but was repelled": an attempted attack is still fighting, only ground is not taken
      if (attempt(c) && (t.type().equals("ATTACK") || family(t.type()) == 1)) continue;
      int reach = 3;
      if (c.to() <= t.from() && t.from() - c.to() <= reach && !punctuationBetween(c.to(), t.from())) return true;
    }
    return false;
  }

  /** "tried to", "attempted to": an attempt. */
  private boolean attempt(Cue c) {
    return w.is(c.from(), "tried") || w.is(c.from(), "attempted");
  }

  private boolean negatedAnywhere(List<Cue> cs, Cue t) {
    return negated(t, cs);
  }

  private boolean punctuationBetween(int a, int b) {
    for (int k = a; k < b; k++) if (w.type(k) == Words.PUNCT) return true;
    return false;
  }

  /** "to block", "to retake": an infinitive is an aim, not a deed (dispersal aside: "fired to disperse" dispersed). */
  private boolean intended(Cue t) {
    if (t.type().equals("DISPERSE") || t.type().equals("PROTEST")) return false;
    if (t.type().equals("ATTACK") && t.from() > 1 && (w.is(t.from() - 2, "tried") || w.is(t.from() - 2, "attempted"))) return false;
    return t.from() > 0 && w.is(t.from() - 1, "to");
  }

  /** "Gunmen entered the compound": entering takes ground only when a named place follows at once. */
  private boolean enteredNowhere(Cue t, List<Mention> ms) {
    if (!w.is(t.from(), "entered")) return false;
    for (Mention m : ms) if (m.kind() == Mention.Kind.PLACE && m.start() >= t.end() && m.start() - t.end() <= 20) return false;
    return true;
  }

  /** "captured 12 fighters": a capture of people is a casualty figure, not ground. */
  private boolean personCapture(Cue t, List<QuantityMention> qs) {
    if (!t.type().equals("TAKE")) return false;
    for (QuantityMention q : qs) {
      if (q.span().start() >= t.end() && q.span().start() - t.end() <= 2 && victim(q)) return true;
    }
    return false;
  }

  private boolean hasType(List<Cue> ts, String type) {
    for (Cue t : ts) if (t.type().equals(type)) return true;
    return false;
  }

  // ---------------------------------------------------------------- places and dates

  /**
   * The places of an event: the places after the trigger in the sentence (a list of them gives
   * one each), else the last place before it. Datelines are only a fallback.
   */
  private List<Mention> places(List<Mention> ms, Cue t) {
    lastQualifier = null;
    List<Mention> after = new ArrayList<>();
    Mention before = null;
    for (Mention m : ms) {
      if (m.kind() != Mention.Kind.PLACE || dateline(m) || government(m) || destination(m)) continue;
      if (m.start() >= t.end()) {
        // "killed a former commander who rebelled in Balkhab, near the border": that place is the relative clause's
        if (inRelative(t, tokenAt(m.start())) && hasLaterPlace(ms, m)) continue;
        // "Khost wa Firing (Baghlan), Farkhar (Takhar) and Jurm": a province in brackets qualifies the place before it
        if (!after.isEmpty() && bracketed(after.get(after.size() - 1), m)) {
          lastQualifier = m;
          continue;
        }
        if (!after.isEmpty() && !listed(lastQualifier != null && lastQualifier.start() > after.get(after.size() - 1).start() ? lastQualifier
            : after.get(after.size() - 1), m)) {
          // a place qualifying the first ("Paryan district (Panjsher)", "Almar district of Faryab") adds nothing
          break;
        }
        after.add(m);
      } else if (before == null || !bracketed(before, m)) before = m; // "Nijrab (Kapisa): ...": the place, not its province
    }
    if (!after.isEmpty()) {
      if (after.size() > 1 && !allSameKind(after)) return List.of(after.get(0));
      return after;
    }
    if (before != null) return List.of(before);
    return List.of();
  }

  private Mention lastQualifier;

  private static boolean hasLaterPlace(List<Mention> ms, Mention m) {
    for (Mention o : ms) if (o.kind() == Mention.Kind.PLACE && o.start() > m.end()) return true;
    return false;
  }

  /** "travelling to Kabul", "withdrew to Pakistan", "bound for Herat": where someone was going, not where the act was. */
  private boolean destination(Mention m) {
    int k = tokenAt(m.start()) - 1;
    while (k >= 0 && (w.is(k, "the") || w.is(k, "neighbouring") || w.is(k, "neighboring"))) k--;
    return k >= 0 && (w.is(k, "to") || w.is(k, "towards") || w.is(k, "toward") || w.is(k, "for") && k > 0 && w.is(k - 1, "bound"));
  }

  /** "Kabul must ensure", "Islamabad said": a capital acting or speaking stands for its government, not for a place. */
  private boolean government(Mention m) {
    if (!CAPITALS.containsKey(text.substring(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT))) return false;
    int at = tokenAt(m.start());
    if (at > 0 && (w.is(at - 1, "in") || w.is(at - 1, "at") || w.is(at - 1, "near"))) return false; // "officials in Kabul said": a place
    int k = tokenAt(m.end() - 1) + 1;
    if (k >= w.size()) return false;
    String x = w.lower(k);
    return x.equals("must") || x.equals("should") || x.equals("said") || x.equals("says") || x.equals("has") || x.equals("would")
        || x.equals("will") || x.equals("accused") || x.equals("denied") || x.equals("wants") || x.equals("insists");
  }

  /** "Farkhar (Takhar)": a place in brackets right after another. */
  private boolean bracketed(Mention a, Mention b) {
    String between = text.substring(a.end(), b.start()).strip();
    String x = between.replace(" district", "").replace(" province", "").strip();
    return (x.equals("(") || between.equals("(")) && b.end() < text.length() && text.indexOf(')', b.end()) >= 0
        && text.indexOf(')', b.end()) - b.end() <= 10;
  }

  /** Places of one list: no countries, and provinces only with provinces ("in Khost and Paktika provinces"). */
  private static boolean allSameKind(List<Mention> ps) {
    boolean provinces = ps.get(0).place().kind() == PlaceKind.PROVINCE;
    for (Mention p : ps) if (p.place().kind() == PlaceKind.COUNTRY || (p.place().kind() == PlaceKind.PROVINCE) != provinces) return false;
    return true;
  }

  /** Two places of one list: only commas, "and" and a kind word ("districts") between them. */
  private boolean listed(Mention a, Mention b) {
    String between = text.substring(a.end(), b.start()).strip().toLowerCase(java.util.Locale.ROOT);
    if (between.startsWith(")")) between = between.substring(1).strip(); // after a bracketed qualifier
    between = between.replace("districts", "").replace("district", "").replace("provinces", "").replace("province", "").strip();
    return between.equals(",") || between.equals("and") || between.equals(", and") || between.equals(",and");
  }

  /** "KABUL, Aug 24 (Reuters) -": the city of a dateline says where the story was filed. */
  private boolean dateline(Mention m) {
    String s = text.substring(m.start(), m.end());
    return s.equals(s.toUpperCase(java.util.Locale.ROOT)) && s.length() > 3 && m.end() < text.length() && text.charAt(m.end()) == ',';
  }

  /** The sentence's date: a date of the event before a date of the statement; datelines and publication dates are not. */
  private DateRange date(Span s, Cue main) {
    DateMention best = null;
    for (DateMention d : dates) {
      if (!s.contains(d.span())) continue;
      if (main != null && inRelativeAfter(main, d)) continue;
      String r = d.rule();
      if (r.endsWith("dateline") || r.endsWith("published")) continue;
      if (best == null || best.rule().endsWith("statement") && !r.endsWith("statement")) best = d;
      // "WASHINGTON, Aug 2 - ... killed X in a drone strike in Kabul over the weekend": the date nearest the act
      else if (main != null && !r.endsWith("statement") && Math.abs(d.span().start() - main.start()) < Math.abs(best.span().start() - main.start())
          && best.span().start() < main.start() && d.span().start() > main.start()) best = d;
    }
    if (best == null) return null;
    LocalDate published = info.published();
    YearMonth hint = resolver.namedMonth(best, published);
    DateRange r = resolver.resolve(best, published, monthHint, paragraphDate == null ? null : paragraphDate.start());
    if (hint != null) monthHint = hint;
    return r;
  }

  /** "retook the districts that militias seized last week": a date inside a relative clause after the trigger is that clause's. */
  private boolean inRelativeAfter(Cue t, DateMention d) {
    return inRelative(t, tokenAt(d.span().start()));
  }

  /** Whether token {@code end} lies in a relative clause opened after the trigger and not yet closed by a comma. */
  private boolean inRelative(Cue t, int end) {
    boolean open = false;
    for (int k = t.to(); k < end; k++) {
      if (w.is(k, "that") || w.is(k, "which") || w.is(k, "who")) open = true;
      else if (open && w.isPunct(k, ',')) open = false; // "a commander who rebelled in Balkhab, near the border on Wednesday"
    }
    return open;
  }

  // ---------------------------------------------------------------- attribution

  /**
   * Reported unless: "X said", "said X", "according to X", "X claimed" (claimed, source X; a
   * pronoun is the last speaker); "appears", "likely", "almost certainly" (assessed).
   */
  private Attribution attribution(Span s, List<Mention> ms, List<Cue> cs) {
    for (Cue c : cs) {
      if (c.type().equals("ACCORDING")) {
        Mention m = firstAfter(ms, c.end(), 40);
        String src = m == null ? null : sourceName(m);
        if (src != null) lastSpeaker = src;
        return new Attribution(Stance.CLAIMED, src, null, null, List.of());
      }
    }
    for (Cue c : cs) {
      if (!c.type().equals("SAY") && !c.type().equals("DENY")) continue;
      if (c.to() < w.size() && w.is(c.to(), "of")) continue; // "men accused of organising": a participle, not a statement
      if (passiveReport(c)) continue; // "fighting (was) reported in Andarab": nobody named says it; the writer reports it
      Mention m = lastBefore(ms, c.start(), s.start());
      // the speaker stands right before the verb ("a Taliban spokesman said", "police said"), not anywhere before it
      if (m != null && c.from() - tokenAt(m.end() - 1) > 4) m = null;
      String src = m == null ? null : sourceName(m);
      if (src == null && m == null && c.from() > 0 && w.isWord(c.from() - 1) && !isPronoun(c.from() - 1)) src = w.lower(c.from() - 1);
      if (src == null && c.from() > 0 && (w.is(c.from() - 1, "he") || w.is(c.from() - 1, "she") || w.is(c.from() - 1, "they"))) src = lastSpeaker;
      if (src == null) {
        Mention after = firstAfter(ms, c.end(), 30);
        if (after != null) src = sourceName(after);
      }
      if (src != null) lastSpeaker = src;
      if (m != null && actorOf(m) != null) {
        lastSpeakerActor = actorOf(m);
        sentenceSpeaker = lastSpeakerActor;
      }
      return new Attribution(Stance.CLAIMED, src, null, null, List.of());
    }
    for (Cue c : cs) if (c.type().equals("ASSESS")) return Attribution.of(Stance.ASSESSED);
    return Attribution.REPORTED;
  }

  /** "clashes were reported in", "fighting reported near": "reported" as a passive participle names no speaker. */
  private boolean passiveReport(Cue c) {
    if (!w.is(c.from(), "reported")) return false;
    if (c.from() > 0) {
      String before = w.lower(c.from() - 1);
      if (before.equals("was") || before.equals("were") || before.equals("been") || before.equals("is") || before.equals("are")) return true;
    }
    if (c.to() >= w.size()) return false;
    String after = w.lower(c.to());
    return after.equals("in") || after.equals("near") || after.equals("at") || after.equals("around") || after.equals("across")
        || after.equals("along") || after.equals("on") || after.equals("from");
  }

  private boolean isPronoun(int k) {
    String x = w.lower(k);
    return x.equals("he") || x.equals("she") || x.equals("they") || x.equals("it") || x.equals("we") || x.equals("i") || x.equals("who")
        || x.equals("and") || x.equals("also") || x.equals("has") || x.equals("have") || x.equals("had");
  }

  private String sourceName(Mention m) {
    if (m.kind() == Mention.Kind.PERSON) {
      PersonEntry p = m.person();
      return p.affiliation() == null ? p.name() : p.affiliation() + " (" + p.name() + ")";
    }
    if (m.kind() == Mention.Kind.PLACE) return null;
    return m.name();
  }

  private Mention lastBefore(List<Mention> ms, int at, int from) {
    Mention best = null;
    for (Mention m : ms) if (m.kind() != Mention.Kind.PLACE && m.end() <= at && m.start() >= from) best = m;
    return best;
  }

  private Mention firstAfter(List<Mention> ms, int at, int within) {
    for (Mention m : ms) if (m.kind() != Mention.Kind.PLACE && m.start() >= at && m.start() - at <= within) return m;
    return null;
  }

  // ---------------------------------------------------------------- control

  private void territory(Span s, List<Mention> ms, List<Cue> ts, List<Cue> cs, DateRange date, Attribution att) {
    for (Cue t : ts) {
      String type = t.type();
      if (!type.equals("TAKE") && !type.equals("HOLD") && !type.equals("RETREAT") && !type.equals("TRANSFER") && !type.equals("CONTEST")) continue;
      if (negated(t, cs) || intended(t) || relative(t) || since(t) || future(t, cs) || enteredNowhere(t, ms) || denied(t.start(), cs)) continue;
      // "lost three men", "captured 12 fighters": people, not ground
      if ((type.equals("RETREAT") || type.equals("TAKE")) && t.to() < w.size() && peopleAt(t.to())) continue;
      boolean hands = w.is(t.from(), "hands");
      Mention agent = hands ? inHands(ms, t) : agent(ms, t);
      if (hands && agent == null) continue;
      String holder = agent == null ? (pronounBefore(t) ? paragraphAgent : null) : agent.name();
      if (type.equals("CONTEST")) holder = contester(ms, t, cs);
      // "the valley is genuinely contested": contested by the side fighting there just now
      if (type.equals("CONTEST") && holder == null && current != null && current.paragraph >= paragraph - 1) holder = current.side(1);
      if (holder != null && holder.equals(UNIDENTIFIED)) holder = null;
      if (holder == null || holder.equals(CIVILIANS) || holder.equals(PROTESTERS)) continue;
      List<Mention> places = new ArrayList<>();
      // "with the Salang highway in their hands": the place comes before a hold told with "in"
      // "Bazarak fell to the Taliban", "the district remained under Taliban control", "the valley remains contested": the subject
      // "Bazarak was captured by the Taliban", "Rokha is held by the NRF": the subject of a passive is the place
      boolean passiveGround = (type.equals("TAKE") || type.equals("HOLD")) && t.from() > 0 && BE.contains(w.lower(t.from() - 1));
      boolean before = type.equals("TRANSFER") || type.equals("HOLD") && (w.is(t.from(), "in") || hands) || yielding(t) || under(t) || passiveGround
          || type.equals("CONTEST") && w.is(t.from(), "contested");
      int end = clauseEnd(s, t);
      for (Mention m : places(ms, t)) if ((m.start() >= t.end() || before) && m.start() < end) places.add(m);
      if (places.isEmpty() && (type.equals("RETREAT") && leavesContext(t) || type.equals("CONTEST") || type.equals("TRANSFER") || anaphor(t)
          || yielding(t) || under(t)) && paragraphPlace != null) places.add(paragraphPlace);
      // "Mahdi's men had held the district centre": the place of the story when the paragraph named none
      // "The district fell to the resistance", "the area remains in Taliban hands": a place word for subject is the place of the story
      boolean anaphoric = anaphor(t) || before && subjectAnaphor(s, t);
      if (places.isEmpty() && anaphoric && current != null && current.paragraph >= paragraph - 2 && current.place != null && current.place.anchor() != null) {
        for (Mention m : mentions) if (current.place.anchor().startChar() != null && m.start() == current.place.anchor().startChar() && m.kind() == Mention.Kind.PLACE) places.add(m);
      }
      // "abandoned Herat without a fight": given up, not taken
      if (type.equals("TRANSFER") && retreatBefore(ts, t)) continue;
      if (places.isEmpty()) continue;
      ControlStatus status = switch (type) {
        case "HOLD" -> mostOf(t) || w.is(t.to(), "much") && w.is(t.to() + 1, "of") || w.is(t.to() - 2, "most") || w.is(t.to() - 2, "much")
            ? ControlStatus.MOSTLY : ControlStatus.HOLDS;
        case "RETREAT" -> ControlStatus.LOST;
        case "CONTEST" -> ControlStatus.CONTESTED;
        default -> ControlStatus.TOOK;
      };
      Mention patient = yielding(t) || under(t) ? null : patient(ms, t, holder);
      if (patient != null && patient.start() >= end) patient = null;
      String counterpart = type.equals("CONTEST") ? opponentIn(ms, holder) : patient == null ? null : actorOf(patient);
      Extent extent = extent(t, status);
      if (holder.equals(counterpart) || CIVILIANS.equals(counterpart) || PROTESTERS.equals(counterpart)) counterpart = null;
      String rule = switch (status) {
        case HOLDS, MOSTLY -> "en.control.holds";
        case LOST -> "en.control.lost";
        case CONTESTED -> "en.control.contested";
        default -> "en.control.took";
      };
      for (Mention p : places) {
        // "retook three districts in Baghlan province": part of a province is no claim on all of it
        // ("captured three posts in Panjshir province" is a claim on positions there, and says so by its extent)
        if (p.place().kind() == PlaceKind.PROVINCE && p.start() > t.end() && text.substring(t.end(), p.start()).contains(" in ")
            && extent == Extent.WHOLE) continue;
        Place place = p.place().toPlace(new Anchor(text.substring(p.start(), p.end()), p.start(), p.end()));
        ControlClaim c = new ControlClaim(place, holder, counterpart, status, extent,
            date != null ? date : paragraphDate, att, null, List.of(), 0.6, List.of(clause(s, t)));
        control.add(new Drafted<>(c, List.of(new RuleFiring(rule, words(t)))));
      }
      if (type.equals("RETREAT") || type.equals("HOLD")) paragraphPlace = places.get(0);
    }
  }

  /**
   * How much of the place: "most of", "parts of" a part; "posts", "positions", "checkpoints",
   * "the highway" positions; else the whole.
   */
  private Extent extent(Cue t, ControlStatus status) {
    if (status == ControlStatus.MOSTLY) return Extent.PART;
    for (int k = t.to(); k < w.size() && k <= t.to() + 4; k++) {
      if (w.type(k) == Words.PUNCT) break;
      String x = w.lower(k);
      if (x.equals("parts") || x.equals("part") || x.equals("some") || x.equals("areas") || x.equals("villages")) return Extent.PART;
      if (POSITIONS.contains(x)) return Extent.POSITIONS;
    }
    return Extent.WHOLE;
  }

  private static final Set<String> POSITIONS = Set.of("post", "posts", "position", "positions", "checkpoint", "checkpoints", "outpost",
      "outposts", "base", "bases", "road", "roads", "highway", "strongholds", "stronghold", "hilltops", "ridges", "border crossing", "centres",
      "centers");

  /** Where a trigger's clause ends for its place: a subordinate clause ("after", "before", "while") or ';' starts another. */
  private int subordinateEnd(Span s, Cue t) {
    for (int k = t.to(); k < w.size() && w.start(k) < s.end(); k++) {
      String x = w.lower(k);
      if (w.isPunct(k, ';') || x.equals("after") || x.equals("before") || x.equals("while") || x.equals("whereas") || x.equals("although")) return w.start(k);
    }
    return s.end();
  }

  /** Where the clause of a trigger ends: ';', or a comma or word opening another clause ("while", "but", "whereas"). */
  private int clauseEnd(Span s, Cue t) {
    for (int k = t.to(); k < w.size() && w.start(k) < s.end(); k++) {
      if (w.isPunct(k, ';')) return w.start(k);
      String x = w.lower(k);
      if (x.equals("while") || x.equals("whereas") || x.equals("but") || x.equals("although")) return w.start(k);
      if (w.isPunct(k, ',') && k + 1 < w.size() && (w.is(k + 1, "and") || w.is(k + 1, "while") || w.is(k + 1, "but"))) return w.start(k);
    }
    return s.end();
  }

  private boolean peopleAt(int k) {
    int at = w.start(k);
    for (QuantityMention q : quantities) if (q.span().start() == at) return victim(q);
    return false;
  }

  private boolean retreatBefore(List<Cue> ts, Cue t) {
    for (Cue o : ts) if (o.type().equals("RETREAT") && o.to() <= t.from()) return true;
    return false;
  }

  /** "withdrew", "fled", "retreated": giving up the place told before; "abandoned", "lost" need a place of their own. */
  private boolean leavesContext(Cue t) {
    String x = w.lower(t.from());
    return !(x.equals("abandoned") || x.equals("evacuated") || x.equals("lost"));
  }

  /**
   * "the districts that local militias seized", "the NRF, which was driven out of the valley",
   * "the Taliban, who took over Kabul": ground taken or lost in a relative clause is background;
   * "assesses that the Taliban control ..." is a statement.
   */
  private boolean relative(Cue t) {
    for (int j = t.from() - 1; j >= 0 && j >= t.from() - 4; j--) {
      if (w.type(j) == Words.PUNCT) return false;
      if (w.is(j, "that") || w.is(j, "which")) {
        if (j > 0 && w.type(j - 1) == Words.PUNCT) return w.is(j, "which"); // ", which was driven out of"
        return j > 0 && !saidBefore(j) && !w.is(j - 1, "but") && !w.is(j - 1, "and");
      }
      if (w.is(j, "who") && j > 0 && w.isPunct(j - 1, ',')) return true;
    }
    return false;
  }

  /**
   * "Taliban forces killed a former commander", "Pakistani troops killed three Afghan guards": an
   * armed party right before an active "killed", with whom or how many it killed right after.
   */
  private boolean slaying(Cue t, List<Mention> ms) {
    if (t.from() == 0 || BE.contains(w.lower(t.from() - 1)) || w.is(t.from() - 1, "had") && t.from() > 1 && w.is(t.from() - 2, "been")) return false;
    Mention by = null;
    for (Mention m : ms) if (m.kind() == Mention.Kind.ACTOR && m.end() <= t.start()) by = m;
    if (by == null || CIVILIANS.equals(by.name()) || PROTESTERS.equals(by.name())) return false;
    int gap = t.from() - tokenAt(by.end() - 1);
    // "Taliban killed", "Taliban forces killed": the name, or the name and its men, right before the verb
    if (gap > 2 || gap == 2 && !GROUP_HEADS.contains(w.lower(t.from() - 1)) && !w.is(t.from() - 1, "guards") && !w.is(t.from() - 1, "police")) return false;
    // "the NRF said it killed 12 Taliban": figures claimed for a fight told already, not a new act
    Span s = sentenceOf(t);
    for (Cue c : cuesIn(cues, s)) if ((c.type().equals("SAY") || c.type().equals("ACCORDING")) && c.start() < t.start()) return false;
    // a new act has a day or a place of its own
    boolean anchored = false;
    for (DateMention d : dates) if (s.contains(d.span())) anchored = true;
    for (Mention m : ms) if (m.kind() == Mention.Kind.PLACE && !dateline(m)) anchored = true;
    if (!anchored) return false;
    for (Mention m : ms) if (m.kind() != Mention.Kind.PLACE && m.start() >= t.end() && m.start() - t.end() <= 30) return true;
    for (QuantityMention q : quantities) if (q.span().start() >= t.end() && q.span().start() - t.end() <= 3) return true;
    return false;
  }

  /** "dozens have been detained since", "has been shelled repeatedly since May": a state over a period, no one act. */
  private boolean perfectSince(Cue t) {
    if (t.from() < 2 || !w.is(t.from() - 1, "been") && !(t.from() >= 3 && w.is(t.from() - 2, "been"))) return false;
    int b = w.is(t.from() - 1, "been") ? t.from() - 1 : t.from() - 2;
    if (b < 1 || !(w.is(b - 1, "have") || w.is(b - 1, "has") || b >= 2 && (w.is(b - 2, "have") || w.is(b - 2, "has")))) return false;
    for (int k = t.to(); k < w.size() && k <= t.to() + 3; k++) if (w.is(k, "since")) return true;
    return false;
  }

  /** "since the Taliban took over", "since the Taliban seized power": the time from which something runs, not an act told now. */
  private boolean since(Cue t) {
    for (int j = t.from() - 1; j >= 0 && j >= t.from() - 4; j--) {
      if (w.type(j) == Words.PUNCT) return false;
      if (w.is(j, "since")) return true;
    }
    return false;
  }

  /** "said that", "said on Friday that": a verb of saying shortly before "that" (a date may stand between). */
  private boolean saidBefore(int that) {
    for (int k = that - 1; k >= 0 && k >= that - 6; k--) {
      if (isSayVerb(k)) return true;
      if (w.type(k) == Words.PUNCT) return false;
    }
    return false;
  }

  private boolean isSayVerb(int k) {
    String x = w.lower(k);
    return x.equals("said") || x.equals("says") || x.equals("claimed") || x.equals("claims") || x.equals("announced") || x.equals("reported")
        || x.startsWith("assess") || x.startsWith("believe") || x.startsWith("estimate") || x.equals("thinks") || x.equals("insists")
        || x.equals("confirmed") || x.equals("admitted") || x.equals("stated") || x.equals("noted") || x.equals("added");
  }

  /** "captured the pass", "held the district": the place named before. */
  private boolean anaphor(Cue t) {
    int k = t.to();
    if (mostOf(t)) k += 2;
    if (k + 1 >= w.size() || !w.is(k, "the")) return false;
    String x = w.lower(k + 1);
    return x.equals("pass") || x.equals("district") || x.equals("valley") || x.equals("town") || x.equals("city") || x.equals("province")
        || x.equals("village") || x.equals("area") || x.equals("posts") || x.equals("positions") || x.equals("checkpoints");
  }

  private static final Set<String> BE = Set.of("was", "were", "been", "is", "are", "being");

  /** "The district fell to", "the area remains in", "the town was under": a place word opening the clause of the trigger. */
  private boolean subjectAnaphor(Span s, Cue t) {
    int first = tokenAt(s.start());
    for (int k = t.from() - 1; k >= first && k >= t.from() - 6; k--) {
      if (w.type(k) == Words.PUNCT) return false;
      if (k > first && w.is(k - 1, "the") && PLACE_WORDS.contains(w.lower(k)) && (k - 1 == first || w.type(k - 2) == Words.PUNCT)) return true;
    }
    return false;
  }

  private static final Set<String> PLACE_WORDS = Set.of("area", "district", "town", "city", "valley", "village", "villages", "province",
      "centre", "center", "pass", "base", "crossing", "road", "highway");

  private boolean mostOf(Cue t) {
    return t.to() + 1 < w.size() && w.is(t.to(), "most") && w.is(t.to() + 1, "of");
  }

  /** Who keeps fighting: the speaker's side when it is a party, else the actor before the cue. */
  private String contester(List<Mention> ms, Cue t, List<Cue> cs) {
    Cue say = null;
    for (Cue c : cs) if (c.type().equals("SAY") && c.end() <= t.start()) say = c;
    if (say != null) {
      Mention who = lastBefore(ms, say.start(), 0);
      if (who != null && actorOf(who) != null && !CIVILIANS.equals(actorOf(who))) return actorOf(who);
    }
    if (sentenceSpeaker != null) return sentenceSpeaker;
    Mention m = lastBefore(ms, t.start(), 0);
    if (m != null && m.kind() != Mention.Kind.PLACE && !m.name().equals(CIVILIANS)) return m.kind() == Mention.Kind.PERSON ? m.person().affiliation() : m.name();
    return null;
  }

  private String opponentIn(List<Mention> ms, String holder) {
    for (Mention m : ms) if (m.kind() == Mention.Kind.ACTOR && !m.name().equals(holder) && !m.name().equals(CIVILIANS)) return m.name();
    return lastOpponent(holder);
  }

  // ---------------------------------------------------------------- relations

  private void relationsOf(Span s, List<Mention> ms, List<Cue> ts, List<Cue> cs, DateRange date, Attribution att) {
    for (Cue t : ts) {
      String type = t.type();
      if (!type.equals("JOIN") && !type.equals("HOSTILE") && !type.equals("SUPPORT") && !type.equals("ALLY")) continue;
      if (negated(t, cs) || intended(t) || denied(t.start(), cs) || joinedProtest(t)) continue;
      // "accused Kabul of sheltering the TTP": the accusation tells support, not hostility
      if (type.equals("HOSTILE") && w.lower(t.from()).startsWith("accus") && hasTypeAfter(ts, "SUPPORT", t)) continue;
      String from;
      String to;
      String means = null;
      RelationType rel;
      if (type.equals("SUPPORT")) {
        // "accused Kabul of giving TTP commanders safe haven": the accused supports the one sheltered
        String[] pair = accusedPair(s, t);
        if (pair == null) pair = supportPair(ms, t);
        if (pair == null) continue;
        from = pair[0];
        to = pair[1];
        rel = RelationType.SUPPORT;
        means = means(t, s);
      } else if (type.equals("ALLY")) {
        Mention a = agent(ms, t);
        from = a == null ? (pronounBefore(t) ? paragraphAgent : null) : actorOf(a);
        Mention p = patient(ms, t, from);
        to = p == null ? null : actorOf(p);
        rel = RelationType.ALLIANCE;
      } else {
        String[] pair = type.equals("HOSTILE") ? between(s, t) : null;
        if (pair != null) {
          from = pair[0];
          to = pair[1];
        } else {
          Mention a = agent(ms, t);
          from = a == null ? (pronounBefore(t) ? paragraphAgent : null) : actorOf(a);
          Mention p = patient(ms, t, from);
          to = p == null ? null : actorOf(p);
          // "condemned the strike": hostility to whoever carried out the act just told
          if (w.lower(t.from()).startsWith("condemn") && current != null && t.to() + 1 < w.size() && w.is(t.to(), "the")
              && (EVENT_NOUNS.contains(w.lower(t.to() + 1)) || w.is(t.to() + 1, "bombing") || w.is(t.to() + 1, "killing"))) {
            String author = current.side(1);
            to = author == null || author.equals(UNIDENTIFIED) || author.equals(PROTESTERS) ? null : author;
          }
        }
        rel = type.equals("JOIN") ? RelationType.ALLIANCE : RelationType.HOSTILITY;
      }
      if (from == null || to == null || from.equals(to) || from.equals(CIVILIANS) || to.equals(CIVILIANS)) continue;
      Relation r = new Relation(rel, from, to, means, date, att, null, List.of(), 0.6, List.of(clause(s, t)));
      for (Relation o : pendingRelations) {
        relations.add(new Drafted<>(new Relation(o.type(), o.from(), o.to(), o.means(), date, att, null, List.of(), 0.6, o.evidence()),
            List.of(new RuleFiring("en.relation.support", words(t)))));
      }
      pendingRelations.clear();
      String rule = rel == RelationType.HOSTILITY ? "en.relation.hostility" : rel == RelationType.SUPPORT && !w.lower(t.from()).startsWith("safe")
          && !w.lower(t.from()).startsWith("sanct") ? "en.relation.support" : "en.relation.alliance-support";
      relations.add(new Drafted<>(r, List.of(new RuleFiring(rule, words(t)))));
    }
  }

  private boolean hasTypeAfter(List<Cue> ts, String type, Cue t) {
    for (Cue o : ts) if (o.type().equals(type) && o.from() > t.from()) return true;
    return false;
  }

  /** "Iran and Russia backed the Taliban", "Pakistan is helping the Taliban": who helps (every name of the subject) and whom. */
  private String[] supportPair(List<Mention> ms, Cue t) {
    if (w.lower(t.from()).startsWith("safe") || w.lower(t.from()).startsWith("sanct")) return null;
    String v = w.lower(t.from());
    if (v.equals("letting") || v.equals("allowing") || v.equals("hosting")) return null; // only in an accusation ("accused X of letting Y ...")
    // "Pakistan accuses them of sheltering ...": an accusation names who supports; the accuser does not
    for (int k = tokenAt(sentenceOf(t).start()); k < t.from(); k++) if (w.lower(k).startsWith("accus")) return null;
    Mention a = agent(ms, t);
    String from = a == null ? (pronounBefore(t) ? paragraphAgent : null) : actorOf(a);
    Mention p = patient(ms, t, from);
    if (p == null || p.start() - t.end() > 40) return null;
    String to = actorOf(p);
    if (from == null || to == null) return null;
    // "Iran and Russia backed the Taliban": each name of the subject
    if (a != null) {
      Mention co = coordinated(ms, a);
      if (co != null && actorOf(co) != null && !actorOf(co).equals(to) && !actorOf(co).equals(from)) {
        Relation r = new Relation(RelationType.SUPPORT, actorOf(co), to, means(t, sentenceOf(t)), null, Attribution.REPORTED, null, List.of(), 0.6,
            List.of(clause(sentenceOf(t), t)));
        pendingRelations.add(r);
      }
    }
    return new String[] {from, to};
  }

  /** The name joined to {@code m} by "and" just before it ("Iran and Russia"). */
  private Mention coordinated(List<Mention> ms, Mention m) {
    int k = tokenAt(m.start());
    if (k < 2 || !w.is(k - 1, "and")) return null;
    int at = w.end(k - 2);
    for (Mention o : ms) if (o.end() == at && o.kind() == Mention.Kind.ACTOR) return o;
    return null;
  }

  private Span sentenceOf(Cue t) {
    for (Span s : sentences) if (s.start() <= t.start() && t.start() < s.end()) return s;
    return new Span(t.start(), t.end(), text.substring(t.start(), t.end()));
  }

  private final List<Relation> pendingRelations = new ArrayList<>();

  /** What the support is: "with fuel and wheat", "weapons", "safe haven" (sheltering); null when not said. */
  private String means(Cue t, Span s) {
    String x = w.lower(t.from());
    if (x.startsWith("shelter") || x.startsWith("harbo") || x.startsWith("safe") || x.startsWith("sanct")) return "safe haven";
    if (x.equals("arming") || x.equals("armed") || x.equals("sent")) return "weapons";
    for (int k = t.to(); k < w.size() && w.start(k) < s.end() && k < t.to() + 8; k++) {
      if (w.type(k) == Words.PUNCT) break;
      if (!w.is(k, "with")) continue;
      int a = k + 1;
      int b = a;
      while (b < w.size() && w.start(b) < s.end() && w.type(b) != Words.PUNCT && b - a < 6 && !w.is(b, "to") && !w.is(b, "in")) b++;
      if (b > a) return text.substring(w.start(a), w.end(b - 1));
    }
    if (x.startsWith("fund") || x.startsWith("financ")) return "funding";
    return null;
  }

  private String actorOf(Mention m) {
    return m.kind() == Mention.Kind.PERSON ? m.person().affiliation() : m.kind() == Mention.Kind.PLACE ? null : m.name();
  }

  /** "X accused Y of giving Z ... safe haven" → Y supports Z; capitals stand for their governments. */
  private String[] accusedPair(Span s, Cue t) {
    int acc = -1;
    for (int k = tokenAt(s.start()); k < t.from(); k++) if (w.lower(k).startsWith("accus")) acc = k;
    if (acc < 0) return null;
    List<String> names = new ArrayList<>();
    // "Pakistan accuses them of sheltering militants of the TTP": the pronoun is the party told before
    if (acc + 1 < w.size() && (w.is(acc + 1, "them") || w.is(acc + 1, "it"))) {
      String accuser = null;
      for (Mention m : mentions) if (m.start() >= s.start() && m.end() <= w.start(acc) && m.kind() == Mention.Kind.ACTOR) accuser = m.name();
      String before = null;
      for (Mention m : mentions) {
        if (m.start() >= s.start()) break;
        if (m.kind() == Mention.Kind.ACTOR && !m.name().equals(accuser) && !m.name().equals(CIVILIANS)) before = m.name();
      }
      if (before != null) names.add(before);
    }
    // "of giving TTP commanders safe haven" names the one helped before the trigger, "of sheltering TTP militants" after it
    for (int k = acc + 1; k < Math.min(w.size(), t.to() + 8) && w.start(k) < s.end() && names.size() < 2; k++) {
      String n = nameAt(k);
      if (n != null && (names.isEmpty() || !names.get(names.size() - 1).equals(n))) names.add(n);
    }
    return names.size() == 2 ? new String[] {names.get(0), names.get(1)} : null;
  }

  /** "relations between Islamabad and the Taliban": the two named. */
  private String[] between(Span s, Cue t) {
    for (int k = tokenAt(s.start()); k < t.from(); k++) {
      if (!w.is(k, "between")) continue;
      List<String> names = new ArrayList<>();
      for (int j = k + 1; j < t.from() && names.size() < 2; j++) {
        String n = nameAt(j);
        if (n != null && (names.isEmpty() || !names.get(0).equals(n))) names.add(n);
      }
      if (names.size() == 2) return new String[] {names.get(0), names.get(1)};
    }
    return null;
  }

  /** The actor a token names: an actor mention starting there, or a capital standing for its state. */
  private String nameAt(int k) {
    int at = w.start(k);
    for (Mention m : mentions) {
      if (m.start() == at && m.kind() == Mention.Kind.ACTOR) return m.name();
      if (m.start() > at) break;
    }
    return CAPITALS.get(w.lower(k));
  }

  // ---------------------------------------------------------------- casualties

  private void casualties(Span s, List<Mention> ms, List<Cue> cs, List<QuantityMention> qs, Draft first, Draft second, Attribution att) {
    for (Cue c : cs) if (c.type().equals("NONE")) return;
    if (first == null) return;
    for (QuantityMention q : qs) {
      if (!victim(q)) continue;
      Cue kindCue = kindCue(q, cs, qs);
      if (kindCue == null) continue;
      // "denied that 30 fighters were killed", "no one was killed": a figure under a denial or negation is none
      if (negated(kindCue, cs) || denied(q.span().start(), cs)) continue;
      if (subset(q) || aggregate(q, kindCue)) continue;
      Draft target = second != null && q.span().start() >= second.partStart ? second : first;
      boolean toll = kindCue.type().equals("TOLL");
      CasualtyKind kind = toll ? CasualtyKind.KILLED : CasualtyKind.valueOf(kindCue.type());
      if (kind == CasualtyKind.CAPTURED && target.subtype == SubType.ABDUCTION) kind = CasualtyKind.MISSING;
      // "detained nine men" in an arrest: held by the authorities, not gone missing
      if (kind == CasualtyKind.MISSING && target.subtype == SubType.ARRESTS && w.lower(kindCue.from()).startsWith("detain")) kind = CasualtyKind.CAPTURED;
      String actor = toll ? tollActor(target) : null;
      if (actor == null) actor = victimActor(q, ms, target, kindCue);
      if (actor == null) continue;
      prevVictim = actor;
      prevVictimEnd = q.span().end();
      if (kind == CasualtyKind.CAPTURED && target.subtype == SubType.ARRESTS && !namedIn(q, ms)) continue;
      if (including(q, cs)) continue;
      Range r = q.range();
      Anchor a = new Anchor(text.substring(q.span().start(), q.span().end()), q.span().start(), q.span().end());
      // "the death toll rose to 18": the latest toll replaces the first figure, it does not add to it
      if (toll) target.casualties.remove(actor + "/" + CasualtyKind.KILLED);
      if (target.casualty(actor, kind, r.low(), r.high(), a, att.source())) {
        if (!target.actors.containsKey(actor)) target.actor(actor, target.actors.isEmpty() ? 1 : 2, null);
        target.fired(toll ? "en.casualty.toll" : "en.casualty." + kind.name().toLowerCase(java.util.Locale.ROOT), q.span());
        // "The NRF claimed a handful of Taliban were killed": the event's losses rest on that claim
        if (target.attribution.stance() == Stance.REPORTED && att.stance() == Stance.CLAIMED && att.source() != null) target.attribution = att;
        Span ev = clause(s, kindCue);
        if (!target.evidence.contains(ev) && target.evidence.stream().noneMatch(e -> e.overlaps(ev))) target.evidence.add(ev);
      }
    }
  }

  /**
   * "An Afghan man was killed", "a Taliban fighter was wounded", "wounding a passer-by": one
   * person told with an article beside a casualty word is a count of one.
   */
  private List<QuantityMention> withArticleCounts(List<QuantityMention> qs, List<Cue> cs) {
    List<QuantityMention> out = null;
    for (Cue c : cs) {
      if (!c.type().equals("KILLED") && !c.type().equals("WOUNDED")) continue;
      int a = -1;
      int noun = -1;
      int be = c.from() - 1;
      if (be >= 0 && w.lower(be).endsWith("ly")) be--; // "was seriously wounded"
      if (be >= 1 && w.is(be, "was")) {
        noun = be - 1;
        for (int k = noun - 1; k >= 0 && k >= noun - 4; k--) {
          if (!w.isWord(k)) break;
          if (w.is(k, "a") || w.is(k, "an")) {
            a = k;
            break;
          }
        }
      } else if (c.to() + 1 < w.size() && (w.is(c.to(), "a") || w.is(c.to(), "an")) && w.lower(c.from()).endsWith("ing")) {
        a = c.to(); // "wounding a passer-by"
        for (int k = a + 1; k < w.size() && k <= a + 3 && w.isWord(k); k++) if (victimCounters.contains(w.lower(k)) || passerBy(k)) {
          noun = k;
          break;
        }
      }
      if (a < 0 || noun <= a || !(victimCounters.contains(w.lower(noun)) || passerBy(noun))) continue;
      int start = w.start(a);
      int end = w.end(passerBy(noun) ? noun + 2 : noun);
      boolean taken = false;
      for (QuantityMention q : qs) if (q.span().start() < end && start < q.span().end()) taken = true;
      if (taken) continue;
      if (out == null) out = new ArrayList<>(qs);
      String counter = passerBy(noun) ? "person" : w.lower(noun);
      out.add(new QuantityMention(new Span(start, end, text.substring(start, end)), 1, 0, org.sitrep.core.quantity.Bound.EXACT, counter,
          "en.quantity.article"));
    }
    if (out == null) return qs;
    out.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
    return out;
  }

  /** "passer-by": a hyphenated person noun. */
  private boolean passerBy(int k) {
    return k + 2 < w.size() && w.is(k, "passer") && w.isDash(k + 1) && w.is(k + 2, "by");
  }

  /**
   * "the death toll rose to 18", "the toll has since climbed to 25", "officials put the dead at
   * about 40": a count after "to", "reached" or "at" with a toll or the dead named just before.
   */
  private Cue toll(QuantityMention q) {
    int qa = tokenAt(q.span().start());
    if (qa < 2) return null;
    String x = w.lower(qa - 1);
    if (!x.equals("to") && !x.equals("reached") && !x.equals("at") && !x.equals("stood") && !x.equals("is") && !x.equals("was")) return null;
    for (int k = qa - 2; k >= 0 && k >= qa - 18; k--) {
      if (w.type(k) == Words.PUNCT && !w.isPunct(k, '\'') && !w.isDash(k)) return null;
      String y = w.lower(k);
      if (y.equals("toll") || (y.equals("dead") || y.equals("deaths") || y.equals("fatalities")) && !x.equals("is") && !x.equals("was")) {
        return new Cue("TOLL", k, qa, w.start(k), w.end(qa - 1));
      }
    }
    return null;
  }

  /** Whose toll rises: the side whose dead were counted already, else the civilians of an attack on them. */
  private static String tollActor(Draft target) {
    String only = null;
    for (var c : target.casualties.values()) {
      if (c.kind() != CasualtyKind.KILLED) continue;
      if (only != null && !only.equals(c.actor())) return null;
      only = c.actor();
    }
    return only;
  }

  /**
   * "more than 160 killed since August 2021", "dozens of civilians killed every year", "killed
   * so far this year": a sum over a period, no one event's figure.
   */
  private boolean aggregate(QuantityMention q, Cue kindCue) {
    int from = Math.max(tokenAt(q.span().end() - 1), kindCue.to() - 1) + 1;
    for (int k = from; k < w.size() && k <= from + 3; k++) {
      if (w.type(k) == Words.PUNCT) return false;
      String x = w.lower(k);
      if (x.equals("since") || x.equals("every") || x.equals("each") || x.equals("annually") || x.equals("per")
          || x.equals("so") && k + 1 < w.size() && w.is(k + 1, "far")) return true;
    }
    return false;
  }

  /** "seven of them children", "including three women", "among them two boys": part of a figure told already. */
  private boolean subset(QuantityMention q) {
    int qa = tokenAt(q.span().start());
    int qb = tokenAt(q.span().end() - 1) + 1;
    // "17 Taliban fighters in total": a sum over several events, no one event's figure
    for (int k = qb; k < w.size() && k <= qb + 4; k++) if (w.is(k, "total") && w.is(k - 1, "in")) return true;
    if (qb + 1 < w.size() && w.is(qb, "of") && (w.is(qb + 1, "them") || w.is(qb + 1, "whom"))) return true;
    if (qa > 0 && w.is(qa - 1, "including")) return true;
    return qa > 1 && (w.is(qa - 2, "among") && w.is(qa - 1, "them") || w.is(qa - 2, "of") && w.is(qa - 1, "whom"));
  }

  /** A denial earlier in the sentence, with no new statement between, covers what follows it. */
  private boolean denied(int at, List<Cue> cs) {
    int k = tokenAt(at);
    for (Cue c : cs) {
      if (!c.type().equals("DENY") || c.to() > k) continue;
      boolean cut = false;
      for (Cue o : cs) if (o.type().equals("SAY") && o.from() >= c.to() && o.to() <= k) cut = true;
      for (int j = c.to(); j < k && !cut; j++) if (w.isPunct(j, ';') || w.is(j, "but")) cut = true;
      if (!cut) return true;
    }
    return false;
  }

  /** An armed group named inside the count ("a handful of suspected ISKP members"). */
  private boolean namedIn(QuantityMention q, List<Mention> ms) {
    for (Mention m : ms) if (m.kind() == Mention.Kind.ACTOR && m.start() >= q.span().start() && m.start() < q.span().end() + 2 && !m.name().equals(CIVILIANS)) return true;
    return false;
  }

  /** "more than 170 people, including 13 American service members": a total across groups. */
  private boolean including(QuantityMention q, List<Cue> cs) {
    int qb = tokenAt(q.span().end() - 1) + 1;
    for (Cue c : cs) if (c.type().equals("INCLUDING") && c.from() >= qb && c.from() - qb <= 1) return true;
    return false;
  }

  private boolean victim(QuantityMention q) {
    return q.counter() == null || victimCounters.contains(q.counter());
  }

  /** A casualty word just after the count ("were killed", "dead") or just before it ("killing", "wounding"). */
  private Cue kindCue(QuantityMention q, List<Cue> cs, List<QuantityMention> qs) {
    Cue toll = toll(q);
    if (toll != null) return toll;
    Cue c = kindCue(q, cs);
    if (c != null) return c;
    // "killing two embassy staff and four Afghans": a count joined by "and" to one after the verb shares it
    int qa = tokenAt(q.span().start());
    if (qa > 1 && w.is(qa - 1, "and")) {
      for (QuantityMention o : qs) {
        if (o == q || tokenAt(o.span().end() - 1) != qa - 2) continue;
        Cue before = kindCue(o, cs);
        if (before != null && before.end() <= o.span().start()) return before;
      }
    }
    // "five Taliban fighters and two NRF members were killed": counts joined by "and" share the verb after the last
    int qb = tokenAt(q.span().end() - 1) + 1;
    for (QuantityMention o : qs) {
      int oa = tokenAt(o.span().start());
      if (oa < qb) continue;
      if (oa - qb > 4) break;
      boolean joined = false;
      for (int k = qb; k < oa; k++) {
        if (w.is(k, "and") || w.isPunct(k, ',')) joined = true;
        else if (w.type(k) == Words.PUNCT) return null;
      }
      if (!joined || !victim(o)) return null;
      Cue after = kindCue(o, cs);
      return after != null && after.start() > o.span().end() ? after : null;
    }
    return null;
  }

  private Cue kindCue(QuantityMention q, List<Cue> cs) {
    int qa = tokenAt(q.span().start());
    int qb = ownerEnd(tokenAt(q.span().end() - 1) + 1, q);
    Cue after = null;
    String counter = q.counter();
    if ("dead".equals(counter) || "wounded".equals(counter) || "injured".equals(counter)) {
      // "two wounded", "six dead": the counter is the casualty word
      int k = qb - 1;
      return new Cue(counter.equals("dead") ? "KILLED" : "WOUNDED", k, qb, w.start(k), w.end(k));
    }
    for (Cue c : cs) {
      if (!isKind(c.type())) continue;
      if (c.to() == qa) return c; // "killing two passengers": the word before binds closest
      if (c.type().equals("TOLL")) continue;
      if (after == null && c.from() >= qb && (c.from() - qb <= 4 && !punctuationBetween(qb, c.from()) || aside(cs, qb, c.from()))) after = c;
    }
    return after;
  }

  /** "scores of fighters loyal to Mahdi had been killed": the verb comes after the owner's name. */
  private int ownerEnd(int qb, QuantityMention q) {
    if (qb + 1 >= w.size() || !(w.is(qb, "loyal") && w.is(qb + 1, "to"))) return qb;
    int at = w.end(qb + 1);
    for (Mention m : mentions) {
      if (m.start() < at) continue;
      return m.start() - at <= 1 && m.kind() != Mention.Kind.PLACE ? tokenAt(m.end() - 1) + 1 : qb;
    }
    return qb;
  }

  /** "eight fighters, he said, had been captured": a saying set off by commas between a count and its verb. */
  private boolean aside(List<Cue> cs, int from, int to) {
    if (to - from > 8 || from >= w.size() || !w.isPunct(from, ',')) return false;
    for (Cue c : cs) if (c.type().equals("SAY") && c.from() > from && c.to() < to && w.isPunct(c.to(), ',')) return true;
    return false;
  }

  private static boolean isKind(String t) {
    return t.equals("TOLL") || t.equals("KILLED") || t.equals("WOUNDED") || t.equals("CAPTURED") || t.equals("MISSING");
  }

  /**
   * Whose losses: an actor named in or right after the count ("300 Taliban fighters", "12 NRF
   * fighters"), people ("civilians", "women") are civilians (protesters at a protest), "its
   * fighters" the speaker's side; else the event's target for "killing N", its agent for "lost N".
   */
  private String victimActor(QuantityMention q, List<Mention> ms, Draft target, Cue kindCue) {
    int qa0 = tokenAt(q.span().start());
    boolean ownLoss = qa0 > 0 && w.is(qa0 - 1, "lost") || kindCue.end() <= q.span().start() && w.lower(kindCue.from()).equals("lost");
    for (Mention m : ms) {
      if (m.kind() == Mention.Kind.PLACE || m.kind() == Mention.Kind.PERSON) continue;
      boolean inside = m.start() >= q.span().start() && m.start() < q.span().end() + 2;
      if (inside && ownLoss && m.name().equals(CIVILIANS)) break; // "they lost three men": men of their own
      if (inside) return protestVictim(m.name(), target);
    }
    // "scores of fighters loyal to Mahdi", "members of the group": whose fighters they are
    int qb = tokenAt(q.span().end() - 1) + 1;
    if (qb + 1 < w.size() && (w.is(qb, "loyal") && w.is(qb + 1, "to") || w.is(qb, "of") || w.is(qb, "from"))) {
      int at = w.end(w.is(qb, "loyal") ? qb + 1 : qb);
      for (Mention m : ms) {
        if (m.start() < at || m.start() - at > 5) continue;
        String a = actorOf(m);
        if (a != null) return protestVictim(a, target);
        break;
      }
    }
    String counter = q.counter();
    // "two Iranian guards were killed and two wounded": a bare count after a figure is of the same side
    if (prevVictim != null && (counter == null || counter.equals("dead") || counter.equals("wounded") || counter.equals("injured"))
        && q.span().start() - prevVictimEnd < 40) return prevVictim;
    // "killing one civilian and injuring 10 more", "wounding 17 others": of the same side
    int after = tokenAt(q.span().end() - 1) + 1;
    boolean others = after < w.size() && (w.is(after, "others") || w.is(after, "more") || w.is(after, "other")) || counter != null
        && (counter.equals("other") || counter.equals("others"));
    if (others && prevVictim != null && q.span().start() - prevVictimEnd < 100) return prevVictim;
    if (isProtest(target.subtype)) return PROTESTERS;
    // "all five attackers were killed": the attackers are the side that attacked
    if (counter != null && ATTACKERS.contains(counter) && target.side(1) != null) return target.side(1);
    int qa = tokenAt(q.span().start());
    // "the Taliban said they lost three men": a party's own losses, whatever the counter
    boolean lost = qa > 0 && w.is(qa - 1, "lost") || kindCue.end() <= q.span().start() && w.lower(kindCue.from()).equals("lost");
    if (!lost && counter != null && civilianCounters.contains(counter)) return protestVictim(CIVILIANS, target);
    if (qa > 0 && (w.is(qa - 1, "its") || w.is(qa - 1, "their") || w.is(qa - 1, "lost"))) {
      if (w.is(qa - 1, "lost") || kindCue.end() <= q.span().start() && w.lower(kindCue.from()).equals("lost")) {
        // "the NRF said it lost two fighters": the speaker's own losses
        String who = qa > 1 && (w.is(qa - 2, "it") || w.is(qa - 2, "they") || w.is(qa - 2, "we")) && lastSpeakerActor != null ? lastSpeakerActor : paragraphAgent;
        return who != null ? who : target.side(1);
      }
      return target.side(1);
    }
    if (w.lower(kindCue.from()).equals("lost")) return target.side(1);
    String two = target.side(2);
    if (two != null) return two;
    if (counter == null || counter.equals("person")) return protestVictim(CIVILIANS, target);
    return null;
  }

  private static String protestVictim(String name, Draft target) {
    if (name.equals(CIVILIANS) && isProtest(target.subtype)) return PROTESTERS;
    return name;
  }

  /** "ISKP claimed responsibility": the claimer is the attacker of the event just told. */
  private void responsibility(Span s, int index, List<Mention> ms, List<Cue> ts, List<Cue> cs) {
    for (Cue t : ts) {
      if (!t.type().equals("RESPONSIBILITY")) continue;
      if (negated(t, cs) || denied(t.start(), cs)) continue; // "no group has claimed responsibility"
      Mention who = lastBefore(ms, t.start(), s.start());
      if (who == null || who.kind() != Mention.Kind.ACTOR) continue;
      boolean any = false;
      for (Draft d : events) {
        // the unclaimed attacks just told, not those of another part of the report
        if (REMOTE_TYPES.contains(d.subtype) && UNIDENTIFIED.equals(d.side(1)) && (d.paragraph == paragraph || d == current)) {
          claim(d, who, t);
          any = true;
        }
      }
      if (!any && last != null) claim(last, who, t);
    }
  }

  private static final Set<SubType> REMOTE_TYPES = Set.of(SubType.SUICIDE_BOMB, SubType.REMOTE_EXPLOSIVE, SubType.SHELLING_ARTILLERY_MISSILE,
      SubType.AIR_DRONE_STRIKE, SubType.ATTACK);

  /** The claimer becomes the attacker of an event no one was named for. */
  private void claim(Draft last, Mention who, Cue t) {
    {
      String one = last.side(1);
      if (one == null || one.equals(UNIDENTIFIED)) {
        if (one != null) last.actors.remove(one);
        Map<String, org.sitrep.model.ActorRef> rest = new LinkedHashMap<>(last.actors);
        last.actors.clear();
        last.actor(who.name(), 1, anchor(who));
        for (var r : rest.values()) if (!r.name().equals(who.name())) last.actors.put(r.name(), r);
        last.renameCasualties(UNIDENTIFIED, who.name());
      }
      last.attribution = new Attribution(last.attribution.stance(), last.attribution.source(), last.attribution.via(), who.name(),
          last.attribution.disputedBy());
      last.fired("en.attribution.responsibility", words(t));
    }
  }

  // ---------------------------------------------------------------- persons

  private void persons(Span s, List<Mention> ms, List<Cue> cs) {
    for (Mention m : ms) {
      if (m.kind() != Mention.Kind.PERSON) continue;
      PersonEntry p = m.person();
      Fate fate = fateAfter(m, cs);
      person(p.name(), p.affiliation(), p.role(), p.note(), fate, m, m.rule());
    }
    // "Taliban spokesman Zabihullah Mujahid", "NRF commander General Abdul Wudod Zara": a title between a group and a name
    for (Cue r : cuesIn(roles, s)) {
      int k = r.to();
      while (k < w.size() && w.capitalized(k) && titleWord(k)) k++;
      int nameStart = k;
      while (k < w.size() && w.capitalized(k) && w.isWord(k) && !titleWord(k) && k - nameStart < 4) k++;
      if (k - nameStart < 2) continue;
      int a = w.start(nameStart);
      int b = w.end(k - 1);
      if (covered(ms, a, b)) continue;
      String group = null;
      for (Mention m : ms) if (m.kind() == Mention.Kind.ACTOR && m.end() <= r.start() && r.start() - m.end() <= 2) group = m.name();
      if (group == null) continue;
      Mention m = new Mention(Mention.Kind.PERSON, a, b, text.substring(a, b), null, null, "en.person.title");
      person(text.substring(a, b), group, Role.valueOf(r.type()), null, fateAfter(m, cs), m, "en.person.title");
    }
  }

  private boolean titleWord(int k) {
    String x = w.lower(k);
    return x.equals("general") || x.equals("gen") || x.equals("mawlawi") || x.equals("mullah") || x.equals("qari") || x.equals("colonel")
        || x.equals(".");
  }

  private boolean covered(List<Mention> ms, int a, int b) {
    for (Mention m : ms) if (m.start() < b && a < m.end()) return true;
    return false;
  }

  /** "... were killed" after a person with nothing but names between: the person's fate. */
  private Fate fateAfter(Mention m, List<Cue> cs) {
    for (Cue c : cs) {
      if (c.start() < m.end() || c.start() - m.end() > 120) continue;
      if (!c.type().equals("KILLED")) continue;
      String between = text.substring(m.end(), c.start());
      if (between.contains(".") && !between.contains("Gen.")) return null;
      if (between.contains(" was ") || between.contains(" were ") || between.strip().isEmpty()) return new Fate(Fate.Kind.KILLED, paragraphDate);
      return null;
    }
    return null;
  }

  private void person(String name, String affiliation, Role role, String note, Fate fate, Mention m, String rule) {
    Span span = new Span(m.start(), m.end(), text.substring(m.start(), m.end()));
    Person p = new Person(name, affiliation, role, note, fate, Anchor.of(span), null, List.of(), 0.7, List.of(span));
    Drafted<Person> old = persons.get(name);
    Drafted<Person> d = new Drafted<>(p, List.of(new RuleFiring(rule, span)));
    if (old == null) persons.put(name, d);
    else if (old.fact().fate() == null && fate != null) {
      Person o = old.fact();
      persons.put(name, new Drafted<>(new Person(o.name(), o.affiliation(), o.role(), o.note(), fate, o.anchor(), null, List.of(), 0.7, o.evidence()),
          old.firings()));
    }
  }

  // ---------------------------------------------------------------- spans

  /** The clause around a trigger: from the last ';' or sentence start to the next ';' or sentence end, at most about 300 characters. */
  private Span clause(Span s, Cue t) {
    int a = s.start();
    int b = s.end();
    for (int i = t.start() - 1; i > s.start(); i--) if (text.charAt(i) == ';') {
      a = i + 1;
      break;
    }
    for (int i = t.end(); i < s.end(); i++) if (text.charAt(i) == ';') {
      b = i;
      break;
    }
    if (b - a > 300) {
      a = Math.max(a, t.start() - 150);
      b = Math.min(b, t.end() + 150);
    }
    while (a < b && Character.isWhitespace(text.charAt(a))) a++;
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
    if (a >= b) return words(t);
    return new Span(a, b, text.substring(a, b));
  }

  private Span words(Cue t) {
    return new Span(t.start(), t.end(), text.substring(t.start(), t.end()));
  }

  private Anchor anchor(Mention m) {
    return m == null ? null : new Anchor(text.substring(m.start(), m.end()), m.start(), m.end());
  }

  private static List<Mention> within(List<Mention> all, Span s) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : all) if (m.start() >= s.start() && m.end() <= s.end()) out.add(m);
    return out;
  }

  private static List<Cue> cuesIn(List<Cue> all, Span s) {
    List<Cue> out = new ArrayList<>();
    for (Cue c : all) if (c.start() >= s.start() && c.end() <= s.end()) out.add(c);
    return out;
  }

  /** The token starting at or containing offset {@code at} (binary search). */
  private int tokenAt(int at) {
    int lo = 0;
    int hi = w.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (w.start(mid) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

}
