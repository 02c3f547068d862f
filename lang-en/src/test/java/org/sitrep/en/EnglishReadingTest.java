package org.sitrep.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.pipeline.Document;
import org.sitrep.core.pipeline.Explained;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Casualty;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Fate;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.model.ReportChecks;
import org.sitrep.model.Role;
import org.sitrep.model.Stance;
import org.sitrep.model.SubType;

/** English fact reading on sentences written for each rule; every report is checked well formed. */
class EnglishReadingTest {
  static final EnglishLanguage EN = new EnglishLanguage();

  static Report read(String text) {
    return explain(text).report();
  }

  static Explained explain(String text) {
    Explained e = EN.explain(new Document(DocumentInfo.of("test", "en", LocalDate.of(2022, 5, 31)), text));
    ReportChecks.assertWellFormed(e.report(), text);
    return e;
  }

  private static List<String> actors(Event e) {
    return e.actors().stream().map(a -> a.side() + ":" + a.name()).toList();
  }

  @Test
  void an_active_capture_is_a_territorial_event_and_a_control_claim() {
    Report r = read("On 12 May 2022, Taliban forces seized Paryan district from the NRF.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.GOVERNMENT_REGAINS_TERRITORY);
      assertThat(actors(e)).containsExactly("1:Taliban", "2:National Resistance Front");
      assertThat(e.location().admin1()).isEqualTo("AF-PAN");
      assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 5, 12));
      assertThat(e.rules()).contains("en.event.take");
    });
    assertThat(r.control()).singleElement().satisfies(c -> {
      assertThat(c.holder()).isEqualTo("Taliban");
      assertThat(c.status()).isEqualTo(ControlStatus.TOOK);
      assertThat(c.rules()).contains("en.control.took");
    });
  }

  @Test
  void a_capture_by_a_non_state_group_overtakes_territory() {
    Report r = read("On 10 May 2022, NRF fighters captured three Taliban posts in Khost wa Firing district.");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.subtype()).isEqualTo(SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
  }

  @Test
  void a_failed_capture_is_neither_an_event_of_success_nor_control() {
    Report r = read("On 3 May 2022, Taliban fighters failed to capture Rokha district.");
    assertThat(r.control()).isEmpty();
    assertThat(r.events()).noneMatch(e -> e.subtype() == SubType.GOVERNMENT_REGAINS_TERRITORY);
  }

  @Test
  void no_agreement_reached_is_no_agreement() {
    Report r = read("A Taliban official said talks with Panjshir elders in Bazarak went on but that no agreement had been reached.");
    assertThat(r.events()).noneMatch(e -> e.subtype() == SubType.AGREEMENT);
  }

  @Test
  void clashed_with_gives_both_sides_and_passive_killed_counts_go_to_the_named_side() {
    Report r = read("On 8 May 2022, Taliban forces clashed with NRF fighters in Andarab district. Taliban sources said 12 NRF fighters were killed.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.ARMED_CLASH);
      assertThat(actors(e)).containsExactly("1:Taliban", "2:National Resistance Front");
      assertThat(e.casualties()).extracting(Casualty::actor, Casualty::kind, Casualty::low, Casualty::high)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("National Resistance Front", CasualtyKind.KILLED, 12, 12));
    });
  }

  @Test
  void killing_and_wounding_after_an_explosion_count_civilians_apart() {
    Report r = read("On 20 May 2022, a roadside bomb hit a bus in Jalalabad, killing three passengers and wounding five.");
    Event e = r.events().get(0);
    assertThat(e.subtype()).isEqualTo(SubType.REMOTE_EXPLOSIVE);
    assertThat(e.casualties()).extracting(Casualty::kind, Casualty::low).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(CasualtyKind.KILLED, 3), org.assertj.core.groups.Tuple.tuple(CasualtyKind.WOUNDED, 5));
  }

  @Test
  void a_suicide_bomber_is_claimed_by_the_group_that_claims_responsibility() {
    Report r = read("On 2 May 2022, a suicide bomber detonated his vest at a mosque in Kunduz city, killing at least 30 worshippers.\n"
        + "ISKP claimed responsibility for the attack.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.SUICIDE_BOMB);
      assertThat(e.actors().get(0).name()).isEqualTo("Islamic State Khorasan");
      assertThat(e.attribution().claimedBy()).isEqualTo("Islamic State Khorasan");
      assertThat(e.casualties()).extracting(Casualty::actor).containsExactly("Civilians");
    });
  }

  @Test
  void an_air_strike_is_an_air_strike() {
    Report r = read("On 16 April 2022, Pakistani aircraft carried out an air strike on villages in Spera district, killing 20 civilians.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.AIR_DRONE_STRIKE);
      assertThat(e.actors().get(0).name()).isEqualTo("Pakistan");
    });
  }

  @Test
  void protesters_dispersed_by_fighters_are_a_protest_with_intervention() {
    Report r = read("On 19 May 2022, dozens of women protested in Kabul. Taliban fighters dispersed the crowd with pepper spray.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.PROTEST_WITH_INTERVENTION);
      assertThat(actors(e)).containsExactly("1:Protesters", "2:Taliban");
    });
  }

  @Test
  void attribution_names_who_said_it() {
    Report r = read("On 8 May 2022, NRF fighters attacked a Taliban checkpoint in Paryan district, according to the NRF.");
    assertThat(r.events().get(0).attribution().stance()).isEqualTo(Stance.CLAIMED);
    assertThat(r.events().get(0).attribution().source()).isEqualTo("National Resistance Front");
  }

  @Test
  void the_same_event_told_twice_is_one_event() {
    Report r = read("On 8 May 2022, Taliban forces attacked NRF positions in Anaba district.\n\n"
        + "The NRF said Taliban forces attacked its positions in Anaba district on 8 May, killing two of its fighters.");
    assertThat(r.events()).hasSize(1);
    assertThat(r.events().get(0).evidence()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void a_withdrawal_loses_ground_and_entering_without_a_fight_is_a_non_violent_transfer() {
    Report r = read("On 7 May 2022, NRF forces withdrew from Rokha district. Taliban forces entered Rokha without fighting.");
    assertThat(r.control()).extracting(ControlClaim::holder, ControlClaim::status).contains(
        org.assertj.core.groups.Tuple.tuple("National Resistance Front", ControlStatus.LOST),
        org.assertj.core.groups.Tuple.tuple("Taliban", ControlStatus.TOOK));
    assertThat(r.events()).extracting(Event::subtype).contains(SubType.NON_VIOLENT_TRANSFER);
  }

  @Test
  void holding_most_of_a_place_is_mostly() {
    Report r = read("A resident said the Taliban now held most of Balkhab district.");
    assertThat(r.control()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ControlStatus.MOSTLY));
  }

  @Test
  void joining_a_group_is_an_alliance_and_a_change_to_group() {
    Report r = read("On 14 May 2022, former Afghan army commandos in Tishkan district announced that they had joined the NRF.");
    assertThat(r.relations()).singleElement().satisfies(rel -> {
      assertThat(rel.type()).isEqualTo(RelationType.ALLIANCE);
      assertThat(rel.to()).isEqualTo("National Resistance Front");
    });
  }

  @Test
  void relations_between_two_capitals_that_deteriorated_are_hostility() {
    Report r = read("Relations between Islamabad and Kabul have deteriorated in recent months.");
    assertThat(r.relations()).singleElement().satisfies(rel -> assertThat(rel.type()).isEqualTo(RelationType.HOSTILITY));
  }

  @Test
  void an_accusation_of_giving_safe_haven_is_support() {
    Report r = read("Pakistan has accused Kabul of giving TTP fighters safe haven.");
    assertThat(r.relations()).singleElement().satisfies(rel -> {
      assertThat(rel.type()).isEqualTo(RelationType.SUPPORT);
      assertThat(rel.from()).isEqualTo("Taliban");
      assertThat(rel.to()).isEqualTo("Tehrik-i-Taliban Pakistan");
    });
  }

  @Test
  void a_person_with_a_title_after_a_group_is_a_person_with_a_role_and_fate() {
    Report r = read("NRF commander Abdul Karim Sadiq was killed during fighting with Taliban forces in Anaba district.");
    assertThat(r.persons()).anySatisfy(p -> {
      assertThat(p.name()).isEqualTo("Abdul Karim Sadiq");
      assertThat(p.affiliation()).isEqualTo("National Resistance Front");
      assertThat(p.role()).isEqualTo(Role.COMMANDER);
      assertThat(p.fate().what()).isEqualTo(Fate.Kind.KILLED);
    });
  }

  @Test
  void a_known_spokesman_is_a_person_from_the_dictionary() {
    Report r = read("Taliban spokesman Zabihullah Mujahid said the district was calm.");
    assertThat(r.persons()).singleElement().satisfies(p -> {
      assertThat(p.role()).isEqualTo(Role.SPOKESMAN);
      assertThat(p.rules()).contains("en.person.dictionary");
    });
  }

  @Test
  void no_casualties_reported_gives_no_casualty_item() {
    Report r = read("On 21 May 2022, an IED exploded next to a Taliban vehicle in Rokha district. No casualties reported.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.casualties()).isEmpty();
      assertThat(actors(e)).containsExactly("1:Unidentified armed group", "2:Taliban");
    });
  }

  @Test
  void a_force_arriving_is_no_casualty_figure() {
    Report r = read("On 21 May 2022, Taliban forces attacked NRF positions in Shotul district. More than 1,000 Taliban fighters had arrived.");
    assertThat(r.events()).allSatisfy(e -> assertThat(e.casualties()).isEmpty());
  }

  @Test
  void a_headline_makes_no_event_and_an_expected_attack_is_none() {
    Report r = read("Taliban attack NRF in Panjshir\n\nOfficials warned that another attack in Panjshir was likely.");
    assertThat(r.events()).isEmpty();
  }

  @Test
  void actors_in_events_have_sides_one_and_two() {
    Report r = read("On 1 May 2022, Iranian border guards and Afghan border guards exchanged fire near Kang district.");
    assertThat(r.events()).singleElement().satisfies(e ->
        assertThat(e.actors()).extracting(ActorRef::name).containsExactlyInAnyOrder("Iran", "Taliban"));
  }
}
