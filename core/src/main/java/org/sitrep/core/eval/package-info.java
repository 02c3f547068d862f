/**
 * The evaluator behind {@code sitrep eval}: scores readings against hand-written gold files.
 *
 * <p>{@link org.sitrep.core.eval.GoldReader} parses a gold file into a {@link org.sitrep.core.eval.Gold};
 * {@link org.sitrep.core.eval.Evaluator} scores one {@link org.sitrep.model.Report} against it
 * into a {@link org.sitrep.core.eval.DocumentScore}; {@link org.sitrep.core.eval.CorpusRunner}
 * runs a reader over a folder of {@code NAME.txt} + {@code NAME.gold.json} pairs into a
 * {@link org.sitrep.core.eval.CorpusScore} (micro-averaged); {@link org.sitrep.core.eval.EvalReport}
 * renders it as text (last line: the summary) or JSON. The rules of matching are those of
 * {@code format.md}, "Gold files" and "How a reading is scored".
 */
package org.sitrep.core.eval;
