/**
 * The report format {@code sitrep/1} as immutable records.
 *
 * <p>Every record validates itself in its constructor: a {@link org.sitrep.model.Span} whose
 * text does not have its length, a {@link org.sitrep.model.Casualty} with {@code low > high} or
 * an {@link org.sitrep.model.Event} without evidence cannot be built. Lists are copied and
 * unmodifiable. {@link org.sitrep.model.ReportChecks} checks a whole report against the text it
 * was read from. All types here are immutable and thread-safe, and this package depends on
 * nothing but the JDK.
 */
package org.sitrep.model;
