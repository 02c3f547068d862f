package org.sitrep.ko;

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
class KoreanLanguageFuzzTest {
  private static final String[] WORDS = {"탈레반이", "저항군은", "판지시르", "계곡을", "공격했으나", "수십명이", "사망하고", "40명", "부상",
      "100명이투항", "퇴각했다.", "장악한", "바다크샨", "점령도", "못하고", "파키스탄의", "지원을", "받아", "동맹을", "선언하며", "9월23일",
      "어제", "소식통에", "의하면", "격파했다고", "밝혔다", "\n\n", "\u00A0", "，", "약", "최소", "명을", "사살", "생포한", "이끄는", "카불",
      "자폭", "테러로", "민간인", "숨졌다", "과", "의", "에서", "(", ")", "\"", "…"};

  @Provide
  Arbitrary<String> koreanish() {
    return Arbitraries.of(WORDS).list().ofMaxSize(60).map(ws -> String.join(" ", ws));
  }

  @Property(tries = 200)
  void random_korean_words_read_well_formed(@ForAll("koreanish") String text) {
    check(text);
  }

  @Property(tries = 200)
  void random_text_reads_well_formed(@ForAll String text) {
    check(text);
  }

  private static void check(String text) {
    Report r = KoreanLanguageTest.KO.read(new Document(DocumentInfo.of("fuzz", "ko", LocalDate.of(2021, 9, 24)), text));
    ReportChecks.assertWellFormed(r, text);
  }
}
