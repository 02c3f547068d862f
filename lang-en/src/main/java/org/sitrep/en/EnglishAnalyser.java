package org.sitrep.en;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.sitrep.model.Span;

/**
 * English sentences, tokens and part-of-speech tags on Apache OpenNLP's UD-EWT models, with
 * every offset into the original text.
 *
 * <p>Sentences: the text is first cut where a line break must end a sentence (a blank line, a
 * bullet or numbered item on the next line, a heading line, a line that ends a note), then
 * OpenNLP's sentence detector runs inside each piece, then splits it made after an abbreviation
 * are undone ("Gen.", "Lt. Col.", "Sept. 5", "U.S. forces"). A leading bullet marker is left out
 * of the sentence. A wire dateline ("KABUL, Sept 6 (Reuters) -") stays with its first sentence.
 *
 * <p>Tokens come from OpenNLP's {@code TokenizerME}; tags are UPOS ({@code PROPN}, {@code NOUN},
 * {@code VERB}, {@code NUM} ...) from {@code POSTaggerME}.
 *
 * <p>Known weaknesses: a short line of prose (under 50 characters) hard-wrapped before a
 * capitalised word ends a sentence; a sentence ending in an abbreviation of the plain list ("...
 * with Gen.") runs on into the next. OpenNLP is the slow part: its tokenizer runs at about 2-3 MB/s
 * of CPU time and the tagger brings a full analysis down to about 0.5 MB/s, so tag only the
 * sentences that need it.
 *
 * <p>The models are read once from the class path and shared (they are thread-safe); the
 * OpenNLP ME classes are not, so each thread gets its own detector, tokenizer and tagger.
 * Thread-safe.
 */
final class EnglishAnalyser {
  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  /** Abbreviations after which a period does not end a sentence. */
  private static final Set<String> ABBREVIATIONS = new HashSet<>();
  /** Abbreviations that also end sentences ("... flown to the U.S. The next day"): kept apart only before a sentence opener. */
  private static final Set<String> FINAL_ABBREVIATIONS = new HashSet<>();
  /** Words that open a new sentence after an abbreviation like "U.S.". */
  private static final Set<String> OPENERS = new HashSet<>();

  static {
    for (String[] f : Lexicons.lines("abbreviations.txt")) {
      if (f[0].equals("final")) {
        for (int i = 1; i < f.length; i++) FINAL_ABBREVIATIONS.add(f[i]);
      } else if (f[0].equals("opener")) {
        for (int i = 1; i < f.length; i++) OPENERS.add(f[i]);
      } else {
        for (String a : f) ABBREVIATIONS.add(a);
      }
    }
  }

  /** A token: offsets into the document text, the text, its UPOS tag (null when not tagged). */
  record Token(int start, int end, String text, String pos) {}

  /** A sentence: its span and its tokens. */
  record Sentence(Span span, List<Token> tokens) {}

  private static final class Models {
    static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
    static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
  }

  private static final class PosModel {
    static final POSModel POS = load(POS_MODEL, POSModel::new);
  }

  private interface Reader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, Reader<M> reader) {
    try (InputStream in = EnglishAnalyser.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("OpenNLP model not on the class path: " + resource);
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }

  private static final ThreadLocal<SentenceDetectorME> DETECTOR = ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.SENTENCES));
  private static final ThreadLocal<TokenizerME> TOKENIZER = ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENS));
  private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(PosModel.POS, POSTagFormat.UD));

  /** The sentences of {@code text}, in order, trimmed, never empty. */
  List<Span> sentences(String text) {
    List<Span> out = new ArrayList<>();
    for (int[] block : blocks(text)) {
      int from = block[0];
      String piece = text.substring(from, block[1]);
      opennlp.tools.util.Span[] found = DETECTOR.get().sentPosDetect(piece);
      List<int[]> parts = new ArrayList<>();
      for (opennlp.tools.util.Span s : found) parts.add(new int[] {from + s.getStart(), from + s.getEnd()});
      if (parts.isEmpty()) parts.add(new int[] {block[0], block[1]});
      // the detector may leave text between its sentences; make the parts cover the block
      parts.get(0)[0] = block[0];
      for (int i = 1; i < parts.size(); i++) parts.get(i - 1)[1] = parts.get(i)[0];
      parts.get(parts.size() - 1)[1] = block[1];
      int[] open = null;
      for (int[] p : parts) {
        if (open == null) {
          open = p;
        } else if (continues(text, open, p)) {
          open[1] = p[1];
        } else {
          add(text, open, out);
          open = p;
        }
      }
      add(text, open, out);
    }
    return out;
  }

  /** Sentences with their tokens and UPOS tags. */
  List<Sentence> analyse(String text) {
    List<Sentence> out = new ArrayList<>();
    for (Span s : sentences(text)) {
      List<Token> tokens = tokens(text, s.start(), s.end());
      String[] words = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) words[i] = tokens.get(i).text();
      String[] tags = TAGGER.get().tag(words);
      List<Token> tagged = new ArrayList<>(tokens.size());
      for (int i = 0; i < words.length; i++) {
        Token t = tokens.get(i);
        tagged.add(new Token(t.start(), t.end(), t.text(), tags[i]));
      }
      out.add(new Sentence(s, List.copyOf(tagged)));
    }
    return out;
  }

  /** OpenNLP tokens of {@code [from, to)} of {@code text}, untagged, offsets into {@code text}. */
  List<Token> tokens(String text, int from, int to) {
    String piece = text.substring(from, to);
    opennlp.tools.util.Span[] spans = TOKENIZER.get().tokenizePos(piece);
    List<Token> out = new ArrayList<>(spans.length);
    for (opennlp.tools.util.Span s : spans) {
      int a = from + s.getStart();
      int b = from + s.getEnd();
      if (b > a) out.add(new Token(a, b, text.substring(a, b), null));
    }
    return out;
  }

  /** The tokenizer alone on the whole text, as the benchmark baseline: the number of tokens. */
  static long baseline(String text) {
    return TOKENIZER.get().tokenizePos(text).length;
  }

  // ---------------------------------------------------------------- hard breaks between lines

  /**
   * Pieces of the text between breaks that always end a sentence: a blank line, a line that
   * starts with a bullet or number, a line after a heading or a line that ends a note. Leading
   * bullets and surrounding white space are left out of the pieces.
   */
  static List<int[]> blocks(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int blockStart = -1;
    int prevStart = -1;
    int prevEnd = -1;
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = n;
      int s = skipSpace(text, lineStart, lineEnd);
      int e = trimEnd(text, s, lineEnd);
      if (s == e) {
        // a blank line
        if (blockStart >= 0) out.add(new int[] {blockStart, prevEnd});
        blockStart = -1;
      } else {
        int bullet = bulletEnd(text, s, e);
        boolean breakBefore = bullet > s || blockStart >= 0 && lineEnds(text, prevStart, prevEnd, s);
        if (breakBefore && blockStart >= 0) {
          out.add(new int[] {blockStart, prevEnd});
          blockStart = -1;
        }
        if (blockStart < 0) blockStart = skipSpace(text, bullet, e);
        prevStart = s;
        prevEnd = e;
      }
      lineStart = lineEnd + 1;
    }
    if (blockStart >= 0) out.add(new int[] {blockStart, prevEnd});
    out.removeIf(b -> b[1] <= b[0]);
    return out;
  }

  /**
   * Whether a single line break after the line {@code [ps, pe)} ends the sentence before the
   * line starting at {@code next}. It does, unless the line reads as wrapped prose: it ends in a
   * lower-case letter, a comma or a hyphen and is long, or the next line starts in lower case.
   */
  private static boolean lineEnds(String text, int ps, int pe, int next) {
    char last = text.charAt(pe - 1);
    char first = text.charAt(next);
    boolean heading = true;
    for (int i = ps; i < pe && heading; i++) if (Character.isLowerCase(text.charAt(i))) heading = false;
    if (heading) return true;
    boolean open = Character.isLowerCase(last) || last == ',' || last == '-' || last == '(' || last == ';';
    if (Character.isLowerCase(first) && !isTerminal(last)) return false;
    return !(open && pe - ps >= 50);
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  /** Where a bullet marker at {@code s} ends ("- ", "* ", "• ", "1. ", "2) "), or {@code s} when none. */
  static int bulletEnd(String text, int s, int e) {
    char c = text.charAt(s);
    if ((c == '-' || c == '*' || c == '\u2022' || c == '\u2013' || c == '\u2014' || c == '\u00B7' || c == '\u25AA' || c == '>')
        && s + 1 < e && Character.isWhitespace(text.charAt(s + 1))) {
      return s + 1;
    }
    int i = s;
    while (i < e && i - s < 3 && Character.isDigit(text.charAt(i))) i++;
    if (i > s && i + 1 < e && (text.charAt(i) == '.' || text.charAt(i) == ')') && Character.isWhitespace(text.charAt(i + 1))) {
      return i + 1;
    }
    return s;
  }

  private static int skipSpace(String text, int i, int end) {
    while (i < end && Character.isWhitespace(text.charAt(i))) i++;
    return i;
  }

  private static int trimEnd(String text, int s, int e) {
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
    return e;
  }

  // ---------------------------------------------------------------- splits after abbreviations

  /** The detector split {@code a} from {@code b} after an abbreviation: they are one sentence. */
  private static boolean continues(String text, int[] a, int[] b) {
    int end = trimEnd(text, a[0], a[1]);
    if (end == a[0] || text.charAt(end - 1) != '.') return false;
    int wordStart = end - 1;
    while (wordStart > a[0] && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') wordStart--;
    String word = text.substring(wordStart, end - 1).toLowerCase(Locale.ROOT);
    int next = skipSpace(text, b[0], b[1]);
    if (next >= b[1]) return true;
    char first = text.charAt(next);
    if (Character.isLowerCase(first) || Character.isDigit(first) && ABBREVIATIONS.contains(word)) return true;
    // an initial: "Ahmad S. Massoud"
    if (word.length() == 1 && Character.isUpperCase(text.charAt(wordStart)) && Character.isUpperCase(first)) return true;
    if (ABBREVIATIONS.contains(word)) return true;
    if (FINAL_ABBREVIATIONS.contains(word)) {
      int wordEnd = next;
      while (wordEnd < b[1] && Character.isLetter(text.charAt(wordEnd))) wordEnd++;
      return !OPENERS.contains(text.substring(next, wordEnd).toLowerCase(Locale.ROOT));
    }
    return false;
  }

  /** Adds the trimmed part, split where the detector kept "... the U.S. The next day" together. */
  private static void add(String text, int[] p, List<Span> out) {
    int s = skipSpace(text, p[0], p[1]);
    int e = trimEnd(text, s, p[1]);
    for (int i = s + 1; i + 2 < e; i++) {
      if (text.charAt(i) != '.' || text.charAt(i + 1) != ' ') continue;
      int next = skipSpace(text, i + 1, e);
      if (next >= e || !Character.isUpperCase(text.charAt(next))) continue;
      int wordStart = i;
      while (wordStart > s && !Character.isWhitespace(text.charAt(wordStart - 1))) wordStart--;
      if (!FINAL_ABBREVIATIONS.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT))) continue;
      int wordEnd = next;
      while (wordEnd < e && Character.isLetter(text.charAt(wordEnd))) wordEnd++;
      if (!OPENERS.contains(text.substring(next, wordEnd).toLowerCase(Locale.ROOT))) continue;
      out.add(Span.of(text, s, i + 1));
      s = next;
    }
    if (e > s) out.add(Span.of(text, s, e));
  }
}
