package org.sitrep.en;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.core.actor.ActorDictionary;
import org.sitrep.core.actor.ActorHit;
import org.sitrep.core.actor.PersonHit;
import org.sitrep.core.date.DateResolver;
import org.sitrep.core.fact.Codebook;
import org.sitrep.core.fact.FactAssembler;
import org.sitrep.core.pipeline.Document;
import org.sitrep.core.pipeline.Explained;
import org.sitrep.core.pipeline.Language;
import org.sitrep.core.place.Gazetteer;
import org.sitrep.core.place.PlaceEntry;
import org.sitrep.core.place.PlaceHit;
import org.sitrep.core.place.PlaceKind;
import org.sitrep.model.Report;
import org.sitrep.model.Span;

/**
 * Reads English conflict reports: sentences from {@link EnglishAnalyser} (no tagging: lexicons
 * and token patterns are enough and fast), names from the shared gazetteer and actor dictionary
 * plus group nouns ("protesters", "local militias", "gunmen"), quantities and dates from
 * {@link EnglishQuantityFinder} and {@link EnglishDateFinder}, then triggers and cues from the
 * plain-text lexicons read into facts by {@link EnglishReader} and assembled by the core.
 *
 * <ul>
 *   <li>"On 6 May 2022, NRF fighters attacked a Taliban checkpoint in Paryan district" → an armed
 *       clash in Paryan, NRF against the Taliban, on 6 May 2022;
 *   <li>"Taliban forces captured Bazarak" → the Taliban regain territory and took Bazarak;
 *   <li>"They have failed to capture the villages" → nothing: a failed capture is no control.
 * </ul>
 * Known weaknesses: subjects are the nearest name before a verb (no parse), so a long relative
 * clause can lend its name to the main verb; one event a sentence; an actor neither dictionary
 * nor group lexicon knows is lost; names are looked up only in sentences with a trigger, a cue or
 * a title (and the sentence after a trigger), so the document's main place is counted there only;
 * a lower-case alias added to the actor dictionary needs its words in {@code name-words.txt}.
 *
 * <p>Thread-safe: the lexicons and dictionaries are immutable; a reader is made per document.
 */
public final class EnglishLanguage implements Language {
  private static final Map<String, String> GROUPS = Map.of("PROTESTERS", EnglishReader.PROTESTERS, "PEOPLE", EnglishReader.CIVILIANS,
      "RESISTANCE", "National Resistance Front",
      "UNIDENTIFIED", EnglishReader.UNIDENTIFIED);
  private static final Set<String> CIVILIAN_COUNTERS = Set.of("person", "civilian", "man", "woman", "child", "boy", "girl", "family",
      "household", "resident", "villager", "passenger", "patient", "worshipper", "worshiper", "student", "relative", "sister",
      "brother", "son", "daughter", "farmer", "teacher", "doctor", "nurse", "pilgrim", "shepherd", "trader", "driver", "worker",
      "body", "victim", "activist", "journalist", "elder", "afghan");

  private final Gazetteer gazetteer;
  private final ActorDictionary actors;
  private final EnglishLexicon lexicon = EnglishLexicon.BUNDLED;
  private final EnglishAnalyser analyser = new EnglishAnalyser();
  private final EnglishQuantityFinder quantityFinder = new EnglishQuantityFinder();
  private final EnglishDateFinder dateFinder = new EnglishDateFinder();
  private final Codebook codebook;
  private final DateResolver dates = new DateResolver();
  private final FactAssembler assembler = new FactAssembler();
  private final Set<String> victimCounters = peopleCounters();

  public EnglishLanguage() {
    this(Gazetteer.bundled(), ActorDictionary.bundled());
  }

  public EnglishLanguage(Gazetteer gazetteer, ActorDictionary actors) {
    this.gazetteer = gazetteer;
    this.actors = actors;
    this.codebook = new Codebook(actors);
  }

  @Override
  public String code() {
    return "en";
  }

  @Override
  public Report read(Document document) {
    return explain(document).report();
  }

  /** The whole English pipeline, in order, with the rules behind each fact. */
  @Override
  public Explained explain(Document document) {
    String text = document.text();
    Words w = Words.of(text, 0, text.length());
    List<Span> sentences = analyser.sentences(text);
    List<Cue> triggers = EnglishLexicon.scan(lexicon.triggers, w);
    List<Cue> cues = EnglishLexicon.scan(lexicon.cues, w);
    List<Cue> roles = EnglishLexicon.scan(lexicon.roles, w);
    List<Mention> mentions = mentions(document, text, w, relevant(text, sentences, triggers, cues, roles));
    EnglishReader reader = new EnglishReader(document.info(), text, w, sentences, mentions, triggers, cues, roles,
        quantityFinder.find(text, 0, text.length()),
        dateFinder.find(text, 0, text.length()), codebook, dates, actors, victimCounters, CIVILIAN_COUNTERS);
    EnglishReader.Drafts d = reader.read();
    return assembler.assemble(document.info(), d.events(), d.relations(), d.control(), d.persons());
  }

  /** OpenNLP's {@code TokenizerME} alone, with the module's tokenizer model, on the whole text: the token count. */
  @Override
  public long baseline(String text) {
    return EnglishAnalyser.baseline(text);
  }

  /**
   * Actors, places and persons, in text order, none overlapping another: an actor or person
   * name wins over a place inside it, a longer name over a shorter one; a local militia is
   * named by the district the document names most ("Andarab militia").
   */
  List<Mention> mentions(Document document, String text, Words w, List<Span> relevant) {
    List<Mention> all = new ArrayList<>();
    String base = NameWindows.mask(text);
    String persons = NameWindows.capitalisedOnly(base);
    for (PersonHit h : actors.scanPersons(persons)) {
      if (spansBlank(text, persons, h.start(), h.end())) continue;
      all.add(new Mention(Mention.Kind.PERSON, h.start(), h.end(), h.person().name(), null, h.person(), "en.person.dictionary"));
    }
    char[] names = NameWindows.only(base, relevant);
    for (ActorHit h : actors.scanActors(java.nio.CharBuffer.wrap(names))) {
      // "Andarab fell to resistance fighters" is no "Andarab resistance": a name never spans a word the mask blanked
      if (spansBlank(text, base, h.start(), h.end())) continue;
      all.add(new Mention(Mention.Kind.ACTOR, h.start(), h.end(), h.actor().name(), null, null, "en.actor.dictionary"));
      // a name the actor dictionary took is no place: the gazetteer need not try it ("Taliban", "Pakistani forces")
      java.util.Arrays.fill(names, h.start(), h.end(), ' ');
    }
    Map<String, Integer> districts = new TreeMap<>();
    for (PlaceHit h : gazetteer.scan(java.nio.CharBuffer.wrap(names))) {
      PlaceEntry best = h.best() != null ? h.best() : byOwnName(h);
      if (best == null) continue; // ambiguous: several places, none preferred
      all.add(new Mention(Mention.Kind.PLACE, h.start(), h.end(), best.name(), best, null, "en.place.gazetteer"));
      if (best.kind() == PlaceKind.DISTRICT) districts.merge(best.name(), 1, Integer::sum);
    }
    String militia = districts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() + " militia").orElse("Local militia");
    for (Cue c : EnglishLexicon.scan(lexicon.groups, w)) {
      // "a crowd of mourners": the people named after "of" are who the crowd is
      if (c.type().equals("PROTESTERS") && w.lower(c.to() - 1).startsWith("crowd") && c.to() < w.size() && w.is(c.to(), "of")) continue;
      String name = c.type().equals("MILITIA") ? militia : c.type().equals("AFGHAN") ? afghanForces(document) : GROUPS.get(c.type());
      all.add(new Mention(Mention.Kind.ACTOR, c.start(), c.end(), name, null, null, "en.actor.group"));
    }
    // longest first, then earliest: a kept mention blocks any overlapping one
    all.sort(Comparator.comparingInt((Mention m) -> -(m.end() - m.start())).thenComparingInt(Mention::start)
        .thenComparingInt(m -> m.kind().ordinal()));
    TreeSet<int[]> taken = new TreeSet<>(Comparator.comparingInt((int[] a) -> a[0]));
    List<Mention> out = new ArrayList<>();
    for (Mention m : all) {
      int[] floor = taken.floor(new int[] {m.end() - 1, 0});
      if (floor != null && floor[1] > m.start()) continue;
      taken.add(new int[] {m.start(), m.end()});
      out.add(m);
    }
    out.sort(Comparator.comparingInt(Mention::start));
    // "Taliban gunmen", "ISKP militants": a group noun right after a named actor is that actor's men
    List<Mention> kept = new ArrayList<>();
    for (Mention m : out) {
      Mention prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (prev != null && m.name().equals(EnglishReader.UNIDENTIFIED) && prev.kind() == Mention.Kind.ACTOR
          && text.substring(prev.end(), m.start()).isBlank() && m.start() - prev.end() <= 2) continue;
      kept.add(m);
    }
    return kept;
  }

  /**
   * The sentences whose actors and places can matter: those with a trigger, a verb of saying, a
   * casualty word or a title, the sentence after a trigger, and every sentence of a paragraph
   * with a trigger (a place named earlier in the paragraph is where its events happen: "the
   * airfield at Kabul ... They walked in"). Names elsewhere are not looked up (persons excepted),
   * which keeps the dictionary scans off most of a long text.
   */
  private static List<Span> relevant(String text, List<Span> sentences, List<Cue> triggers, List<Cue> cues, List<Cue> roles) {
    List<Cue> all = new ArrayList<>(triggers);
    for (Cue c : cues) if (!c.type().equals("NEG") && !c.type().equals("ASSESS")) all.add(c);
    all.addAll(roles);
    all.sort(Comparator.comparingInt(Cue::start));
    boolean[] keep = new boolean[sentences.size()];
    int k = 0;
    int t = 0;
    int paragraphStart = 0;
    boolean paragraphTrigger = false;
    boolean afterTrigger = false; // the sentence after an event may name its place ("The strike in Nangarhar ...")
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      if (i > 0 && text.substring(sentences.get(i - 1).end(), s.start()).indexOf('\n') >= 0) {
        if (paragraphTrigger) for (int j = paragraphStart; j < i; j++) keep[j] = true;
        paragraphStart = i;
        paragraphTrigger = false;
      }
      while (k < all.size() && all.get(k).start() < s.start()) k++;
      while (t < triggers.size() && triggers.get(t).start() < s.start()) t++;
      boolean trigger = t < triggers.size() && triggers.get(t).start() < s.end();
      if (afterTrigger || k < all.size() && all.get(k).start() < s.end()) keep[i] = true;
      afterTrigger = trigger;
      paragraphTrigger |= trigger;
    }
    if (paragraphTrigger) for (int j = paragraphStart; j < sentences.size(); j++) keep[j] = true;
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) if (keep[i]) out.add(sentences.get(i));
    return out;
  }

  /**
   * An English name that is some places' own name and other places' short alias ("Khost": the
   * province and its capital, and a short form of Khost wa Firing in Baghlan) means the places
   * it names in full, when they lie in one province: the province, else the town. Null if not.
   */
  private static PlaceEntry byOwnName(PlaceHit h) {
    PlaceEntry province = null;
    PlaceEntry other = null;
    for (PlaceEntry e : h.candidates()) {
      if (!e.name().equals(h.surface())) continue;
      if (e.admin1() == null || other != null && !e.admin1().equals(other.admin1()) || province != null && !e.admin1().equals(province.admin1())) return null;
      if (e.kind() == PlaceKind.PROVINCE) province = e;
      else other = e;
    }
    return province != null ? province : other;
  }

  /** Whether a hit covers a letter of the text that the mask blanked: a name read across a common word. */
  private static boolean spansBlank(String text, CharSequence masked, int from, int to) {
    for (int i = from; i < to; i++) if (masked.charAt(i) != text.charAt(i) && Character.isLetter(text.charAt(i))) return true;
    return false;
  }

  /** "Afghan forces": the Taliban's once they are the state, the former government's before. */
  private String afghanForces(Document document) {
    var day = document.info().published();
    return codebook.isState("Taliban", day) ? "Taliban" : "Former Afghan security forces";
  }

  /** The people section of the quantity finder's counter lexicon: counts of these can be casualties. */
  private static Set<String> peopleCounters() {
    Set<String> out = new TreeSet<>();
    try (InputStream in = EnglishLanguage.class.getResourceAsStream("quantity-counters.txt")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean people = false;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#")) {
          String h = line.substring(1).strip();
          if (h.equals("people")) people = true;
          else if (!h.isEmpty() && !h.contains(" ")) people = false;
          continue;
        }
        if (people && !line.isBlank()) out.add(line.strip().split("\\s+")[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
