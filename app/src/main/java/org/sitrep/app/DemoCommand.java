package org.sitrep.app;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.sitrep.core.pipeline.Extractor;
import org.sitrep.model.ControlClaim;
import org.sitrep.model.Event;
import org.sitrep.model.Person;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.model.Result;
import picocli.CommandLine.Command;

/** {@code sitrep demo}: reads the bundled example reports and prints what it found, one English line a fact. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Read the example reports bundled with sitrep and print a summary of their facts.")
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    PrintStream out = System.out;
    Extractor extractor = Readers.extractor();
    int failed = 0, facts = 0, docs = 0;
    for (Examples.Example example : Examples.bundled()) {
      docs++;
      out.printf("%n== %s (%s, published %s) ==%n", example.info().id(), example.info().language(), example.info().published());
      Result<Report> result = extractor.read(example.info(), example.text());
      if (result instanceof Result.Failed<Report> f) {
        failed++;
        out.println("  could not read it: " + f.failure().reason().label() + ": " + f.failure().detail());
        continue;
      }
      Report report = ((Result.Ok<Report>) result).value();
      facts += report.facts().size();
      if (report.facts().isEmpty()) out.println("  (no facts found)");
      for (Event e : report.events()) out.println("  event:    " + summary(e.summary()));
      for (Relation r : report.relations()) out.println("  relation: " + summary(r.summary()));
      for (ControlClaim c : report.control()) out.println("  control:  " + summary(c.summary()));
      for (Person p : report.persons()) out.println("  person:   " + (p.summary() != null ? p.summary() : p.name() + (p.role() == null ? "" : ", " + p.role().label())));
    }
    out.printf("%n%d reports read, %d facts. `sitrep extract FILE` prints the full JSON with evidence spans.%n", docs - failed, facts);
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static String summary(String s) {
    return s == null ? "(no summary)" : s;
  }
}
