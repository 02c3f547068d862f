package org.sitrep.en;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.core.pipeline.Document;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Report;
import org.sitrep.model.ReportChecks;

/** Whatever the text, reading never throws and the report stays well formed. */
class EnglishLanguageFuzzTest {
  private static final String[] WORDS = {"Taliban", "fighters", "seized", "captured", "Khost", "district", "NRF", "clashed", "with",
      "were", "killed", "in", "by", "about", "50", "dozens", "of", "civilians", "wounded", "said", "according", "to", "failed",
      "not", "no", "casualties", "reported", ".", ",", ";", "\n\n", "on", "Sunday", "5 September 2021", "an", "air", "strike",
      "suicide", "bomber", "protesters", "dispersed", "spokesman", "Zabihullah", "Mujahid", "commander", "joined", "warned",
      "withdrew", "from", "held", "most", "the", "pass", "Panjshir", "\"", "(", ")", "-", "ISKP", "claimed", "responsibility",
      "including", "lost", "two", "it", "accused", "Kabul", "giving", "TTP", "safe", "haven", "between", "relations", "\u00A0"};

  @Provide
  Arbitrary<String> englishish() {
    return Arbitraries.of(WORDS).list().ofMaxSize(60).map(ws -> String.join(" ", ws));
  }

  @Property(tries = 200)
  void random_conflict_words_read_well_formed(@ForAll("englishish") String text) {
    check(text);
  }

  @Property(tries = 200)
  void random_text_reads_well_formed(@ForAll String text) {
    check(text);
  }

  private static void check(String text) {
    Report r = EnglishReadingTest.EN.read(new Document(DocumentInfo.of("fuzz", "en", LocalDate.of(2022, 5, 31)), text));
    ReportChecks.assertWellFormed(r, text);
  }
}
