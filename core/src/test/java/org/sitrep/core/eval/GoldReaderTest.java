package org.sitrep.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.core.eval.Fixtures.BATTLE;
import static org.sitrep.core.eval.Fixtures.JOINING;
import static org.sitrep.core.eval.Fixtures.KO;
import static org.sitrep.core.eval.Fixtures.gold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Outcome;
import org.sitrep.model.RelationType;
import org.sitrep.model.Stance;
import org.sitrep.model.SubType;

class GoldReaderTest {

  @Test
  void reads_the_document_block_and_every_field_of_an_event() {
    Gold g = gold("'events':[" + BATTLE + "," + JOINING + "]", KO);

    assertThat(g.document().id()).isEqualTo("test-2022-05-16");
    assertThat(g.document().published()).isEqualTo(LocalDate.of(2022, 5, 16));
    assertThat(g.document().info().language()).isEqualTo("ko");
    Gold.Event battle = g.event("dara-battle");
    assertThat(battle.subtype()).isEqualTo(SubType.ARMED_CLASH);
    assertThat(battle.date().start()).isEqualTo(LocalDate.of(2022, 5, 14));
    assertThat(battle.actors()).extracting(Gold.Actor::name).containsExactly("Taliban", "National Resistance Front");
    assertThat(battle.location().admin1()).isEqualTo("AF-PAN");
    assertThat(battle.casualties()).extracting(Gold.Casualty::kind).containsExactly(CasualtyKind.KILLED, CasualtyKind.CAPTURED);
    assertThat(battle.outcome()).isEqualTo(Outcome.SIDE1_RETREATED);
    assertThat(battle.optional()).isFalse();
    Gold.Event joining = g.event("militia-joins");
    assertThat(joining.altSubtypes()).containsExactly(SubType.AGREEMENT);
    assertThat(joining.location().acceptsAdmin1("AF-TAK")).isTrue();
    assertThat(joining.location().acceptsAdmin1("AF-PAN")).isFalse();
    assertThat(g.problems()).isEmpty();
  }

  @Test
  void reads_optional_items_relations_control_persons_and_claimed_by() {
    Gold g = gold("""
        'events':[{'id':'x','optional':true,'date':null,'type':'Strategic developments','subtype':'Other',
                   'actors':[{'name':'Tajikistan','side':1}],'location':{'name':'Dara','admin1':null,'admin1_any':['AF-PAN',null]},
                   'casualties':[{'actor':'Taliban','kind':'killed','low':1,'high':1,'text':'x','optional':true,'source':'NRF'}],
                   'claimed_by':'NRF','disputed_by':'Taliban','attribution':{'stance':'claimed','source':'NRF'},
                   'actor_alternatives':['Unidentified armed group'],'evidence_text':['헬기로 식량을 지원했다']}],
        'relations':[{'type':'support','from':'Tajikistan','to':'National Resistance Front','means':'food by helicopter',
                      'date':null,'attribution':{'stance':'claimed'},'evidence_text':['타지키스탄은 저항군에'],'optional':true}],
        'control':[{'place':{'name':'Dara','admin1':'AF-PAN'},'holder':'National Resistance Front','status':'holds',
                    'contested_with':'Taliban','date':null,'attribution':{'stance':'reported'},
                    'evidence_text':['저항군은 다라 지구를 장악하고 있다']}],
        'persons':[{'name':'Sabir Kuhistani','text':'사비르 쿠흐이스타니','affiliation':'National Resistance Front',
                    'role':'spokesman','evidence_text':['사비르 쿠흐이스타니']}]
        """, KO);

    Gold.Event x = g.event("x");
    assertThat(x.optional()).isTrue();
    assertThat(x.date()).isNull();
    assertThat(x.location().acceptsAdmin1(null)).isTrue();
    assertThat(x.location().admin1Any()).containsExactly("AF-PAN", null);
    assertThat(x.casualties().get(0).optional()).isTrue();
    assertThat(x.casualties().get(0).source()).isEqualTo("NRF");
    assertThat(x.attribution().stance()).isEqualTo(Stance.CLAIMED);
    assertThat(x.attribution().claimedBy()).isEqualTo("NRF");
    assertThat(x.attribution().disputedBy()).containsExactly("Taliban");
    assertThat(x.actorAlternatives()).containsExactly("Unidentified armed group");
    assertThat(g.relations().get(0).type()).isEqualTo(RelationType.SUPPORT);
    assertThat(g.relations().get(0).optional()).isTrue();
    assertThat(g.control().get(0).status()).isEqualTo(ControlStatus.HOLDS);
    assertThat(g.control().get(0).counterpart()).isEqualTo("Taliban");
    assertThat(g.persons().get(0).role()).isEqualTo("spokesman");
    assertThat(g.problems()).isEmpty();
  }

  @Test
  void places_a_quote_found_once_at_its_offsets() {
    Gold g = gold("'events':[" + BATTLE + "]", KO);

    Gold.Quote q = g.event("dara-battle").evidence().get(0);
    assertThat(q.span()).isNotNull();
    assertThat(KO.substring(q.span().start(), q.span().end())).isEqualTo(q.text());
  }

  @Test
  void places_a_repeated_quote_nearest_the_items_other_quote() {
    String text = "탈레반이 공격했다. 저항군은 버텼다. 한편 안다라브에서 탈레반이 공격했다. 주민들이 봉기했다.";
    Gold g = gold("""
        'events':[{'id':'a','date':null,'type':'Battles','subtype':'Armed clash','actors':[{'name':'Taliban','side':1}],
                   'location':{'name':'Andarab','admin1':'AF-BGL'},'casualties':[],'attribution':{'stance':'reported'},
                   'evidence_text':['탈레반이 공격했다','주민들이 봉기했다']}]
        """, text);

    Gold.Quote repeated = g.event("a").evidence().get(0);
    assertThat(repeated.occurrences()).hasSize(2);
    assertThat(repeated.span().start()).isEqualTo(text.lastIndexOf("탈레반이 공격했다"));
  }

  @Test
  void takes_the_first_occurrence_when_nothing_else_anchors_a_repeated_quote() {
    String text = "교전이 있었다. 그리고 또 교전이 있었다.";
    Gold g = gold("""
        'relations':[{'type':'hostility','from':'Taliban','to':'Iran','date':null,'attribution':{'stance':'reported'},
                      'evidence_text':['교전이 있었다']}]
        """, text);

    assertThat(g.relations().get(0).evidence().get(0).span().start()).isZero();
  }

  @Test
  void reads_evidence_given_as_spans_like_a_reading_and_checks_their_text() {
    String text = "교전이 있었다. 저항군은 버텼다.";
    Gold g = gold("""
        'relations':[{'type':'hostility','from':'Taliban','to':'National Resistance Front','date':null,
                      'attribution':{'stance':'reported'},'evidence':[{'start':0,'end':7,'text':'교전이 있었다'}]},
                     {'type':'hostility','from':'Taliban','to':'Iran','date':null,
                      'attribution':{'stance':'reported'},'evidence':[{'start':1,'end':7,'text':'교전이 있었다'}]}]
        """, text);

    Gold.Quote placed = g.relations().get(0).evidence().get(0);
    assertThat(placed.span().start()).isZero();
    assertThat(placed.span().end()).isEqualTo(7);
    assertThat(g.relations().get(1).evidence().get(0).span()).isNull();
    assertThat(g.problems()).singleElement().asString().contains("evidence span 1..7");
  }

  @Test
  void lists_a_quote_that_is_not_in_the_text_as_a_problem() {
    Gold g = gold("'events':[" + BATTLE.replace("공격했으나", "습격했으나") + "]", KO);

    assertThat(g.event("dara-battle").evidence().get(0).span()).isNull();
    assertThat(g.problems()).singleElement().asString().contains("quote not found");
  }

  @Test
  void ignores_a_must_not_rule_with_an_unknown_filter_or_kind_and_says_so() {
    Gold g = gold("""
        'events':[],'must_not':[{'what':'event','colour':'red','why':'x'},{'what':'weather','why':'y'},
                                {'what':'casualty','low':200,'why':'crowd'},{'what':'casualty','event':'nope','why':'z'}]
        """, KO);

    assertThat(g.mustNot()).singleElement().satisfies(r -> {
      assertThat(r.what()).isEqualTo("casualty");
      assertThat(r.number("low")).isEqualTo(200);
      assertThat(r.describe()).isEqualTo("casualty low=200");
    });
    assertThat(g.problems()).hasSize(3);
  }

  @Test
  void rejects_a_subtype_acled_does_not_have() {
    assertThatThrownBy(() -> gold("'events':[" + BATTLE.replace("Armed clash", "Skirmish") + "]", KO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reads_the_text_beside_the_gold_file_without_its_byte_order_mark(@TempDir Path dir) throws IOException {
    String json = ("{'document':{'id':'doc','language':'ko','published':'2022-05-16'},'events':[" + BATTLE + "]}")
        .replace('\'', '"');
    Files.writeString(dir.resolve("doc.gold.json"), json, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("doc.txt"), "\uFEFF" + KO, StandardCharsets.UTF_8);

    Gold g = GoldReader.read(dir.resolve("doc.gold.json"));

    assertThat(GoldReader.readText(dir.resolve("doc.txt"))).isEqualTo(KO);
    assertThat(g.event("dara-battle").evidence().get(0).span().start()).isZero();
    assertThat(g.problems()).isEmpty();
  }
}
