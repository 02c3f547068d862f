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
import org.sitrep.model.Report;
import org.sitrep.model.SubType;

/**
 * Phenomena that recur across wire, newspaper and NGO reports (how a killing, an arrest, a
 * gathering, a capture or a date is told), each on sentences written for it, with one where the
 * rule must not fire.
 */
class EnglishWireStyleTest {

  @Test
  void gunmen_who_shot_and_killed_someone_make_an_attack_on_civilians() {
    Report r = read("On 19 May 2022, unidentified gunmen shot and killed a tribal elder in Kunduz city.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.ATTACK);
      assertThat(e.location().admin1()).isEqualTo("AF-KDZ");
    });
  }

  @Test
  void fighting_reported_in_a_place_is_told_by_the_writer_not_by_the_fighting() {
    Report passive = read("On 6 May 2022, fighting between the Taliban and the NRF was reported in the Andarab valley.");
    assertThat(passive.events()).singleElement().satisfies(e -> assertThat(e.attribution().source()).isNull());
    Report bare = read("6 May 2022: Heavy fighting reported near Khenj between the Taliban and the NRF.");
    assertThat(bare.events()).isNotEmpty().allSatisfy(e -> assertThat(e.attribution().source()).isNull());
    Report said = read("On 6 May 2022, the NRF reported that its fighters clashed with the Taliban in Khenj.");
    assertThat(said.events()).singleElement().satisfies(e -> assertThat(e.attribution().source()).isEqualTo("National Resistance Front"));
  }

  @Test
  void the_state_s_intelligence_detaining_men_is_an_arrest_with_captured_men() {
    Report r = read("On 13 May 2022, Taliban intelligence officials detained four men in Mehtarlam on suspicion of links to ISKP.");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.subtype()).isEqualTo(SubType.ARRESTS));
  }

  @Test
  void fighters_detaining_men_in_a_sweep_take_them_away() {
    Report r = read("On 13 May 2022, Taliban fighters detained twelve men in Rokha.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.ABDUCTION);
      assertThat(e.casualties()).extracting(Casualty::kind).containsExactly(CasualtyKind.MISSING);
    });
  }

  @Test
  void people_gathering_protest_only_when_the_sentence_says_what_for() {
    assertThat(read("On 3 May 2022, families gathered at the gates of the hospital in Kabul.").events()).isEmpty();
    assertThat(read("On 3 May 2022, dozens of women gathered in Kabul to demand the right to work.").events())
        .extracting(Event::subtype).containsExactly(SubType.PEACEFUL_PROTEST);
  }

  @Test
  void guards_firing_on_a_crowd_of_migrants_attack_civilians_not_protesters() {
    Report r = read("On 7 May 2022, Pakistani border guards opened fire on a crowd of deportees at Torkham, wounding three.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.ATTACK);
      assertThat(e.actors()).extracting(a -> a.name()).containsExactly("Pakistan", "Civilians");
      assertThat(e.casualties()).extracting(Casualty::actor, Casualty::kind, Casualty::low)
          .containsExactly(tuple("Civilians", CasualtyKind.WOUNDED, 3));
    });
  }

  @Test
  void an_act_told_later_without_a_day_takes_the_day_of_the_story() {
    Report r = read("KANDAHAR (AP) - Pakistani forces shelled a border post near Spin Boldak on Sunday, 22 May 2022, police said.\n\n"
        + "Officials said mortar rounds also struck homes in Dand district of Kandahar province, killing one civilian.");
    assertThat(r.events()).extracting(e -> e.date() == null ? null : e.date().start().toString()).containsOnly("2022-05-22");
  }

  @Test
  void a_weekday_in_lower_case_is_a_day() {
    Report r = read("heard the Taliban raided a house in Alingar district on monday");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.date().start()).hasToString("2022-05-30"));
  }

  @Test
  void a_sum_over_a_period_is_no_event_s_figure() {
    Report r = read("On 12 May 2022, gunmen shot dead a former soldier in Alingar district. The UN says more than 160 former soldiers were killed since August 2021.");
    assertThat(r.events()).allSatisfy(e -> assertThat(e.casualties()).noneMatch(c -> c.low() > 100));
    Report once = read("On 12 May 2022, gunmen shot dead two former soldiers in Alingar district.");
    assertThat(once.events()).singleElement().satisfies(e -> assertThat(e.casualties()).extracting(Casualty::low).containsExactly(2));
  }

  @Test
  void a_place_captured_or_held_in_the_passive_is_a_control_claim() {
    Report r = read("Bazarak was captured by the Taliban on 6 May 2022.\n\nRokha is held by the NRF, residents said on 7 May 2022.");
    assertThat(r.control()).extracting(ControlClaim::holder, ControlClaim::status, c -> c.place().name())
        .containsExactlyInAnyOrder(tuple("Taliban", ControlStatus.TOOK, "Bazarak"), tuple("National Resistance Front", ControlStatus.HOLDS, "Rokha"));
  }

  @Test
  void ground_in_someone_s_hands_or_controlled_now_is_held() {
    Report r = read("On 6 May 2022, the Taliban said Shutul district remains in Taliban hands.\n\nAnalysts said on 7 May 2022 that the NRF now controls Paryan.");
    assertThat(r.control()).extracting(ControlClaim::holder, c -> c.place().name())
        .containsExactlyInAnyOrder(tuple("Taliban", "Shotul"), tuple("National Resistance Front", "Paryan"));
  }

  @Test
  void posts_taken_in_a_province_are_a_claim_on_positions_there_but_districts_in_a_province_are_not_the_province() {
    Report r = read("On 6 May 2022, the NRF said it had captured three Taliban posts in Panjshir province.");
    assertThat(r.control()).extracting(c -> c.place().name(), ControlClaim::extent).containsExactly(tuple("Panjshir", Extent.POSITIONS));
    assertThat(read("On 6 May 2022, the Taliban retook three districts in Baghlan province.").control()).isEmpty();
  }

  @Test
  void ground_taken_in_a_relative_or_since_clause_is_background() {
    assertThat(read("Relations have soured since the Taliban took over Kabul in August 2021.").control()).isEmpty();
    assertThat(read("The NRF, which was driven out of Bazarak in September 2021, says it fights on.").control()).isEmpty();
    assertThat(read("On 6 May 2022, LWJ assessed that the Taliban control all districts of Sar-e Pul.").control())
        .extracting(ControlClaim::holder).containsExactly("Taliban");
  }

  @Test
  void forces_trading_fire_clash() {
    Report r = read("On 7 May 2022, Taliban and Pakistani forces traded fire near the Torkham crossing for an hour.");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.subtype()).isEqualTo(SubType.ARMED_CLASH));
  }

  @Test
  void breaking_up_a_crowd_that_was_no_protest_is_no_event() {
    assertThat(read("On 7 May 2022, Taliban fighters fired into the air to disperse crowds of relatives outside the hospital in Kunduz.").events())
        .isEmpty();
    assertThat(read("On 7 May 2022, Taliban fighters fired into the air to disperse protesters in Kunduz.").events())
        .extracting(Event::subtype).containsExactly(SubType.PROTEST_WITH_INTERVENTION);
  }

  @Test
  void a_condemned_act_is_never_a_new_event_and_a_capital_that_speaks_is_no_place() {
    Report r = read("On 7 May 2022, Pakistani forces shelled homes in Spin Boldak.\n\n"
        + "Pakistan's prime minister condemned what he called unprovoked shelling and said Kabul must act.");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.location().admin1()).isEqualTo("AF-KAN"));
  }

  @Test
  void an_act_dated_before_the_takeover_is_history_in_a_later_report() {
    Report r = read("In March 2017, gunmen stormed the military hospital in Kabul, killing dozens of people.");
    assertThat(r.events()).isEmpty();
  }

  @Test
  void a_date_right_after_an_admission_dates_the_admission_not_the_act() {
    Report r = read("The U.S. military acknowledged on Friday that a drone strike in Kabul last month killed 10 civilians.");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.date().start()).hasToString("2022-04-01"));
  }

  @Test
  void a_killing_told_in_the_passive_names_its_author_after_by() {
    Report r = read("On 4 May 2022, two civilians were killed by gunmen in Kunduz.\n\nOn 5 May 2022, five Taliban fighters were killed by NRF fighters in Dara.");
    assertThat(r.events()).extracting(Event::subtype, e -> e.actors().get(0).name())
        .containsExactly(tuple(SubType.ATTACK, "Unidentified armed group"), tuple(SubType.ARMED_CLASH, "National Resistance Front"));
  }

  @Test
  void an_act_in_an_after_clause_came_before_the_act_of_the_main_clause() {
    Report r = read("On 18 May 2022, two former army soldiers were killed by de facto security forces in Andarab, days after they had been detained.");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.subtype()).isEqualTo(SubType.ATTACK));
  }

  @Test
  void people_detained_with_no_one_named_are_held_by_the_authorities_or_by_a_protest_s_police() {
    Report r = read("On 18 May 2022, three men were detained in Herat city.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.ARRESTS);
      assertThat(e.actors().get(0).name()).isEqualTo("Taliban");
    });
    Report p = read("On 18 May 2022, women protested in Herat city against the decree. Several women were briefly detained.");
    assertThat(p.events()).singleElement().satisfies(e -> assertThat(e.type().toString()).contains("PROTEST"));
  }

  @Test
  void clashes_erupting_between_two_sides_name_both() {
    Report r = read("Clashes erupted between Taliban forces and NRF fighters in Dara district on 5 May 2022.");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.actors()).extracting(a -> a.name())
        .containsExactly("Taliban", "National Resistance Front"));
    assertThat(read("Clashes erupted in Dara district on 5 May 2022.").events()).isEmpty();
  }

  @Test
  void gunmen_attacking_a_checkpoint_attack_the_authorities_and_khost_alone_is_the_province() {
    Report r = read("Gunmen attacked a checkpoint in Khost on 11 May 2022.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.actors()).extracting(a -> a.name()).containsExactly("Unidentified armed group", "Taliban");
      assertThat(e.location().admin1()).isEqualTo("AF-KHO");
    });
    assertThat(read("Gunmen attacked a wedding party in Khost on 11 May 2022.").events())
        .allSatisfy(e -> assertThat(e.actors()).extracting(a -> a.name()).doesNotContain("Taliban"));
  }

  @Test
  void an_act_that_did_not_take_place_or_came_from_social_media_reports_is_no_event() {
    assertThat(read("A protest planned in Nili for 20 May 2022 did not take place.").events()).isEmpty();
    assertThat(read("Social media reports that a militia had seized a checkpoint in Malistan on 10 May 2022 were denied by elders.").control())
        .isEmpty();
    assertThat(read("Women protested in Nili on 20 May 2022.").events()).hasSize(1);
  }

  @Test
  void a_defused_device_is_disrupted_weapons_use_not_an_explosion() {
    Report r = read("On 12 May 2022, an IED was found by Taliban personnel on the highway in Pul-e Alam and defused.");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.subtype()).isEqualTo(SubType.DISRUPTED_WEAPONS_USE));
    assertThat(read("On 12 May 2022, an IED exploded on the highway in Pul-e Alam.").events()).extracting(Event::subtype)
        .containsExactly(SubType.REMOTE_EXPLOSIVE);
  }

  @Test
  void people_detained_since_some_time_are_a_state_not_an_act() {
    assertThat(read("Several of them have been detained since, relatives in Kabul said on 3 May 2022.").events()).isEmpty();
  }

  @Test
  void rockets_at_mes_aynak_are_placed_in_logar() {
    Report r = read("On 17 May 2022, someone fired two rockets at the Chinese camp at Mes Aynak.");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.location().name()).isEqualTo("Mes Aynak"));
  }

  @Test
  void one_person_told_with_an_article_is_a_count_of_one() {
    Report r = read("On 8 May 2022 a magnetic bomb exploded in Charikar, wounding a passer-by.\n\n"
        + "On 9 May 2022, a Taliban fighter was seriously wounded in a clash with NRF fighters in Dara.");
    assertThat(r.events()).flatExtracting(Event::casualties).extracting(Casualty::actor, Casualty::kind, Casualty::low)
        .containsExactly(tuple("Civilians", CasualtyKind.WOUNDED, 1), tuple("Taliban", CasualtyKind.WOUNDED, 1));
    assertThat(read("On 8 May 2022 a magnetic bomb exploded in Charikar; a car was damaged.").events())
        .allSatisfy(e -> assertThat(e.casualties()).isEmpty());
  }

  @Test
  void where_victims_were_travelling_to_is_not_where_they_were_attacked() {
    Report r = read("On 26 April 2022, gunmen stopped a minibus near Jaghori and shot dead four men travelling to Kabul.");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.location().admin1()).isEqualTo("AF-GHA"));
  }

  @Test
  void a_raid_on_a_house_that_met_no_armed_side_is_violence_against_those_at_home() {
    Report r = read("On 18 October 2022, Taliban intelligence officers raided a house in Alingar district.");
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.subtype()).isEqualTo(SubType.ATTACK));
    Report fight = read("On 18 October 2022, Taliban special forces raided a house used by ISKP in Khair Khana.");
    assertThat(fight.events()).extracting(Event::subtype).doesNotContain(SubType.ATTACK);
  }

  @Test
  void an_armed_party_that_killed_someone_at_a_place_and_day_makes_an_event_but_a_claimed_figure_does_not() {
    Report r = read("Pakistani troops killed three Afghan guards in Kurram on 2 May 2022.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo(SubType.ARMED_CLASH);
      assertThat(e.casualties()).extracting(Casualty::actor, Casualty::low).containsExactly(tuple("Taliban", 3));
    });
    assertThat(read("The NRF said it killed 12 Taliban fighters.").events()).isEmpty();
  }

  @Test
  void a_place_or_day_in_a_relative_clause_about_the_victim_is_not_the_act_s() {
    Report r = read("Taliban forces killed Mawlawi Mahdi, a former commander who rebelled in Balkhab, near the Iranian border in Herat province on 17 August 2022.");
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.location().admin1()).isEqualTo("AF-HER");
      assertThat(e.date().start()).hasToString("2022-08-17");
    });
  }

  @Test
  void strikes_on_two_provinces_are_one_event_in_each() {
    Report r = read("Pakistani aircraft carried out air strikes in Khost and Paktika provinces on 18 May 2022.");
    assertThat(r.events()).extracting(e -> e.location().admin1()).containsExactlyInAnyOrder("AF-KHO", "AF-PKA");
  }

  @Test
  void counts_joined_by_and_after_the_verb_share_it() {
    Report r = read("On 5 May 2022 a suicide bomber blew himself up near an embassy in Kabul, killing two Russian diplomats and four Afghans.");
    assertThat(r.events().get(0).casualties()).extracting(Casualty::low).containsExactlyInAnyOrder(2, 4);
  }
}
