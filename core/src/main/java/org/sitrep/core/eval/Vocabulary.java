package org.sitrep.core.eval;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** How names are compared: aliases mapped to canonical names, then normalised by {@link Names}. */
final class Vocabulary {
  private final UnaryOperator<String> canonicalActor;
  private final UnaryOperator<String> canonicalPlace;
  private final Predicate<String> isState;

  Vocabulary(UnaryOperator<String> canonicalActor, UnaryOperator<String> canonicalPlace, Predicate<String> isState) {
    this.canonicalActor = Objects.requireNonNull(canonicalActor, "canonicalActor");
    this.canonicalPlace = Objects.requireNonNull(canonicalPlace, "canonicalPlace");
    this.isState = Objects.requireNonNull(isState, "isState");
  }

  /** The comparison key of an actor name ("" for null). */
  String actor(String name) {
    if (name == null) return "";
    String canonical = canonicalActor.apply(name);
    return Names.key(canonical == null ? name : canonical);
  }

  boolean sameActor(String a, String b) {
    String x = actor(a);
    return !x.isEmpty() && x.equals(actor(b));
  }

  /** 1 for the same place name, 0.5 when one contains the other, else 0 (after aliases). */
  double placeAgreement(String a, String b) {
    return Names.placeAgreement(place(a), place(b));
  }

  /** True when {@code part} is part of the place name {@code name} (after aliases and normalising). */
  boolean placeContains(String name, String part) {
    String n = Names.key(place(name));
    String p = Names.key(place(part));
    return !p.isEmpty() && (n.contains(p) || Names.key(name).contains(Names.key(part)));
  }

  boolean isState(String actorName) {
    if (actorName == null) return false;
    String canonical = canonicalActor.apply(actorName);
    return isState.test(canonical == null ? actorName : canonical);
  }

  private String place(String name) {
    if (name == null) return null;
    String canonical = canonicalPlace.apply(name);
    return canonical == null ? name : canonical;
  }
}
