package org.sitrep.core.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the plain-text lexicons: UTF-8, one entry a line, {@code #} comments, tab-separated cells, {@code -} for empty. */
final class Tsv {
  /** A data line: its line number (for error messages) and its cells. */
  record Row(int line, List<String> cells) {
    String cell(int i) {
      if (i >= cells.size()) {
        return "";
      }
      String c = cells.get(i).strip();
      return c.equals("-") ? "" : c;
    }

    /** A {@code |}-separated list cell. */
    List<String> list(int i) {
      List<String> out = new ArrayList<>();
      for (String part : cell(i).split("\\|")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return out;
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException("line " + line + ": " + what + " in " + cells);
    }
  }

  private Tsv() {}

  static List<Row> read(Reader reader) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        rows.add(new Row(n, List.of(line.split("\t", -1))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static Reader resource(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
