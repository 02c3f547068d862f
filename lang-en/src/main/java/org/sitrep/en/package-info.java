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
 *
 * <p>Rules by family (each name is carried in the {@code rules} of the facts it made):
 * <ul>
 *   <li>events: {@code en.event.clash} (fighting, "attacked", "stormed", also when only attempted),
 *       {@code en.event.take}, {@code en.event.transfer}, {@code en.event.suicide},
 *       {@code en.event.air-strike}, {@code en.event.shelling}, {@code en.event.explosive},
 *       {@code en.event.against-civilians} (killings, abductions), {@code en.event.punishment}
 *       (floggings by the authorities), {@code en.event.arrest} (also the state detaining
 *       suspects), {@code en.event.protest}, {@code en.event.protest-force},
 *       {@code en.event.strategic}, {@code en.event.killed-by} (an armed party named right before an
 *       active "killed", with a place or day of its own: "Pakistani troops killed three guards in
 *       Kurram"; a passive "were killed by X" names X), {@code en.event.defused} (a device found and
 *       defused: disrupted weapons use); the police, intelligence or officials of the state
 *       detaining people, and anyone detaining with no one named, make an arrest; "clashes erupted
 *       between X and Y" names both; an attack on a checkpoint or patrol targets the authorities; a
 *       raid on a house that met no armed side is violence against those at home; the act of the
 *       main clause wins over one in an "after" clause; one event a sentence unless it tells two acts of different
 *       kinds in two clauses ("rockets hit the airport, a day after a drone strike in the city";
 *       {@code en.date.day-after} dates the later one); {@code en.event.retold}: a definite or
 *       condemned act ("the blast", "Thursday's attack", "condemned the shelling") adds its clause
 *       and figures to the event told, not a new one;
 *   <li>places: an event's place comes from its own clause (not from a subordinate "after ..."
 *       clause); a list of places, brackets and all ("Farkhar (Takhar) and Jurm"), gives one event
 *       each; with none named, the place told before in the paragraph, the previous event's, else
 *       the document's main place ({@code en.place.context}), which a place told next replaces; a
 *       destination ("travelling to Kabul") and a place inside a relative clause about a victim are
 *       not where the act was; a list of provinces gives one event each; an event told without a day
 *       takes the day of the story told just before ({@code en.date.context});
 *   <li>casualties ({@code en.casualty.killed|wounded|captured|missing}): a count beside a
 *       casualty word, of the actor named in it, else the side the sentence makes suffer; counts
 *       joined by "and" share the verb; "N of them", "including N" are subsets; "others", "more"
 *       are of the same side; "they lost N men" are the speaker's own; {@code en.casualty.toll}:
 *       "the death toll rose to N" replaces the first figure; figures go to an event of their
 *       own sentence, or to the event the sentence continues (next sentence, same paragraph, no
 *       other place named); one person told with an article ("a passer-by", "an Afghan man was
 *       killed") is a count of one ({@code en.quantity.article}); sums over a period ("killed since
 *       2021", "every year") are no figure;
 *   <li>control ({@code en.control.took|holds|lost|contested}): captures (also in the passive:
 *       "Bazarak was captured by"), "fell to", "remains under X's control", "in X's hands",
 *       "X-held", "X-controlled", "controls most of" (mostly), "now controls", withdrawals, "driven
 *       out of", "besieged", "contested", with extent (part, positions: posts taken in a province
 *       claim positions there) and counterpart; a place word as subject ("the district fell to")
 *       is the story's place; ground taken in a relative or "since" clause is background;
 *   <li>relations ({@code en.relation.alliance-support}, {@code en.relation.support},
 *       {@code en.relation.hostility}): joining, "allied with", "backed", "funded", "armed",
 *       "sheltering" (with {@code means}), accusations of support, warnings, pressure,
 *       condemnation, soured relations;
 *   <li>context: {@code en.actor.context}: clashes told without names ("clashes were reported
 *       in ...") take the two sides of the fighting told just before; "the previous day", "the
 *       next day" count from the day of the story told last; the date nearest the act wins over
 *       a dateline's;
 *   <li>blocking: negation, failure, aims, expectation, appeals ("called on ... to release"),
 *       denial (everything after "denied" up to a new statement), rumour ("unconfirmed reports",
 *       "social media reports", "rumours": nothing in the sentence), acts that "did not take
 *       place", a condemned act (never a new one), history dated before the takeover, "have been
 *       detained since" (a state), people gathering or dispersed with no protest told, "no casualties", a named agreement ("the Doha
 *       deal") that no one signed now, headlines, generic plurals without a day, bodies without
 *       a count.
 * </ul>
 */
package org.sitrep.en;
