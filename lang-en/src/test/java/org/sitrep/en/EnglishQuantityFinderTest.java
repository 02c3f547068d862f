package org.sitrep.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.quantity.Bound;
import org.sitrep.core.quantity.QuantityMention;

class EnglishQuantityFinderTest {
  private final EnglishQuantityFinder finder = new EnglishQuantityFinder();

  private List<QuantityMention> find(String text) {
    return finder.find(text, 0, text.length());
  }

  private QuantityMention only(String text) {
    List<QuantityMention> found = find(text);
    assertThat(found).as("mentions in %s", text).hasSize(1);
    QuantityMention m = found.get(0);
    assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.span().text());
    return m;
  }

  @ParameterizedTest(name = "{0} → \"{1}\" {2}..{3} {4}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", value = {
    // sentence | span | low | high | counter
    "Gunmen killed 13 policemen at a checkpoint. | 13 policemen | 13 | 13 | policeman",
    "The floods displaced 1,500 families in the north. | 1,500 families | 1500 | 1500 | family",
    "Twelve guards were captured near the pass. | Twelve guards | 12 | 12 | guard",
    "Thirteen soldiers died in the blast. | Thirteen soldiers | 13 | 13 | soldier",
    "Officials said twenty-five militants surrendered. | twenty-five militants | 25 | 25 | militant",
    "Some two hundred and fifty refugees crossed. | Some two hundred and fifty refugees | 225 | 275 | refugee",
    "Two dozen prisoners escaped overnight. | Two dozen prisoners | 24 | 24 | prisoner",
    "A dozen vehicles were burned. | A dozen vehicles | 12 | 12 | vehicle",
    "Dozens of villagers fled the district. | Dozens of villagers | 20 | 99 | villager",
    "Dozens were detained. | Dozens | 20 | 99 | -",
    "Hundreds of fighters gathered in the valley. | Hundreds of fighters | 200 | 999 | fighter",
    "Several hundred protesters marched in Herat. | Several hundred protesters | 200 | 999 | protester",
    "Thousands of families left the city. | Thousands of families | 2000 | 9999 | family",
    "Tens of thousands of people fled. | Tens of thousands of people | 20000 | 99999 | person",
    "The commander said scores of insurgents died. | scores of insurgents | 20 | 99 | insurgent",
    "He spoke of \"scores\" of dead. | \"scores\" of dead | 20 | 99 | dead",
    "A few elders met the governor. | A few elders | 2 | 9 | elder",
    "Several checkpoints fell on Monday. | Several checkpoints | 2 | 9 | checkpoint",
    "A handful of insurgents were captured. | A handful of insurgents | 3 | 9 | insurgent",
    "About 60 fighters attacked the post. | About 60 fighters | 54 | 66 | fighter",
    "Around 20 civilians were hurt. | Around 20 civilians | 18 | 22 | civilian",
    "Nearly 100 students were sent home. | Nearly 100 students | 90 | 110 | student",
    "Some 40 people were evacuated. | Some 40 people | 36 | 44 | person",
    "Approximately 30 guards deserted. | Approximately 30 guards | 27 | 33 | guard",
    "At least 25 worshippers were killed. | At least 25 worshippers | 25 | 50 | worshipper",
    "At least one woman was treated in hospital. | At least one woman | 1 | 2 | woman",
    "25 or more soldiers were wounded. | 25 or more soldiers | 25 | 50 | soldier",
    "More than 40 rebels surrendered. | More than 40 rebels | 41 | 80 | rebel",
    "Over 200 prisoners were freed. | Over 200 prisoners | 201 | 400 | prisoner",
    "More than a dozen guards were wounded. | More than a dozen guards | 13 | 24 | guard",
    "Police shot at the crowd, wounding more than a dozen. | more than a dozen | 13 | 24 | -",
    "Up to 40 fighters were killed. | Up to 40 fighters | 1 | 40 | fighter",
    "It killed \"up to ten\" fighters. | \"up to ten\" fighters | 1 | 10 | fighter",
    "As many as 30 civilians died. | As many as 30 civilians | 1 | 30 | civilian",
    "Fewer than 10 soldiers remained. | Fewer than 10 soldiers | 1 | 9 | soldier",
    "Under 50 people attended. | Under 50 people | 1 | 49 | person",
    "Between 20 and 30 militants were killed. | Between 20 and 30 militants | 20 | 30 | militant",
    "Residents said 20-30 fighters arrived. | 20-30 fighters | 20 | 30 | fighter",
    "Witnesses counted 20 to 30 villagers. | 20 to 30 villagers | 20 | 30 | villager",
    "Two or three commanders escaped. | Two or three commanders | 2 | 3 | commander",
    "Some 40-odd fighters held the ridge. | Some 40-odd fighters | 40 | 49 | fighter",
    "The strike killed two Iranian border guards. | two Iranian border guards | 2 | 2 | guard",
    "It killed two \"senior\" commanders. | two \"senior\" commanders | 2 | 2 | commander",
    "Fighters overran five Taliban checkpoints. | five Taliban checkpoints | 5 | 5 | checkpoint",
    "One civilian was wounded. | One civilian | 1 | 1 | civilian",
    "The blast wounded one other. | one other | 1 | 1 | other",
    "Three women's rights activists vanished. | Three women's rights activists | 3 | 3 | activist",
    "Aid reached 1.5 million people. | 1.5 million people | 1500000 | 1500000 | person",
    "Eighteen were wounded. | Eighteen | 18 | 18 | -",
    "Fatalities: 4 | 4 | 4 | 4 | -",
    "The raid left six dead. | six dead | 6 | 6 | dead",
    "Taliban say 1 fighter wounded. | 1 fighter | 1 | 1 | fighter",
    "About 50 wounded were taken to hospital. | About 50 wounded | 45 | 55 | wounded",
    "More than 40 had surrendered. | More than 40 | 41 | 80 | -",
    "The death toll rose to 25 on Friday. | 25 | 25 | 25 | -",
    "In Paryan district 12 fighters were killed. | 12 fighters | 12 | 12 | fighter",
    "The toll stood at 31, officials said. | 31 | 31 | 31 | -",
    "Police counted a total of 17 by Friday. | 17 | 17 | 17 | -",
    "A dozen or so fighters fled. | A dozen or so fighters | 10 | 14 | fighter",
    "Gunmen shot dead 3 Taliban in the bazaar. | 3 Taliban | 3 | 3 | taliban",
  })
  void reads_a_number_phrase_with_its_range_and_counter(String sentence, String span, long low, long high, String counter) {
    QuantityMention m = only(sentence);
    assertThat(m.span().text()).isEqualTo(span);
    assertThat(m.range().low()).isEqualTo(low);
    assertThat(m.range().high()).isEqualTo(high);
    assertThat(m.counter()).isEqualTo(counter);
    assertThat(m.rule()).startsWith("en.quantity.");
  }

  @ParameterizedTest(name = "no quantity in {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "The attack happened in 2021.",
    "On 17 August the city fell.",
    "It ended on Aug. 14 after talks.",
    "The protests of 17-20 August spread to Kabul.",
    "The blast came at 13:00 local time.",
    "The siege lasted 15 days.",
    "Traders complained of a nine-day closure.",
    "A 12-year-old boy was hurt.",
    "The victim was aged 12.",
    "Prices rose by 40 percent.",
    "Prices rose by 40 per cent.",
    "Prices rose by 40%.",
    "The fund gave $40 million.",
    "A C-17 took off before midnight.",
    "Fighters of the Badri 313 unit took the runway.",
    "He was the first to leave.",
    "It was one of the worst days of the war.",
    "No one was hurt.",
    "The valley held out in the 1980s.",
    "Talks in PD10 resumed.",
    "Iran cited the 1973 treaty.",
    "For twenty years the airfield was American.",
    "The fighting lasted several hours.",
    "The town lies a few kilometres from the border.",
    "Pakistan spent two decades sheltering them.",
    "KABUL, Sept 6 (Wire) - Fighting resumed.",
    "Issued: 3 November 2021, 10:00 local",
    "The meeting is on 2 Nov at 5 p.m.",
    "Attacks on Route 1 continued.",
    "Police in District 13 detained suspects.",
    "Under Resolution 2593 members asked for access.",
    "He scores well in every test.",
    "Two-thirds of the district is held by the militia.",
    "A 2,000-strong force moved north.",
    "Mi-17 helicopters landed at dawn.",
    "The rally was at 3 p.m. on the square.",
    "Men aged 18 to 40 were told to report.",
  })
  void finds_no_quantity_in_dates_times_ages_money_and_names(String sentence) {
    assertThat(find(sentence)).as(sentence).isEmpty();
  }

  @Test
  void reads_bare_numbers_after_a_verb_and_before_were() {
    List<QuantityMention> found = find("The bomb exploded, killing 13 and wounding 20; 7 were children.");
    assertThat(found).extracting(m -> m.span().text()).containsExactly("13", "20", "7");
    assertThat(found).allMatch(m -> m.bound() == Bound.EXACT);
    assertThat(find("Officials said 10 killed, 20 injured.")).extracting(m -> m.span().text()).containsExactly("10", "20 injured");
  }

  @Test
  void reads_dozens_more_as_a_vague_figure_of_its_own() {
    List<QuantityMention> found = find("At least 10 people died and dozens more were hurt.");
    assertThat(found).extracting(m -> m.span().text()).containsExactly("At least 10 people", "dozens");
    assertThat(found.get(1).range().low()).isEqualTo(20);
  }

  @Test
  void keeps_several_figures_of_one_sentence_apart_and_in_order() {
    String s = "At least 19 people were killed and about 50 wounded; hospital staff spoke of scores of dead.";
    List<QuantityMention> found = find(s);
    assertThat(found).extracting(m -> m.span().text()).containsExactly("At least 19 people", "about 50 wounded", "scores of dead");
    assertThat(found).extracting(QuantityMention::bound).containsExactly(Bound.AT_LEAST, Bound.APPROX, Bound.VAGUE);
    assertThat(found).extracting(QuantityMention::rule)
        .containsExactly("en.quantity.at-least", "en.quantity.approx", "en.quantity.vague");
  }

  @Test
  void reads_only_inside_the_given_part_with_offsets_into_the_whole_text() {
    String s = "Dozens died. Later 12 soldiers were captured. Then 40 more.";
    int from = s.indexOf("Later");
    int to = s.indexOf("Then");
    List<QuantityMention> found = finder.find(s, from, to);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).span().start()).isEqualTo(s.indexOf("12"));
    assertThat(found.get(0).span().text()).isEqualTo("12 soldiers");
  }

  @Test
  void a_counter_does_not_reach_over_a_line_break_or_a_verb() {
    assertThat(only("The strike killed two\nfighters in Kunar").span().text()).isEqualTo("two");
    QuantityMention m = only("Police said two were killed");
    assertThat(m.counter()).isNull();
    assertThat(only("Two fighters attacked civilians").span().text()).isEqualTo("Two fighters");
  }
}
