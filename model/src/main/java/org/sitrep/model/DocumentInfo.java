package org.sitrep.model;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** What a report says of its document: id, ISO 639-1 language, publication date (anchors relative dates; may be null) and source. */
public record DocumentInfo(String id, String language, LocalDate published, SourceType sourceType, String source,
    String url, String title) {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  public DocumentInfo {
    Checks.nonBlank(id, "document id");
    if (!(language != null && LANGUAGE.matcher(language).matches())) throw new IllegalArgumentException("language must be ISO 639-1: " + language);
  }

  public static DocumentInfo of(String id, String language, LocalDate published) {
    return new DocumentInfo(id, language, published, null, null, null, null);
  }
}
