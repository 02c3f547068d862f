package org.sitrep.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code sitrep} jar as a real process, as a user would. */
final class Cli {
  record Run(int exit, byte[] stdout, String stderr) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  private Cli() {}

  static Run run(Map<String, String> env, byte[] stdin, String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("sitrep.jar");
    var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar));
    command.addAll(List.of(args));
    var pb = new ProcessBuilder(command);
    if (env != null) {
      pb.environment().clear();
      pb.environment().putAll(env);
    }
    Path err = Files.createTempFile("sitrep-err", ".txt");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    try (var in = p.getOutputStream()) {
      if (stdin != null) in.write(stdin);
    }
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("sitrep did not finish");
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    Files.delete(err);
    return new Run(p.exitValue(), out, stderr);
  }

  static Run run(String... args) throws IOException, InterruptedException {
    return run(null, null, args);
  }
}
