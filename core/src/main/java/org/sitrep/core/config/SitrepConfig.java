package org.sitrep.core.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one configuration of sitrep, validated when built: unknown keys and bad values are errors,
 * never silently ignored. Read from a {@code .properties} file or built in code; immutable.
 *
 * <ul>
 *   <li>{@code max.document.bytes}: larger documents are a {@code too large} failure (default 50 MB)
 *   <li>{@code default.language}: {@code ko}, {@code en} or {@code auto} (default {@code auto})
 * </ul>
 */
public record SitrepConfig(long maxDocumentBytes, String defaultLanguage) {
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;
  private static final Set<String> KEYS = Set.of("max.document.bytes", "default.language");

  public SitrepConfig {
    if (maxDocumentBytes < 1) throw new IllegalArgumentException("max.document.bytes must be positive: " + maxDocumentBytes);
    if (!Set.of("ko", "en", "auto").contains(defaultLanguage))
      throw new IllegalArgumentException("default.language must be ko, en or auto: " + defaultLanguage);
  }

  public static SitrepConfig defaults() {
    return new SitrepConfig(DEFAULT_MAX_DOCUMENT_BYTES, "auto");
  }

  /** Builds a configuration from key/value pairs; unknown keys are an error naming them. */
  public static SitrepConfig of(Map<String, String> values) {
    var unknown = new TreeMap<>(values);
    unknown.keySet().removeAll(KEYS);
    if (!unknown.isEmpty()) throw new IllegalArgumentException("unknown configuration keys: " + unknown.keySet() + "; known: " + new TreeMap<>(Map.of("max.document.bytes", "", "default.language", "")).keySet());
    SitrepConfig d = defaults();
    long max = d.maxDocumentBytes();
    if (values.containsKey("max.document.bytes")) {
      try {
        max = Long.parseLong(values.get("max.document.bytes").trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("max.document.bytes is not a number: " + values.get("max.document.bytes"));
      }
    }
    return new SitrepConfig(max, values.getOrDefault("default.language", d.defaultLanguage()).trim());
  }

  public static SitrepConfig load(Path file) throws IOException {
    var props = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      props.load(r);
    }
    var map = new TreeMap<String, String>();
    props.forEach((k, v) -> map.put(k.toString(), v.toString()));
    return of(map);
  }
}
