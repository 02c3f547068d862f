package org.sitrep.en;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the plain-text lexicons beside the classes of this package. Stateless. */
final class Lexicons {
  private Lexicons() {}

  /**
   * The non-comment lines of a resource beside this class, split on white space. A {@code #}
   * starts a comment at the start of a line or after white space.
   */
  static List<String[]> lines(String resource) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int hash = line.indexOf('#');
        if (hash == 0 || hash > 0 && Character.isWhitespace(line.charAt(hash - 1))) line = line.substring(0, hash);
        line = line.strip();
        if (!line.isEmpty()) out.add(line.split("\\s+"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
