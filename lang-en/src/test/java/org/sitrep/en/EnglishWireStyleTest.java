package org.sitrep.en;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.sitrep.en.EnglishReadingTest.read;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Casualty;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.Event;
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
}
