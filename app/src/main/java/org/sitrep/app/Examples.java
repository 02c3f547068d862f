package org.sitrep.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DocumentInfo;

/** The example reports bundled with sitrep (written for it), and synthetic reports recombined from them. */
final class Examples {
  /** A bundled or generated document. */
  record Example(DocumentInfo info, String text) {}

  private static final String ROOT = "/org/sitrep/app/examples/";
  private static final Pattern DATED = Pattern.compile("(.+)-(\\d{4}-\\d{2}-\\d{2})\\.txt");

  private Examples() {}

  static List<Example> bundled() {
    var examples = new ArrayList<Example>();
    for (String line : resource("index.txt").split("\n")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) continue;
      Matcher m = DATED.matcher(name);
      if (!m.matches()) throw new IllegalStateException("example name without a date: " + name);
      String text = resource(name);
      String id = name.substring(0, name.length() - 4);
      String lang = text.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3) ? "ko" : "en";
      examples.add(new Example(DocumentInfo.of(id, lang, LocalDate.parse(m.group(2))), text));
    }
    return examples;
  }

  /**
   * {@code n} synthetic reports of one language, each made of paragraphs drawn (with a fixed
   * seed, so runs repeat) from the bundled examples of that language.
   */
  static List<Example> generate(int n, String language) {
    var paragraphs = new ArrayList<String>();
    LocalDate published = null;
    for (Example e : bundled()) {
      if (!e.info().language().equals(language)) continue;
      published = e.info().published();
      for (String p : e.text().split("\n\\s*\n")) if (!p.isBlank()) paragraphs.add(p.strip());
    }
    if (paragraphs.isEmpty()) throw new IllegalArgumentException("no bundled examples in language " + language);
    var random = new Random(42);
    var out = new ArrayList<Example>(n);
    for (int i = 0; i < n; i++) {
      var text = new StringBuilder();
      int count = 2 + random.nextInt(4);
      for (int j = 0; j < count; j++) {
        if (j > 0) text.append("\n\n");
        text.append(paragraphs.get(random.nextInt(paragraphs.size())));
      }
      text.append('\n');
      out.add(new Example(DocumentInfo.of(String.format("synthetic-%05d", i + 1), language, published), text.toString()));
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = Examples.class.getResourceAsStream(ROOT + name)) {
      if (in == null) throw new IllegalStateException("missing bundled example " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
