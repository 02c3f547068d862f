package org.sitrep.ko;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Korean word lists, read from plain-text files beside this class (one entry a line,
 * fields separated by a tab, {@code #} comments): trigger words and their classes, sources of
 * claims, means of support, victim nouns, kinds of armed group, offices of persons. Immutable and thread-safe.
 */
final class Lexicon {
  final Map<String, String> triggers;
  final Map<String, String> sources;
  final Map<String, String> means;
  final Map<String, String> victims;
  final Map<String, String[]> groups;
  final Map<String, String> roles;

  private Lexicon() {
    triggers = pairs("triggers.txt");
    sources = pairs("sources.txt");
    means = pairs("means.txt");
    victims = pairs("victims.txt");
    roles = pairs("roles.txt");
    Map<String, String[]> g = new LinkedHashMap<>();
    for (String[] row : rows("groups.txt")) g.put(row[0], new String[] {row[1], row[2]});
    groups = Collections.unmodifiableMap(g);
  }

  private static final Lexicon BUNDLED = new Lexicon();

  static Lexicon bundled() {
    return BUNDLED;
  }

  /** The class of a trigger form, or null. */
  String trigger(String form) {
    return triggers.get(form);
  }

  private static Map<String, String> pairs(String file) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String[] row : rows(file)) m.put(row[0], row.length > 1 ? row[1] : "");
    return Collections.unmodifiableMap(m);
  }

  private static List<String[]> rows(String file) {
    return org.sitrep.core.text.LexiconFiles.tabRows(Lexicon.class, file);
  }
}
