package org.sitrep.core.eval;

/**
 * How right the fields of matched items are (matches to required gold items only).
 * Events: {@code subtype} (the gold's or one of its {@code alt_subtypes}), {@code actors}
 * (actor names as hits, false alarms and misses, so their F1 is {@code actors.f1()}),
 * {@code stance}, {@code date} (same start and end, or both without a date), {@code admin1}
 * (the gold's province or one of {@code admin1_any}) and {@code outcome}.
 * {@code casualtyFigures}: gold casualty figures on matched events that the reading got right.
 * Relations: {@code relationStance} and {@code relationMeans} (both without means, or means
 * sharing a word). Control: {@code controlStance} and {@code controlStatus} (the exact status,
 * where matching only asks for its class). Immutable.
 */
public record FieldScores(Ratio subtype, Counts actors, Ratio stance, Ratio date, Ratio admin1, Ratio outcome,
    Ratio casualtyFigures, Ratio relationStance, Ratio relationMeans, Ratio controlStance, Ratio controlStatus) {
  public static final FieldScores ZERO = new FieldScores(Ratio.ZERO, Counts.ZERO, Ratio.ZERO, Ratio.ZERO,
      Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO);

  public FieldScores plus(FieldScores o) {
    return new FieldScores(subtype.plus(o.subtype), actors.plus(o.actors), stance.plus(o.stance), date.plus(o.date),
        admin1.plus(o.admin1), outcome.plus(o.outcome), casualtyFigures.plus(o.casualtyFigures),
        relationStance.plus(o.relationStance), relationMeans.plus(o.relationMeans),
        controlStance.plus(o.controlStance), controlStatus.plus(o.controlStatus));
  }
}
