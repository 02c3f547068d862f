package org.sitrep.en;

import java.util.List;

/** Reads the plain-text lexicons beside the classes of this package. Stateless. */
final class Lexicons {
  private Lexicons() {}

  /**
   * The non-comment lines of a resource beside this class, split on white space. A {@code #}
   * starts a comment at the start of a line or after white space.
   */
  static List<String[]> lines(String resource) {
    return org.sitrep.core.text.LexiconFiles.lines(Lexicons.class, resource);
  }
}
