package org.sitrep.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SitrepConfigTest {
  @Test
  void defaults_allow_fifty_megabyte_documents_in_any_language() {
    assertThat(SitrepConfig.defaults().maxDocumentBytes()).isEqualTo(50L * 1024 * 1024);
    assertThat(SitrepConfig.defaults().defaultLanguage()).isEqualTo("auto");
  }

  @Test
  void unknown_keys_are_errors_that_name_them() {
    assertThatThrownBy(() -> SitrepConfig.of(Map.of("max.document.byte", "10")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max.document.byte");
  }

  @Test
  void bad_values_are_errors() {
    assertThatThrownBy(() -> SitrepConfig.of(Map.of("default.language", "fr"))).hasMessageContaining("default.language");
    assertThatThrownBy(() -> SitrepConfig.of(Map.of("max.document.bytes", "lots"))).hasMessageContaining("not a number");
  }

  @Test
  void known_keys_are_read() {
    assertThat(SitrepConfig.of(Map.of("max.document.bytes", "2048", "default.language", "ko")))
        .isEqualTo(new SitrepConfig(2048, "ko"));
  }
}
