/**
 * The JSON form of the report format {@code sitrep/1}: {@link org.sitrep.format.ReportJson}
 * writes and reads it, and ships {@code format.schema.json}, the contract both sides keep.
 * Everything else here is package-private. Thread-safe throughout.
 */
package org.sitrep.format;
