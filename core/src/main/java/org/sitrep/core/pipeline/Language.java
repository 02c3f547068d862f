package org.sitrep.core.pipeline;

import org.sitrep.model.Report;

/**
 * A language module: reads a document of its language into a report. A module finds typed
 * mentions (quantities, dates, names, triggers) and frames with its own morphology; the core
 * owns ranges, date resolution, gazetteer and actor lookup and fact assembly, so a module adds
 * no copy of them.
 *
 * <p>Implementations are thread-safe: {@link #read} may be called from several threads (a
 * module keeps per-thread analysers where its tokenizer is not thread-safe).
 */
public interface Language {
  /** ISO 639-1 code, such as {@code ko}. */
  String code();

  /** Reads one document whose {@code info().language()} is {@link #code()}. */
  org.sitrep.model.Report read(Document document);

  /** Work that a benchmark measures as this language's baseline: the tokenizer alone, on the same text. Returns a count so the JIT cannot drop it. */
  long baseline(String text);

  /**
   * Reads a document and says, for each fact of the report, which rules fired on which words.
   * The default names no rules; modules that can explain themselves override it.
   */
  default Explained explain(Document d) {
    var r = read(d);
    return new Explained(r, r.facts().stream().map(f -> java.util.List.<RuleFiring>of()).toList());
  }
}
