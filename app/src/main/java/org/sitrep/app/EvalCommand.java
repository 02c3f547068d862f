package org.sitrep.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.core.eval.CorpusRunner;
import org.sitrep.core.eval.CorpusScore;
import org.sitrep.core.eval.EvalReport;
import org.sitrep.core.eval.Evaluator;
import org.sitrep.core.pipeline.Extractor;
import org.sitrep.model.Report;
import org.sitrep.model.Result;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep eval}: reads every {@code NAME.txt} under a folder that has a
 * {@code NAME.gold.json} beside it (language and publication date from the gold) and scores the
 * reading. Exit code 1 when the total falls under a given minimum.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Score the reading of NAME.txt files against the NAME.gold.json beside them.")
final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "Folder searched recursively for NAME.txt + NAME.gold.json.")
  Path dir;

  @Option(names = "--json", description = "Print the scores as JSON.")
  boolean json;

  @Option(names = "--by-rule", description = "Count hits, matches and false alarms per extraction rule.")
  boolean byRule;

  @Option(names = "--min-facts-f1", paramLabel = "X", description = "Exit with 1 when facts F1 (the headline) is under X.")
  Double minFactsF1;

  @Option(names = "--min-events-f1", paramLabel = "X", description = "Exit with 1 when events F1 is under X.")
  Double minEventsF1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + dir);
    Extractor extractor = Readers.extractor();
    CorpusScore score = new CorpusRunner(Readers.evaluator()).run(dir, (info, text) -> {
      Result<Report> read = extractor.read(info, text);
      if (read instanceof Result.Failed<Report> f)
        throw new IllegalStateException(f.failure().reason().label() + ": " + f.failure().detail());
      return ((Result.Ok<Report>) read).value();
    });
    System.out.println((json ? EvalReport.toJson(score, byRule) : EvalReport.toText(score, byRule)).stripTrailing());
    System.out.flush();
    boolean below = (minFactsF1 != null && score.facts().f1() < minFactsF1)
        || (minEventsF1 != null && score.events().f1() < minEventsF1);
    if (below) System.err.printf("sitrep: eval: below the minimum (facts F1 %.3f, events F1 %.3f)%n", score.facts().f1(), score.events().f1());
    return below ? 1 : 0;
  }
}
