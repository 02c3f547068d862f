package org.sitrep.ko;

/**
 * One morpheme from Nori: its form, its tag and the characters of the normalised text it came
 * from. Morphemes of one inflected word share the word's offsets ({@code 부상했으며}: 부상/NNG,
 * 하/XSV, 았/E, 으며/E). Tags are Nori's: all particles are {@code J}, all endings {@code E}.
 */
record Morpheme(String form, String tag, int start, int end) {
  boolean isParticle() {
    return tag.equals("J");
  }

  boolean isEnding() {
    return tag.equals("E");
  }

  /** A noun-like morpheme: nouns, numbers, foreign words, roots. */
  boolean isNominal() {
    return tag.startsWith("NN") || tag.equals("NR") || tag.equals("NP") || tag.equals("SN") || tag.equals("SL")
        || tag.equals("SH") || tag.equals("XR") || tag.equals("UNKNOWN") || tag.equals("XSN");
  }

  boolean isVerbal() {
    return tag.equals("VV") || tag.equals("VA") || tag.equals("VX") || tag.equals("XSV") || tag.equals("XSA")
        || tag.equals("VCP") || tag.equals("VCN");
  }

  @Override
  public String toString() {
    return form + "/" + tag + "@" + start;
  }
}
