package org.sitrep.core.pipeline;

import java.util.Optional;

/**
 * Tells Korean from English by the letters a text is written in: Hangul syllables against
 * Latin letters, over the first 20,000 characters. A Korean report quoting English stays
 * Korean (Hangul wins from a quarter of the letters on); anything with too few letters of
 * either script is not a language sitrep reads. Thread-safe.
 */
public final class LanguageDetector {
  private static final int SAMPLE = 20_000;

  public Optional<String> detect(String text) {
    int hangul = 0, latin = 0, other = 0;
    int n = Math.min(text.length(), SAMPLE);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\uAC00' && c <= '\uD7A3') hangul++;
      else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) latin++;
      else if (Character.isLetter(c)) other++;
    }
    int letters = hangul + latin + other;
    if (letters == 0) return Optional.empty();
    // Hangul syllables carry two or three letters each, so a quarter of the letters is a lot of Korean.
    if (hangul * 4 >= letters) return Optional.of("ko");
    if (latin * 2 >= letters) return Optional.of("en");
    return Optional.empty();
  }
}
