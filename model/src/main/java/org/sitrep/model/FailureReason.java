package org.sitrep.model;

/**
 * Why a document could not be read. One list for extract, ingest, the API and batch jobs; the
 * label is what users see ({@code sitrep: FILE: REASON: detail}).
 */
public enum FailureReason {
  EMPTY("empty"),
  BINARY("binary"),
  ENCODING("encoding"),
  TOO_LARGE("too large"),
  NOT_FOUND("not found"),
  UNSUPPORTED_LANGUAGE("unsupported language"),
  INTERNAL("internal");

  private final String label;

  FailureReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
