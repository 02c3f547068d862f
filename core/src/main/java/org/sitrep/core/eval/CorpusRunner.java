package org.sitrep.core.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Report;

/**
 * Scores a reader on every document of a folder: each {@code NAME.txt} with a
 * {@code NAME.gold.json} beside it, in any sub-folder, in path order. The text is read as
 * UTF-8 (a BOM dropped); id, language and publication date come from the gold's document
 * block. A document the reader throws on (or returns null for) is scored as an empty reading
 * and its error is listed. Thread-safe when the evaluator and the reader are; documents are
 * read one after another.
 */
public final class CorpusRunner {
  private final Evaluator evaluator;

  public CorpusRunner(Evaluator evaluator) {
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
  }

  /**
   * Reads and scores every document under {@code dir}.
   *
   * @throws IOException when the folder, a text or a gold file cannot be read, or a gold file is malformed
   */
  public CorpusScore run(Path dir, BiFunction<DocumentInfo, String, Report> reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    var scores = new ArrayList<DocumentScore>();
    for (Path textFile : documents(dir)) {
      String text = GoldReader.readText(textFile);
      Gold gold = GoldReader.read(goldBeside(textFile), text);
      DocumentInfo info;
      try {
        info = gold.document().info();
      } catch (IllegalArgumentException e) {
        throw new IOException(goldBeside(textFile) + ": bad document block: " + e.getMessage(), e);
      }
      String error = null;
      Report reading;
      try {
        reading = reader.apply(info, text);
        if (reading == null) {
          error = "the reader returned no report";
          reading = Report.empty(info);
        }
      } catch (RuntimeException e) {
        error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        reading = Report.empty(info);
      }
      DocumentScore score = evaluator.score(gold, reading, text);
      scores.add(error == null ? score : score.withError(error));
    }
    return new CorpusScore(scores);
  }

  /** Every {@code NAME.txt} under {@code dir} that has {@code NAME.gold.json} beside it, sorted by path. */
  public static List<Path> documents(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException("not a folder: " + dir);
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".txt"))
          .filter(p -> Files.isRegularFile(goldBeside(p)))
          .sorted()
          .toList();
    }
  }

  private static Path goldBeside(Path textFile) {
    String name = textFile.getFileName().toString();
    return textFile.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".gold.json");
  }
}
