package org.sitrep.ko;

/**
 * One morpheme from Nori: its form, its tag and the characters of the normalised text it came
 * from. Morphemes of one inflected word share the word's offsets ({@code 부상했으며}: 부상/NNG,
 * 하/XSV, 았/E, 으며/E). Tags are Nori's: all particles are {@code J}, all endings {@code E}.
 * {@code kinds} holds the tag's classes as bits ({@link #kindsOf}), worked out once per tag so
 * the readers, which ask them of every morpheme of every clause, compare no strings.
 */
record Morpheme(String form, String tag, int start, int end, int kinds) {
  private static final int PARTICLE = 1;
  private static final int ENDING = 2;
  private static final int NOMINAL = 4;
  private static final int VERBAL = 8;
  /** The tags a trigger word may carry: NNG, NNP, NNB, VV, VA, SL, XR. */
  private static final int CONTENT = 16;

  Morpheme(String form, String tag, int start, int end) {
    this(form, tag, start, end, kindsOf(tag));
  }

  /** The class bits of a tag. */
  static int kindsOf(String tag) {
    int k = 0;
    if (tag.equals("J")) k |= PARTICLE;
    if (tag.equals("E")) k |= ENDING;
    if (tag.startsWith("NN") || tag.equals("NR") || tag.equals("NP") || tag.equals("SN") || tag.equals("SL")
        || tag.equals("SH") || tag.equals("XR") || tag.equals("UNKNOWN") || tag.equals("XSN")) k |= NOMINAL;
    if (tag.equals("VV") || tag.equals("VA") || tag.equals("VX") || tag.equals("XSV") || tag.equals("XSA")
        || tag.equals("VCP") || tag.equals("VCN")) k |= VERBAL;
    if (tag.equals("NNG") || tag.equals("NNP") || tag.equals("VV") || tag.equals("VA") || tag.equals("SL")
        || tag.equals("XR") || tag.equals("NNB")) k |= CONTENT;
    return k;
  }

  boolean isParticle() {
    return (kinds & PARTICLE) != 0;
  }

  boolean isEnding() {
    return (kinds & ENDING) != 0;
  }

  /** A noun-like morpheme: nouns, numbers, foreign words, roots. */
  boolean isNominal() {
    return (kinds & NOMINAL) != 0;
  }

  boolean isVerbal() {
    return (kinds & VERBAL) != 0;
  }

  /** A tag a word of war may carry: a noun (NNG, NNP, NNB), a verb or adjective stem (VV, VA), a foreign word, a root. */
  boolean isContent() {
    return (kinds & CONTENT) != 0;
  }

  @Override
  public String toString() {
    return form + "/" + tag + "@" + start;
  }
}
