package org.sitrep.core.eval;

/**
 * What one extraction rule did: {@code hits} facts carrying its name, {@code matched} of them
 * matched to a gold item (required or optional), {@code falseAlarms} of them matched to none,
 * and, to spot rules fitted to one text, the number of {@code documents} and of distinct
 * evidence spans ({@code sentences}) it fired on. Immutable.
 */
public record RuleStats(int hits, int matched, int falseAlarms, int documents, int sentences) {
  public static final RuleStats ZERO = new RuleStats(0, 0, 0, 0, 0);

  public RuleStats plus(RuleStats o) {
    return new RuleStats(hits + o.hits, matched + o.matched, falseAlarms + o.falseAlarms, documents + o.documents,
        sentences + o.sentences);
  }
}
