package org.sitrep.core.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Casualty;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.DateRange;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Person;
import org.sitrep.model.Place;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.SubType;

/** Invented texts, gold files written as JSON with single quotes, and readings built by hand. */
final class Fixtures {
  private Fixtures() {}

  /** An invented Korean forum-style report. */
  static final String KO = "5월14일 탈레반이 판지시르 다라 지구를 공격했으나 저항군의 반격에 퇴각했다. "
      + "이 전투에서 탈레반 수십명이 사망했고 12명이 포로로 잡혔다. "
      + "15일 바다흐샨 쿠란와문잔에서는 민병대가 저항군에 합류했다. "
      + "저항군은 다라 지구를 장악하고 있다. 타지키스탄은 저항군에 헬기로 식량을 지원했다고 함. "
      + "저항군 대변인 사비르 쿠흐이스타니는 탈레반과의 협상은 없다고 말했다.";

  static final DocumentInfo INFO = DocumentInfo.of("test-2022-05-16", "ko", LocalDate.of(2022, 5, 16));

  /** A gold file with this body (JSON fields after "document", single quotes for double quotes). */
  static Gold gold(String body, String text) {
    String json = "{'format':'sitrep/1','document':{'id':'test-2022-05-16','language':'ko','published':'2022-05-16'},"
        + body + "}";
    return GoldReader.parse(json.replace('\'', '"'), text);
  }

  static Span span(String text, String quote) {
    int at = text.indexOf(quote);
    if (at < 0) throw new IllegalArgumentException("not in the text: " + quote);
    return new Span(at, at + quote.length(), quote);
  }

  static DateRange day(String iso) {
    return iso == null ? null : DateRange.day(LocalDate.parse(iso), null);
  }

  static Event event(String id, SubType subtype, String place, String admin1, String date, List<String> actors,
      Span evidence, Casualty... casualties) {
    var refs = new ArrayList<ActorRef>();
    for (int i = 0; i < actors.size(); i++) refs.add(new ActorRef(actors.get(i), i == 0 ? 1 : 2, null, null));
    return new Event(id, day(date), subtype, refs, new Place(place, admin1, null, null, null, null, null, null),
        Arrays.asList(casualties), null, Attribution.REPORTED, null, List.of("test.event"), null, List.of(evidence));
  }

  static Event withRules(Event e, String... rules) {
    return new Event(e.id(), e.date(), e.subtype(), e.actors(), e.location(), e.casualties(), e.outcome(),
        e.attribution(), e.summary(), List.of(rules), e.confidence(), e.evidence());
  }

  static Casualty casualty(String actor, CasualtyKind kind, int low, int high) {
    return new Casualty(actor, kind, low, high, null);
  }

  static Relation relation(RelationType type, String from, String to, String means, Stance stance, Span evidence) {
    return new Relation(type, from, to, means, null, Attribution.of(stance), null, List.of("test.relation"), null,
        List.of(evidence));
  }

  static ControlClaim control(String place, String admin1, String holder, ControlStatus status, Stance stance,
      String date, Span evidence) {
    return new ControlClaim(new Place(place, admin1, null, null, null, null, null, null), holder, null, status, null,
        day(date), Attribution.of(stance), null, List.of("test.control"), null, List.of(evidence));
  }

  static Person person(String name, Span evidence) {
    return new Person(name, null, null, null, null, null, null, List.of("test.person"), null, List.of(evidence));
  }

  static Report reading(List<Event> events) {
    return new Report(INFO, events, List.of(), List.of(), List.of(), List.of());
  }

  static Report reading(List<Event> events, List<Relation> relations, List<ControlClaim> control, List<Person> persons) {
    return new Report(INFO, events, relations, control, persons, List.of());
  }

  /** The gold event used by most tests: the 14 May battle in Dara, Panjshir. */
  static final String BATTLE = """
      {'id':'dara-battle','date':{'start':'2022-05-14','end':'2022-05-14','precision':'day','text':'5월14일'},
       'type':'Battles','subtype':'Armed clash',
       'actors':[{'name':'Taliban','side':1,'text':'탈레반'},{'name':'National Resistance Front','side':2,'text':'저항군'}],
       'location':{'name':'Dara','admin1':'AF-PAN','precision':'district','text':'다라 지구'},
       'casualties':[{'actor':'Taliban','kind':'killed','low':20,'high':99,'text':'탈레반 수십명이 사망'},
                     {'actor':'Taliban','kind':'captured','low':12,'high':12,'text':'12명이 포로로'}],
       'outcome':'side1-retreated','attribution':{'stance':'reported'},
       'evidence_text':['5월14일 탈레반이 판지시르 다라 지구를 공격했으나']}
      """;

  static final String JOINING = """
      {'id':'militia-joins','date':{'start':'2022-05-15','end':'2022-05-15','precision':'day','text':'15일'},
       'type':'Strategic developments','subtype':'Change to group/activity','alt_subtypes':['Agreement'],
       'actors':[{'name':'Badakhshan militia','side':1}],
       'location':{'name':'Kuran wa Munjan','admin1':'AF-BDS','admin1_any':['AF-BDS','AF-TAK'],'precision':'district'},
       'casualties':[],'attribution':{'stance':'reported'},
       'evidence_text':['민병대가 저항군에 합류했다']}
      """;

  static Event battle(Casualty... casualties) {
    return event("e1", SubType.ARMED_CLASH, "Dara", "AF-PAN", "2022-05-14",
        List.of("Taliban", "National Resistance Front"), span(KO, "탈레반이 판지시르 다라 지구를 공격했으나"), casualties);
  }

  static Event joining(SubType subtype, String admin1) {
    return event("e2", subtype, "Kuran wa Munjan", admin1, "2022-05-15", List.of("Badakhshan militia"),
        span(KO, "민병대가 저항군에 합류했다"));
  }

  static Casualty killed(String actor, int low, int high) {
    return casualty(actor, CasualtyKind.KILLED, low, high);
  }

  static ControlStatus status(String label) {
    return ControlStatus.of(label);
  }
}
