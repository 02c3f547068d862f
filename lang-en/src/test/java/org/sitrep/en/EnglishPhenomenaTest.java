package org.sitrep.en;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.sitrep.en.EnglishReadingTest.read;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Casualty;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Extent;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.model.SubType;

/**
 * The phenomena of English reporting read by the later {@code en.*} rules (places per clause,
 * retellings, tolls, blocked statements, control and relation verbs), each on sentences written
 * for it, with a sentence where the rule must not fire.
 */
class EnglishPhenomenaTest {

  private static Event only(Report r, SubType subtype) {
    return r.events().stream().filter(e -> e.subtype() == subtype).findFirst().orElseThrow();
  }

  @Test
  void a_sentence_telling_two_acts_gives_two_events_each_with_its_own_day() {
    Report r = read("On 28 May 2022, mortar rounds hit the airport in Kabul, a day after a Pakistani drone strike in Khost province.");
    assertThat(r.events()).extracting(Event::subtype).containsExactlyInAnyOrder(SubType.SHELLING_ARTILLERY_MISSILE, SubType.AIR_DRONE_STRIKE);
    Event strike = only(r, SubType.AIR_DRONE_STRIKE);
    assertThat(strike.location().admin1()).isEqualTo("AF-KHO");
    assertThat(strike.date().start()).hasToString("2022-05-27");
    assertThat(only(r, SubType.SHELLING_ARTILLERY_MISSILE).location().admin1()).isEqualTo("AF-KAB");
  }

  @Test
  void fighting_and_the_weapon_it_used_stay_one_event() {
    Report r = read("On 3 May 2022, Taliban fighters attacked NRF positions in Rokha with mortars.");
    assertThat(r.events()).hasSize(1);
  }

  @Test
  void a_definite_retelling_adds_evidence_and_figures_to_the_event_told_and_no_new_event() {
    Report r = read("On 12 May 2022, a bomb exploded at a market in Kunduz city.\nThe blast killed four people, police said.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.evidence()).hasSize(2);
      assertThat(e.casualties()).extracting(Casualty::actor, Casualty::low).containsExactly(tuple("Civilians", 4));
    });
  }

  @Test
  void figures_of_a_sentence_about_another_place_do_not_go_to_the_last_event() {
    Report r = read("On 12 May 2022, a bomb exploded at a market in Kunduz city.\n\nIn Herat, seven people died of cholera, officials said.");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.casualties()).isEmpty());
  }

  @Test
  void the_latest_death_toll_replaces_the_first_figure() {
    Report r = read("On 12 May 2022, a bomb exploded at a mosque in Kunduz city, killing 12 worshippers.\n"
        + "The death toll later rose to 19, a hospital official said.");
    assertThat(r.events().get(0).casualties()).extracting(Casualty::kind, Casualty::low, Casualty::high)
        .containsExactly(tuple(CasualtyKind.KILLED, 19, 19));
    assertThat(r.events().get(0).rules()).contains("en.casualty.toll");
  }

  @Test
  void a_toll_that_does_not_rise_to_a_count_is_no_toll() {
    Report r = read("On 12 May 2022, a bomb exploded at a mosque in Kunduz city, killing 12 worshippers. The toll was not confirmed.");
    assertThat(r.events().get(0).casualties()).extracting(Casualty::low).containsExactly(12);
  }

  @Test
  void a_subset_of_the_dead_is_no_figure_of_its_own() {
    Report r = read("On 12 May 2022, an air strike hit a house in Khost province, killing nine people, five of them children.");
    assertThat(r.events().get(0).casualties()).extracting(Casualty::low).containsExactly(9);
  }

  @Test
  void counts_of_two_sides_joined_by_and_share_the_verb() {
    Report r = read("On 6 June 2022, Taliban forces clashed with the NRF in Khenj district. Seven Taliban fighters and three NRF members were killed.");
    assertThat(r.events().get(0).casualties()).extracting(Casualty::actor, Casualty::low)
        .containsExactlyInAnyOrder(tuple("Taliban", 7), tuple("National Resistance Front", 3));
  }

  @Test
  void a_party_s_own_losses_are_its_own_whatever_the_counter() {
    Report r = read("On 6 June 2022, NRF fighters ambushed a Taliban convoy in Khenj district. The Taliban said they lost four men.");
    assertThat(r.events().get(0).casualties()).extracting(Casualty::actor, Casualty::low).containsExactly(tuple("Taliban", 4));
  }

  @Test
  void rumours_and_denials_make_no_facts() {
    Report r = read("Unconfirmed reports said the Taliban had withdrawn from Khenj district on 2 June 2022.\n"
        + "Police denied that Taliban fighters had shot dead two protesters in Herat on 3 June 2022.");
    assertThat(r.events()).isEmpty();
    assertThat(r.control()).isEmpty();
  }

  @Test
  void a_place_that_falls_to_a_group_is_taken_by_it() {
    Report r = read("On 7 June 2022, Andarab fell to resistance fighters.");
    assertThat(r.control()).singleElement().satisfies(c -> {
      assertThat(c.holder()).isEqualTo("National Resistance Front");
      assertThat(c.status()).isEqualTo(ControlStatus.TOOK);
      assertThat(c.place().admin1()).isEqualTo("AF-BGL");
    });
  }

  @Test
  void a_place_under_a_group_s_control_is_held_and_most_of_a_province_is_mostly() {
    Report r = read("Rokha remains firmly under the control of the Islamic Emirate. The Taliban control most of Panjshir province.");
    assertThat(r.control()).extracting(ControlClaim::holder, ControlClaim::status, ControlClaim::extent).containsExactly(
        tuple("Taliban", ControlStatus.HOLDS, Extent.WHOLE), tuple("Taliban", ControlStatus.MOSTLY, Extent.PART));
  }

  @Test
  void a_hyphenated_holder_holds_the_place_after_it_and_posts_are_positions() {
    Report r = read("On 9 June 2022, NRF fighters fired rockets at the Taliban-held Bagram airfield.\n"
        + "On 10 June 2022, Taliban forces overran NRF posts in Paryan district.");
    assertThat(r.control()).extracting(ControlClaim::holder, ControlClaim::extent)
        .contains(tuple("Taliban", Extent.POSITIONS));
    assertThat(r.control()).noneMatch(c -> c.holder().equals("National Resistance Front") && c.status() == ControlStatus.HOLDS);
  }

  @Test
  void a_besieged_district_is_contested_and_a_failed_capture_is_not_taken() {
    Report r = read("On 9 June 2022, Taliban forces besieged Shutul district. NRF fighters failed to capture Dara district.");
    assertThat(r.control()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ControlStatus.CONTESTED));
  }

  @Test
  void support_verbs_give_support_with_its_means_for_each_name_of_the_subject() {
    Report r = read("Iran and Russia have backed the Taliban with fuel and wheat shipments.");
    assertThat(r.relations()).extracting(Relation::type, Relation::from, Relation::to, Relation::means).containsExactlyInAnyOrder(
        tuple(RelationType.SUPPORT, "Iran", "Taliban", "fuel and wheat shipments"),
        tuple(RelationType.SUPPORT, "Russia", "Taliban", "fuel and wheat shipments"));
  }

  @Test
  void an_accusation_of_sheltering_is_support_not_hostility_and_a_denied_support_is_none() {
    Report r = read("Pakistan accused the Taliban of sheltering TTP militants. Tajikistan has denied arming the resistance.");
    assertThat(r.relations()).extracting(Relation::type, Relation::from, Relation::to, Relation::means)
        .containsExactly(tuple(RelationType.SUPPORT, "Taliban", "Tehrik-i-Taliban Pakistan", "safe haven"));
  }

  @Test
  void pressure_and_sour_relations_are_hostility() {
    Report r = read("The United States pressured the Taliban to reopen girls' schools.");
    assertThat(r.relations()).extracting(Relation::type, Relation::from, Relation::to)
        .containsExactly(tuple(RelationType.HOSTILITY, "United States", "Taliban"));
  }

  @Test
  void public_floggings_are_violence_by_the_authorities() {
    Report r = read("On 23 November 2022, 12 people were flogged in front of a crowd in Pul-e Alam.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.ATTACK);
      assertThat(e.actors().get(0).name()).isEqualTo("Taliban");
    });
  }

  @Test
  void an_attempted_attack_is_fighting_but_an_attempted_capture_takes_nothing() {
    Report r = read("On 12 May 2022, NRF fighters tried to storm the district centre in Farkhar but were repelled.\n\n"
        + "On 13 May 2022, the Taliban tried to capture Khawak.");
    assertThat(r.events()).extracting(Event::subtype).containsExactly(SubType.ARMED_CLASH);
    assertThat(r.control()).isEmpty();
  }

  @Test
  void the_state_detaining_suspects_is_an_arrest_and_taking_men_away_is_not() {
    Report r = read("On 3 November 2022, intelligence officials detained five suspects in Kabul.\n\n"
        + "On 4 November 2022, Taliban forces detained twelve men in Rokha.");
    assertThat(r.events()).extracting(Event::subtype).containsExactly(SubType.ARRESTS, SubType.ABDUCTION);
  }

  @Test
  void attackers_shot_dead_end_an_attack_but_gunmen_shooting_people_dead_are_a_killing() {
    Report r = read("On 12 December 2022, gunmen stormed a hotel in Kabul; all three attackers were shot dead.\n\n"
        + "On 14 December 2022, gunmen shot dead two teachers in Herat.");
    assertThat(r.events()).extracting(Event::subtype).containsExactly(SubType.ARMED_CLASH, SubType.ATTACK);
  }

  @Test
  void places_listed_with_their_provinces_in_brackets_give_one_event_each() {
    Report r = read("On 1 December 2022, the NRF claimed clashes with Taliban forces in Farkhar (Takhar) and Jurm (Badakhshan).");
    assertThat(r.events()).extracting(e -> e.location().admin1()).containsExactlyInAnyOrder("AF-TAK", "AF-BDS");
  }

  @Test
  void a_claim_of_responsibility_that_no_one_made_names_no_attacker() {
    Report r = read("On 12 May 2022, a bomb exploded at a market in Kunduz city. No group has claimed responsibility.");
    assertThat(r.events().get(0).actors().get(0).name()).isEqualTo(EnglishReader.UNIDENTIFIED);
  }

  @Test
  void shots_at_unarmed_people_are_violence_against_civilians_and_others_are_of_the_same_side() {
    Report r = read("On 30 July 2022, Iranian guards opened fire on a group of Afghan migrants near Islam Qala, killing two and wounding three. "
        + "Five others were missing.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.ATTACK);
      assertThat(e.casualties()).extracting(Casualty::actor).containsOnly("Civilians");
    });
  }

  @Test
  void a_named_agreement_is_no_new_agreement_but_one_signed_is() {
    assertThat(read("On 2 August 2022, the Taliban said the strike in Kabul violated the Doha agreement.").events())
        .noneMatch(e -> e.subtype() == SubType.AGREEMENT);
    assertThat(read("On 2 August 2022, Taliban and Pakistani officials signed an agreement in Torkham.").events())
        .anyMatch(e -> e.subtype() == SubType.AGREEMENT);
  }

  @Test
  void an_appeal_to_release_detainees_is_no_detention() {
    assertThat(read("On 15 December 2022, UNAMA called on the de facto authorities to release all those detained in Kabul.").events()).isEmpty();
  }

  @Test
  void condemning_an_act_is_hostility_to_its_author_and_a_capital_speaking_is_no_place() {
    Report r = read("On 31 July 2022, a U.S. drone strike hit a house in Kabul.\n"
        + "Taliban spokesman Zabihullah Mujahid condemned the strike and said Washington must respect Afghan soil.");
    assertThat(r.relations()).extracting(Relation::type, Relation::from, Relation::to)
        .contains(tuple(RelationType.HOSTILITY, "Taliban", "United States"));
    assertThat(r.events()).hasSize(1);
  }

  @Test
  void a_sum_over_a_week_is_no_one_event_s_figure() {
    Report r = read("On 1 December 2022, NRF fighters attacked a Taliban post in Khenj district. The group says it killed 17 Taliban fighters in total.");
    assertThat(r.events().get(0).casualties()).isEmpty();
  }

  @Test
  void an_accusation_of_letting_a_group_operate_is_support_for_it() {
    Report r = read("Taliban officials have accused Tajikistan of letting NRF leaders operate from Dushanbe.");
    assertThat(r.relations()).extracting(Relation::type, Relation::from, Relation::to)
        .containsExactly(tuple(RelationType.SUPPORT, "Tajikistan", "National Resistance Front"));
  }

  @Test
  void the_previous_day_is_the_day_before_the_story_s_day() {
    Report r = read("On 31 July 2022, Taliban and Iranian guards clashed near Islam Qala.\n\n"
        + "The previous day, Iranian guards opened fire on a group of migrants near Islam Qala, killing two.");
    assertThat(r.events()).extracting(e -> e.date().start().toString()).contains("2022-07-30");
  }

  @Test
  void a_place_abandoned_without_a_fight_is_lost_not_taken() {
    Report r = read("On 5 June 2022, NRF fighters abandoned Rokha without a fight.");
    assertThat(r.control()).extracting(ControlClaim::holder, ControlClaim::status)
        .containsExactly(tuple("National Resistance Front", ControlStatus.LOST));
    assertThat(r.events()).noneMatch(e -> e.subtype() == SubType.NON_VIOLENT_TRANSFER);
  }
}
