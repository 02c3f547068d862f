package org.sitrep.core.fact;

import java.util.List;
import org.sitrep.core.pipeline.RuleFiring;
import org.sitrep.model.Fact;

/**
 * A fact as a language module read it, before assembly: ids, summaries and rule lists are
 * filled in by {@link FactAssembler}; {@code firings} say which rules fired on which words.
 */
public record Drafted<F extends Fact>(F fact, List<RuleFiring> firings) {
  public Drafted {
    if (fact == null) throw new IllegalArgumentException("fact is required");
    firings = firings == null ? List.of() : List.copyOf(firings);
  }
}
