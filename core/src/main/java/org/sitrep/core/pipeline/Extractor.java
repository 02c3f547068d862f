package org.sitrep.core.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.FailureReason;
import org.sitrep.model.Report;
import org.sitrep.model.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door of reading: picks the language module for a document (given or detected) and
 * turns anything that goes wrong into a {@link Result}. Thread-safe when its language modules
 * are (they all are).
 */
public final class Extractor {
  private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);
  private final Map<String, Language> languages = new TreeMap<>();
  private final LanguageDetector detector = new LanguageDetector();

  public Extractor(Iterable<Language> modules) {
    for (Language l : modules) languages.put(l.code(), l);
  }

  public Optional<Language> language(String code) {
    return Optional.ofNullable(languages.get(code));
  }

  /** The language to read {@code text} as: {@code requested} unless it is {@code auto} or null. */
  public Result<String> chooseLanguage(String requested, String text) {
    String code = requested == null || requested.equals("auto") ? detector.detect(text).orElse(null) : requested;
    if (code == null) return Result.failed(FailureReason.UNSUPPORTED_LANGUAGE, "neither Korean nor English");
    if (!languages.containsKey(code)) return Result.failed(FailureReason.UNSUPPORTED_LANGUAGE, "no reader for language '" + code + "' yet");
    return Result.ok(code);
  }

  /** Reads a document whose language is already chosen. */
  public Result<Report> read(DocumentInfo info, String text) {
    return apply(info, text, Language::read);
  }

  /** Reads a document and says, for each fact, which rules fired on which words. */
  public Result<Explained> explain(DocumentInfo info, String text) {
    return apply(info, text, Language::explain);
  }

  private <T> Result<T> apply(DocumentInfo info, String text, java.util.function.BiFunction<Language, Document, T> work) {
    Language language = languages.get(info.language());
    if (language == null) return Result.failed(FailureReason.UNSUPPORTED_LANGUAGE, "no reader for language '" + info.language() + "' yet");
    try {
      return Result.ok(work.apply(language, new Document(info, text)));
    } catch (RuntimeException | StackOverflowError e) {
      LOG.debug("reading {} failed", info.id(), e);
      return Result.failed(FailureReason.INTERNAL, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
