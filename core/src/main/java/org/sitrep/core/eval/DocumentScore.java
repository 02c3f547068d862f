package org.sitrep.core.eval;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The score of one reading against its gold: counts per section, field accuracies, evidence,
 * {@code must_not} violations, what was missed and what was a false alarm, what each rule did,
 * the problems of the gold file, and the error when the reader failed (then the reading scored
 * is empty). Immutable.
 */
public record DocumentScore(String id, String error, Counts events, Counts casualties, Counts relations,
    Counts control, Counts persons, FieldScores fields, Ratio evidenceValid, Ratio evidenceOnTarget,
    List<Violation> violations, List<Item> misses, List<Item> falseAlarms, SortedMap<String, RuleStats> byRule,
    List<String> goldProblems) {

  public DocumentScore {
    violations = List.copyOf(violations);
    misses = List.copyOf(misses);
    falseAlarms = List.copyOf(falseAlarms);
    byRule = Collections.unmodifiableSortedMap(new TreeMap<>(byRule));
    goldProblems = List.copyOf(goldProblems);
  }

  /** The headline: events, relations, control claims and casualty figures together (persons apart). */
  public Counts facts() {
    return events.plus(relations).plus(control).plus(casualties);
  }

  /** This score with the reader's error recorded. */
  public DocumentScore withError(String message) {
    return new DocumentScore(id, message, events, casualties, relations, control, persons, fields, evidenceValid,
        evidenceOnTarget, violations, misses, falseAlarms, byRule, goldProblems);
  }
}
