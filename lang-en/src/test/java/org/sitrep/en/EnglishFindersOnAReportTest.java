package org.sitrep.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.date.DateMention;
import org.sitrep.core.date.DateResolver;
import org.sitrep.core.quantity.QuantityMention;
import org.sitrep.model.DateRange;
import org.sitrep.model.Span;

/** The analyser and both finders together on a whole invented wire report, sentence by sentence. */
class EnglishFindersOnAReportTest {
  private static final String REPORT = "Gunmen storm checkpoint in Baghlan, officials say\n\n"
      + "KABUL, Oct. 12 (Wire) - Gunmen attacked a checkpoint in Baghlan province late on Monday, killing at least "
      + "nine police officers and wounding more than a dozen, officials said on Tuesday.\n\n"
      + "A provincial spokesman said about 30 attackers took part. The Taliban said 14 of the attackers were killed, "
      + "a claim that could not be verified. Residents said dozens of families fled to Pul-e Khumri the next day.\n\n"
      + "The district has seen two similar raids since spring; the last, on Sept. 28, left four dead.\n";
  /** Tuesday 12 October 2021. */
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 10, 12);

  private final EnglishAnalyser analyser = new EnglishAnalyser();
  private final EnglishQuantityFinder quantities = new EnglishQuantityFinder();
  private final EnglishDateFinder dates = new EnglishDateFinder();

  @Test
  void finds_every_figure_of_the_report_sentence_by_sentence() {
    List<String> found = new ArrayList<>();
    for (Span s : analyser.sentences(REPORT)) {
      for (QuantityMention m : quantities.find(REPORT, s.start(), s.end())) {
        found.add(m.span().text() + " " + m.range().low() + ".." + m.range().high());
      }
    }
    assertThat(found).containsExactly("at least nine police officers 9..18", "more than a dozen 13..24",
        "about 30 attackers 27..33", "14 of the attackers 14..14", "dozens of families 20..99",
        "two similar raids 2..2", "four dead 4..4");
  }

  @Test
  void finds_and_resolves_every_date_of_the_report_in_order() {
    DateResolver resolver = new DateResolver();
    List<String> found = new ArrayList<>();
    YearMonth hint = null;
    LocalDate previous = null;
    for (Span s : analyser.sentences(REPORT)) {
      for (DateMention m : dates.find(REPORT, s.start(), s.end())) {
        DateRange r = resolver.resolve(m, PUBLISHED, hint, previous);
        found.add(m.span().text() + " " + r.start() + ".." + r.end() + " " + m.rule());
        if (resolver.namedMonth(m, PUBLISHED) != null) hint = resolver.namedMonth(m, PUBLISHED);
        boolean ofTheReport = m.rule().equals("en.date.dateline") || m.rule().equals("en.date.statement");
        if (!ofTheReport && r.start().equals(r.end())) previous = r.start();
      }
    }
    assertThat(found).containsExactly(
        "Oct. 12 2021-10-12..2021-10-12 en.date.dateline",
        "late on Monday 2021-10-11..2021-10-11 en.date.weekday",
        "on Tuesday 2021-10-12..2021-10-12 en.date.statement",
        "the next day 2021-10-12..2021-10-12 en.date.anaphoric",
        "since spring 2021-03-01..2021-10-12 en.date.since",
        "on Sept. 28 2021-09-28..2021-09-28 en.date.calendar");
  }

  @Test
  void splits_the_report_into_its_headline_and_sentences() {
    assertThat(analyser.sentences(REPORT)).extracting(Span::text).hasSize(6)
        .first().isEqualTo("Gunmen storm checkpoint in Baghlan, officials say");
  }
}
