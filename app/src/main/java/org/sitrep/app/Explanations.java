package org.sitrep.app;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.sitrep.core.pipeline.Explained;
import org.sitrep.core.pipeline.RuleFiring;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.Event;
import org.sitrep.model.Fact;
import org.sitrep.model.Force;
import org.sitrep.model.Person;
import org.sitrep.model.Relation;
import org.sitrep.model.Span;

/** Prints, for each fact of a reading, the rules that fired and the words they fired on. */
final class Explanations {
  private Explanations() {}

  static void print(Explained explained, Writer out) throws IOException {
    var report = explained.report();
    out.write("# " + report.document().id() + " (" + report.document().language() + ")\n");
    List<Fact> facts = report.facts();
    if (facts.isEmpty()) out.write("no facts\n");
    for (int i = 0; i < facts.size(); i++) {
      Fact fact = facts.get(i);
      out.write("\n" + label(fact) + "\n");
      for (Span s : fact.evidence()) out.write("  evidence " + s.start() + ".." + s.end() + ": «" + oneLine(s.text()) + "»\n");
      List<RuleFiring> firings = i < explained.firings().size() ? explained.firings().get(i) : List.of();
      if (firings.isEmpty()) for (String rule : fact.rules()) out.write("  rule " + rule + "\n");
      for (RuleFiring f : firings) {
        out.write("  rule " + f.rule());
        if (f.words() != null) out.write(" on «" + oneLine(f.words().text()) + "» at " + f.words().start() + ".." + f.words().end());
        out.write("\n");
      }
    }
    out.write("\n");
  }

  private static String label(Fact fact) {
    if (fact instanceof Event e) return "event " + e.id() + ": " + e.summary();
    if (fact instanceof Relation r) return "relation: " + r.summary();
    if (fact instanceof ControlClaim c) return "control: " + c.summary();
    if (fact instanceof Person p) return "person: " + (p.summary() != null ? p.summary() : p.name());
    return "force: " + ((Force) fact).summary();
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
