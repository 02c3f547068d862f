package org.sitrep.format;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Anchor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Casualty;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.DateRange;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Extent;
import org.sitrep.model.Fate;
import org.sitrep.model.Force;
import org.sitrep.model.Outcome;
import org.sitrep.model.Person;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Precision;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.model.ReportChecks;
import org.sitrep.model.Role;
import org.sitrep.model.SourceType;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.SubType;

/** Reports built from short invented sentences, with spans computed from the text. */
final class SampleReports {
  private SampleReports() {}

  /** An invented Korean forum post; every kind of fact below is read from it. */
  static final String KOREAN_TEXT = String.join(" ",
      "9월 12일 탈레반이 판지시르 계곡 외곽에서 저항군을 공격했으나 수십 명이 숨지고 40명이 다쳤다고 저항군 대변인이 밝혔다.",
      "현재 치열한 전투가 이어지고 있다.",
      "저항군은 타지키스탄에서 탄약과 식량을 지원받고 있다.",
      "저항군은 9월 10일 바자라크를 탈환했다.",
      "사령관 칼리드 아미르는 9월 11일 포로로 잡혔다.",
      "탈레반은 약 40대의 헬기를 보유하고 있다.");

  /** An invented English wire sentence. */
  static final String ENGLISH_TEXT =
      "On Tuesday a roadside bomb killed three civilians near Pul-e Khumri, police said.";

  /** A report with every kind of fact and every optional field set. */
  static Report fullKorean() {
    String t = KOREAN_TEXT;
    var document = new DocumentInfo("panjshir-test-1", "ko", LocalDate.of(2021, 9, 13), SourceType.FORUM,
        "example forum", "https://example.org/post/1", "판지시르 전황 (9월 12일)");

    var battleDate = new DateRange(LocalDate.of(2021, 9, 12), LocalDate.of(2021, 9, 12), Precision.DAY, true,
        anchor(t, "9월 12일"));
    var valley = new Place("Panjshir Valley", "AF-PAN", "Bazarak", 35.3086, 69.5071, PlacePrecision.REGION,
        Qualifier.OUTSKIRTS, anchor(t, "판지시르 계곡 외곽"));
    var battle = new Event("e1", battleDate, SubType.ARMED_CLASH,
        List.of(new ActorRef("Taliban", 1, null, anchor(t, "탈레반이")),
            new ActorRef("National Resistance Front", 2, "Ahmad Massoud", anchor(t, "저항군을"))),
        valley,
        List.of(new Casualty("Taliban", CasualtyKind.KILLED, 20, 99, anchor(t, "수십 명이 숨지고")),
            new Casualty("Taliban", CasualtyKind.WOUNDED, 40, 40, anchor(t, "40명이 다쳤다고"))),
        Outcome.SIDE2_WON,
        new Attribution(Stance.CLAIMED, "National Resistance Front", "example forum", "Taliban", List.of("Taliban")),
        "Taliban attacked National Resistance Front near Panjshir Valley (AF-PAN) on 2021-09-12; Taliban: 20-99 killed, 40 wounded.",
        List.of("ko.attack.subject-object", "ko.casualty.count-verb"), 0.75,
        List.of(span(t, "9월 12일 탈레반이 판지시르 계곡 외곽에서 저항군을 공격했으나 수십 명이 숨지고 40명이 다쳤다고 저항군 대변인이 밝혔다."),
            span(t, "현재 치열한 전투가 이어지고 있다.")));

    var supply = new Relation(RelationType.SUPPORT, "Tajikistan", "National Resistance Front", "ammunition and food",
        new DateRange(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 13), Precision.APPROX, true, anchor(t, "현재")),
        Attribution.of(Stance.REPORTED), "Tajikistan supports National Resistance Front with ammunition and food.",
        List.of("ko.support.receive"), 0.6, List.of(span(t, "저항군은 타지키스탄에서 탄약과 식량을 지원받고 있다.")));

    var bazarak = new Place("Bazarak", "AF-PAN", "Bazarak", 35.3129, 69.5152, PlacePrecision.POINT, null,
        anchor(t, "바자라크"));
    var retaken = new ControlClaim(bazarak, "National Resistance Front", "Taliban", ControlStatus.TOOK, Extent.WHOLE,
        DateRange.day(LocalDate.of(2021, 9, 10), anchor(t, "9월 10일")), Attribution.of(Stance.ASSESSED),
        "National Resistance Front took Bazarak from Taliban on 2021-09-10.", List.of("ko.control.retake"), 0.5,
        List.of(span(t, "저항군은 9월 10일 바자라크를 탈환했다.")));

    var amir = new Person("Khalid Amir", "National Resistance Front", Role.COMMANDER, "captured commander",
        new Fate(Fate.Kind.CAPTURED, DateRange.day(LocalDate.of(2021, 9, 11), anchor(t, "9월 11일"))),
        anchor(t, "칼리드 아미르"), "Khalid Amir, a National Resistance Front commander, was captured on 2021-09-11.",
        List.of("ko.person.title-name"), 0.9, List.of(span(t, "사령관 칼리드 아미르는 9월 11일 포로로 잡혔다.")));

    var helicopters = new Force("Taliban", "helicopter", "Mi-17", 36, 44, "operational",
        new Place("Afghanistan", null, null, null, null, PlacePrecision.COUNTRY, null, null),
        DateRange.day(LocalDate.of(2021, 9, 13), null), Attribution.of(Stance.REPORTED),
        "Taliban have about 40 helicopters.", List.of("ko.force.count"), 0.4,
        List.of(span(t, "탈레반은 약 40대의 헬기를 보유하고 있다.")));

    Report report = new Report(document, List.of(battle), List.of(supply), List.of(retaken), List.of(amir),
        List.of(helicopters));
    ReportChecks.assertWellFormed(report, t);
    return report;
  }

  /** An English report with one event and only what is required. */
  static Report englishBombing() {
    String t = ENGLISH_TEXT;
    var event = new Event("e1", DateRange.day(LocalDate.of(2021, 10, 19), anchor(t, "On Tuesday")),
        SubType.REMOTE_EXPLOSIVE,
        List.of(new ActorRef("Unidentified armed group", 1, null, null),
            new ActorRef("Civilians", 2, null, anchor(t, "civilians"))),
        new Place("Pul-e Khumri", "AF-BGL", null, null, null, PlacePrecision.POINT, Qualifier.NEAR,
            anchor(t, "Pul-e Khumri")),
        List.of(new Casualty("Civilians", CasualtyKind.KILLED, 3, 3, anchor(t, "killed three civilians"))),
        null, new Attribution(Stance.CLAIMED, "police", null, null, List.of()),
        null, List.of(), null, List.of(span(t, t)));
    Report report = new Report(DocumentInfo.of("en-test-1", "en", LocalDate.of(2021, 10, 20)), List.of(event),
        List.of(), List.of(), List.of(), List.of());
    ReportChecks.assertWellFormed(report, t);
    return report;
  }

  /** A report with no facts and no optional document fields. */
  static Report minimal() {
    return Report.empty(DocumentInfo.of("empty", "ko", null));
  }

  static Span span(String text, String phrase) {
    int at = text.indexOf(phrase);
    if (at < 0) throw new IllegalArgumentException("not in the text: " + phrase);
    return Span.of(text, at, at + phrase.length());
  }

  static Anchor anchor(String text, String phrase) {
    return Anchor.of(span(text, phrase));
  }
}
