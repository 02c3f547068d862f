package org.sitrep.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.eval.Fixtures.KO;
import static org.sitrep.core.eval.Fixtures.control;
import static org.sitrep.core.eval.Fixtures.gold;
import static org.sitrep.core.eval.Fixtures.person;
import static org.sitrep.core.eval.Fixtures.reading;
import static org.sitrep.core.eval.Fixtures.relation;
import static org.sitrep.core.eval.Fixtures.span;
import static org.sitrep.core.eval.Fixtures.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.Person;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Stance;

class RelationControlPersonTest {
  private final Evaluator evaluator = new Evaluator();
  private final Gold gold = gold("""
      'relations':[
        {'type':'alliance','from':'Badakhshan militia','to':'National Resistance Front','date':null,
         'attribution':{'stance':'reported'},'evidence_text':['민병대가 저항군에 합류했다']},
        {'type':'support','from':'Tajikistan','to':'National Resistance Front','means':'food by helicopter',
         'date':null,'attribution':{'stance':'claimed'},'evidence_text':['타지키스탄은 저항군에 헬기로 식량을 지원했다고 함']}],
      'control':[
        {'place':{'name':'Dara','admin1':'AF-PAN'},'holder':'National Resistance Front','status':'holds',
         'date':null,'attribution':{'stance':'reported'},'evidence_text':['저항군은 다라 지구를 장악하고 있다']}],
      'persons':[{'name':'Sabir Kuhistani','text':'사비르 쿠흐이스타니','evidence_text':['사비르 쿠흐이스타니']}]
      """, KO);

  private DocumentScore score(List<Relation> relations, List<ControlClaim> control, List<Person> persons) {
    return evaluator.score(gold, reading(List.of(), relations, control, persons), KO);
  }

  private Relation alliance(String from, String to) {
    return relation(RelationType.ALLIANCE, from, to, null, Stance.REPORTED, span(KO, "민병대가 저항군에"));
  }

  @Test
  void an_alliance_matches_in_either_direction() {
    assertThat(score(List.of(alliance("National Resistance Front", "Badakhshan militia")), List.of(), List.of())
        .relations()).isEqualTo(new Counts(1, 0, 1));
  }

  @Test
  void support_is_directed() {
    Relation backwards = relation(RelationType.SUPPORT, "National Resistance Front", "Tajikistan", null, Stance.CLAIMED,
        span(KO, "타지키스탄은"));

    assertThat(score(List.of(backwards), List.of(), List.of()).relations()).isEqualTo(new Counts(0, 1, 2));
  }

  @Test
  void relation_stance_and_means_agreement_are_reported() {
    Relation support = relation(RelationType.SUPPORT, "Tajikistan", "National Resistance Front", "helicopter supply",
        Stance.REPORTED, span(KO, "헬기로 식량을 지원했다고"));

    DocumentScore s = score(List.of(support), List.of(), List.of());

    assertThat(s.relations().hits()).isEqualTo(1);
    assertThat(s.fields().relationStance()).isEqualTo(new Ratio(0, 1));
    assertThat(s.fields().relationMeans()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void holds_took_and_mostly_are_one_class_of_control() {
    ControlClaim took = control("Dara", "AF-PAN", "National Resistance Front", status("took"), Stance.REPORTED, null,
        span(KO, "다라 지구를 장악하고"));

    DocumentScore s = score(List.of(), List.of(took), List.of());

    assertThat(s.control()).isEqualTo(new Counts(1, 0, 0));
    assertThat(s.fields().controlStatus()).isEqualTo(new Ratio(0, 1));
    assertThat(s.fields().controlStance()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void a_lost_or_contested_claim_does_not_match_a_holding_one() {
    for (String other : List.of("lost", "contested")) {
      ControlClaim c = control("Dara", "AF-PAN", "National Resistance Front", status(other), Stance.REPORTED, null,
          span(KO, "다라 지구를 장악하고"));
      assertThat(score(List.of(), List.of(c), List.of()).control()).isEqualTo(new Counts(0, 1, 1));
    }
  }

  @Test
  void a_control_claim_in_another_province_or_by_another_holder_does_not_match() {
    ControlClaim elsewhere = control("Dara", "AF-BDS", "National Resistance Front", status("holds"), Stance.REPORTED,
        null, span(KO, "다라 지구를 장악하고"));
    ControlClaim otherHolder = control("Dara", "AF-PAN", "Taliban", status("holds"), Stance.REPORTED, null,
        span(KO, "다라 지구를 장악하고"));

    assertThat(score(List.of(), List.of(elsewhere, otherHolder), List.of()).control()).isEqualTo(new Counts(0, 2, 1));
  }

  @Test
  void persons_match_by_name_and_are_kept_out_of_the_facts() {
    DocumentScore s = score(List.of(), List.of(),
        List.of(person("sabir kuhistani", span(KO, "사비르 쿠흐이스타니")), person("Ahmad Massoud", span(KO, "저항군 대변인"))));

    assertThat(s.persons()).isEqualTo(new Counts(1, 1, 0));
    assertThat(s.facts().hits()).isZero();
  }
}
