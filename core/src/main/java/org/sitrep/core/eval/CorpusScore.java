package org.sitrep.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores of many documents and their micro-averaged totals: every count is summed over the
 * documents before precision, recall and F1 are taken, so a document with many facts weighs
 * more than one with few. Immutable; totals are computed on each call.
 */
public record CorpusScore(List<DocumentScore> documents) {

  public CorpusScore {
    documents = List.copyOf(documents);
  }

  public Counts facts() {
    return sum(DocumentScore::facts);
  }

  public Counts events() {
    return sum(DocumentScore::events);
  }

  public Counts casualties() {
    return sum(DocumentScore::casualties);
  }

  public Counts relations() {
    return sum(DocumentScore::relations);
  }

  public Counts control() {
    return sum(DocumentScore::control);
  }

  public Counts persons() {
    return sum(DocumentScore::persons);
  }

  public FieldScores fields() {
    return documents.stream().map(DocumentScore::fields).reduce(FieldScores.ZERO, FieldScores::plus);
  }

  public Ratio evidenceValid() {
    return documents.stream().map(DocumentScore::evidenceValid).reduce(Ratio.ZERO, Ratio::plus);
  }

  public Ratio evidenceOnTarget() {
    return documents.stream().map(DocumentScore::evidenceOnTarget).reduce(Ratio.ZERO, Ratio::plus);
  }

  public List<Violation> violations() {
    return flat(DocumentScore::violations);
  }

  public List<Item> misses() {
    return flat(DocumentScore::misses);
  }

  public List<Item> falseAlarms() {
    return flat(DocumentScore::falseAlarms);
  }

  /** Every rule name seen in the readings, in name order, with its summed statistics. */
  public SortedMap<String, RuleStats> byRule() {
    var out = new TreeMap<String, RuleStats>();
    for (DocumentScore d : documents) d.byRule().forEach((rule, stats) -> out.merge(rule, stats, RuleStats::plus));
    return out;
  }

  /** {@code id: message} for each document the reader failed on. */
  public List<String> errors() {
    var out = new ArrayList<String>();
    for (DocumentScore d : documents) if (d.error() != null) out.add(d.id() + ": " + d.error());
    return out;
  }

  private Counts sum(Function<DocumentScore, Counts> f) {
    return documents.stream().map(f).reduce(Counts.ZERO, Counts::plus);
  }

  private <T> List<T> flat(Function<DocumentScore, List<T>> f) {
    var out = new ArrayList<T>();
    for (DocumentScore d : documents) out.addAll(f.apply(d));
    return List.copyOf(out);
  }
}
