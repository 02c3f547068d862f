package org.sitrep.en;

import org.sitrep.core.pipeline.Document;
import org.sitrep.core.pipeline.Language;
import org.sitrep.model.Report;

/**
 * The English language module, found by {@link java.util.ServiceLoader}. This first version
 * reads no facts yet: {@link #read} returns a well-formed, empty report; the sentence, quantity
 * and date readers it will build on are {@link EnglishAnalyser}, {@link EnglishQuantityFinder}
 * and {@link EnglishDateFinder}. Thread-safe.
 */
public final class EnglishLanguage implements Language {
  @Override
  public String code() {
    return "en";
  }

  @Override
  public Report read(Document document) {
    return Report.empty(document.info());
  }

  /** OpenNLP's {@code TokenizerME} alone, with the module's tokenizer model, on the whole text: the token count. */
  @Override
  public long baseline(String text) {
    return EnglishAnalyser.baseline(text);
  }
}
