package org.sitrep.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The documents named on a command line: files, folders (recursively, {@code *.txt}, sorted) and {@code -} for standard input. */
final class Inputs {
  /** One input document: a path, or standard input when {@code path} is null. */
  record Input(String label, Path path) {
    boolean stdin() {
      return path == null;
    }

    /** The file name without its extension: the default document id. */
    String defaultId() {
      String name = path.getFileName().toString();
      int dot = name.lastIndexOf('.');
      return dot > 0 ? name.substring(0, dot) : name;
    }
  }

  private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile(".*?(\\d{4}-\\d{2}-\\d{2})$");

  private Inputs() {}

  /** A date ending a file name ({@code kabul-airport-2021-08-27}), or null. */
  static java.time.LocalDate dateInName(String name) {
    var m = DATED.matcher(name);
    if (!m.matches()) return null;
    try {
      return java.time.LocalDate.parse(m.group(1));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** True when the arguments name exactly one document (one file or {@code -}), so the output is one object, not an array. */
  static boolean single(List<String> args) {
    return args.size() == 1 && (args.get(0).equals("-") || !Files.isDirectory(Path.of(args.get(0))));
  }

  /** Expands the arguments in order; a missing path stays as an input so it is reported as {@code not found}. */
  static List<Input> expand(List<String> args) {
    var inputs = new ArrayList<Input>();
    for (String arg : args) {
      if (arg.equals("-")) {
        inputs.add(new Input("-", null));
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
              .sorted()
              .forEach(p -> inputs.add(new Input(p.toString(), p)));
        } catch (IOException | UncheckedIOException e) {
          inputs.add(new Input(arg, path));
        }
      } else {
        inputs.add(new Input(arg, path));
      }
    }
    return inputs;
  }
}
