package org.sitrep.ko;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Runs Lucene Nori ({@link KoreanTokenizer}, decompound mode DISCARD) with a user dictionary
 * generated from the place and actor names sitrep knows, so {@code 에쉐카셈} stays one noun instead
 * of 에/IC 쉐/MAG 카셈/NNP. One tokenizer per thread (Nori's is not thread-safe), reused across
 * documents; the analyser itself is thread-safe.
 */
final class NoriAnalyser {
  /** {@link Morpheme#kindsOf} of each tag, by ordinal: worked out once, not per token. */
  private static final int[] KINDS = new int[POS.Tag.values().length];
  private static final int UNKNOWN_KINDS = Morpheme.kindsOf(tag(null));

  static {
    for (POS.Tag t : POS.Tag.values()) KINDS[t.ordinal()] = Morpheme.kindsOf(tag(t));
  }

  private final UserDictionary dictionary;
  private final ThreadLocal<KoreanTokenizer> tokenizers;

  NoriAnalyser(SortedSet<String> names) {
    this.dictionary = userDictionary(names);
    this.tokenizers = ThreadLocal.withInitial(() ->
        new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, dictionary, KoreanTokenizer.DecompoundMode.DISCARD, false));
  }

  /** The morphemes of {@code text} in order, offsets into {@code text}. */
  List<Morpheme> analyse(String text) {
    List<Morpheme> out = new ArrayList<>(text.length() / 2 + 8);
    KoreanTokenizer t = tokenizers.get();
    CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = t.addAttribute(OffsetAttribute.class);
    PartOfSpeechAttribute pos = t.addAttribute(PartOfSpeechAttribute.class);
    try {
      t.setReader(new StringReader(text));
      t.reset();
      while (t.incrementToken()) {
        POS.Tag tag = pos.getLeftPOS();
        int kinds = tag == null ? UNKNOWN_KINDS : KINDS[tag.ordinal()];
        out.add(new Morpheme(term.toString(), tag(tag), offset.startOffset(), offset.endOffset(), kinds));
      }
      t.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        t.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** Nori alone, as the benchmark baseline: term, offsets and tag read for every token. */
  long countTokens(String text) {
    KoreanTokenizer t = tokenizers.get();
    CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = t.addAttribute(OffsetAttribute.class);
    PartOfSpeechAttribute pos = t.addAttribute(PartOfSpeechAttribute.class);
    long n = 0;
    try {
      t.setReader(new StringReader(text));
      t.reset();
      while (t.incrementToken()) {
        n += term.length() + offset.startOffset() + (pos.getLeftPOS() == null ? 0 : 1) > 0 ? 1 : 0;
      }
      t.end();
      t.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  private static String tag(POS.Tag tag) {
    if (tag == null) return "UNKNOWN";
    String name = tag.name();
    // Nori names every particle J and every ending E already; keep its names as they are.
    return name;
  }

  /**
   * Nori's user dictionary takes one word a line: a multi-word name is entered word by word, and
   * only words of Hangul syllables are useful to it.
   */
  static UserDictionary userDictionary(SortedSet<String> names) {
    SortedSet<String> words = new TreeSet<>();
    for (String name : names) {
      for (String w : name.split(" ")) {
        if (w.length() >= 2 && w.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3)) words.add(w);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String w : words) sb.append(w).append('\n');
    try {
      return UserDictionary.open(new StringReader(sb.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
