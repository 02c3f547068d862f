package org.sitrep.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain-text lexicons that sit beside their loader classes: UTF-8, one entry a line,
 * fields separated by white space, {@code #} starting a comment at the start of a line or after
 * white space. Stateless and thread-safe.
 */
public final class LexiconFiles {
  private LexiconFiles() {}

  /**
   * The rows of a tab-separated lexicon beside {@code owner}: lines stripped, blank lines and
   * lines starting with {@code #} skipped, fields split on tabs (so a field may hold spaces).
   */
  public static List<String[]> tabRows(Class<?> owner, String resource) {
    List<String[]> out = new ArrayList<>();
    for (String line : read(owner, resource)) {
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      out.add(line.split("\t"));
    }
    return out;
  }

  /** The non-comment lines of {@code resource} (relative to {@code owner}'s package), split on white space. */
  public static List<String[]> lines(Class<?> owner, String resource) {
    List<String[]> out = new ArrayList<>();
    for (String line : read(owner, resource)) {
      int hash = line.indexOf('#');
      if (hash == 0 || hash > 0 && Character.isWhitespace(line.charAt(hash - 1))) line = line.substring(0, hash);
      line = line.strip();
      if (!line.isEmpty()) out.add(line.split("\\s+"));
    }
    return out;
  }

  private static List<String> read(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
