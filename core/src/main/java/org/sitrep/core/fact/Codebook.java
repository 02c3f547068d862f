package org.sitrep.core.fact;

import java.time.LocalDate;
import org.sitrep.core.actor.ActorDictionary;
import org.sitrep.model.SubType;

/**
 * ACLED's codebook as sitrep applies it, independent of language: who counts as the state on a
 * day decides whether a capture of ground is {@code Government regains territory} or
 * {@code Non-state actor overtakes territory} (the Taliban are the state from 15 August 2021).
 * Thread-safe.
 */
public final class Codebook {
  private final ActorDictionary actors;

  public Codebook(ActorDictionary actors) {
    this.actors = actors;
  }

  /** The sub-type of a capture of ground by {@code taker} (a canonical actor name) on {@code day} (null: today's reading). */
  public SubType territory(String taker, LocalDate day) {
    boolean state = actors.byName(taker).map(a -> a.isStateOn(day == null ? LocalDate.now() : day)).orElse(false);
    return state ? SubType.GOVERNMENT_REGAINS_TERRITORY : SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
  }

  /** True when {@code actor} is the state on {@code day}. */
  public boolean isState(String actor, LocalDate day) {
    return actors.byName(actor).map(a -> a.isStateOn(day == null ? LocalDate.now() : day)).orElse(false);
  }
}
