package org.sitrep.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.pipeline.Document;
import org.sitrep.core.pipeline.DocumentReader;
import org.sitrep.core.pipeline.Explained;
import org.sitrep.core.pipeline.Extractor;
import org.sitrep.format.ReportJson;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Failure;
import org.sitrep.model.Report;
import org.sitrep.model.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep extract}: reads documents into reports. One document gives one JSON object,
 * several an array in argument order, {@code --jsonl} one report a line as it goes. Reports are
 * written one at a time, so memory stays flat however many documents there are. A failed input
 * is left out and reported on standard error as {@code sitrep: FILE: REASON: detail}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Read conflict reports (files, folders of *.txt, - for standard input) into report JSON on standard output.")
final class ExtractCommand implements Callable<Integer> {
  @Option(names = "--lang", paramLabel = "ko|en|auto", description = "Language of the documents (default: auto).")
  String lang;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date; anchors relative dates (default: a YYYY-MM-DD date ending the file name, if any).")
  LocalDate published;

  @Option(names = "--id", paramLabel = "ID", description = "Document id (one input only; default: the file name without extension).")
  String id;

  @Option(names = "--jsonl", description = "Write one report per line as each document is read.")
  boolean jsonl;

  @Option(names = "--explain", description = "Instead of JSON, print for each fact the rules that fired and the words they fired on.")
  boolean explain;

  @Option(names = "--config", paramLabel = "FILE", description = "A sitrep.properties file.")
  java.nio.file.Path config;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (recursively, *.txt), or - for standard input.")
  List<String> paths;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    SitrepConfig cfg = config == null ? SitrepConfig.defaults() : Configs.load(spec, config);
    if (lang != null && !List.of("ko", "en", "auto").contains(lang))
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang must be ko, en or auto: " + lang);
    List<Inputs.Input> inputs = Inputs.expand(paths);
    if (id != null && inputs.size() != 1)
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--id applies to a single input, not " + inputs.size());
    String language = lang != null ? lang : cfg.defaultLanguage();
    boolean array = !jsonl && !explain && !Inputs.single(paths);
    DocumentReader reader = Readers.documentReader(cfg);
    Extractor extractor = Readers.extractor();

    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    int failed = 0, written = 0;
    if (array) out.write("[");
    for (Inputs.Input input : inputs) {
      Result<String> text = input.stdin() ? reader.read(System.in) : reader.read(input.path());
      Result<Document> doc = text.flatMap(t -> document(extractor, input, t, language));
      if (explain) {
        Result<Explained> explained = doc.flatMap(d -> extractor.explain(d.info(), d.text()));
        if (explained instanceof Result.Ok<Explained> ok) {
          Explanations.print(ok.value(), out);
          out.flush();
        } else if (explained instanceof Result.Failed<Explained> f) {
          failed++;
          report(input, f.failure());
        }
        continue;
      }
      Result<Report> read = doc.flatMap(d -> extractor.read(d.info(), d.text()));
      if (read instanceof Result.Failed<Report> f) {
        failed++;
        report(input, f.failure());
        continue;
      }
      Report report = ((Result.Ok<Report>) read).value();
      if (jsonl) {
        out.write(ReportJson.writeCompact(report));
        out.write('\n');
        out.flush();
      } else {
        if (array) out.write(written == 0 ? "\n" : ",\n");
        ReportJson.write(report, out, true);
        if (!array) out.write('\n');
        out.flush();
      }
      written++;
    }
    if (array) out.write(written == 0 ? "]\n" : "\n]\n");
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private Result<Document> document(Extractor extractor, Inputs.Input input, String text, String language) {
    return extractor.chooseLanguage(language, text).map(code -> {
      String docId = id != null ? id : input.stdin() ? "sha256:" + sha256(text) : input.defaultId();
      LocalDate day = published != null || input.stdin() ? published : Inputs.dateInName(input.defaultId());
      return new Document(DocumentInfo.of(docId, code, day), text);
    });
  }

  private static void report(Inputs.Input input, Failure failure) {
    System.err.println("sitrep: " + input.label() + ": " + failure.reason().label() + ": " + failure.detail());
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
