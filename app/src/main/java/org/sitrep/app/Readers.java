package org.sitrep.app;

import java.util.ServiceLoader;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.pipeline.DocumentReader;
import org.sitrep.core.pipeline.Extractor;
import org.sitrep.core.pipeline.Language;

/**
 * Where the app composes its readers. Language modules on the class path register themselves
 * as {@link Language} services, so adding a language adds a module and a dependency, nothing else.
 */
final class Readers {
  private Readers() {}

  static Extractor extractor() {
    return new Extractor(ServiceLoader.load(Language.class));
  }

  /** The evaluator, comparing actor names through the actor dictionary. */
  static org.sitrep.core.eval.Evaluator evaluator() {
    var actors = org.sitrep.core.actor.ActorDictionary.bundled();
    return new org.sitrep.core.eval.Evaluator(actors::canonical);
  }

  static DocumentReader documentReader(SitrepConfig config) {
    return new DocumentReader(config.maxDocumentBytes());
  }
}
