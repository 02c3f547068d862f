package org.sitrep.core.pipeline;

import org.sitrep.model.DocumentInfo;

/**
 * A decoded document: what is known of it and its text exactly as given (a BOM dropped, line
 * endings kept). Every offset of a report points into {@code text}.
 */
public record Document(DocumentInfo info, String text) {
  public Document {
    if (info == null || text == null) throw new IllegalArgumentException("document info and text are required");
  }
}
