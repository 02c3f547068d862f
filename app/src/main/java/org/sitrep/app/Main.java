package org.sitrep.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sitrep} command. Standard output carries only the command's result (JSON for
 * {@code extract}), always UTF-8 whatever the locale; everything else goes to standard error.
 * Exit codes: 0 all read, 1 some input failed (or a threshold was missed), 2 usage error.
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Reads conflict reports into sourced, geocoded facts (report format sitrep/1).",
    subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class, DemoCommand.class, GazetteerCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line with UTF-8 standard streams and returns the exit code. */
  static int run(String... args) {
    var out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    var err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.setOut(out);
    System.setErr(err);
    try {
      return commandLine(out, err).execute(args);
    } finally {
      out.flush();
    }
  }

  static CommandLine commandLine(PrintStream out, PrintStream err) {
    var cl = new CommandLine(new Main());
    cl.setOut(new java.io.PrintWriter(out, true));
    cl.setErr(new java.io.PrintWriter(err, true));
    cl.setExecutionExceptionHandler((e, line, parse) -> {
      err.println("sitrep: internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      return 1;
    });
    return cl;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"sitrep " + (v == null ? "dev" : v) + " (report format sitrep/1)"};
    }
  }
}
