package org.sitrep.ko;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.core.actor.ActorDictionary;
import org.sitrep.core.date.DateMention;
import org.sitrep.core.date.DateResolver;
import org.sitrep.core.fact.Codebook;
import org.sitrep.core.fact.Drafted;
import org.sitrep.core.pipeline.RuleFiring;
import org.sitrep.core.place.PlaceKind;
import org.sitrep.core.quantity.QuantityMention;
import org.sitrep.core.quantity.Range;
import org.sitrep.core.text.NormalisedText;
import org.sitrep.model.Anchor;
import org.sitrep.model.Attribution;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.DateRange;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Extent;
import org.sitrep.model.Fate;
import org.sitrep.model.Outcome;
import org.sitrep.model.Person;
import org.sitrep.model.Place;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.SubType;

/**
 * Reads the frames of one analysed document, clause by clause, into drafted facts: a trigger with
 * the arguments its particles give it, under the negation, intention and attribution of its
 * clause and sentence. One reader per document; not thread-safe (it keeps the topic, date and
 * place carried from clause to clause).
 */
final class FrameReader {
  static final String UNIDENTIFIED = "Unidentified armed group";
  static final String CIVILIANS = "Civilians";
  private static final Set<String> REMOTE = Set.of("SUICIDE", "AIR", "SHELL", "IED", "BOMB");
  /** Nouns of a hostility between two sides named together: X과 Y 간의 갈등. */
  private static final Set<String> BETWEEN = Set.of("갈등", "적대", "대립", "충돌", "악화", "긴장", "마찰", "분쟁", "신경전", "불화");
  private static final Set<String> ACCUSE = Set.of("비난", "규탄", "비판", "항의", "주장", "반발", "경고", "맹비난", "성토", "질타");
  private static final Set<String> TOLLS = Set.of("DEATHS", "WOUNDED", "KWDS");
  private static final Set<String> CASUALTY = Set.of("KILL", "DIE", "WOUND", "SURRENDER", "CAPTURE", "KWD", "EXECUTE", "ABDUCT", "ARREST", "MISS");
  private static final Set<String> POSITIONS = Set.of("거점", "진지", "초소", "검문소", "도로", "길목", "요충지", "기지");

  private final DocumentInfo info;
  private final NormalisedText nt;
  private final String text;
  private final List<Morpheme> ms;
  private final List<Clause> clauses;
  private final List<Mention> mentions;
  private final List<QuantityMention> quantities;
  private final List<DateMention> dates;
  private final Lexicon lexicon;
  private final Codebook codebook;
  private final DateResolver resolver;
  private final ActorDictionary actors;

  private final List<EventDraft> events = new ArrayList<>();
  private final List<Drafted<Relation>> relations = new ArrayList<>();
  private final List<Drafted<ControlClaim>> control = new ArrayList<>();
  private final Map<String, Drafted<Person>> persons = new LinkedHashMap<>();
  private final Map<String, String> groupOfLeader = new TreeMap<>();
  private final int[] sentenceStarts;
  private final int[] sentenceEnds;
  private final Map<Long, Span> spans = new java.util.HashMap<>(); // lookups only, never iterated

  private EventDraft last;
  private Mention sentenceTopic;
  private Mention paragraphTopic;
  private Mention priorTopic;
  private boolean inBullet; // the sentence is an item of a list
  private Clause cachedClause;
  private String cachedText;
  private Attribution currentAttribution = Attribution.REPORTED;
  private Mention sentenceTopicMarked; // the first actor marked 은/는 in the sentence
  private Mention documentTopic; // the first actor of a headline: who the report is about
  private DateRange sentenceDate;
  private DateRange paragraphDate;
  private DateRange lastDate;
  private Mention sentencePlace;
  private final List<Mention> sentencePlaces = new ArrayList<>();
  private Mention paragraphPlace;
  private Mention documentPlace;
  private YearMonth monthHint;
  private String claimer; // who last claimed an attack, and in which sentence
  private int claimerSentence = -1;
  private int mentionCursor;
  private int quantityCursor;
  private int dateCursor;
  private String prevCasualtyVictim;
  private int prevCasualtyClause = -10;
  private int prevCasualtySentence = -1;

  FrameReader(DocumentInfo info, NormalisedText nt, List<Morpheme> ms, List<Clause> clauses, List<Mention> mentions,
      List<QuantityMention> quantities, List<DateMention> dates, Lexicon lexicon, Codebook codebook, DateResolver resolver,
      ActorDictionary actors) {
    this.info = info;
    this.nt = nt;
    this.text = nt.text();
    this.ms = ms;
    this.clauses = clauses;
    this.mentions = mentions;
    this.quantities = quantities;
    this.dates = dates;
    this.lexicon = lexicon;
    this.codebook = codebook;
    this.resolver = resolver;
    this.actors = actors;
    int sentences = clauses.isEmpty() ? 0 : clauses.get(clauses.size() - 1).sentence() + 1;
    this.sentenceStarts = new int[sentences];
    this.sentenceEnds = new int[sentences];
    java.util.Arrays.fill(sentenceStarts, Integer.MAX_VALUE);
    for (Clause c : clauses) {
      sentenceStarts[c.sentence()] = Math.min(sentenceStarts[c.sentence()], c.start());
      sentenceEnds[c.sentence()] = Math.max(sentenceEnds[c.sentence()], c.end());
    }
    for (Mention m : mentions) {
      if (m.rule().equals("ko.actor.kind-leader")) {
        int open = m.name().lastIndexOf(" (");
        if (open > 0) groupOfLeader.put(m.name().substring(open + 2, m.name().length() - 1), m.name());
      }
    }
  }

  /** The drafted facts of the document. */
  Drafts read() {
    int i = 0;
    int paragraph = -1;
    int headline = headlineParagraphs();
    int headlineEnd = 0;
    for (Clause c : clauses) {
      if (c.paragraph() >= headline) break;
      headlineEnd = c.end();
    }
    for (Mention m : mentions) {
      if (m.start() >= headlineEnd || documentTopic != null) break;
      if (m.kind() == Mention.Kind.ACTOR && !m.name().equals(CIVILIANS)) documentTopic = m;
    }
    while (i < clauses.size()) {
      int sentence = clauses.get(i).sentence();
      int j = i;
      while (j < clauses.size() && clauses.get(j).sentence() == sentence) j++;
      List<Clause> sc = clauses.subList(i, j);
      if (sc.get(0).paragraph() != paragraph) {
        paragraph = sc.get(0).paragraph();
        paragraphTopic = null;
        paragraphDate = null;
        paragraphPlace = null;
      }
      if (sc.get(0).paragraph() >= headline) readSentence(sc, i);
      i = j;
    }
    mergeVague();
    dropRecalled();
    List<Drafted<Event>> out = new ArrayList<>();
    for (EventDraft d : events) if (d.complete()) out.add(new Drafted<>(d.build(), d.firings));
    return new Drafts(out, relations, control, new ArrayList<>(persons.values()));
  }

  /**
   * "지난해 5월에도 ... 85명이 숨졌다": in a report of recent events, one dated half a year or more
   * before publication is history recalled as background ({@code ko.background.history}), not news.
   */
  private void dropRecalled() {
    LocalDate published = info.published();
    if (published == null) return;
    boolean recent = false;
    for (EventDraft d : events) if (d.date != null && !d.date.end().isBefore(published.minusDays(30))) recent = true;
    if (!recent) return;
    events.removeIf(d -> d.date != null && d.date.end().isBefore(published.minusDays(180)));
    // "2021년 8월 탈레반이 카불을 장악했을 때": ground taken long ago is history too.
    control.removeIf(c -> c.fact().date() != null && c.fact().status() == ControlStatus.TOOK
        && c.fact().date().end().isBefore(published.minusDays(180)));
  }

  /**
   * A lead placed only in a country ("이란과 아프가니스탄 국경에서 총격전이 벌어져") and the same event
   * told after it with its place (same type, a side in common, the same day) are one event: the
   * lead's evidence and losses go to the placed telling ({@code ko.event.lead-retold}).
   */
  private void mergeVague() {
    for (int i = 0; i < events.size(); i++) {
      EventDraft v = events.get(i);
      if (v.place == null || v.subtype == null) continue;
      boolean country = v.place.precision() == org.sitrep.model.PlacePrecision.COUNTRY;
      boolean province = v.place.precision() == org.sitrep.model.PlacePrecision.PROVINCE && v.place.admin1() != null;
      if (!country && !province) continue;
      for (int j = i + 1; j < events.size(); j++) {
        EventDraft p = events.get(j);
        if (p.place == null || p.place.precision() == org.sitrep.model.PlacePrecision.COUNTRY || p.subtype == null) continue;
        // "낭가르하르주에서 ... 폭발" then "잘랄라바드 시내에서": a province told first, a place in it after.
        if (province && (p.place.precision() == org.sitrep.model.PlacePrecision.PROVINCE || !v.place.admin1().equals(p.place.admin1()))) continue;
        if (p.subtype.type() != v.subtype.type() || p.paragraph - v.paragraph > 2) continue;
        if (v.date != null && p.date != null && !v.date.near(p.date, 1)) continue;
        boolean common = false;
        for (String a : v.actors.keySet()) if (!a.equals(CIVILIANS) && p.has(a)) common = true;
        if (!common) continue;
        for (var a : v.actors.values()) if (!p.has(a.name())) p.actor(a.name(), a.side(), a.commander(), a.anchor());
        for (var c : v.casualties.entrySet()) p.casualties.putIfAbsent(c.getKey(), c.getValue());
        p.evidence.addAll(0, v.evidence);
        p.firings.addAll(v.firings);
        p.fired("ko.event.lead-retold", v.evidence.get(0));
        if (p.date == null) p.date = v.date;
        events.remove(i--);
        break;
      }
    }
  }

  /**
   * A headline (a short first paragraph, no sentence ending in a full stop, before at least two
   * more paragraphs) retells the report it heads: it is not read ({@code ko.document.headline}).
   * Returns the index of the first paragraph to read.
   */
  private int headlineParagraphs() {
    if (clauses.isEmpty()) return 0;
    int p0 = clauses.get(0).paragraph();
    if (clauses.get(clauses.size() - 1).paragraph() < p0 + 2) return 0;
    int end = clauses.get(0).end();
    for (Clause c : clauses) if (c.paragraph() == p0) end = c.end();
    String first = text.substring(clauses.get(0).start(), end);
    if (first.length() > 160 || first.contains("다.") || first.contains("다 ") && first.length() > 100) return 0;
    return p0 + 1;
  }

  private void readSentence(List<Clause> sc, int firstIndex) {
    sentenceTopic = null;
    sentenceTopicMarked = null;
    sentenceDate = null;
    sentencePlace = null;
    sentencePlaces.clear();
    char lead = text.charAt(sc.get(0).start());
    inBullet = lead == '-' || lead == '•' || lead == '■' || lead == '·' || lead == '*';
    if (inBullet) {
      // A bullet is an item of its own: nothing carries over from the bullet before.
      paragraphDate = null;
      paragraphTopic = null;
      paragraphPlace = null;
    }
    List<ClauseFacts> facts = new ArrayList<>();
    List<List<Mention>> names = new ArrayList<>();
    int dateline = datelineEnd(sc.get(0).start());
    for (Clause c : sc) {
      facts.add(ClauseFacts.read(c, ms, text, lexicon));
      List<Mention> ns = mentionsIn(c);
      pronouns(c, ns);
      // "(카불=연합뉴스)": where the story was filed is not where it happened.
      if (dateline > c.start()) ns.removeIf(m -> m.start() < dateline);
      names.add(ns);
    }
    for (List<Mention> ns : names) for (Mention m : ns) if (m.kind() == Mention.Kind.PLACE && m.place().kind() != PlaceKind.COUNTRY) sentencePlaces.add(m);
    // "점령을 시도했지만 실패했다": a failure told in the next clause, with no act of its own, undoes
    // what the clause before it tried ({@code ko.negation.failure}).
    for (int k = 0; k + 1 < facts.size(); k++) {
      ClauseFacts next = facts.get(k + 1);
      String link = facts.get(k).clause.link();
      boolean contrast = link.endsWith("지만") || link.endsWith("나") || link.endsWith("는데") || link.endsWith("데");
      if (contrast && "ko.negation.failure".equals(next.negation) && next.triggers.isEmpty() && facts.get(k).negation == null) {
        facts.get(k).negation = "ko.negation.failure";
      }
    }
    // "아마크 통신을 통해 ... 감행했다며 ... 죽였다고 주장했다": the outlet's claim covers its whole sentence,
    // and a claim the claimer adds in the sentence right after it ({@code ko.attribution.claimed-responsibility}).
    boolean outlet = false;
    for (ClauseFacts f : facts) {
      outlet |= f.outletClaim;
      if (outlet) {
        f.claimsResponsibility = true;
        f.outletClaim = true;
      }
    }
    Attribution[] stance = attribution(facts, names);
    if (!outlet && claimerSentence >= 0 && sc.get(0).sentence() == claimerSentence + 1) {
      for (int k = 0; k < facts.size(); k++) {
        ClauseFacts f = facts.get(k);
        if (stance[k].stance() == Stance.CLAIMED && claimer.equals(stance[k].source()) && datesIn(f.clause).isEmpty()) {
          f.claimsResponsibility = true;
          f.outletClaim = true;
        }
      }
    }
    for (int k = 0; k < sc.size(); k++) {
      Clause c = sc.get(k);
      // "주로 ... 기습하고 IED 터뜨리는 식으로 활동함": a habit spans the clauses it links.
      if (k > 0 && facts.get(k - 1).habitual && !facts.get(k - 1).clause.link().isEmpty()) facts.get(k).habitual = true;
      if (nt.inDuplicateParagraph(c.start())) continue;
      readClause(facts.get(k), names.get(k), stance[k], firstIndex + k, names);
    }
    denials(facts, names);
  }

  /**
   * "마흐디는 ... 고향으로 돌아온 그는 결별을 선언했고": 그는 / 그가 (he) is the person last named
   * before it, in this paragraph or the one before, when that person stands for a group
   * ({@code ko.actor.pronoun}). Inserted among the clause's names in text order.
   */
  private void pronouns(Clause c, List<Mention> ns) {
    for (int k = c.from(); k + 1 < c.to(); k++) {
      Morpheme m = ms.get(k);
      if (!m.form().equals("그") || !m.tag().equals("NP")) continue;
      String p = ms.get(k + 1).form();
      Role role = p.equals("는") || p.equals("은") ? Role.TOPIC : p.equals("가") || p.equals("이") ? Role.SUBJ : null;
      if (role == null || !ms.get(k + 1).isParticle()) continue;
      Mention person = null;
      for (Mention x : mentionsBetween(Math.max(0, m.start() - 400), m.start())) {
        if (x.kind() == Mention.Kind.PERSON && asActor(x) != null) person = x;
      }
      if (person == null) continue;
      Mention he = new Mention(Mention.Kind.PERSON, m.start(), m.end(), person.name(), null, person.person(), person.commander(), role, "ko.actor.pronoun");
      int at = 0;
      while (at < ns.size() && ns.get(at).start() < m.start()) at++;
      ns.add(at, he);
    }
  }

  /**
   * The end of a wire dateline opening a sentence ("(카불=연합뉴스)", "[이슬라마바드=AP]",
   * "【서울=뉴시스】"), with the byline after it ("박소연 기자 ="), else -1.
   */
  private int datelineEnd(int at) {
    if (at >= text.length()) return -1;
    int open = "([【".indexOf(text.charAt(at));
    if (open < 0) return -1;
    char close = ")]】".charAt(open);
    // Bounded look-ahead: a dateline is short.
    String head = text.substring(at, Math.min(text.length(), at + 60));
    int end = head.indexOf(close);
    if (end < 0 || end > 40 || head.indexOf('=') < 0 || head.indexOf('=') > end) return -1;
    int eq = head.indexOf('=', end);
    if (eq > end && eq - end <= 16 && head.substring(end + 1, eq).strip().endsWith("기자")) return at + eq + 1;
    return at + end + 1;
  }

  // ---------------------------------------------------------------- attribution

  /** Reported unless: X에 따르면 / X 말로는 (claimed by X), -다고 밝혔다 / -다고 함 (claimed), -로 보인다 (assessed). */
  private Attribution[] attribution(List<ClauseFacts> facts, List<List<Mention>> names) {
    int n = facts.size();
    Attribution[] out = new Attribution[n];
    java.util.Arrays.fill(out, Attribution.REPORTED);
    Mention according = null;
    for (List<Mention> ns : names) for (Mention m : ns) if (according == null && (m.role() == Role.ACCORDING || saysAfter(m))) according = m;
    if (according != null) {
      Attribution a = new Attribution(Stance.CLAIMED, sourceName(according), via(according), null, List.of());
      java.util.Arrays.fill(out, a);
    }
    int from = 0;
    for (int k = 0; k < n; k++) {
      ClauseFacts f = facts.get(k);
      if (f.quote) {
        int verb = -1;
        for (int j = k; j < n && verb < 0; j++) if (facts.get(j).speech) verb = j;
        if (verb < 0) continue;
        Mention speaker = speaker(names, k, verb);
        // "-다는 의혹이 제기됐다": an allegation nobody is named for has no source.
        if (facts.get(verb).hearsay && speaker != null && !isAfterQuote(speaker, true, sentenceStart(speaker.start()))) speaker = null;
        Attribution a = new Attribution(Stance.CLAIMED, speaker == null ? (according == null ? null : sourceName(according)) : sourceName(speaker),
            according == null ? null : via(according), null, List.of());
        // Each quote covers the clauses since the one before it.
        for (int j = from; j <= verb; j++) out[j] = a;
        k = verb;
        from = verb + 1;
      }
    }
    for (int k = 0; k < n; k++) {
      if (facts.get(k).reportedly && out[k].stance() == Stance.REPORTED) out[k] = Attribution.of(Stance.CLAIMED);
      if (facts.get(k).assessed && out[k].stance() == Stance.REPORTED) {
        out[k] = Attribution.of(Stance.ASSESSED);
      }
    }
    return out;
  }

  /** "X 말로는", "X 주장으로는", "X 발표에 따르면": X is the source. */
  private boolean saysAfter(Mention m) {
    int e = m.end();
    while (e < text.length() && text.charAt(e) == ' ') e++;
    return text.startsWith("말로는", e) || text.startsWith("주장으로는", e) || text.startsWith("주장에 따르면", e) || text.startsWith("발표에 따르면", e)
        || text.startsWith("측 주장", e);
  }

  /** Who says it: a subject named after the quote ("...죽었다고 저항군이 주장함"), else the sentence's first subject or topic. */
  private Mention speaker(List<List<Mention>> names, int quoteClause, int verbClause) {
    for (Mention m : names.get(verbClause)) {
      if (m.role().actsAsSubject() && m.kind() != Mention.Kind.PLACE && isAfterQuote(m, verbClause == quoteClause, sentenceStart(m.start()))) return m;
    }
    // Before the quote, a topic (X는 ...라고 밝혔다) or a named source speaks; a subject (X가 ...했다고 한다)
    // is inside what is told.
    for (List<Mention> ns : names) {
      for (Mention m : ns) {
        if (m.kind() == Mention.Kind.PLACE) continue;
        if (m.role() == Role.TOPIC || m.kind() == Mention.Kind.SOURCE && m.role().actsAsSubject()) return m;
      }
    }
    return null;
  }

  private boolean isAfterQuote(Mention m, boolean sameClause, int sentenceStart) {
    if (!sameClause) return true;
    // The quote ends before the mention, in its sentence: some ending -다고/-라고 lies before it.
    int from = Math.max(sentenceStart, m.start() - 40);
    String before = text.substring(from, m.start());
    return before.contains("다고") || before.contains("라고") || before.contains("다는") || before.contains("\"");
  }

  private String sourceName(Mention m) {
    if (m.kind() == Mention.Kind.ACTOR && m.name().equals(CIVILIANS)) return "residents";
    return switch (m.kind()) {
      case ACTOR, SOURCE -> m.name();
      case PERSON -> m.name();
      case PLACE -> m.name();
    };
  }

  /** An outlet relayed: "AP통신에 따르면" → via AP. */
  private String via(Mention m) {
    int e = m.end();
    if (e + 2 <= text.length() && text.startsWith("통신", e)) return m.name();
    int s = m.start();
    int t = text.lastIndexOf("통신", e);
    if (t > s - 20 && t >= 0 && t < e) {
      int b = t;
      while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) b--;
      if (b < t) return text.substring(b, t);
    }
    return null;
  }

  /** 부인 / 일축 / 반박: the denier disputes the events just told. */
  private void denials(List<ClauseFacts> facts, List<List<Mention>> names) {
    for (int k = 0; k < facts.size(); k++) {
      if (!facts.get(k).denial || last == null) continue;
      Mention denier = null;
      for (Mention m : names.get(k)) if (m.kind() == Mention.Kind.ACTOR && m.role().actsAsSubject()) denier = m;
      if (denier == null) denier = sentenceTopic;
      if (denier == null || denier.kind() != Mention.Kind.ACTOR) continue;
      Attribution a = last.attribution;
      if (a.claimedBy() != null && a.claimedBy().equals(denier.name())) continue;
      List<String> disputed = new ArrayList<>(a.disputedBy());
      if (!disputed.contains(denier.name())) disputed.add(denier.name());
      last.attribution = new Attribution(a.stance(), a.source(), a.via(), a.claimedBy(), disputed);
      last.fired("ko.attribution.denial", span(facts.get(k).clause.start(), facts.get(k).clause.end()));
    }
  }

  // ---------------------------------------------------------------- clauses

  private void readClause(ClauseFacts f, List<Mention> names, Attribution att, int clauseIndex, List<List<Mention>> sentenceNames) {
    Clause c = f.clause;
    Mention subject = subject(names, f);
    Mention later = null;
    if (subject == null && sentenceTopic == null) {
      for (List<Mention> ns : sentenceNames) {
        if (later == null && !ns.isEmpty() && ns.get(0).start() > c.start()) later = subject(ns, f);
      }
    }
    // A topic (은/는) scopes over its whole sentence; a subject (이/가) carries only when there is no topic.
    Mention carried = sentenceTopicMarked != null ? sentenceTopicMarked : sentenceTopic;
    Mention speaker = null;
    for (List<Mention> ns : sentenceNames) for (Mention n : ns) if (speaker == null && saysAfter(n)) speaker = asActor(n);
    // "저항군 말로는 ... 사살했다고 함": who tells of its own deeds does them, when nobody else is named.
    Mention agent = subject != null ? subject : carried != null ? carried : later != null ? later : paragraphTopic != null ? paragraphTopic
        : speaker != null ? speaker : documentTopic;
    String agentRule = subject != null ? "ko.role.subject" : later != null ? "ko.role.subject-later"
        : sentenceTopic == null && paragraphTopic == null && documentTopic != null ? "ko.role.headline-topic" : "ko.role.topic-carried";
    priorTopic = sentenceTopic != null ? sentenceTopic : paragraphTopic;
    for (Mention n : names) {
      Mention a = n.role() == Role.TOPIC ? asActor(n) : null;
      if (a != null && sentenceTopicMarked == null && !a.name().equals(CIVILIANS)) sentenceTopicMarked = a;
    }
    if (subject != null) {
      sentenceTopic = subject;
      if (subject.role() == Role.TOPIC) paragraphTopic = subject;
    }
    DateRange date = clauseDate(f, c);
    Mention placeHere = placeIn(names);
    if (placeHere != null) {
      sentencePlace = placeHere;
      paragraphPlace = placeHere;
      documentPlace = placeHere;
    }
    personsOf(f, names, date);
    // "2017년 살인 혐의로 ... 이날 처형했다": a year named in passing does not make a dated clause history.
    boolean background = f.background || f.oldYear && !(f.sameDay || ownRecentDate(c));
    boolean blocked = f.negation != null || f.intention != null || background;
    if (blocked) {
      hostility(f, names, agent, att, date);
      if (f.intention != null && f.negation == null && !background) join(f, names, agent, att, date, true);
      return;
    }
    // A claim of responsibility names the attacker of the event just told; told with its own attack
    // ("지난달 ... 폭탄 공격의 배후를 자처했다") it is that attack, claimed.
    boolean claimedBack = f.claimsResponsibility && responsibility(f, names, agent);
    // Occurrences counted ("두 차례 교전") sum up events told before; told first, they are the event.
    boolean summing = f.summary && !events.isEmpty();
    if (f.habitual || f.condemned || claimedBack || summing) {
      // "아마크를 통해 이 공격으로 3명을 죽였다고 주장했다": the claimer's own toll of the attack it claims.
      if (claimedBack && f.outletClaim && !f.habitual && !summing) {
        currentAttribution = att;
        casualties(f, names, agent, fitting(recent(c), names, date, c), clauseIndex);
      }
      relationsOf(f, names, agent, att, date);
      return;
    }
    intervention(f, names, agent);
    currentAttribution = att;
    EventDraft made = events(f, names, agent, agentRule, att, date, sentenceNames);
    territory(f, names, agent, att, date, made);
    casualties(f, names, agent, made != null ? made : fitting(recent(c), names, date, c), clauseIndex);
    outcomes(f, names, agent, c);
    relationsOf(f, names, agent, att, date);
  }

  /**
   * "자폭했고, 이어 무장 괴한들이 총격을 가했다", "침입해 총격을 가하고 폭발물을 터뜨렸다": a violent act
   * told in a later clause of the sentence that made an event, by the same or an unnamed hand, with
   * no place or day of its own, is the same attack ({@code ko.event.same-sentence}).
   */
  private EventDraft sameSentenceAct(Clause c, List<Mention> names, SubType subtype, String side1) {
    if (last == null || last.subtype == null) return null;
    int from = sentenceStart(c.start());
    boolean toldHere = false;
    for (Span e : last.evidence) if (e.start() >= from && e.start() < c.start()) toldHere = true;
    if (!toldHere) return null;
    if (subtype.type() != EventType.BATTLES && subtype.type() != EventType.EXPLOSIONS_REMOTE_VIOLENCE && subtype.type() != EventType.VIOLENCE_AGAINST_CIVILIANS) return null;
    EventType lt = last.subtype.type();
    if (lt != EventType.BATTLES && lt != EventType.EXPLOSIONS_REMOTE_VIOLENCE && lt != EventType.VIOLENCE_AGAINST_CIVILIANS) return null;
    if (subtype == SubType.GOVERNMENT_REGAINS_TERRITORY || subtype == SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY) return null;
    if (placeIn(names) != null || !datesIn(c).isEmpty()) return null;
    String own = clauseText(c);
    if (own.contains("번째") || own.contains("또 다른") || own.contains("또다른") || own.contains("별도")) return null;
    String lastSide1 = last.side(1);
    boolean sameHand = side1 == null || side1.equals(UNIDENTIFIED) || side1.equals(lastSide1) || UNIDENTIFIED.equals(lastSide1);
    return sameHand ? last : null;
  }

  /** "IS-K가 배후를 자처했다", "자신들의 소행이라고 주장": the claimer is the attacker of the event just told. */
  private boolean responsibility(ClauseFacts f, List<Mention> names, Mention agent) {
    EventDraft r = recent(f.clause);
    // "이번 공격의 배후를 자처했다": the attack the report is about.
    if (clauseText(f.clause).contains("이번") && !events.isEmpty()) r = events.get(0);
    if (agent != null && agent.kind() == Mention.Kind.ACTOR && !agent.name().equals(CIVILIANS)) {
      claimer = agent.name();
      claimerSentence = f.clause.sentence();
    }
    String s = clauseText(f.clause);
    // "테러의 배후로 TTP를 지목했다": the one named (the object) is the attacker, by the accuser's word.
    boolean named = s.contains("지목") || s.contains("소행으로 보") || s.contains("배후로 보");
    Mention accuser = agent;
    if (named) {
      agent = other(names, agent, Role.OBJ);
      // Naming someone behind an attack is hostile to him.
      if (accuser != null && agent != null && accuser.kind() == Mention.Kind.ACTOR) {
        Trigger at = f.triggers.isEmpty() ? new Trigger("HOSTILE", "지목", f.clause.from(), f.clause.start(), f.clause.start() + 1, false, false, false) : f.triggers.get(0);
        relation(RelationType.HOSTILITY, accuser.name(), agent.name(), null, clauseDate(f, f.clause), Attribution.REPORTED, f.clause, at, "ko.relation.hostility-verb");
      }
      if (r != null && agent != null && r.has(UNIDENTIFIED)) {
        r.actors.remove(UNIDENTIFIED);
        Map<String, org.sitrep.model.ActorRef> keep = new LinkedHashMap<>(r.actors);
        r.actors.clear();
        r.actor(agent.name(), 1, null, anchor(agent));
        for (var a : keep.values()) r.actors.put(a.name(), a);
        r.attribution = new Attribution(Stance.CLAIMED, accuser == null ? null : accuser.name(), r.attribution.via(), null, r.attribution.disputedBy());
        r.fired("ko.attribution.claimed-responsibility", span(f.clause.start(), f.clause.end()));
      }
      return true;
    }
    if (agent == null || agent.kind() != Mention.Kind.ACTOR || agent.name().equals(CIVILIANS)) return true;
    // "카불 테러의 배후": an attack named as the thing claimed is the one told, not a new one.
    boolean ownAttack = f.triggers.stream().anyMatch(t -> (REMOTE.contains(t.cls()) || t.cls().equals("ATTACK")) && !text.startsWith("의 배후", t.end()))
        && f.triggers.stream().noneMatch(Trigger::anaphoric) && !(f.outletClaim && r != null && retold(f.clause, names, r));
    if (r == null || ownAttack && !r.has(UNIDENTIFIED)) return !ownAttack;
    for (int i = events.size() - 1; i >= 0 && events.get(i).focus >= f.clause.paragraph() - 2; i--) {
      EventDraft e = events.get(i);
      if (!e.has(UNIDENTIFIED) && e != r) continue;
      if (e.has(UNIDENTIFIED)) {
        Map<String, org.sitrep.model.ActorRef> keep = new LinkedHashMap<>(e.actors);
        e.actors.clear();
        e.actor(agent.name(), 1, null, anchor(agent));
        for (var a : keep.values()) if (!a.name().equals(UNIDENTIFIED)) e.actors.put(a.name(), a);
      }
      Attribution a = e.attribution;
      e.attribution = new Attribution(a.stance(), a.source(), a.via(), agent.name(), a.disputedBy());
      e.fired("ko.attribution.claimed-responsibility", span(f.clause.start(), f.clause.end()));
    }
    return true;
  }

  /** A claim with no day of its own, placed nowhere else than the event, tells that event again. */
  private boolean retold(Clause c, List<Mention> names, EventDraft r) {
    if (!datesIn(c).isEmpty()) return false;
    Mention own = placeIn(names);
    return own == null || r.place == null || r.place.admin1() == null || r.place.admin1().equals(own.place().admin1());
  }

  /** "시위대를 해산시켰다": the protest just told met an intervention by the subject. */
  private void intervention(ClauseFacts f, List<Mention> names, Mention agent) {
    String s = clauseText(f.clause);
    if (!s.contains("해산")) return;
    EventDraft r = recent(f.clause);
    if (r == null || r.subtype == null || r.subtype.type() != EventType.PROTESTS || agent == null) return;
    if (r.subtype == SubType.PEACEFUL_PROTEST) r.subtype = SubType.PROTEST_WITH_INTERVENTION;
    r.actor(agent.name(), 2, null, anchor(agent));
    r.evidence.add(span(f.clause.start(), f.clause.end()));
    r.fired("ko.protest.intervention", span(f.clause.start(), f.clause.end()));
  }

  /** The first actor acting as subject or topic of the clause; a person stands for the group he leads. */
  private Mention subject(List<Mention> names, ClauseFacts f) {
    // "X는 Y가 ...했다": Y, the nearest subject before the verb, does it; X is the topic.
    Trigger main = mainTrigger(f);
    int before = main == null ? Integer.MAX_VALUE : main.start();
    Mention subj = null, topic = null, any = null;
    for (int i = 0; i < names.size(); i++) {
      Mention n = names.get(i);
      if (!n.role().actsAsSubject() || inRelativeClause(lastOfList(names, i))) continue;
      Mention m = asActor(n);
      if (m == null) continue;
      if (any == null) any = m;
      if (m.start() >= before) continue;
      if (m.role() == Role.SUBJ) subj = m;
      else if (topic == null) topic = m;
    }
    if (subj == null && topic == null && any == null) return headlineComma(names, before);
    return subj != null ? subj : topic != null ? topic : any;
  }

  /**
   * "탈레반, 전 정부군 3명 체포", "탈레반 정보국, 기자 연행": in headline and bullet style an actor set
   * off by a comma before the act, with no other actor listed after the comma, is its subject
   * ({@code ko.role.headline-comma}).
   */
  private Mention headlineComma(List<Mention> names, int before) {
    for (int i = 0; i < names.size(); i++) {
      Mention n = names.get(i);
      if (n.role() != Role.LIST && n.role() != Role.NONE || n.start() >= before) continue;
      Mention m = asActor(n);
      if (m == null || m.name().equals(CIVILIANS)) continue;
      int comma = text.substring(m.end(), Math.min(text.length(), m.end() + 7)).indexOf(',');
      if (comma < 0) continue;
      comma += m.end();
      if (comma >= before) continue;
      // "파키스탄, 이란은 ...": a list of subjects, not a headline comma.
      if (i + 1 < names.size() && names.get(i + 1).start() - comma <= 2 && names.get(i + 1).role().actsAsSubject()) continue;
      return new Mention(m.kind(), m.start(), m.end(), m.name(), m.place(), m.person(), m.commander(), Role.SUBJ,
          m.rule().equals("ko.actor.dictionary") ? "ko.role.headline-comma" : m.rule());
    }
    return null;
  }

  /** "마수드 주니어 암룰라 살레가 이끄는": the last member of the list a mention heads shares its verb. */
  private Mention lastOfList(List<Mention> names, int i) {
    Mention m = names.get(i);
    for (int j = i + 1; j < names.size(); j++) {
      Mention n = names.get(j);
      if (n.role() != m.role() || n.start() - m.end() > 3 || !text.substring(m.end(), n.start()).isBlank() && !conjoined(m, n)) break;
      m = n;
    }
    return m;
  }

  /** An actor mention as it is, or a person standing for the group he leads or belongs to. */
  private Mention asActor(Mention m) {
    if (m.kind() == Mention.Kind.ACTOR) return m;
    if (m.kind() != Mention.Kind.PERSON) return null;
    String group = groupOfLeader.get(m.name());
    if (group == null && m.person().affiliation() != null && actors.byName(m.person().affiliation()).isPresent()) group = m.person().affiliation();
    return group == null ? null : new Mention(Mention.Kind.ACTOR, m.start(), m.end(), group, null, null, null, m.role(),
        m.rule().equals("ko.actor.pronoun") ? "ko.actor.pronoun" : "ko.actor.leader-for-group");
  }

  /**
   * "칼리드 아미르가 이끄는 저항군": a subject whose verb modifies the next noun belongs to that
   * relative clause, not to the sentence ({@code ko.role.relative-clause}).
   */
  private boolean inRelativeClause(Mention m) {
    int k = indexAt(m.end());
    int limit = Math.min(ms.size(), k + 8);
    boolean particle = false;
    for (; k < limit; k++) {
      Morpheme x = ms.get(k);
      if (x.isParticle()) {
        particle = true;
        continue;
      }
      if (!particle) continue;
      // A relative clause on a word of war ("저항군이 사살한 모습") keeps its subject as the agent.
      if (lexicon.trigger(x.form()) != null) return false;
      if (x.isNominal()) return false;
      // Only a verb takes its own subject here: "탈레반이 별다른 저항 없이" is an adjective on the next noun.
      if (x.tag().equals("VA")) return false;
      // "봉기군은 지난 21일": 지난 (last) names a time, it takes no subject.
      if (x.form().equals("지나") || x.form().equals("오")) return false;
      if (x.isVerbal()) {
        for (int j = k + 1; j < Math.min(ms.size(), k + 4); j++) {
          Morpheme e = ms.get(j);
          if (e.isEnding()) {
            String f = e.form();
            boolean adnominal = f.equals("ᆫ") || f.equals("는") || f.equals("은") || f.equals("던");
            // The next word is what the clause modifies (a noun, or a name Nori splits: 아프/VA 가니/NNG).
            if (!adnominal || j + 1 >= ms.size()) return false;
            Morpheme n = ms.get(j + 1);
            return n.start() > e.start() && !n.isParticle() && !n.isEnding();
          }
          if (!e.isVerbal()) return false;
        }
        return false;
      }
      if (x.isEnding()) return false;
    }
    return false;
  }

  private EventDraft recent(Clause c) {
    if (last == null) return null;
    return last.focus >= c.paragraph() - 1 ? last : null;
  }

  // ---------------------------------------------------------------- events

  private EventDraft events(ClauseFacts f, List<Mention> names, Mention agent, String agentRule, Attribution att, DateRange date,
      List<List<Mention>> sentenceNames) {
    Trigger main = mainTrigger(f);
    final Trigger t = main != null ? main : protestByPeople(f, agent);
    if (t == null) return null;
    Clause c = f.clause;
    if (f.triggers.stream().anyMatch(Trigger::anaphoric)) {
      // "이번 공격": the event the report is about (its first); "이 공격", "같은 전투": the one just told.
      EventDraft r = clauseText(c).contains("이번") && !events.isEmpty() ? events.get(0) : recent(c);
      if (r != null) {
        r.evidence.add(evidence(c, t));
        r.focus = c.paragraph();
        // A lead that gave no day takes the day its retelling names, and a province the place in it.
        if (r.date == null) r.date = date;
        refinePlace(r, placeIn(names), c);
        r.fired("ko.event.anaphor", span(t.start(), t.end()));
        last = r;
      }
      return r;
    }
    SubType subtype;
    String rule;
    Mention side1 = agent;
    Mention side2 = null;
    String side2Name = null;
    String side1Name = null;
    switch (t.cls()) {
      case "SUICIDE", "AIR", "SHELL", "IED", "BOMB" -> {
        // 공습을 허용해주는: an air strike allowed or supplied is support, not a strike.
        if (f.triggers.stream().anyMatch(x -> x.cls().equals("SUPPORT") && x.start() > t.start())) return null;
        subtype = remoteSubtype(f, t);
        rule = "ko.remote." + t.cls().toLowerCase(java.util.Locale.ROOT);
        if (t.passive()) {
          side2 = agent;
          side1 = other(names, agent, Role.AGENT, Role.GEN, Role.DAT, Role.LOC, Role.FROM);
        } else {
          side1 = agentIfActor(names, agent, t);
          side2 = other(names, side1, Role.OBJ, Role.DAT, Role.GEN);
          // "탈레반 차량을 겨냥한 폭발": the one the blast was aimed at did not set it off.
          Mention aimed = other(names, null, Role.OBJ);
          if (side1 != null && aimed != null && aimed.name().equals(side1.name()) && aimed != side1) {
            side1 = null;
            side2 = aimed;
          }
          // "로켓이 발사됐다고 탈레반 경찰이 밝혔다": who tells of the blast after it did not make it.
          if (side1 != null && side1.start() > t.end() && att.stance() == Stance.CLAIMED && side1.name().equals(att.source())) side1 = null;
          // "폭발이 일어나 탈레반 대원 2명이 숨졌다": who is named after the blast suffered it.
          // Named after the blast and outside its clause, it is whoever tells of it.
          if (side1 != null && side1.start() > t.end()) {
            side2 = side1.start() < c.end() ? side1 : side2;
            side1 = null;
          }
        }
        if (side1 == null || side1.name().equals(CIVILIANS)) {
          // An unattributed blast told after the event it belongs to adds to it: the event in focus of
          // that day at that place ({@code ko.event.continuation}).
          Mention ownPlace = placeIn(names);
          EventDraft r = null;
          // "두 번째 폭발", "또 다른 폭탄", "앞서 ... 폭탄이 터져": another blast, not the one told.
          String own = clauseText(c);
          boolean another = own.contains("번째") || own.contains("또 다른") || own.contains("또다른") || own.contains("앞서") || own.contains("별도");
          for (int i = events.size() - 1; i >= 0 && !another && events.get(i).focus >= c.paragraph() - 1; i--) {
            EventDraft x = events.get(i);
            boolean dayFits = date == null || x.date == null || x.date.near(date, 0);
            if (x.subtype != null && dayFits && placeFits(x, ownPlace)) {
              r = x;
              break;
            }
          }
          if (r != null) {
            r.evidence.add(evidence(c, t));
            r.fired("ko.event.continuation", span(t.start(), t.end()));
            refinePlace(r, ownPlace, c);
            // "자폭범이 ... 폭탄을 터뜨렸다": what is told next says what kind of blast it was.
            if (subtype == SubType.SUICIDE_BOMB && r.subtype != null && r.subtype.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE) r.subtype = subtype;
            r.focus = c.paragraph();
            last = r;
            return r;
          }
          side1Name = UNIDENTIFIED;
          side1 = null;
        }
        if (side2 == null) side2Name = CIVILIANS;
      }
      case "EXECUTE" -> {
        subtype = SubType.ATTACK;
        rule = "ko.civilians.execution";
        if (t.passive()) {
          side2 = agent;
          side1 = other(names, agent, Role.AGENT, Role.DAT, Role.GEN, Role.SUBJ);
        } else {
          side2 = other(names, agent, Role.OBJ);
        }
        if (side2 == null) side2Name = CIVILIANS;
        if (side2 != null && !side2.name().equals(CIVILIANS) && t.form().equals("암살")) side2Name = null;
      }
      case "ARREST" -> {
        // "급습해 8명을 사살하고 3명을 체포했다": those taken in a fight are its prisoners, not arrests.
        if (last != null && last.sentence == c.sentence() && last.subtype != null && last.subtype.type() == EventType.BATTLES) {
          last.evidence.add(evidence(c, t));
          return last;
        }
        subtype = SubType.ARRESTS;
        // Taken to no known place ("행방 미확인", "구금 장소 미공개", "소식이 없다"): a forced disappearance.
        String around = text.substring(sentenceStart(c.start()), Math.min(text.length(), sentenceEnds[c.sentence()] + 80));
        if (around.contains("행방") || around.contains("구금 장소") || around.contains("소식이 없") || around.contains("연락이 끊")) subtype = SubType.ABDUCTION;
        rule = "ko.event.verb";
        if (subtype == SubType.ARRESTS && intelligenceDetention(c)) {
          subtype = SubType.ABDUCTION;
          rule = "ko.arrest.intelligence-detention";
        }
        if (t.passive() || text.startsWith("돼", t.end()) || text.startsWith("되", t.end())) {
          side2 = agent;
          side1 = other(names, agent, Role.AGENT, Role.DAT);
        } else side2 = other(names, agent, Role.OBJ);
        if (side2 == null) side2Name = CIVILIANS;
      }
      case "ABDUCT" -> {
        // "AFF 연루 혐의로 잡아갔다": taken on a charge is an arrest; carried off with none, a disappearance.
        subtype = charged(c) ? SubType.ARRESTS : SubType.ABDUCTION;
        rule = "ko.event.verb";
        side2 = other(names, agent, Role.OBJ);
        if (side2 == null) side2Name = CIVILIANS;
      }
      case "PROTEST" -> {
        subtype = clauseText(c).contains("평화") ? SubType.PEACEFUL_PROTEST : SubType.PEACEFUL_PROTEST;
        rule = "ko.protest";
        side1 = null;
        side1Name = "Protesters";
      }
      case "TAKE" -> {
        if (t.adnominal() || f.progressive || f.contested || f.state || t.form().equals("통제")) return null;
        Mention holder = t.passive() ? other(names, null, Role.AGENT) : agent;
        // "무장 괴한들이 병원 안으로 진입해": gunmen storming a building take no ground.
        if (holder == null || holder.name().equals(CIVILIANS) || holder.name().equals(UNIDENTIFIED)) return null;
        side1 = holder;
        side2 = counterpart(names, holder, sentenceNames);
        LocalDate day = date != null ? date.start() : info.published();
        subtype = f.withoutResistance ? SubType.NON_VIOLENT_TRANSFER : codebook.territory(holder.name(), day);
        rule = "ko.territory.take";
      }
      case "ATTACK", "DEFEAT" -> {
        subtype = SubType.ARMED_CLASH;
        rule = t.cls().equals("DEFEAT") ? "ko.attack.defeat" : "ko.attack.subject-object";
        if (t.passive()) {
          // What suffered it is the clause's own subject ("검문소가 공격을 받았다"); a mosque is no side.
          side2 = agent != null && agent.start() >= c.start() && agent.end() <= c.end() ? agent : null;
          side1 = other(names, side2, Role.AGENT, Role.GEN, Role.SUBJ, Role.TOPIC, Role.DAT);
        } else {
          Mention owner = genitiveOwner(names, t);
          if (owner != null) {
            side1 = owner;
            side2 = agent != null && !agent.name().equals(owner.name()) ? agent : other(names, owner, Role.OBJ, Role.WITH, Role.DAT, Role.LIST);
            rule = "ko.attack.genitive-owner";
          } else {
            side2 = other(names, side1, Role.OBJ, Role.WITH, Role.DAT, Role.LIST);
            if (side2 == null) side2 = bareObject(names, side1, t);
            // "무장괴한 총격": gunmen are never the target; bare before the act they make it.
            if (side1 == null && side2 != null && side2.name().equals(UNIDENTIFIED)) {
              side1 = side2;
              side2 = null;
            }
            if (side2 == null) side2 = genitiveOfAttack(names, side1);
            if (side2 == null) side2 = otherInSentence(sentenceNames, side1);
          }
        }
        if (side1 == null && side2 == null) {
          // "호스트 지구에서도 교전 있었음 저항군 주장으로는 ...": the sides are named elsewhere in the sentence.
          List<Mention> named = new ArrayList<>();
          List<Mention> pool = new ArrayList<>();
          for (List<Mention> ns : sentenceNames) pool.addAll(ns);
          // ... or in the sentence right after it, in the same paragraph.
          if (!t.passive()) {
            for (Mention m : mentionsBetween(c.end(), Math.min(text.length(), c.end() + 120))) if (text.substring(c.end(), m.start()).indexOf('\n') < 0) pool.add(m);
          }
          for (Mention m : pool) {
            Mention a = asActor(m);
            if (a != null && !a.name().equals(CIVILIANS) && named.stream().noneMatch(x -> x.name().equals(a.name()))) named.add(a);
          }
          if (named.size() >= 2) {
            side1 = named.get(0);
            side2 = named.get(1);
            rule = "ko.attack.sentence-actors";
          }
        }
        if ((side1 == null || side2 == null) && !t.passive()) {
          // "탈레반과 현지 무장세력 간 교전", "탈레반과 저항군이 충돌했다": two sides named together
          // (과/와/랑/및, a comma) before the word of fighting fight each other.
          Mention prev = null;
          for (Mention m : names) {
            Mention a = asActor(m);
            if (a == null || a.start() >= t.start() || a.name().equals(CIVILIANS)) continue;
            if (prev != null && !a.name().equals(prev.name()) && (conjoined(prev, a) || conjoinedOverCountry(prev, a, names))) {
              side1 = prev;
              side2 = a;
              rule = "ko.attack.between";
              break;
            }
            prev = a;
          }
        }
        // "양국 국경 병력 간 총격전", "양측이 교전했다": both sides of the conflict told fight each other.
        if ((side1 == null || side2 == null) && !t.passive() && (clauseText(c).contains("양국") || clauseText(c).contains("양측") || clauseText(c).contains("쌍방"))) {
          Mention[] pair = bothSides(c, names, null);
          if (pair != null) {
            side1 = pair[0];
            side2 = pair[1];
            rule = "ko.attack.between";
          }
        }
        // Civilians suffer attacks; they do not make them.
        if (side1 != null && side1.name().equals(CIVILIANS)) side1 = null;
        if (side1 == null && side2 == null) return null;
        if (side1 == null && t.passive() && !side2.name().equals(CIVILIANS)) {
          // "순찰대가 매복 공격을 받아": attacked by someone the text does not name.
          side1Name = UNIDENTIFIED;
        } else if (side1 == null) {
          if (side2.name().equals(CIVILIANS)) return null;
          side1 = side2;
          side2 = null;
        }
        if (side2 != null && side2.name().equals(CIVILIANS)) {
          subtype = SubType.ATTACK;
          rule = "ko.civilians.attack";
        }
        // "무장 괴한들이 총격을 가했다": gunmen nobody names, firing at no armed side, attack the defenceless
        // ({@code ko.civilians.gunmen}); a fight needs two armed sides.
        if (side1 != null && side1.name().equals(UNIDENTIFIED) && side2 == null && !t.passive() && t.cls().equals("ATTACK")) {
          subtype = SubType.ATTACK;
          side2Name = CIVILIANS;
          rule = "ko.civilians.gunmen";
        }
        // "시위대에 발포했다": force used on the protest just told is that protest's intervention.
        EventDraft protest = recent(c);
        if (side1 != null && side2 != null && side2.name().equals("Protesters") && protest != null && protest.subtype != null
            && protest.subtype.type() == EventType.PROTESTS) {
          if (protest.subtype == SubType.PEACEFUL_PROTEST) protest.subtype = SubType.PROTEST_WITH_INTERVENTION;
          protest.actor(side1.name(), 2, null, anchor(side1));
          protest.evidence.add(evidence(c, t));
          protest.fired("ko.protest.intervention", span(t.start(), t.end()));
          return protest;
        }
      }
      case "FORM" -> {
        subtype = SubType.CHANGE_TO_GROUP;
        rule = "ko.group.formation";
        if (agent == null) return null;
      }
      case "JOIN" -> {
        subtype = SubType.CHANGE_TO_GROUP;
        rule = "ko.group.join";
        side2 = other(names, agent, Role.DAT, Role.WITH, Role.LIST, Role.SUBJ);
        if (agent == null) return null;
      }
      case "ALLY" -> {
        if (!clauseText(c).contains("선언")) return null;
        subtype = SubType.AGREEMENT;
        rule = "ko.alliance.declared";
        side2 = other(names, agent, Role.WITH, Role.GEN, Role.DAT, Role.LIST);
        if (agent == null || side2 == null) return null;
      }
      case "AGREE" -> {
        subtype = SubType.AGREEMENT;
        rule = "ko.event.verb";
        Mention[] pair = bothSides(c, names, agent);
        if (pair == null) return null;
        side1 = pair[0];
        side2 = pair[1];
      }
      case "DIPLO" -> {
        subtype = SubType.OTHER;
        rule = "ko.event.verb";
        side2 = other(names, agent, Role.OBJ, Role.NONE, Role.GEN);
        if (agent == null || side2 == null) return null;
      }
      case "BASE" -> {
        subtype = SubType.BASE_ESTABLISHED;
        rule = "ko.event.verb";
        if (agent == null) return null;
      }
      default -> {
        return null;
      }
    }
    if (side1 != null && side2 != null && side1.name().equals(side2.name())) side2 = null;
    EventDraft same = sameSentenceAct(c, names, subtype, side1 != null ? side1.name() : side1Name);
    if (same != null) {
      same.evidence.add(evidence(c, t));
      same.fired("ko.event.same-sentence", span(t.start(), t.end()));
      last = same;
      return same;
    }
    List<Mention> places = eventPlaces(names, t, subtype);
    EventDraft first = null;
    for (Mention place : places) {
      EventDraft d = new EventDraft();
      d.subtype = subtype;
      d.paragraph = c.paragraph();
      d.focus = c.paragraph();
      d.sentence = c.sentence();
      d.position = c.start();
      if (side1 != null) d.actor(side1.name(), 1, side1.commander(), anchor(side1));
      else if (side1Name != null) d.actor(side1Name, 1, null, null);
      if (side2 != null) d.actor(side2.name(), 2, side2.commander(), anchor(side2));
      else if (side2Name != null && d.actors.isEmpty() == false) {
        d.actor(side2Name, 2, null, null);
        d.assumedTarget = side2Name;
      }
      if (d.actors.isEmpty()) continue;
      d.place = place.place().toPlace(place.start() >= c.start() && place.end() <= c.end() ? anchor(place) : null);
      d.date = date;
      d.attribution = att;
      if (f.claimsResponsibility && side1 != null) {
        d.attribution = new Attribution(att.stance(), att.source(), att.via(), side1.name(), att.disputedBy());
        d.fired("ko.attribution.claimed-responsibility", span(c.start(), c.end()));
      }
      d.evidence.add(evidence(c, t));
      d.fired(rule, span(t.start(), t.end()));
      if (t.passive()) d.fired("ko.role.passive", span(t.start(), t.end()));
      if (side1 != null) d.fired(side1 == agent ? agentRule : "ko.role." + side1.role().name().toLowerCase(java.util.Locale.ROOT), span(side1.start(), side1.end()));
      if (side2 != null) d.fired("ko.role." + side2.role().name().toLowerCase(java.util.Locale.ROOT), span(side2.start(), side2.end()));
      // How a side was named, when not straight from the dictionary (a group by its kind and leader, a person for his group).
      for (Mention side : new Mention[] {side1, side2}) {
        if (side != null && side.end() > side.start() && !side.rule().equals("ko.actor.dictionary")) d.fired(side.rule(), span(side.start(), side.end()));
      }
      if (places.size() > 1) d.fired("ko.event.place-list", span(place.start(), place.end()));
      if (att.stance() != Stance.REPORTED) d.fired("ko.attribution." + att.stance().label(), span(c.start(), c.end()));
      if (t.cls().equals("DEFEAT")) d.outcome = Outcome.SIDE1_WON;
      if (subtype == SubType.GOVERNMENT_REGAINS_TERRITORY || subtype == SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY) d.outcome = Outcome.SIDE1_WON;
      events.add(d);
      if (first == null) first = d;
    }
    // What is told next of a statement about several places belongs to its first place.
    if (first != null) last = first;
    return first;
  }

  /**
   * "사람들이 몰려와 탈레반한테 항의했는데": a protest (항의) by people, not by a named party, is a
   * demonstration; a party's protest (파키스탄이 항의했다) stays a hostility.
   */
  private Trigger protestByPeople(ClauseFacts f, Mention agent) {
    String s = text.substring(sentenceStart(f.clause.start()), f.clause.end());
    if (!(s.contains("사람들") || s.contains("주민") || s.contains("군중") || s.contains("여성들") || s.contains("시민"))) return null;
    for (Trigger x : f.triggers) {
      if (!x.form().equals("항의")) continue;
      // A party named before the word as its subject protests as a party.
      if (agent != null && !agent.name().equals(CIVILIANS) && agent.start() >= f.clause.start() && agent.start() < x.start()) return null;
      return new Trigger("PROTEST", x.form(), x.index(), x.start(), x.end(), false, false, false);
    }
    return null;
  }

  private static final String[] TRIGGER_ORDER = {"SUICIDE", "AIR", "SHELL", "IED", "BOMB", "EXECUTE", "ABDUCT", "ARREST", "PROTEST", "TAKE",
      "DEFEAT", "ATTACK", "JOIN", "ALLY", "AGREE", "FORM", "BASE", "DIPLO"};

  /** The trigger that makes the clause's event: a bombing before an execution before a capture before a clash. */
  private static Trigger mainTrigger(ClauseFacts f) {
    if (f.triggers.isEmpty()) return null;
    for (String cls : TRIGGER_ORDER) for (Trigger t : f.triggers) if (t.cls().equals(cls)) return t;
    return null;
  }

  private SubType remoteSubtype(ClauseFacts f, Trigger t) {
    boolean suicide = f.triggers.stream().anyMatch(x -> x.cls().equals("SUICIDE"));
    if (suicide) return SubType.SUICIDE_BOMB;
    return switch (t.cls()) {
      case "AIR" -> SubType.AIR_DRONE_STRIKE;
      case "SHELL" -> SubType.SHELLING_ARTILLERY_MISSILE;
      default -> SubType.REMOTE_EXPLOSIVE;
    };
  }

  private Mention agentIfActor(List<Mention> names, Mention agent, Trigger t) {
    if (agent != null && !agent.name().equals(CIVILIANS)) return agent;
    return other(names, agent, Role.GEN, Role.LOC, Role.FROM);
  }

  /** "저항군의 기습공격": the genitive owner of an attack noun is its agent. */
  private Mention genitiveOwner(List<Mention> names, Trigger t) {
    for (Mention m : names) {
      if (m.kind() == Mention.Kind.ACTOR && m.role() == Role.GEN && m.end() <= t.start() && t.start() - m.end() <= 4) return m;
    }
    return null;
  }

  /**
   * "양측", "양국": both sides of the conflict told, the two sides of the event in focus (or the
   * first two actors of the document); or a subject and the actor named with it.
   */
  private Mention[] bothSides(Clause c, List<Mention> names, Mention agent) {
    // "양국은 회담을 열고 ... 합의했다": both sides named as the sentence's topic cover its later clauses.
    String s = text.substring(sentenceStart(c.start()), c.end());
    if (s.contains("양측") || s.contains("양국") || s.contains("쌍방")) {
      // "양국" (the two countries) are states; "양측" (both sides) any two sides.
      boolean states = s.contains("양국");
      java.time.LocalDate day = info.published();
      EventDraft r = last;
      if (r != null && r.side(1) != null && r.side(2) != null && !r.side(2).equals(CIVILIANS) && !r.side(1).equals(UNIDENTIFIED)
          && (!states || codebook.isState(r.side(1), day) && codebook.isState(r.side(2), day) || states && isCountry(r.side(1)) && isCountry(r.side(2)))) {
        return new Mention[] {named(r.side(1), c), named(r.side(2), c)};
      }
      List<String> seen = new ArrayList<>();
      for (Mention m : mentions) {
        Mention a = asActor(m);
        if (a == null || a.name().equals(CIVILIANS) || seen.contains(a.name())) continue;
        if (states && !isCountry(a.name())) continue;
        seen.add(a.name());
        if (seen.size() == 2) return new Mention[] {named(seen.get(0), c), named(seen.get(1), c)};
      }
      return null;
    }
    if (agent == null) {
      // "우즈베키스탄 정부, 탈레반 대표단과 ... 합의": the first two actors the clause names.
      Mention first = null;
      for (Mention n : names) {
        Mention a = asActor(n);
        if (a == null || a.name().equals(CIVILIANS)) continue;
        if (first == null) first = a;
        else if (!a.name().equals(first.name())) return new Mention[] {first, a};
      }
      return null;
    }
    Mention other = other(names, agent, Role.WITH, Role.LIST, Role.DAT, Role.GEN, Role.OBJ);
    if (other == null) {
      // "NRF와 AFF는 ... 합의했다": the members of a listed subject agree with one another.
      for (Mention m : listMates(agent)) if (!m.name().equals(agent.name()) && other == null) other = m;
      if (other != null) return new Mention[] {other, agent};
    }
    return other == null ? null : new Mention[] {agent, other};
  }

  /** A state, or the external state of another country. */
  private boolean isCountry(String actor) {
    return actors.byName(actor).map(a -> {
      var type = a.typeOn(info.published() == null ? java.time.LocalDate.now() : info.published());
      return type == org.sitrep.core.actor.ActorType.STATE_FORCES || type == org.sitrep.core.actor.ActorType.EXTERNAL;
    }).orElse(false);
  }

  /** An actor named by "both sides": no words of its own in the clause. */
  private Mention named(String actor, Clause c) {
    return new Mention(Mention.Kind.ACTOR, c.start(), c.start(), actor, null, null, null, Role.NONE, "ko.actor.both-sides");
  }

  /** "탈레반 초소 공격해서": an actor right before the verb, with only nouns between, is its object. */
  private Mention bareObject(List<Mention> names, Mention not, Trigger t) {
    for (Mention m : names) {
      if (m.kind() != Mention.Kind.ACTOR || m.role() != Role.NONE || m.end() > t.start() || t.start() - m.end() > 5) continue;
      if (not != null && m.name().equals(not.name())) continue;
      return m;
    }
    return null;
  }

  /** "저항전선의 공세에 대응해": the owner of an attack noun is the other side. */
  private Mention genitiveOfAttack(List<Mention> names, Mention not) {
    for (Mention m : names) {
      if (m.kind() != Mention.Kind.ACTOR || m.role() != Role.GEN || (not != null && m.name().equals(not.name()))) continue;
      int k = indexAt(m.end());
      while (k < ms.size() && ms.get(k).isParticle()) k++;
      if (k < ms.size() && "ATTACK".equals(lexicon.trigger(ms.get(k).form())) || k < ms.size() && ms.get(k).form().equals("공세")) return m;
    }
    return null;
  }

  /** Another actor of the clause, by the first of the roles given that has one. */
  private Mention other(List<Mention> names, Mention not, Role... roles) {
    for (Role r : roles) {
      for (Mention m : names) {
        if (m.kind() != Mention.Kind.ACTOR || m.role() != r) continue;
        if (not != null && m.name().equals(not.name())) continue;
        return m;
      }
    }
    return null;
  }

  private Mention otherInSentence(List<List<Mention>> sentenceNames, Mention not) {
    for (List<Mention> ns : sentenceNames) {
      for (Mention m : ns) {
        if (m.kind() != Mention.Kind.ACTOR || m.name().equals(CIVILIANS)) continue;
        if (not != null && m.name().equals(not.name())) continue;
        if (m.role() == Role.OBJ || m.role() == Role.WITH || m.role() == Role.DAT) return m;
      }
    }
    return null;
  }

  /** Who lost the ground: 으로부터 X, or the one defeated in the same sentence. */
  private Mention counterpart(List<Mention> names, Mention holder, List<List<Mention>> sentenceNames) {
    Mention from = other(names, holder, Role.FROM);
    if (from != null) return from;
    for (List<Mention> ns : sentenceNames) {
      for (Mention m : ns) {
        if (m.kind() == Mention.Kind.ACTOR && m.role() == Role.OBJ && !m.name().equals(holder.name()) && !m.name().equals(CIVILIANS)) return m;
      }
    }
    return null;
  }

  /** The places of an event: the clause's own (one event per place of a list), else the place carried from context. */
  private List<Mention> eventPlaces(List<Mention> names, Trigger t, SubType subtype) {
    List<Mention> own = new ArrayList<>();
    for (Role r : new Role[] {Role.LOC, Role.OBJ, Role.DIR, Role.GEN, Role.DAT, Role.SUBJ, Role.TOPIC, Role.ALSO, Role.NONE, Role.LIST}) {
      for (Mention m : names) {
        if (m.kind() != Mention.Kind.PLACE || m.role() != r) continue;
        if (m.place().kind() == PlaceKind.COUNTRY) continue;
        if (own.isEmpty()) own.add(m);
        else if (own.get(0).role() == r && (r == Role.LOC || r == Role.OBJ) && listed(own.get(own.size() - 1), m)) own.add(m);
      }
      if (!own.isEmpty()) break;
    }
    if (own.size() == 1 && own.get(0).place().admin1() == null) {
      // "이맘사히브 지구의 아무다리야 강변에서": a river or border with no province, owned by a place
      // inside Afghanistan named just before it, is at that place ({@code ko.place.genitive-owner}).
      Mention river = own.get(0);
      for (Mention m : names) {
        if (m.kind() != Mention.Kind.PLACE || m.place().admin1() == null || m.end() > river.start() || river.start() - m.end() > 8) continue;
        if (text.substring(m.end(), river.start()).contains("의")) {
          own.set(0, new Mention(m.kind(), m.start(), m.end(), m.name(), m.place(), null, null, river.role(), "ko.place.genitive-owner"));
        }
      }
    }
    if (!own.isEmpty()) return narrowed(own, names);
    // Talks and deals happen where they are said to; a place from far back in the document is a guess.
    boolean local = inBullet && (subtype == SubType.AGREEMENT || subtype == SubType.OTHER);
    Mention ctx = sentencePlace != null ? sentencePlace : !sentencePlaces.isEmpty() ? sentencePlaces.get(0) : paragraphPlace != null ? paragraphPlace
        : local ? null : documentPlace;
    if (ctx == null) {
      for (Mention m : names) if (m.kind() == Mention.Kind.PLACE) return List.of(m);
      return List.of();
    }
    return List.of(ctx);
  }

  /**
   * "바다흐샨주 쿠란 와 문잔", "바글란주 안다라브": a province followed by a place inside it names that
   * place ({@code ko.place.narrowed}).
   */
  private List<Mention> narrowed(List<Mention> own, List<Mention> names) {
    List<Mention> out = new ArrayList<>(own.size());
    for (Mention p : own) {
      Mention inner = p;
      if (p.place().kind() == PlaceKind.PROVINCE) {
        for (Mention q : names) {
          if (q.kind() != Mention.Kind.PLACE || q.start() < p.end() || q.start() - p.end() > 3) continue;
          if (java.util.Objects.equals(q.place().admin1(), p.place().admin1()) && q.place().kind() != PlaceKind.PROVINCE) inner = q;
          break;
        }
      }
      if (!out.contains(inner)) out.add(inner);
    }
    return out;
  }

  /** An event placed only in a province takes the place inside it that its retelling names. */
  private void refinePlace(EventDraft r, Mention own, Clause c) {
    if (own == null || r.place == null || r.place.precision() != org.sitrep.model.PlacePrecision.PROVINCE) return;
    if (own.place().precision() == org.sitrep.model.PlacePrecision.PROVINCE || own.place().admin1() == null || !own.place().admin1().equals(r.place.admin1())) return;
    r.place = own.place().toPlace(own.start() >= c.start() && own.end() <= c.end() ? anchor(own) : null);
  }

  /** A place named in a clause fits an event at the same province, or at a place whose name holds it. */
  private static boolean placeFits(EventDraft x, Mention own) {
    if (own == null || x.place == null) return true;
    if (x.place.admin1() != null && x.place.admin1().equals(own.place().admin1())) return true;
    String a = x.place.name(), b = own.place().name();
    return a.contains(b) || b.contains(a);
  }

  /** Two places of one list: only separators between them. */
  private boolean listed(Mention a, Mention b) {
    if (b.start() < a.end() || b.start() - a.end() > 4) return false;
    for (int i = a.end(); i < b.start(); i++) {
      char ch = text.charAt(i);
      if (!(ch == ' ' || ch == ',' || ch == '·' || ch == '과' || ch == '와' || ch == '및' || ch == '、' || ch == '주')) return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- territory

  private void territory(ClauseFacts f, List<Mention> names, Mention agent, Attribution att, DateRange date, EventDraft made) {
    holdingOut(f, names, agent, att);
    for (Trigger t : f.triggers) {
      if (t.cls().equals("TAKE")) take(f, t, names, agent, att, date, made);
      if (t.cls().equals("RETREAT")) retreat(f, t, names, agent, att, date);
    }
  }

  private void take(ClauseFacts f, Trigger t, List<Mention> names, Mention agent, Attribution att, DateRange date, EventDraft made) {
    Clause c = f.clause;
    Mention holder;
    List<Mention> places = new ArrayList<>();
    ControlStatus status;
    String rule;
    if (t.adnominal()) {
      // 저항전선이 장악한 바다크샨 에쉐카셈: the places right after the verb are held by its subject.
      holder = null;
      for (Mention m : names) if (m.kind() == Mention.Kind.ACTOR && m.role() == Role.SUBJ && m.end() <= t.start()) holder = m;
      for (Mention m : names) {
        if (m.kind() == Mention.Kind.PLACE && m.start() >= t.end() && m.start() - t.end() <= 6 + places.size() * 10) places.add(m);
      }
      if (places.size() > 1) places = List.of(places.get(places.size() - 1));
      status = ControlStatus.HOLDS;
      rule = "ko.control.holds";
    } else if (t.form().equals("통제")) {
      holder = null;
      for (Mention m : names) if (m.kind() == Mention.Kind.ACTOR && m.end() <= t.start() && t.start() - m.end() <= 3) holder = m;
      for (Mention m : names) if (m.kind() == Mention.Kind.PLACE && m.end() <= t.start() && m.place().kind() != PlaceKind.COUNTRY) places.add(m);
      status = f.mostly ? ControlStatus.MOSTLY : ControlStatus.HOLDS;
      rule = status == ControlStatus.MOSTLY ? "ko.control.mostly" : "ko.control.holds";
    } else {
      holder = t.passive() ? other(names, null, Role.AGENT) : agent;
      boolean holding = f.progressive || f.mostly || f.state;
      for (Mention m : names) {
        if (m.kind() != Mention.Kind.PLACE || m.start() >= t.start() || m.place().kind() == PlaceKind.COUNTRY) continue;
        boolean bareObject = m.role() == Role.NONE && t.start() - m.end() <= 1;
        boolean flag = t.form().equals("꽂") && (m.role() == Role.DAT || m.role() == Role.LOC);
        boolean heldTopic = holding && m.role() == Role.TOPIC;
        if (m.role() == Role.OBJ || bareObject || heldTopic || flag || (m.role() == Role.GEN && positionAfter(m)) || (t.passive() && m.role().actsAsSubject())) places.add(m);
      }
      if (places.isEmpty() && (positionsIn(c) || anaphor(c))) {
        Mention loc = null;
        for (Mention m : names) if (m.kind() == Mention.Kind.PLACE && m.start() < t.start() && m.place().kind() != PlaceKind.COUNTRY) loc = m;
        if (loc == null) loc = sentencePlace != null && sentencePlace.start() < c.start() ? sentencePlace : paragraphPlace;
        if (loc != null) places.add(loc);
      }
      if (places.isEmpty() && clauseText(c).contains("중심지") && paragraphPlace != null) places.add(paragraphPlace);
      status = f.contested ? ControlStatus.CONTESTED : f.mostly ? ControlStatus.MOSTLY : f.progressive || f.state ? ControlStatus.HOLDS : ControlStatus.TOOK;
      rule = switch (status) {
        case HOLDS -> "ko.control.holds";
        case MOSTLY -> "ko.control.mostly";
        case CONTESTED -> "ko.control.contested";
        default -> "ko.control.took";
      };
    }
    if (holder == null || holder.name().equals(CIVILIANS) || holder.kind() != Mention.Kind.ACTOR) return;
    Extent extent = positionsIn(c) ? Extent.POSITIONS : Extent.WHOLE;
    String counterpart = made != null && made.has(holder.name()) ? made.side(made.sideOf(holder.name()) == 1 ? 2 : 1) : null;
    if (counterpart == null) {
      Mention from = other(names, holder, Role.FROM);
      if (from != null) counterpart = from.name();
    }
    if (counterpart == null && last != null && last.sentence == c.sentence() && last.has(holder.name())) {
      counterpart = last.side(last.sideOf(holder.name()) == 1 ? 2 : 1);
    }
    for (Mention p : places) {
      // A control map needs a province: ground that cannot be placed in one makes no claim.
      if (p.place().admin1() == null) continue;
      Place place = p.place().toPlace(p.start() >= c.start() && p.end() <= c.end() ? anchor(p) : null);
      List<RuleFiring> fired = new ArrayList<>();
      fired.add(new RuleFiring(rule, span(t.start(), t.end())));
      if (t.passive()) fired.add(new RuleFiring("ko.role.passive", span(t.start(), t.end())));
      fired.add(new RuleFiring("ko.role." + holder.role().name().toLowerCase(java.util.Locale.ROOT), span(holder.start(), holder.end())));
      if (att.stance() != Stance.REPORTED) fired.add(new RuleFiring("ko.attribution." + att.stance().label(), span(c.start(), c.end())));
      ControlClaim claim = new ControlClaim(place, holder.name(), counterpart != null && counterpart.equals(holder.name()) ? null : counterpart,
          status, extent, status == ControlStatus.TOOK ? date : null, att, null, List.of(), 0.7, List.of(evidence(c, t)));
      control.add(new Drafted<>(claim, fired));
    }
  }

  /**
   * A place fought over ({@code ko.control.contested}): "여전히 남아 싸움을 이어가고 있다" (still there and
   * fighting on), "양측이 번갈아 드나드는 경합 지역" (both sides in turn). The holder is the side that
   * contests the place: the one named, or of both sides the one that is not the state.
   */
  private void holdingOut(ClauseFacts f, List<Mention> names, Mention agent, Attribution att) {
    Clause c = f.clause;
    String s = clauseText(c);
    boolean still = s.contains("여전히") || s.contains("아직");
    boolean remain = s.contains("남아") || s.contains("버티") || s.contains("지키");
    boolean fought = f.contested && f.triggers.stream().noneMatch(t -> t.cls().equals("TAKE"));
    if (!(still && remain) && !fought) return;
    Mention holder = agent;
    if (fought && (s.contains("양측") || s.contains("쌍방") || s.contains("양쪽"))) {
      holder = null;
      Mention[] pair = bothSides(c, names, null);
      LocalDate day = info.published();
      if (pair != null) holder = codebook.isState(pair[0].name(), day) ? pair[1] : pair[0];
    }
    if (holder == null || holder.kind() != Mention.Kind.ACTOR || holder.name().equals(CIVILIANS)) return;
    Mention place = null;
    for (Mention m : names) if (m.kind() == Mention.Kind.PLACE && m.place().kind() != PlaceKind.COUNTRY) place = m;
    if (place == null || place.place().admin1() == null) return;
    Extent extent = positionsIn(c) ? Extent.POSITIONS : Extent.PART;
    control.add(new Drafted<>(new ControlClaim(place.place().toPlace(anchor(place)), holder.name(), null, ControlStatus.CONTESTED, extent, null,
        att, null, List.of(), 0.6, List.of(span(c.start(), c.end()))), List.of(new RuleFiring("ko.control.contested", span(c.start(), c.end())))));
  }

  private void retreat(ClauseFacts f, Trigger t, List<Mention> names, Mention agent, Attribution att, DateRange date) {
    if (agent == null || agent.kind() != Mention.Kind.ACTOR) return;
    Clause c = f.clause;
    boolean fromPlace = text.substring(c.start(), t.start()).contains("에서");
    Mention place = null;
    for (Mention m : names) if (m.kind() == Mention.Kind.PLACE && m.role() == Role.LOC && m.start() < t.start()) place = m;
    String heldPlace = null;
    Place heldP = null;
    for (int i = control.size() - 1; i >= 0; i--) {
      ControlClaim cc = control.get(i).fact();
      if (cc.holder().equals(agent.name()) && cc.status() != ControlStatus.LOST && cc.evidence().get(0).start() >= nt.toOriginal(Math.max(0, c.start() - 300))) {
        heldPlace = cc.place().name();
        heldP = cc.place();
        break;
      }
    }
    Place lost = null;
    if (place != null) lost = place.place().toPlace(anchor(place));
    else if (heldP != null) lost = heldP;
    else if (fromPlace && paragraphPlace != null) lost = paragraphPlace.place().toPlace(null);
    if (lost == null) return;
    List<RuleFiring> fired = List.of(new RuleFiring("ko.control.lost-retreat", span(t.start(), t.end())));
    String counterpart = null;
    EventDraft r = recent(c);
    if (r != null && r.has(agent.name())) counterpart = r.side(r.sideOf(agent.name()) == 1 ? 2 : 1);
    control.add(new Drafted<>(new ControlClaim(lost, agent.name(), counterpart, ControlStatus.LOST, heldPlace != null ? Extent.POSITIONS : Extent.WHOLE,
        date, att, null, List.of(), 0.6, List.of(evidence(c, t))), fired));
  }

  private boolean positionAfter(Mention m) {
    int e = m.end();
    while (e < text.length() && (text.charAt(e) == '의' || text.charAt(e) == ' ')) e++;
    for (String p : POSITIONS) if (text.startsWith(p, e)) return true;
    return false;
  }

  private boolean positionsIn(Clause c) {
    for (int k = c.from(); k < c.to(); k++) if (POSITIONS.contains(ms.get(k).form())) return true;
    return false;
  }

  /** 이 지역 / 이지역 / 이곳: the place named before. */
  private boolean anaphor(Clause c) {
    String s = clauseText(c);
    return s.contains("이지역") || s.contains("이 지역") || s.contains("이곳");
  }

  // ---------------------------------------------------------------- casualties and outcomes

  private void casualties(ClauseFacts f, List<Mention> names, Mention agent, EventDraft target, int clauseIndex) {
    Clause c = f.clause;
    List<QuantityMention> qs = quantitiesIn(c);
    terseCounts(f, qs);
    digitCounts(c, qs);
    for (int qi = 0; qi < qs.size(); qi++) {
      QuantityMention q = qs.get(qi);
      if (q.counter() != null && !q.counter().equals("명")) continue;
      int qs0 = q.span().start(), qe = q.span().end();
      if (listMember(qe) || inclusiveTotal(qs0) || bothSidesLosses(qs0) || subset(qs0, qe, c)) continue;
      int limit = qi + 1 < qs.size() ? qs.get(qi + 1).span().start() : c.end();
      // "탈레반 측 8명, 저항군 측 3명이 전사했다": counts listed before one verb all take it.
      if (limit < c.end() && listedCounts(qe, limit)) limit = c.end();
      String rule = "ko.casualty.count-verb";
      // "사망 3, 부상 7", "탈레반 사망 3명": the word of loss right before the count (terse reports).
      Trigger t = nounBefore(f, qs0);
      if (t != null) rule = "ko.casualty.toll-noun";
      for (Trigger x : f.triggers) {
        if (t != null) break;
        if (x.start() >= qe && x.start() < limit && x.start() - qe <= 30 && CASUALTY.contains(x.cls())) t = x;
        // "100명 이상의 사상자", "수십 명의 사망자": a count owning a toll noun.
        if (TOLLS.contains(x.cls()) && x.start() >= qe && x.start() - qe <= 6 && text.substring(qe, x.start()).contains("의")) {
          t = x;
          rule = "ko.casualty.toll-noun";
        }
      }
      if (t == null) {
        for (Trigger x : f.triggers) {
          // "사망자는 40명", "숨진 사람은 모두 41명": a toll noun, or one made by a verb of loss on a noun.
          boolean toll = TOLLS.contains(x.cls()) || x.adnominal() && (x.cls().equals("DIE") || x.cls().equals("WOUND"));
          if (toll && x.end() <= qs0 && qs0 - x.end() <= 12) {
            t = x;
            rule = "ko.casualty.toll-noun";
          }
        }
      }
      // "숨지거나 다쳤다": the dead and the wounded together.
      if (t != null && (t.cls().equals("DIE") || t.cls().equals("KILL")) && eitherOrWounded(t)) t = new Trigger("KWD", t.form(), t.index(), t.start(), t.end(), t.passive(), t.adnominal(), t.anaphoric());
      if (t == null) continue;
      if (t.cls().equals("ABDUCT")) {
        // "끌고 가 즉결 처형했다": the last verb of the chain says what befell them.
        for (Trigger x : f.triggers) if (x.start() > t.end() && x.start() - t.end() <= 20 && CASUALTY.contains(x.cls()) && !x.cls().equals("ABDUCT")) t = x;
      }
      CasualtyKind kind = kind(t);
      if (kind == null) continue;
      String victim = null;
      Mention adj = adjacentActor(names, rule.equals("ko.casualty.toll-noun") ? t.start() : qs0);
      String reflexive = reflexive(qs0, names);
      boolean suffered = kind != CasualtyKind.CAPTURED && (!t.cls().equals("KILL") && !t.cls().equals("EXECUTE") || t.passive());
      Mention marked = suffered ? markedBefore(names, qs0, f.quote) : null;
      if (reflexive != null) {
        victim = reflexive;
        rule = "ko.casualty.reflexive";
      } else if (adj != null) {
        victim = adj.name();
        rule = rule.equals("ko.casualty.toll-noun") ? rule : "ko.casualty.victim-noun";
      } else if (marked != null) {
        // "탈레반도 2명이 전사했다", "저항군은 3명이 숨졌다": whose losses, marked just before the count.
        victim = marked.name();
        rule = "ko.casualty.victim-noun";
      } else if (target != null && target.subtype != null && target.subtype.type() == EventType.PROTESTS && suffered) {
        // At a protest the hurt are the protesters, not the force that broke it up.
        victim = "Protesters";
        rule = "ko.casualty.subject-suffered";
      } else if (rule.equals("ko.casualty.toll-noun") && target != null && target.side(2) != null) {
        // "사망자를 19명으로 발표했다": a toll counts the victims of the event, whoever announces it.
        victim = target.side(2);
      } else if (prevCasualtyVictim != null && clauseIndex - prevCasualtyClause <= 1 && prevCasualtySentence == c.sentence()) {
        victim = prevCasualtyVictim;
        rule = "ko.casualty.run-on";
      } else if ((t.cls().equals("KILL") || t.cls().equals("EXECUTE") || t.cls().equals("ARREST") || t.cls().equals("CAPTURE")) && !t.passive()) {
        if (target != null && agent != null && target.has(agent.name())) victim = target.side(target.sideOf(agent.name()) == 1 ? 2 : 1);
        else {
          Mention o = other(names, agent, Role.OBJ);
          if (o != null) victim = o.name();
        }
        rule = "ko.casualty.attacked-suffered";
      } else {
        Mention o = other(names, null, Role.OBJ);
        if (o != null && o.start() < qs0) victim = o.name();
        else if (agent != null && target != null && target.sideOf(agent.name()) == 1 && target.side(2) != null) {
          // "[X의 공격으로] N명이 숨지다": when the one the clause is about made the attack, the dead are the attacked.
          victim = target.side(2);
          rule = "ko.casualty.attacked-suffered";
        } else if (agent != null && (saysAfter(agent) || agent.role() == Role.ACCORDING) && target != null && target.side(2) != null) {
          // "경찰 대변인 말로는 8명 죽고": who tells the toll is not its dead.
          victim = target.side(2);
        } else if (f.quote && agent != null && agent.role() == Role.TOPIC && target != null && target.side(2) != null) {
          // "탈레반 측은 5명이 숨졌다고 했다": the topic says it; the dead are the event's.
          victim = target.side(2);
        } else if (agent != null && agent.kind() == Mention.Kind.ACTOR) victim = agent.name();
        else if (target != null) victim = target.side(2);
        if (!rule.equals("ko.casualty.attacked-suffered")) rule = "ko.casualty.subject-suffered";
      }
      if (victim == null) continue;
      // Arrested civilians are no casualty figure; arrested fighters are taken prisoner.
      if ((t.cls().equals("ARREST") || t.cls().equals("ABDUCT") && charged(c)) && victim.equals(CIVILIANS)) continue;
      EventDraft e = target;
      if (e == null) e = killing(f, t, names, agent, victim);
      if (e == null) continue;
      Range r = q.range();
      Span words = span(qs0, Math.max(qe, t.end()));
      if (e.assumedTarget != null && !e.assumedTarget.equals(victim) && !victim.equals(e.side(1))) {
        // The target was assumed (civilians); the losses name who it was.
        e.actors.remove(e.assumedTarget);
        e.assumedTarget = null;
        e.actor(victim, 2, null, null);
      }
      if (rising(c)) {
        Anchor wordsAnchor = Anchor.of(words);
        e.casualtyNow(victim, kind, r.low(), r.high(), wordsAnchor);
        // The earlier tellings of the same event (merged later) carry the old toll: replace it there too.
        for (EventDraft x : events) {
          if (x != e && x.casualties.containsKey(victim + "/" + kind) && x.place != null && e.place != null
              && java.util.Objects.equals(x.place.admin1(), e.place.admin1())) x.casualtyNow(victim, kind, r.low(), r.high(), wordsAnchor);
        }
      }
      else e.casualty(victim, kind, r.low(), r.high(), Anchor.of(words));
      if (!e.has(victim)) {
        // Civilians hurt where only an attacker was named: the attack was on them.
        if (victim.equals(CIVILIANS) && e.subtype == SubType.ARMED_CLASH && e.side(2) == null && UNIDENTIFIED.equals(e.side(1))) {
          e.subtype = SubType.ATTACK;
          e.fired("ko.civilians.attack", words);
        }
        e.actor(victim, e.actors.isEmpty() ? 1 : 2, null, null);
      }
      if (e.subtype != null && e.subtype.type() == EventType.PROTESTS && victim.equals("Protesters") && kind == CasualtyKind.KILLED) {
        e.subtype = SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
        e.fired("ko.protest.force", words);
      }
      e.fired(rule, words);
      if (t.passive()) e.fired("ko.role.passive", words);
      e.focus = Math.max(e.focus, c.paragraph());
      if (!e.evidence.contains(evidence(c, t))) e.evidence.add(evidence(c, t));
      prevCasualtyVictim = victim;
      prevCasualtyClause = clauseIndex;
      prevCasualtySentence = c.sentence();
    }
  }

  /**
   * "28일 다라에서 탈레반 30여명을 사살했다": a side killing or taking the other's fighters is a clash
   * even when no word of fighting is said ({@code ko.attack.kill-implies-clash}); killing civilians
   * is an attack on them.
   */
  private EventDraft killing(ClauseFacts f, Trigger t, List<Mention> names, Mention agent, String victim) {
    // Only combat words (사살 shot dead, 생포 taken alive): 살해 (murder) of a total is how summaries speak.
    if (!(t.form().equals("사살") || t.form().equals("생포")) || t.passive() || agent == null || agent.name().equals(victim)) return null;
    Clause c = f.clause;
    List<Mention> places = eventPlaces(names, t, SubType.ARMED_CLASH);
    if (places.isEmpty()) return null;
    Mention place = places.get(0);
    EventDraft d = new EventDraft();
    d.subtype = victim.equals(CIVILIANS) ? SubType.ATTACK : SubType.ARMED_CLASH;
    d.paragraph = c.paragraph();
    d.focus = c.paragraph();
    d.sentence = c.sentence();
    d.position = c.start();
    d.actor(agent.name(), 1, agent.commander(), anchor(agent));
    d.actor(victim, 2, null, null);
    d.place = place.place().toPlace(place.start() >= c.start() && place.end() <= c.end() ? anchor(place) : null);
    d.date = sentenceDate != null ? sentenceDate : paragraphDate;
    d.attribution = currentAttribution;
    d.evidence.add(evidence(c, t));
    d.fired("ko.attack.kill-implies-clash", span(t.start(), t.end()));
    events.add(d);
    last = d;
    return d;
  }

  private CasualtyKind kind(Trigger t) {
    return switch (t.cls()) {
      case "KILL", "DIE", "DEATHS" -> CasualtyKind.KILLED;
      case "WOUND", "WOUNDED" -> CasualtyKind.WOUNDED;
      case "SURRENDER", "CAPTURE", "ARREST" -> CasualtyKind.CAPTURED;
      case "KWD", "KWDS" -> CasualtyKind.KILLED_OR_WOUNDED;
      case "ABDUCT", "MISS" -> CasualtyKind.MISSING;
      // A public flogging (태형) is violence against the flogged, but they are no casualty figure.
      case "EXECUTE" -> t.form().equals("태형") ? null : t.form().equals("구타") || t.form().equals("폭행") ? CasualtyKind.WOUNDED : CasualtyKind.KILLED;
      default -> null;
    };
  }

  /** "사망자가 두 자릿수", "세 자릿수": counts by their number of digits (10..99, 100..999). */
  private void digitCounts(Clause c, List<QuantityMention> qs) {
    String s = clauseText(c);
    for (String[] d : new String[][] {{"두 자릿수", "10", "99"}, {"두자릿수", "10", "99"}, {"세 자릿수", "100", "999"}, {"세자릿수", "100", "999"}}) {
      int i = s.indexOf(d[0]);
      if (i < 0) continue;
      int at = c.start() + i;
      QuantityMention q = new QuantityMention(new Span(at, at + d[0].length(), d[0]), Long.parseLong(d[1]), Long.parseLong(d[2]),
          org.sitrep.core.quantity.Bound.BETWEEN, "명", "ko.quantity.digits");
      int k = 0;
      while (k < qs.size() && qs.get(k).span().start() < at) k++;
      qs.add(k, q);
    }
  }

  /**
   * "사망 3, 부상 7": a bare number right after a noun of loss is its count (terse reports write no
   * counter); added to the clause's quantities in text order.
   */
  private void terseCounts(ClauseFacts f, List<QuantityMention> qs) {
    for (Trigger x : f.triggers) {
      if (!(CASUALTY.contains(x.cls()) || TOLLS.contains(x.cls())) || x.passive() || x.index() + 1 >= ms.size()) continue;
      Morpheme n = ms.get(x.index() + 1);
      if (!n.tag().equals("SN") || n.start() < x.end() || n.start() - x.end() > 2) continue;
      String gap = text.substring(x.end(), n.start());
      if (!(gap.isBlank() || gap.strip().equals(":"))) continue;
      boolean covered = false;
      for (QuantityMention q : qs) if (q.span().start() <= n.start() && q.span().end() > n.start()) covered = true;
      if (covered) continue;
      long value;
      try {
        value = Long.parseLong(n.form().replace(",", ""));
      } catch (NumberFormatException e) {
        continue;
      }
      if (value < 1 || value > 100_000) continue;
      QuantityMention q = new QuantityMention(new Span(n.start(), n.end(), n.form()), value, 0, org.sitrep.core.quantity.Bound.EXACT, null, "ko.quantity.terse");
      int at = 0;
      while (at < qs.size() && qs.get(at).span().start() < n.start()) at++;
      qs.add(at, q);
    }
  }

  /** A charge is named: 혐의 (suspicion of), 연루 (involvement). */
  /**
   * "정보총국은 기자 2명을 체포해 구금 중이다": journalists, activists or former officials taken by the
   * intelligence service on no charge named are held where no court sees them, a forced
   * disappearance ({@code ko.arrest.intelligence-detention}); suspects taken on a charge are arrests.
   */
  private boolean intelligenceDetention(Clause c) {
    String s = clauseText(c);
    if (!(s.contains("정보총국") || s.contains("정보요원") || s.contains("정보국") || s.contains("정보부 요원")) || charged(c)) return false;
    return s.contains("기자") || s.contains("언론인") || s.contains("활동가") || s.contains("전직") || s.contains("옛 관리") || s.contains("전 관리")
        || s.contains("전 정부");
  }

  private boolean charged(Clause c) {
    String s = clauseText(c);
    return s.contains("혐의") || s.contains("연루");
  }

  /** A verb of death joined by -거나 to one of wounding: 숨지거나 다쳤다, 사망하거나 부상했다. */
  private boolean eitherOrWounded(Trigger t) {
    // Nori gives the morphemes of a word the word's span: look from the word's start.
    String after = text.substring(t.start(), Math.min(text.length(), t.start() + 14));
    int or = after.indexOf("거나");
    return or >= 0 && (after.indexOf("다치", or) > 0 || after.indexOf("다쳤", or) > 0 || after.indexOf("다쳐", or) > 0 || after.indexOf("부상", or) > 0);
  }

  /** "사망 3", "부상자 7명", "탈레반 사망 3명": a noun of loss followed by its count, nothing but a space or colon between. */
  private Trigger nounBefore(ClauseFacts f, int at) {
    for (Trigger x : f.triggers) {
      if (x.end() > at || at - x.end() > 2 || x.passive()) continue;
      if (!(CASUALTY.contains(x.cls()) || TOLLS.contains(x.cls()))) continue;
      // "40명이 부상 100명이 투항": a noun that is the verb of the count before it is not this count's.
      if (countJustBefore(x.start())) continue;
      String gap = text.substring(x.end(), at);
      if (gap.isBlank() || gap.strip().equals(":")) return x;
    }
    return null;
  }

  /** A count ends at most three characters before {@code at} ("40명이 부상"). */
  private boolean countJustBefore(int at) {
    for (int k = quantityCursor; k < quantities.size(); k++) {
      int e = quantities.get(k).span().end();
      if (quantities.get(k).span().start() >= at) break;
      if (e <= at && at - e <= 3 && text.substring(e, at).indexOf(',') < 0) return true;
    }
    return false;
  }

  /**
   * Two counts listed before one verb: a comma or middle dot between them and no verb, ending or
   * total (등: "5명, 1명 등 6명" gives the total its own verb).
   */
  private boolean listedCounts(int from, int to) {
    String gap = text.substring(from, to);
    boolean joined = gap.contains(",") || gap.contains("·") || gap.startsWith("과 ") || gap.startsWith("와 ") || gap.startsWith("및 ");
    // "어린이 5명, 여성 1명 등 6명": counts before a total (등) are its parts.
    String ahead = text.substring(from, Math.min(text.length(), to + 12));
    if (!joined || ahead.contains("등") || gap.contains(".") || gap.contains("\n")) return false;
    for (int k = indexAt(from); k < ms.size() && ms.get(k).start() < to; k++) {
      Morpheme x = ms.get(k);
      if (x.isVerbal() || x.isEnding()) return false;
    }
    return true;
  }

  /**
   * "이 중 11명은 어린이", "부상자 20명 중 5명", "사망자에는 어린이 5명이 포함": a part of a figure
   * already given is no figure of its own.
   */
  private boolean subset(int qs0, int qe, Clause c) {
    String before = text.substring(Math.max(c.start(), qs0 - 8), qs0);
    if (before.contains("이 중") || before.contains("그 중") || before.contains("이중") || before.contains("그중") || before.contains("가운데")
        || before.endsWith("명 중 ") || before.contains("에는")) return true;
    String after = text.substring(qe, Math.min(c.end(), qe + 12));
    return after.contains("포함");
  }

  /** "사망자 수가 40명으로 늘었다": a rising toll replaces the figure told before. */
  private boolean rising(Clause c) {
    String s = clauseText(c);
    return s.contains("로 늘") || s.contains("로 증가") || s.contains("로 불어") || s.contains("로 급증");
  }

  /** "탈레반도 2명이", "저항군 측은 3명이": an actor marked as subject, topic or 도 right before a count. */
  private Mention markedBefore(List<Mention> names, int at, boolean quoted) {
    for (Mention n : names) {
      Mention m = asActor(n);
      if (m == null || m.end() > at || at - m.end() > 6) continue;
      if (!(n.role() == Role.ALSO || n.role() == Role.TOPIC || n.role() == Role.SUBJ)) continue;
      // "탈레반 측은 5명이 숨졌다고 했다": a topic before what it says is the speaker, not the dead.
      if (quoted && n.role() == Role.TOPIC) continue;
      boolean clean = true;
      for (int k = indexAt(m.end()); k < ms.size() && ms.get(k).start() < at; k++) {
        Morpheme x = ms.get(k);
        if (!(x.isParticle() || x.form().equals("측") || x.form().equals("쪽"))) {
          clean = false;
          break;
        }
      }
      if (clean) return m;
    }
    return null;
  }

  /** "어린이 5명과 여성 1명 등 6명": members of a list whose total follows are not counted apart. */
  private boolean listMember(int end) {
    int e = end;
    while (e < text.length() && text.charAt(e) == ' ') e++;
    return e < text.length() && (text.charAt(e) == '과' || text.charAt(e) == '와') && text.substring(e, Math.min(text.length(), e + 12)).indexOf('등') >= 0;
  }

  /** The event in focus, unless the clause names another place or day of its own. */
  private EventDraft fitting(EventDraft r, List<Mention> names, DateRange date, Clause c) {
    if (r == null) return null;
    if (date != null && r.date != null && !date.near(r.date, 1)) return null;
    // "어제 오후에 또 터짐 ... 2명 숨지고": a new paragraph naming another day tells of another event.
    if (c.paragraph() != r.focus && date != null && r.date != null && !date.start().equals(r.date.start())) return null;
    Mention own = placeIn(names);
    if (own != null && r.place != null && own.place().precision() != org.sitrep.model.PlacePrecision.PROVINCE
        && !own.place().name().equals(r.place.name()) && r.place.anchor() != null) return null;
    return r;
  }

  /** "양측에서 최소 5명이 숨졌다": the losses of both sides together are no one's figure. */
  private boolean bothSidesLosses(int at) {
    String before = text.substring(Math.max(0, at - 10), at);
    return before.contains("양측") || before.contains("쌍방") || before.contains("양쪽");
  }

  /** "미군 13명을 포함해 100명", "13명 등 100명": a total across sides is no one's figure. */
  private boolean inclusiveTotal(int at) {
    String before = text.substring(Math.max(0, at - 15), at);
    // "미군 13명을 포함해 100명": a side's count inside a larger total mixes sides; "어린이 2명을
    // 포함해 부상자 수십 명" (civilians in a civilian total) and "주지사를 포함해 관계자 3명" (a person
    // in his group's total) do not.
    if (before.contains("포함")) return countIn(Math.max(0, at - 25), at) && !onlyCivilians(Math.max(0, at - 25), at);
    if (!before.stripTrailing().endsWith("등")) return false;
    // "장군 등 2명": names then their total; only "13명 등 100명" (a count then a larger total) mixes.
    String head = before.stripTrailing();
    head = head.substring(0, head.length() - 1).stripTrailing();
    if (!head.endsWith("명")) return false;
    // "어린이 5명과 여성 1명 등 6명" totals one kind of victim; "미군 13명 등 100명" mixes a side with others.
    for (Mention m : mentionsBetween(Math.max(0, at - 15), at)) {
      Mention a = asActor(m);
      if (a != null && !a.name().equals(CIVILIANS)) return true;
    }
    return false;
  }

  /** A count of people lies in {@code [from, to)}. */
  private boolean countIn(int from, int to) {
    int lo = 0, hi = quantities.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quantities.get(mid).span().start() < from) lo = mid + 1;
      else hi = mid;
    }
    for (int k = lo; k < quantities.size(); k++) {
      QuantityMention q = quantities.get(k);
      if (q.span().start() >= to) break;
      if (q.span().start() >= from && q.span().end() <= to && (q.counter() == null || q.counter().equals("명"))) return true;
    }
    return false;
  }

  /** Every actor named in {@code [from, to)} is civilian (at least one named). */
  private boolean onlyCivilians(int from, int to) {
    boolean any = false;
    for (Mention m : mentionsBetween(from, to)) {
      Mention a = asActor(m);
      if (a == null) continue;
      if (!a.name().equals(CIVILIANS)) return false;
      any = true;
    }
    return any;
  }

  /** "자기네는 2명 부상", "자신들의 대원": the losses of the one who speaks. */
  private String reflexive(int at, List<Mention> names) {
    String before = text.substring(Math.max(0, at - 14), at);
    if (!(before.contains("자기네") || before.contains("자신들") || before.contains("자기들") || before.contains("아군") || before.contains("우리"))) return null;
    for (Mention m : mentionsBetween(sentenceStart(at), at)) {
      Mention a = asActor(m);
      if (a != null && (m.role().actsAsSubject() || m.role() == Role.ACCORDING || saysAfter(m))) return a.name();
    }
    return null;
  }

  /** The start of the sentence holding offset {@code at}. */
  private int sentenceStart(int at) {
    int lo = 0, hi = sentenceStarts.length - 1, found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentenceStarts[mid] <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? 0 : sentenceStarts[found];
  }

  /** "탈레반 대원 수십 명", "민간인 최소 25명": the actor named right before the count. */
  private Mention adjacentActor(List<Mention> names, int at) {
    Mention best = null;
    for (Mention n : names) {
      Mention m = asActor(n);
      if (m == null || m.end() > at || at - m.end() > 12) continue;
      boolean clean = true;
      for (int k = indexAt(m.end()); k < ms.size() && ms.get(k).start() < at; k++) {
        Morpheme x = ms.get(k);
        if (x.isParticle() || x.isEnding() || x.isVerbal()) {
          clean = false;
          break;
        }
      }
      if (clean) best = m;
    }
    return best;
  }

  private int indexAt(int offset) {
    int lo = 0, hi = ms.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ms.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** 퇴각 / 철수 / 후퇴: the side that pulled back retreated. */
  private void outcomes(ClauseFacts f, List<Mention> names, Mention agent, Clause c) {
    for (Trigger t : f.triggers) {
      if (!t.cls().equals("RETREAT") || agent == null) continue;
      EventDraft e = recent(c);
      if (e == null || !e.has(agent.name())) continue;
      int side = e.sideOf(agent.name());
      if (e.outcome == null) e.outcome = side == 1 ? Outcome.SIDE1_RETREATED : Outcome.SIDE2_RETREATED;
      e.fired("ko.outcome.retreat", span(t.start(), t.end()));
      if (e.sentence == c.sentence() && !e.evidence.contains(evidence(c, t))) e.evidence.add(evidence(c, t));
    }
  }

  // ---------------------------------------------------------------- relations

  private void relationsOf(ClauseFacts f, List<Mention> names, Mention agent, Attribution att, DateRange date) {
    hostility(f, names, agent, att, date);
    join(f, names, agent, att, date, false);
    for (Trigger t : f.triggers) {
      if (t.cls().equals("ALLY")) alliance(f, t, names, agent, att, date);
      if (t.cls().equals("SUPPORT")) support(f, t, names, agent, att, date);
    }
  }

  private void alliance(ClauseFacts f, Trigger t, List<Mention> names, Mention agent, Attribution att, DateRange date) {
    if (agent == null || agent.kind() != Mention.Kind.ACTOR || !allianceMade(f.clause)) return;
    Mention to = other(names, agent, Role.WITH, Role.GEN, Role.DAT, Role.LIST, Role.OBJ);
    if (to == null) {
      // "NRF와 AFF가 손잡고": the members of a listed subject ally with one another.
      for (Mention m : listMates(agent)) if (!m.name().equals(agent.name())) to = m;
    }
    if (to == null) return;
    relation(RelationType.ALLIANCE, agent.name(), to.name(), null, date, att, f.clause, t, "ko.relation.alliance");
  }

  /** An alliance declared, made or signed: 선언, 맺다, 결성, 체결, 손잡다. */
  private boolean allianceMade(Clause c) {
    String s = clauseText(c);
    return s.contains("선언") || s.contains("맺") || s.contains("결성") || s.contains("체결") || s.contains("손잡") || s.contains("손을 잡")
        || s.contains("공동 전선") || s.contains("공동전선") || s.contains("동맹 관계") || s.contains("동맹관계") || s.contains("합의")
        || s.contains("하기로");
  }

  private void join(ClauseFacts f, List<Mention> names, Mention agent, Attribution att, DateRange date, boolean intended) {
    if (intended && f.intention == null) return;
    for (Trigger t : f.triggers) {
      if (!t.cls().equals("JOIN") || agent == null || agent.kind() != Mention.Kind.ACTOR) continue;
      Mention to = other(names, agent, Role.DAT, Role.WITH, Role.LIST, Role.SUBJ);
      if (to == null) continue;
      relation(RelationType.ALLIANCE, agent.name(), to.name(), null, date, att, f.clause, t, "ko.relation.join");
    }
  }

  private void support(ClauseFacts f, Trigger t, List<Mention> names, Mention agent, Attribution att, DateRange date) {
    Clause c = f.clause;
    Mention giver = null, taker = null;
    String rule = null;
    Mention owner = genitiveOwner(names, t);
    // "파키스탄으로부터 지원을 받다": the one it comes from gives.
    if (owner == null && t.passive()) owner = other(names, null, Role.FROM);
    if (owner == null && t.adnominal()) {
      // "탈레반을 지원하는 파키스탄": the noun the verb modifies gives; its object takes.
      Mention after = null;
      for (Mention n : names) {
        Mention a = asActor(n);
        if (a != null && n.start() >= t.end() && n.start() - t.end() <= 6) {
          after = a;
          break;
        }
      }
      Mention object = other(names, after, Role.OBJ, Role.DAT);
      if (after != null && object != null && object.start() < t.start()) {
        String means = means(c);
        for (Mention g : listMates(after)) relation(RelationType.SUPPORT, g.name(), object.name(), means, date, att, c, t, "ko.relation.support-verb");
        return;
      }
    }
    if (owner == null && t.passive()) {
      // 공중지원을 받으며: the subject receives; the giver is the one the sentence is about,
      // or the country it comes from ("파키스탄 쪽에서 은신처를 제공받다").
      Mention subj = other(names, null, Role.SUBJ, Role.TOPIC);
      Mention from = subj == null ? null : other(names, subj, Role.LOC);
      if (from != null && from.start() < t.start() && !from.name().equals(CIVILIANS)) {
        giver = from;
        taker = subj;
      } else if (subj != null && priorTopic != null && !priorTopic.name().equals(subj.name())) {
        giver = priorTopic;
        taker = subj;
      }
      rule = "ko.relation.support-verb";
    } else if (owner != null) {
      // X의 지원을 받아 / X의 지원으로: X gives; the subject (or the actor the sentence is about) takes.
      giver = owner;
      taker = other(names, owner, Role.SUBJ, Role.TOPIC);
      rule = "ko.relation.support-genitive";
    } else {
      Mention before = null;
      for (Mention m : names) if (m.kind() == Mention.Kind.ACTOR && m.role() == Role.NONE && m.end() <= t.start() && t.start() - m.end() <= 2) before = m;
      if (before != null) {
        // "저항군 지원에 나서다": support for the noun before it, given by the subject.
        taker = before;
        giver = agent;
        rule = "ko.relation.support-verb";
      } else {
        // The giver is named before the verb; a subject after it is the one who receives.
        giver = agent != null && agent.start() < t.start() ? agent : priorTopic;
        taker = other(names, giver, Role.DAT, Role.OBJ);
        // "TTP 지도부와 대원들의 은신처를 제공하다", "IS-K 조직원들의 이동을 돕다": whose the thing given is,
        // named between the giver and the verb, receives ({@code ko.relation.support-owner}).
        if (taker == null && giver != null) {
          for (Mention n : names) {
            Mention a = asActor(n);
            if (a != null && n.start() > giver.end() && n.end() <= t.start() && !a.name().equals(giver.name()) && !a.name().equals(CIVILIANS)
                && !n.role().actsAsSubject()) {
              taker = a;
              rule = "ko.relation.support-owner";
            }
          }
        }
        if (taker == null && agent != null && agent.start() > t.start()) taker = agent;
        if (!"ko.relation.support-owner".equals(rule)) rule = "ko.relation.support-verb";
      }
    }
    if (giver == null || giver.kind() != Mention.Kind.ACTOR || giver.name().equals(CIVILIANS)) return;
    if (giver.start() < sentenceStart(c.start())) return; // a giver carried from another sentence is a guess
    // 타지키스탄 우즈베키스탄은 ...: every member of a listed subject gives, and none receives.
    List<Mention> givers = listMates(giver);
    if (taker == null) taker = nearestOtherActor(c, givers);
    if (taker == null || taker.name().equals(giver.name()) || taker.name().equals(CIVILIANS)) return;
    String means = means(c);
    for (Mention g : givers) {
      if (t.passive()) relation(RelationType.SUPPORT, g.name(), taker.name(), means, date, att, c, t, rule, "ko.role.passive");
      else relation(RelationType.SUPPORT, g.name(), taker.name(), means, date, att, c, t, rule);
    }
  }

  /** The mention with the actors listed next to it in the same role: 타지키스탄 우즈베키스탄은. */
  private List<Mention> listMates(Mention m) {
    List<Mention> out = new ArrayList<>();
    for (Mention x : mentionsBetween(Math.max(0, m.start() - 40), m.end() + 40)) {
      if (x.kind() == Mention.Kind.ACTOR && x.role() == m.role() && !out.stream().anyMatch(o -> o.name().equals(x.name()))) out.add(x);
    }
    // keep only a contiguous run around m
    List<Mention> run = new ArrayList<>();
    int idx = -1;
    for (int i = 0; i < out.size(); i++) if (out.get(i).start() == m.start()) idx = i;
    if (idx < 0) return List.of(m);
    run.add(out.get(idx));
    for (int i = idx - 1; i >= 0 && out.get(i + 1).start() - out.get(i).end() <= 3; i--) run.add(0, out.get(i));
    for (int i = idx + 1; i < out.size() && out.get(i).start() - out.get(i - 1).end() <= 3; i++) run.add(out.get(i));
    return run;
  }

  private String means(Clause c) {
    List<String> found = new ArrayList<>();
    String s = clauseText(c);
    // On the characters: Nori splits 피난처 into 피난/처.
    for (Map.Entry<String, String> e : lexicon.means.entrySet()) {
      if (s.contains(e.getKey()) && !found.contains(e.getValue())) found.add(e.getValue());
    }
    if (s.contains("공습") && s.contains("허용")) {
      found.remove("air strikes");
      found.add("permission for air strikes");
    }
    return found.isEmpty() ? null : String.join(", ", found);
  }

  /**
   * The actor of the sentence a support goes to when the clause names none: a subject or topic
   * before the clause (nearest first), else one after it, else any other actor named before it.
   */
  private Mention nearestOtherActor(Clause c, List<Mention> not) {
    java.util.Set<String> excluded = new java.util.TreeSet<>();
    for (Mention x : not) excluded.add(x.name());
    int sStart = sentenceStarts[c.sentence()];
    int sEnd = Math.max(c.end(), sentenceEnds[c.sentence()]);
    Mention before = null, after = null, any = null;
    for (Mention n : mentionsBetween(sStart, sEnd)) {
      Mention m = asActor(n);
      if (m == null || excluded.contains(m.name()) || m.name().equals(CIVILIANS)) continue;
      boolean subject = n.role().actsAsSubject();
      if (n.start() < c.start() && subject) before = m;
      else if (n.start() >= c.start() && subject && after == null) after = m;
      else if (n.start() < c.start() && any == null) any = m;
    }
    return before != null ? before : after != null ? after : any;
  }

  private void hostility(ClauseFacts f, List<Mention> names, Mention agent, Attribution att, DateRange date) {
    for (Trigger t : f.triggers) {
      boolean hostile = t.cls().equals("HOSTILE");
      boolean refused = t.form().equals("인정") && f.negation != null;
      if (!hostile && !refused) continue;
      if (f.background || f.oldYear) continue;
      List<Mention> before = new ArrayList<>();
      for (Mention m : names) if (m.kind() == Mention.Kind.ACTOR && m.start() < t.start() && !m.name().equals(CIVILIANS)) before.add(m);
      if (t.form().equals("압박") && t.passive()) {
        // X의 압박을 Y가 받다: every X presses Y.
        Mention y = other(names, null, Role.SUBJ, Role.TOPIC);
        if (y == null) y = agent;
        if (y == null) continue;
        for (Mention x : names) {
          if (x.kind() == Mention.Kind.ACTOR && x.role() == Role.GEN && !x.name().equals(y.name())) relation(RelationType.HOSTILITY, x.name(), y.name(), null, date, att, f.clause, t, "ko.relation.hostility-verb", "ko.role.passive");
        }
        continue;
      }
      // "파키스탄은 탈레반이 TTP를 지원한다고 비난했다": the accuser (the topic) is hostile to the one
      // whose act is told inside the accusation (its subject), not to the others named there.
      if (f.quote && ACCUSE.contains(t.form())) {
        Mention accuser = null;
        for (Mention m : before) if (accuser == null && m.role() == Role.TOPIC) accuser = m;
        if (accuser == null && sentenceTopicMarked != null && sentenceTopicMarked.start() < f.clause.start()) accuser = sentenceTopicMarked;
        Mention accused = null;
        for (Mention m : before) if (accused == null && m.role() == Role.SUBJ && (accuser == null || !m.name().equals(accuser.name()))) accused = m;
        if (accuser != null && accused != null) {
          relation(RelationType.HOSTILITY, accuser.name(), accused.name(), null, date, Attribution.REPORTED, f.clause, t, "ko.relation.hostility-verb");
          continue;
        }
      }
      Mention a = null, b = null;
      for (Mention m : before) {
        if (a == null) a = m;
        else if (!m.name().equals(a.name())) {
          b = m;
          break;
        }
      }
      String rule = "ko.relation.hostility-between";
      boolean between = a != null && b != null && conjoined(a, b) && BETWEEN.contains(t.form());
      if (!between) {
        // 규탄하다, 항의하다, 적대: from the subject to the one named with it.
        b = null;
        if (agent != null && agent.start() < t.start()) {
          for (Mention m : before) if (!m.name().equals(agent.name()) && m.role() != Role.GEN && m.start() > agent.start() || m.role() == Role.LIST && !m.name().equals(agent.name())) b = m;
        }
        // "탈레반에 ... 넘기라고 압박했다": who is pressed or protested to (에) is the target.
        if (agent != null) for (Mention m : before) if (m.role() == Role.DAT && !m.name().equals(agent.name()) && m.start() > agent.start()) b = m;
        // "탈레반의 ... 조치를 비난했다": whose act is condemned is the target.
        boolean ownSubject = agent != null && agent.start() >= sentenceStart(f.clause.start()) && (agent.role() == Role.SUBJ || agent.role() == Role.TOPIC);
        if (b == null && ownSubject && ACCUSE.contains(t.form()) && agent.start() < f.clause.start()) {
          // "탈레반 국방부는 성명을 내고 파키스탄의 공습을 규탄하며": the sentence's topic condemns.
          for (Mention m : names) if (b == null && m.kind() == Mention.Kind.ACTOR && m.start() < t.start() && !m.name().equals(agent.name()) && !m.name().equals(CIVILIANS)) b = m;
        }
        if (b == null && ownSubject && ACCUSE.contains(t.form())) {
          for (Mention m : before) if (b == null && m.role() == Role.GEN && !m.name().equals(agent.name()) && m.start() > agent.start()) b = m;
        }
        a = agent;
        rule = "ko.relation.hostility-verb";
      }
      if (a == null || b == null) {
        // "양측은 ... 갈등을 빚어 왔다": both sides of the conflict told.
        Mention[] pair = BETWEEN.contains(t.form()) && !t.form().equals("충돌") ? bothSides(f.clause, names, null) : null;
        if (pair == null) continue;
        a = pair[0];
        b = pair[1];
        rule = "ko.relation.hostility-between";
      }
      // Condemning is an act the writer reports, unless a third party is said to have told of it.
      Attribution ra = ACCUSE.contains(t.form()) && att.stance() == Stance.CLAIMED && (att.source() == null || att.source().equals(a.name())) ? Attribution.REPORTED : att;
      relation(RelationType.HOSTILITY, a.name(), b.name(), null, date, ra, f.clause, t, rule);
      // "탈레반과 TTP를 압박하고 있다": every member of a listed target.
      if (rule.equals("ko.relation.hostility-verb")) for (Mention m : listMates(b)) relation(RelationType.HOSTILITY, a.name(), m.name(), null, date, att, f.clause, t, rule);
    }
  }

  /** "파키스탄과 아프가니스탄 탈레반 정권": joined by 과/와, with only a country's name before the second. */
  private boolean conjoinedOverCountry(Mention a, Mention b, List<Mention> names) {
    if (b.start() < a.end() || b.start() - a.end() > 12) return false;
    String between = text.substring(a.end(), b.start()).strip();
    if (between.isEmpty() || "과와및,".indexOf(between.charAt(0)) < 0) return false;
    String rest = between.substring(1).strip();
    for (Mention m : names) {
      if (m.kind() == Mention.Kind.PLACE && m.place().kind() == PlaceKind.COUNTRY && m.start() > a.end() && m.end() <= b.start()
          && text.substring(m.start(), m.end()).equals(rest)) return true;
    }
    return false;
  }

  /** "탈레반과 파키스탄간의": two names joined by 과/와/랑/및 or a comma. */
  private boolean conjoined(Mention a, Mention b) {
    if (b.start() < a.end() || b.start() - a.end() > 4) return false;
    String between = text.substring(a.end(), b.start()).strip();
    return between.equals("과") || between.equals("와") || between.equals("랑") || between.equals("이랑") || between.equals("및") || between.equals(",");
  }

  private void relation(RelationType type, String from, String to, String means, DateRange date, Attribution att, Clause c, Trigger t, String... rules) {
    // Victims and crowds are no parties to a relation.
    if (from.equals(to) || from.equals(CIVILIANS) || to.equals(CIVILIANS) || from.equals("Protesters") || to.equals("Protesters")) return;
    List<RuleFiring> fired = new ArrayList<>();
    for (String rule : rules) fired.add(new RuleFiring(rule, span(t.start(), t.end())));
    if (att.stance() != Stance.REPORTED) fired.add(new RuleFiring("ko.attribution." + att.stance().label(), span(c.start(), c.end())));
    relations.add(new Drafted<>(new Relation(type, from, to, means, date, att, null, List.of(), 0.6, List.of(evidence(c, t))), fired));
  }

  // ---------------------------------------------------------------- persons

  private void personsOf(ClauseFacts f, List<Mention> names, DateRange date) {
    Clause c = f.clause;
    for (Mention m : names) {
      if (m.kind() != Mention.Kind.PERSON) continue;
      var e = m.person();
      Role role = m.role();
      org.sitrep.model.Role r = e.role();
      String rule = "ko.person.dictionary";
      // "대변인 자비훌라 무자히드", "무자밀 주지사": the office named next to the name (roles.txt).
      String near = text.substring(Math.max(c.start(), m.start() - 8), m.start()) + " " + text.substring(m.end(), Math.min(c.end(), m.end() + 6));
      for (Map.Entry<String, String> e2 : lexicon.roles.entrySet()) {
        if (near.contains(e2.getKey())) {
          r = org.sitrep.model.Role.valueOf(e2.getValue().toUpperCase(java.util.Locale.ROOT));
          rule = "ko.person.role-noun";
          break;
        }
      }
      String affiliation = e.affiliation();
      if (groupOfLeader.containsKey(m.name())) {
        affiliation = groupOfLeader.get(m.name());
        r = org.sitrep.model.Role.LEADER;
        rule = "ko.person.role-noun";
      }
      Fate fate = null;
      boolean subject = (role.actsAsSubject() || role == Role.LIST) && !inRelativeClause(m);
      boolean object = role == Role.OBJ;
      for (Trigger t : f.triggers) {
        if (fate != null || t.start() <= m.end() || t.start() - m.end() > 40) continue;
        // The named one died, was hurt or was taken: as subject of 숨지다 / 사살되다 / 부상하다, or as object of 사살하다 / 체포하다.
        boolean suffered = subject && (t.cls().equals("DIE") || t.passive()) || object && !t.passive();
        if (!suffered) continue;
        Fate.Kind k = switch (t.cls()) {
          case "DIE" -> subject ? Fate.Kind.KILLED : null;
          case "KILL", "EXECUTE" -> Fate.Kind.KILLED;
          case "WOUND" -> subject ? Fate.Kind.WOUNDED : null;
          case "CAPTURE", "ARREST" -> Fate.Kind.CAPTURED;
          default -> null;
        };
        if (k != null) fate = new Fate(k, date);
      }
      Span ev = span(Math.max(c.start(), m.start() - 40), Math.min(c.end(), m.end() + 60));
      Person p = new Person(m.name(), affiliation, r, e.note(), fate, anchor(m), null, List.of(), 0.8, List.of(ev));
      List<RuleFiring> fired = new ArrayList<>(List.of(new RuleFiring(rule, span(m.start(), m.end()))));
      if (fate != null) fired.add(new RuleFiring("ko.person.fate", span(c.start(), c.end())));
      Drafted<Person> old = persons.get(m.name());
      if (old == null) persons.put(m.name(), new Drafted<>(p, fired));
      else if (old.fact().fate() == null && fate != null) {
        Person o = old.fact();
        persons.put(m.name(), new Drafted<>(new Person(o.name(), o.affiliation(), o.role(), o.note(), fate, o.anchor(), null, List.of(), o.confidence(), o.evidence()), fired));
      } else if (!rule.equals("ko.person.dictionary") && old.firings().get(0).rule().equals("ko.person.dictionary")) {
        Person o = old.fact();
        persons.put(m.name(), new Drafted<>(new Person(o.name(), affiliation, r, o.note(), o.fate(), o.anchor(), null, List.of(), o.confidence(), o.evidence()), fired));
      }
    }
  }

  // ---------------------------------------------------------------- context: dates, places, mentions

  private DateRange clauseDate(ClauseFacts f, Clause c) {
    if (f.undated) {
      sentenceDate = null;
      return null;
    }
    DateRange d = null;
    for (DateMention m : datesIn(c)) {
      // "지난해 8월 재집권 이후": a date that times a past act, to say since when, is not this clause's.
      if (sinceAct(m.span().end())) continue;
      // "지난 5일" is the latest 5th before publication: a month named in an earlier sentence does not move it
      // ({@code ko.date.past-day}).
      YearMonth hint = pastDay(m) ? null : monthHint;
      DateRange r = resolver.resolve(m, info.published(), hint, lastDate == null ? null : lastDate.start());
      YearMonth named = resolver.namedMonth(m, info.published());
      if (named != null) monthHint = named;
      if (r == null) continue;
      // The day of a report is what a later "이날" points to, but it does not date the event told.
      if (dateOfSaying(m, c)) {
        lastDate = r;
        continue;
      }
      if (d == null) d = r;
      lastDate = r;
    }
    if (d != null) {
      // The clause's event takes its first date; what follows takes the last one named.
      sentenceDate = lastDate;
      paragraphDate = lastDate;
      return d;
    }
    if (sentenceDate != null) return sentenceDate;
    if (f.sameDay && lastDate != null) {
      sentenceDate = lastDate;
      paragraphDate = lastDate;
      return lastDate;
    }
    return paragraphDate;
  }

  /**
   * "...했다고 로이터통신이 21일 보도했다": a day named after what is told, with the verb of saying,
   * dates the report, not the event.
   */
  private boolean dateOfSaying(DateMention m, Clause c) {
    int s = m.span().start();
    String before = text.substring(c.start(), s);
    if (!(before.contains("다고") || before.contains("라고") || before.contains("\"고"))) return false;
    String after = text.substring(m.span().end(), Math.min(c.end(), m.span().end() + 14));
    return after.contains("보도") || after.contains("밝혔") || after.contains("전했") || after.contains("말했") || after.contains("발표");
  }

  /** "지난 5일": a day of the month after 지난, read against the publication date when there is one. */
  private boolean pastDay(DateMention m) {
    if (info.published() == null || !(m.expression() instanceof org.sitrep.core.date.DateExpression.DayOfMonth)) return false;
    int s = m.span().start();
    return text.startsWith("지난", s) || s >= 3 && text.startsWith("지난 ", s - 3);
  }

  /** The clause names a day of its own within a year before publication. */
  private boolean ownRecentDate(Clause c) {
    for (DateMention m : dates) {
      if (m.span().start() >= c.end()) break;
      if (m.span().start() < c.start()) continue;
      DateRange r = resolver.resolve(m, info.published(), monthHint, lastDate == null ? null : lastDate.start());
      if (r != null && info.published() != null && !r.start().isBefore(info.published().minusDays(365))) return true;
    }
    return false;
  }

  /** A word then 이후 / 이래 right after a date: "8월 재집권 이후", "15일 함락 이래". */
  private boolean sinceAct(int end) {
    int j = end;
    while (j < text.length() && text.charAt(j) == ' ') j++;
    int w = j;
    while (w < text.length() && w - j < 8 && !Character.isWhitespace(text.charAt(w))) w++;
    if (w == j || w >= text.length()) return false;
    return text.startsWith(" 이후", w) || text.startsWith(" 이래", w);
  }

  private Mention placeIn(List<Mention> names) {
    Mention best = null;
    for (Mention m : names) {
      if (m.kind() != Mention.Kind.PLACE || m.place().kind() == PlaceKind.COUNTRY) continue;
      best = m;
    }
    return best;
  }

  private List<Mention> mentionsIn(Clause c) {
    while (mentionCursor < mentions.size() && mentions.get(mentionCursor).start() < c.start()) mentionCursor++;
    int k = mentionCursor;
    List<Mention> out = new ArrayList<>();
    while (k < mentions.size() && mentions.get(k).start() < c.end()) out.add(mentions.get(k++));
    return out;
  }

  private List<Mention> mentionsBetween(int from, int to) {
    List<Mention> out = new ArrayList<>();
    int lo = 0, hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start() < from) lo = mid + 1;
      else hi = mid;
    }
    for (int k = lo; k < mentions.size() && mentions.get(k).start() < to; k++) out.add(mentions.get(k));
    return out;
  }

  private List<QuantityMention> quantitiesIn(Clause c) {
    while (quantityCursor < quantities.size() && quantities.get(quantityCursor).span().start() < c.start()) quantityCursor++;
    List<QuantityMention> out = new ArrayList<>();
    for (int k = quantityCursor; k < quantities.size() && quantities.get(k).span().start() < c.end(); k++) out.add(quantities.get(k));
    return out;
  }

  private List<DateMention> datesIn(Clause c) {
    while (dateCursor < dates.size() && dates.get(dateCursor).span().start() < c.start()) dateCursor++;
    List<DateMention> out = new ArrayList<>();
    for (int k = dateCursor; k < dates.size() && dates.get(k).span().start() < c.end(); k++) out.add(dates.get(k));
    return out;
  }

  // ---------------------------------------------------------------- spans

  /** The clause that states a fact, at most about 300 characters around its trigger. */
  private Span evidence(Clause c, Trigger t) {
    int s = c.start(), e = c.end();
    if (e - s > 300) {
      s = Math.max(c.start(), t.start() - 150);
      e = Math.min(c.end(), t.end() + 150);
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)))) e--;
    return span(s, e);
  }

  /** The words of a clause, cut once: several rules look at them. */
  private String clauseText(Clause c) {
    if (c != cachedClause) {
      cachedClause = c;
      cachedText = text.substring(c.start(), c.end());
    }
    return cachedText;
  }

  /** The original-text span of normalised characters {@code [s, e)}. */
  private Span span(int s, int e) {
    // The same clause and trigger spans are asked for by many rules: each is mapped and cut once.
    long key = ((long) s << 32) | (Math.max(e, s + 1) & 0xffffffffL);
    Span sp = spans.get(key);
    if (sp == null && !spans.containsKey(key)) {
      sp = nt.originalSpan(s, Math.max(e, s + 1));
      spans.put(key, sp);
    }
    return sp;
  }

  private Anchor anchor(Mention m) {
    if (m.end() <= m.start()) return null;
    return Anchor.of(span(m.start(), m.end()));
  }

  /** What the reader drafted. */
  record Drafts(List<Drafted<Event>> events, List<Drafted<Relation>> relations, List<Drafted<ControlClaim>> control,
      List<Drafted<Person>> persons) {}
}
