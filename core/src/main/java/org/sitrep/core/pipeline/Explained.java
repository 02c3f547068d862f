package org.sitrep.core.pipeline;

import java.util.List;
import org.sitrep.model.Report;

/** A report with, for each of its facts ({@code report.facts()} order), the rules that fired for it. */
public record Explained(Report report, List<List<RuleFiring>> firings) {
  public Explained {
    if (report == null) throw new IllegalArgumentException("report is required");
    firings = firings == null ? List.of() : firings.stream().map(List::copyOf).toList();
  }
}
