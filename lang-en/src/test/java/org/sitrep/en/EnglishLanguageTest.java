package org.sitrep.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.sitrep.core.pipeline.Document;
import org.sitrep.core.pipeline.Extractor;
import org.sitrep.core.pipeline.Language;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Report;
import org.sitrep.model.ReportChecks;

class EnglishLanguageTest {
  private static final String TEXT = "KABUL, Aug 24 (Wire) - The Taliban said on Monday they had retaken three districts.\n";

  @Test
  void is_found_as_the_english_language_service() {
    Extractor extractor = new Extractor(ServiceLoader.load(Language.class));
    assertThat(extractor.language("en")).get().isInstanceOf(EnglishLanguage.class);
    assertThat(extractor.chooseLanguage("auto", TEXT)).isEqualTo(org.sitrep.model.Result.ok("en"));
  }

  @Test
  void reads_a_document_into_a_well_formed_report_with_its_facts() {
    DocumentInfo info = DocumentInfo.of("andarab-test", "en", LocalDate.of(2021, 8, 24));
    Report report = new EnglishLanguage().read(new Document(info, TEXT));
    ReportChecks.assertWellFormed(report, TEXT);
    assertThat(report.document()).isEqualTo(info);
    assertThat(report.events()).isEmpty(); // three districts, none named: no place for an event
  }

  @Test
  void its_baseline_is_the_opennlp_tokenizer_on_the_whole_text() {
    EnglishLanguage en = new EnglishLanguage();
    assertThat(en.code()).isEqualTo("en");
    assertThat(en.baseline(TEXT)).isEqualTo(EnglishAnalyser.baseline(TEXT)).isGreaterThan(10);
  }
}
