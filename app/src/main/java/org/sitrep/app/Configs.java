package org.sitrep.app;

import java.io.IOException;
import java.nio.file.Path;
import org.sitrep.core.config.SitrepConfig;
import picocli.CommandLine;

/** Loads a configuration file, turning its errors into usage errors. */
final class Configs {
  private Configs() {}

  static SitrepConfig load(CommandLine.Model.CommandSpec spec, Path file) {
    try {
      return SitrepConfig.load(file);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "cannot read configuration " + file + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "bad configuration " + file + ": " + e.getMessage());
    }
  }
}
