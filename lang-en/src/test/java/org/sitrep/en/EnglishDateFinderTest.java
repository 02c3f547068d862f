package org.sitrep.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.date.DateExpression;
import org.sitrep.core.date.DateMention;
import org.sitrep.core.date.DateResolver;
import org.sitrep.model.DateRange;
import org.sitrep.model.Precision;

class EnglishDateFinderTest {
  /** Thursday 16 September 2021. */
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 9, 16);
  private final EnglishDateFinder finder = new EnglishDateFinder();
  private final DateResolver resolver = new DateResolver();

  private List<DateMention> find(String text) {
    return finder.find(text, 0, text.length());
  }

  private DateMention only(String text) {
    List<DateMention> found = find(text);
    assertThat(found).as("dates in %s", text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} → \"{1}\" {2}..{3} {4}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    // sentence | span | start | end | precision   (published Thursday 2021-09-16)
    "Fighters attacked the post on Thursday. | on Thursday | 2021-09-16 | 2021-09-16 | DAY",
    "The raid began late on Friday, police said. | late on Friday | 2021-09-10 | 2021-09-10 | DAY",
    "On Monday night the valley was shelled. | On Monday night | 2021-09-13 | 2021-09-13 | DAY",
    "A car bomb exploded early on Tuesday. | early on Tuesday | 2021-09-14 | 2021-09-14 | DAY",
    "A drone struck on Sunday afternoon. | on Sunday afternoon | 2021-09-12 | 2021-09-12 | DAY",
    "The crossing closed on Wednesday last week. | on Wednesday last week | 2021-09-08 | 2021-09-08 | DAY",
    "Casualties of Tuesday's attack rose. | Tuesday's | 2021-09-14 | 2021-09-14 | DAY",
    "Mortars hit the base in the small hours of Saturday. | in the small hours of Saturday | 2021-09-11 | 2021-09-11 | DAY",
    "Yesterday the governor resigned. | Yesterday | 2021-09-15 | 2021-09-15 | DAY",
    "Yesterday (15 September) the pass reopened. | Yesterday (15 September) | 2021-09-15 | 2021-09-15 | DAY",
    "Militias seized the districts last week. | last week | 2021-09-06 | 2021-09-12 | WEEK",
    "Two activists joined a protest last weekend. | last weekend | 2021-09-11 | 2021-09-12 | WEEK",
    "This week they simply walked in. | This week | 2021-09-13 | 2021-09-16 | WEEK",
    "The talks began two days ago. | two days ago | 2021-09-14 | 2021-09-14 | DAY",
    "The governor fled two weeks ago. | two weeks ago | 2021-08-30 | 2021-09-05 | WEEK",
    "The city fell on Sept. 5 after a siege. | on Sept. 5 | 2021-09-05 | 2021-09-05 | DAY",
    "The city fell Sept 5 after a siege. | Sept 5 | 2021-09-05 | 2021-09-05 | DAY",
    "The city fell on 5 September 2021. | on 5 September 2021 | 2021-09-05 | 2021-09-05 | DAY",
    "The city fell on September 5, 2021, officials said. | on September 5, 2021 | 2021-09-05 | 2021-09-05 | DAY",
    "The last flight left on Aug. 31. | on Aug. 31 | 2021-08-31 | 2021-08-31 | DAY",
    "30 Oct: An IED exploded in the market. | 30 Oct | 2020-10-30 | 2020-10-30 | DAY",
    "The attack came on 5th September. | on 5th September | 2021-09-05 | 2021-09-05 | DAY",
    "The runway was taken in the early hours of 31 August. | in the early hours of 31 August | 2021-08-31 | 2021-08-31 | DAY",
    "On Saturday 11 September guards exchanged fire. | On Saturday 11 September | 2021-09-11 | 2021-09-11 | DAY",
    "The exchange of 2021-09-05 was brief. | 2021-09-05 | 2021-09-05 | 2021-09-05 | DAY",
    "The crossing was shut in February. | in February | 2021-02-01 | 2021-02-28 | MONTH",
    "The front announced itself in March 2020. | in March 2020 | 2020-03-01 | 2020-03-31 | MONTH",
    "Fighting flared in mid-August. | in mid-August | 2021-08-11 | 2021-08-20 | APPROX",
    "Fighting flared late August. | late August | 2021-08-21 | 2021-08-31 | APPROX",
    "Fighting flared at the end of August. | at the end of August | 2021-08-21 | 2021-08-31 | APPROX",
    "The district was lost last month. | last month | 2021-08-01 | 2021-08-31 | MONTH",
    "The district was lost early this month. | early this month | 2021-09-01 | 2021-09-10 | APPROX",
    "Earlier this month the president warned them. | Earlier this month | 2021-09-01 | 2021-09-15 | APPROX",
    "His men had held the centre since spring. | since spring | 2021-03-01 | 2021-09-16 | APPROX",
    "Arrests have risen since the winter. | since the winter | 2020-12-01 | 2021-09-16 | APPROX",
    "Fighters arrived in the town since Saturday. | since Saturday | 2021-09-11 | 2021-09-16 | APPROX",
    "More than 100,000 people left since Aug. 14. | since Aug. 14 | 2021-08-14 | 2021-09-16 | APPROX",
    "The militia rose last summer. | last summer | 2021-06-01 | 2021-08-31 | APPROX",
    "The militia rose this fall. | this fall | 2021-09-01 | 2021-09-16 | APPROX",
    "The militia rose last spring. | last spring | 2021-03-01 | 2021-05-31 | APPROX",
    "Protest events, 17-20 August 2021: notes | 17-20 August 2021 | 2021-08-17 | 2021-08-20 | APPROX",
    "Panjshir offensive, 31 August - 8 September 2021 | 31 August - 8 September 2021 | 2021-08-31 | 2021-09-08 | APPROX",
    "Clashes on Aug 14-16 left the road closed. | on Aug 14-16 | 2021-08-14 | 2021-08-16 | APPROX",
    "During the week, three bodies were found. | During the week | 2021-09-09 | 2021-09-15 | APPROX",
    "No incidents were reported in the past 24 hours. | in the past 24 hours | 2021-09-15 | 2021-09-16 | APPROX",
    "Rockets hit the city late Friday. | late Friday | 2021-09-10 | 2021-09-10 | DAY",
    "The strike came on Monday, Aug. 30, officials said. | on Monday, Aug. 30 | 2021-08-30 | 2021-08-30 | DAY",
    "The raid began on the 26th of August. | on the 26th of August | 2021-08-26 | 2021-08-26 | DAY",
    "The raid began on Aug 26th. | on Aug 26th | 2021-08-26 | 2021-08-26 | DAY",
    "The governor fled a week ago. | a week ago | 2021-09-06 | 2021-09-12 | WEEK",
    "The front was formed in August 2020. | in August 2020 | 2020-08-01 | 2020-08-31 | MONTH",
    "Shelling went on overnight Tuesday. | overnight Tuesday | 2021-09-14 | 2021-09-14 | DAY",
    "28/29 June 2021: house searches in Baghlan | 28/29 June 2021 | 2021-06-28 | 2021-06-29 | APPROX",
    "Over the past three weeks, 60 men were arrested. | Over the past three weeks | 2021-08-26 | 2021-09-16 | APPROX",
    "In the last 10 days the road was closed. | In the last 10 days | 2021-09-06 | 2021-09-16 | APPROX",
    "In recent days the road was closed. | In recent days | 2021-09-09 | 2021-09-16 | APPROX",
  })
  void reads_and_resolves_a_date_phrase(String sentence, String span, String start, String end, Precision precision) {
    DateMention m = only(sentence);
    assertThat(m.span().text()).isEqualTo(span);
    assertThat(sentence.substring(m.span().start(), m.span().end())).isEqualTo(span);
    DateRange r = resolver.resolve(m, PUBLISHED, null);
    assertThat(r).isNotNull();
    assertThat(r.start()).isEqualTo(LocalDate.parse(start));
    assertThat(r.end()).isEqualTo(LocalDate.parse(end));
    assertThat(r.precision()).isEqualTo(precision);
    assertThat(m.rule()).startsWith("en.date.");
  }

  @ParameterizedTest(name = "no date in {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "Talks will resume next week.",
    "The envoy arrives tomorrow.",
    "Further clashes are likely in the coming days.",
    "Missions are suspended until further notice.",
    "The valley held out in the 1980s.",
    "Elections were held in 2019.",
    "May God protect them.",
    "They may march on Kabul.",
    "The posts were held for two days.",
    "The crossing reopened nine days after it was shut.",
    "A nine-day closure hurt traders.",
    "For twenty years the airfield was American.",
    "The blast came at 13:00 local time.",
    "The spring offensive failed.",
    "Fighters killed 12 soldiers.",
    "Since the fall of Kabul the office has been closed.",
    "The Long March began.",
  })
  void finds_no_date_in_coming_days_years_durations_and_other_words(String sentence) {
    assertThat(find(sentence)).as(sentence).isEmpty();
  }

  @Test
  void reads_the_date_of_a_wire_dateline_and_of_a_posted_line_by_their_own_rules() {
    String s = "KABUL, Sept 6 (Reuters) - Taliban fighters entered the valley on Sunday.";
    List<DateMention> found = find(s);
    assertThat(found).extracting(m -> m.span().text()).containsExactly("Sept 6", "on Sunday");
    assertThat(found.get(0).rule()).isEqualTo("en.date.dateline");
    assertThat(found.get(0).expression()).isEqualTo(new DateExpression.Calendar(null, 9, 6));
    assertThat(found.get(1).rule()).isEqualTo("en.date.weekday");
    assertThat(find("KUNDUZ, Afghanistan, Oct 8 (Wire) - A bomber struck.").get(0).rule()).isEqualTo("en.date.dateline");
    assertThat(find("MAZAR-I-SHARIF, June 25 (Wire) - Fighting went on.").get(0).rule()).isEqualTo("en.date.dateline");
    assertThat(only("Fighting went on in Kabul, Oct 8 (local time).").rule()).isEqualTo("en.date.calendar");
    assertThat(only("Posted 2 September 2021").rule()).isEqualTo("en.date.published");
    assertThat(only("Published on September 6, 2021 by an analyst").rule()).isEqualTo("en.date.published");
    assertThat(only("Issued: 3 November 2021 | Source: field officers").rule()).isEqualTo("en.date.published");
  }

  @Test
  void reads_days_told_relative_to_the_date_before_as_anaphoric() {
    String s = "Talks broke down on Tuesday; the next day fighting resumed, and the same night a post fell.";
    List<DateMention> found = find(s);
    assertThat(found).extracting(m -> m.span().text()).containsExactly("on Tuesday", "the next day", "the same night");
    LocalDate tuesday = resolver.resolve(found.get(0), PUBLISHED, null).start();
    assertThat(tuesday).isEqualTo(LocalDate.of(2021, 9, 14));
    assertThat(resolver.resolve(found.get(1), PUBLISHED, null, tuesday).start()).isEqualTo(LocalDate.of(2021, 9, 15));
    assertThat(resolver.resolve(found.get(2), PUBLISHED, null, tuesday).start()).isEqualTo(tuesday);
    assertThat(only("Two days later the town fell.").expression()).isEqualTo(new DateExpression.Anaphoric(2));
    assertThat(only("The day before, envoys had met.").expression()).isEqualTo(new DateExpression.Anaphoric(-1));
    assertThat(only("That evening the post fell.").expression()).isEqualTo(new DateExpression.Anaphoric(0));
    assertThat(only("Earlier in the day a mine exploded.").expression()).isEqualTo(new DateExpression.Anaphoric(0));
  }

  @Test
  void marks_the_day_of_a_statement_by_its_own_rule() {
    assertThat(only("Colleagues and relatives said on Thursday that two activists vanished.").rule()).isEqualTo("en.date.statement");
    assertThat(only("The general told reporters on Saturday that the strike hit planners.").rule()).isEqualTo("en.date.statement");
    assertThat(only("The strike hit planners on Saturday, the general said.").rule()).isEqualTo("en.date.weekday");
  }

  @Test
  void keeps_a_weekday_of_last_week_one_week_back() {
    DateMention m = only("The border was closed on Wednesday of last week.");
    assertThat(m.expression()).isEqualTo(new DateExpression.Weekday(DayOfWeek.WEDNESDAY, 1));
  }

  @Test
  void reads_several_dates_of_a_sentence_in_order() {
    String s = "On 2 January 2023 the front attacked a post; on 7 February it claimed an ambush, and in March it paused.";
    assertThat(find(s)).extracting(m -> m.span().text()).containsExactly("On 2 January 2023", "on 7 February", "in March");
  }
}
