package org.sitrep.en;

/**
 * A lexicon word sequence found in the text: its class ({@code TAKE}, {@code SAY}, {@code KILLED},
 * {@code PEOPLE} ...), its first token and the token after it, and its character span.
 */
record Cue(String type, int from, int to, int start, int end) {}
