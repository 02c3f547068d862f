package org.sitrep.en;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexicons of English fact reading, loaded once from the plain-text resources beside this
 * class: {@code triggers.txt} (verbs and nouns of conflict reporting), {@code cues.txt}
 * (negation, saying, inference, casualty words), {@code groups.txt} (group nouns the actor
 * dictionary lacks) and {@code roles.txt} (titles before names). Immutable; thread-safe.
 */
final class EnglishLexicon {
  static final EnglishLexicon BUNDLED = new EnglishLexicon();

  final Phrases<String> triggers = load("triggers.txt");
  final Phrases<String> cues = load("cues.txt");
  final Phrases<String> groups = load("groups.txt");
  final Phrases<String> roles = load("roles.txt");

  private static Phrases<String> load(String resource) {
    Phrases<String> p = new Phrases<>();
    for (String[] f : Lexicons.lines(resource)) p.add(String.join(" ", java.util.Arrays.copyOfRange(f, 1, f.length)), f[0]);
    return p;
  }

  /** Every entry of {@code p} found in the tokens, left to right, longest first, not overlapping. */
  static List<Cue> scan(Phrases<String> p, Words w) {
    List<Cue> out = new ArrayList<>();
    for (int k = 0; k < w.size(); k++) {
      Phrases.Entry<String> e = p.at(w, k);
      if (e == null) continue;
      int to = k + e.length();
      out.add(new Cue(e.value(), k, to, w.start(k), w.end(to - 1)));
      k = to - 1;
    }
    return out;
  }
}
