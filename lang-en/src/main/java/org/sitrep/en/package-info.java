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
 * original text.
 *
 * <p>Facts: {@code EnglishLanguage} finds names with the shared gazetteer and actor dictionary
 * (over {@code NameWindows}' masked text, for speed) plus group nouns, and
 * {@code EnglishReader} reads them with trigger and cue lexicons ({@code triggers.txt},
 * {@code cues.txt}, {@code groups.txt}, {@code roles.txt}, {@code name-words.txt}) into drafted
 * events, casualties, control claims, relations and persons, each carrying its {@code en.*} rule
 * names; the core's {@code FactAssembler} merges and orders them. No part-of-speech tagging is
 * needed on the way. Lexicons are plain-text files beside the classes. Everything here is
 * thread-safe.
 */
package org.sitrep.en;
