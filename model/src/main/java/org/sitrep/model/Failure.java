package org.sitrep.model;

/** A document that could not be read, with the reason and a detail for people. */
public record Failure(FailureReason reason, String detail) {
  public Failure {
    Checks.required(reason, "failure reason");
    detail = detail == null ? "" : detail;
  }
}
