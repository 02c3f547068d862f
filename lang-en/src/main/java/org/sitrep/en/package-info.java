/**
 * Reading English reports, on Apache OpenNLP's UD-EWT models (sentences, tokens, UPOS tags).
 *
 * <p>Public: {@link org.sitrep.en.EnglishLanguage} (the {@code en} language service, found by
 * {@link java.util.ServiceLoader}), {@link org.sitrep.en.EnglishQuantityFinder} (number phrases as
 * core {@link org.sitrep.core.quantity.QuantityMention}s) and {@link org.sitrep.en.EnglishDateFinder}
 * (date phrases as core {@link org.sitrep.core.date.DateMention}s). Ranges and calendar days come
 * from the core ({@link org.sitrep.core.quantity.QuantityTable},
 * {@link org.sitrep.core.date.DateResolver}); this package only finds phrases. The finders work on
 * a light rule-based tokenisation of their own ({@code Words}), so they cost little beside
 * OpenNLP; {@code EnglishAnalyser} gives sentences, OpenNLP tokens and tags with offsets into the
 * original text. Lexicons are plain-text files beside the classes. Everything here is
 * thread-safe.
 */
package org.sitrep.en;
