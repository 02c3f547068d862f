package org.sitrep.app;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import org.sitrep.core.pipeline.Document;
import org.sitrep.core.pipeline.DocumentReader;
import org.sitrep.core.pipeline.Language;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Result;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep bench}: extraction throughput against the language's baseline (for Korean, Nori's
 * tokenizer alone with the same user dictionary), on the same text, in the same run, on one
 * thread, after a warm-up. The text is repeated until it is at least 1 MB. Throughput is per
 * CPU-second of the process (the working thread and the garbage collector), so other load on the machine does not skew the ratio.
 * Ends with {@code ratio: X} (extraction over baseline, in MB/s).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Measure extraction throughput against the tokenizer-alone baseline; ends with 'ratio: X'.")
final class BenchCommand implements Callable<Integer> {
  private static final long MIN_BYTES = 1_000_000;

  @Option(names = "--lang", defaultValue = "ko", paramLabel = "ko|en", description = "Language to measure (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--generate", paramLabel = "N", description = "Use N synthetic reports recombined from the bundled examples.")
  Integer generate;

  @Option(names = "--out", paramLabel = "DIR", description = "With --generate: write the reports to DIR as .txt files and stop.")
  Path out;

  @Option(names = "--seconds", defaultValue = "10", description = "Seconds per measurement (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--warmup", defaultValue = "20", description = "Seconds of warm-up per measurement, long enough for the JIT to finish compiling the rules (default: ${DEFAULT-VALUE}).")
  double warmup;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders of *.txt to measure on (default: the bundled examples).")
  List<String> paths = List.of();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintStream o = System.out;
    Language language = Readers.extractor().language(lang)
        .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "no reader for language '" + lang + "'"));
    List<Document> docs = documents();
    if (out != null) return writeGenerated(docs, o);
    if (docs.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "no documents to measure");

    long bytes = 0;
    var corpus = new ArrayList<Document>();
    while (bytes < MIN_BYTES || corpus.size() < docs.size()) {
      for (Document d : docs) {
        corpus.add(d);
        bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    o.printf(Locale.ROOT, "text: %.2f MB of UTF-8 in %d documents (%d distinct), language %s, 1 thread%n",
        bytes / 1e6, corpus.size(), docs.size(), lang);
    resetPeaks();
    Measure extraction = measure(corpus, bytes, d -> language.read(d).facts().size() + 1L);
    Measure baseline = measure(corpus, bytes, d -> language.baseline(d.text()));
    o.println("MB/s and docs/s per CPU-second of the process, one working thread (wall-clock MB/s in brackets)");
    o.printf(Locale.ROOT, "extraction: %8.2f MB/s %10.1f docs/s  (%.2f MB/s wall; %d passes in %.1f s)%n", extraction.mbPerSecond(), extraction.docsPerSecond(), extraction.wallMbPerSecond(), extraction.passes, extraction.seconds);
    o.printf(Locale.ROOT, "baseline:   %8.2f MB/s %10.1f docs/s  (%.2f MB/s wall; %d passes in %.1f s; %s)%n", baseline.mbPerSecond(), baseline.docsPerSecond(), baseline.wallMbPerSecond(), baseline.passes, baseline.seconds, baselineName());
    o.printf(Locale.ROOT, "peak heap: %.1f MB (max %.0f MB)%n", peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    o.printf(Locale.ROOT, "ratio: %.3f%n", extraction.mbPerSecond() / baseline.mbPerSecond());
    o.flush();
    return 0;
  }

  private String baselineName() {
    return switch (lang) {
      case "ko" -> "Lucene Nori KoreanTokenizer alone, same user dictionary and decompound mode";
      case "en" -> "OpenNLP TokenizerME alone, same model";
      default -> "tokenizer alone";
    };
  }

  private List<Document> documents() {
    var docs = new ArrayList<Document>();
    if (generate != null) {
      for (Examples.Example e : Examples.generate(generate, lang)) docs.add(new Document(e.info(), e.text()));
    } else if (paths.isEmpty()) {
      for (Examples.Example e : Examples.bundled()) if (e.info().language().equals(lang)) docs.add(new Document(e.info(), e.text()));
    } else {
      DocumentReader reader = Readers.documentReader(SitrepConfig.defaults());
      for (Inputs.Input input : Inputs.expand(paths)) {
        Result<String> text = input.stdin() ? reader.read(System.in) : reader.read(input.path());
        if (text instanceof Result.Ok<String> ok) docs.add(new Document(DocumentInfo.of(input.stdin() ? "stdin" : input.defaultId(), lang, null), ok.value()));
        else System.err.println("sitrep: " + input.label() + ": " + ((Result.Failed<String>) text).failure().reason().label() + ": skipped");
      }
    }
    return docs;
  }

  private int writeGenerated(List<Document> docs, PrintStream o) throws IOException {
    Files.createDirectories(out);
    for (Document d : docs) Files.writeString(out.resolve(d.info().id() + ".txt"), d.text(), StandardCharsets.UTF_8);
    o.printf("wrote %d reports to %s%n", docs.size(), out);
    return 0;
  }

  /** Work done over wall-clock seconds and over the process's CPU seconds (robust to other load on the machine). */
  private record Measure(long bytes, long docs, int passes, double seconds, double cpuSeconds) {
    double mbPerSecond() {
      return bytes / 1e6 / cpuSeconds;
    }

    double docsPerSecond() {
      return docs / cpuSeconds;
    }

    double wallMbPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  private Measure measure(List<Document> corpus, long corpusBytes, ToLongFunction<Document> work) {
    long sink = 0;
    long warmEnd = System.nanoTime() + (long) (warmup * 1e9);
    do {
      for (Document d : corpus) sink += work.applyAsLong(d);
    } while (System.nanoTime() < warmEnd);
    int passes = 0;
    long cpuStart = processCpuNanos();
    long start = System.nanoTime(), end = start + (long) (seconds * 1e9), now;
    do {
      for (Document d : corpus) sink += work.applyAsLong(d);
      passes++;
      now = System.nanoTime();
    } while (now < end);
    long cpu = processCpuNanos() - cpuStart;
    if (sink == 42) System.err.print(""); // keeps the JIT from dropping the work
    return new Measure(corpusBytes * passes, (long) corpus.size() * passes, passes, (now - start) / 1e9, cpu / 1e9);
  }

  /** CPU time of the whole process (the measuring thread plus the garbage collector's work for it). */
  private static long processCpuNanos() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    return sum;
  }
}
