package org.sitrep.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void korean_text_quoting_english_stays_korean() {
    assertThat(detector.detect("저항군은 \"We will never surrender to the Taliban\"이라고 밝혔다. NRF 대변인의 말이다."))
        .contains("ko");
  }

  @Test
  void english_text_is_english() {
    assertThat(detector.detect("Taliban fighters seized the district centre on Thursday, officials said.")).contains("en");
  }

  @Test
  void other_scripts_and_no_letters_are_no_language() {
    assertThat(detector.detect("طالبان ولسوالی را تصرف کردند")).isEmpty();
    assertThat(detector.detect("12345 --- !!!")).isEmpty();
  }
}
