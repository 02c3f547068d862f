package org.sitrep.ko;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.sitrep.core.actor.ActorDictionary;
import org.sitrep.core.date.DateMention;
import org.sitrep.core.date.DateResolver;
import org.sitrep.core.fact.Codebook;
import org.sitrep.core.fact.FactAssembler;
import org.sitrep.core.pipeline.Document;
import org.sitrep.core.pipeline.Explained;
import org.sitrep.core.pipeline.Language;
import org.sitrep.core.place.Gazetteer;
import org.sitrep.core.quantity.QuantityMention;
import org.sitrep.core.text.NormalisedText;
import org.sitrep.model.Report;

/**
 * Reads Korean conflict reports: text normalised (odd spaces, full-width forms, zero-width
 * characters, duplicated paragraphs), analysed once by Lucene Nori (with a user dictionary
 * generated from the gazetteer's and actor dictionary's Korean names), cut into sentences and
 * clauses, names found on the character stream and given roles by their particles, and frames
 * (a trigger with its arguments, under negation, intention and attribution) turned into facts.
 *
 * <ul>
 *   <li>{@code 9월23일 탈레반이 판지시르 계곡을 공격했으나 ... 수십명이 사망하고 40명이 부상 ... 퇴각을 했다}
 *       → an armed clash in the Panjshir Valley on 23 September, Taliban 20-99 killed, 40 wounded,
 *       the Taliban retreated;
 *   <li>{@code 저항전선이 장악한 바다크샨 에쉐카셈} → the front holds Eshkashem;
 *   <li>{@code 판지시르 계곡은 점령도 못하고} → nothing: a negated capture is no control.
 * </ul>
 * Known weaknesses: roles come from particles only (no parse), so a subject left out two
 * sentences back is lost; a name neither dictionary knows is not an actor.
 *
 * <p>Thread-safe: Nori's tokenizer is kept one per thread; everything else is immutable or
 * made per document.
 */
public final class KoreanLanguage implements Language {
  private final Gazetteer gazetteer;
  private final ActorDictionary actors;
  private final Lexicon lexicon = Lexicon.bundled();
  private final NoriAnalyser nori;
  private final Segmenter segmenter = new Segmenter();
  private final MentionFinder finder;
  private final Codebook codebook;
  private final DateResolver dates = new DateResolver();
  private final KoreanQuantityFinder quantityFinder = new KoreanQuantityFinder();
  private final KoreanDateFinder dateFinder = new KoreanDateFinder();
  private final FactAssembler assembler = new FactAssembler();

  public KoreanLanguage() {
    this(Gazetteer.bundled(), ActorDictionary.bundled());
  }

  public KoreanLanguage(Gazetteer gazetteer, ActorDictionary actors) {
    this.gazetteer = gazetteer;
    this.actors = actors;
    SortedSet<String> names = new TreeSet<>(gazetteer.koreanNames());
    names.addAll(actors.koreanNames());
    this.nori = new NoriAnalyser(names);
    this.finder = new MentionFinder(gazetteer, actors, lexicon);
    this.codebook = new Codebook(actors);
  }

  @Override
  public String code() {
    return "ko";
  }

  @Override
  public Report read(Document document) {
    return explain(document).report();
  }

  /** The whole Korean pipeline, in order. */
  @Override
  public Explained explain(Document document) {
    NormalisedText text = NormalisedText.of(document.text());
    List<Morpheme> morphemes = nori.analyse(text.text());
    List<Clause> clauses = segmenter.clauses(text.text(), morphemes);
    List<Mention> names = finder.find(text.text(), morphemes, clauses);
    List<QuantityMention> quantities = quantityFinder.find(text.text(), 0, text.text().length());
    List<DateMention> days = dateFinder.find(text.text(), 0, text.text().length());
    FrameReader.Drafts drafts = new FrameReader(document.info(), text, morphemes, clauses, names, quantities, days, lexicon, codebook, dates, actors).read();
    return assembler.assemble(document.info(), drafts.events(), drafts.relations(), drafts.control(), drafts.persons());
  }

  /** Nori alone on the same text, with the same user dictionary and decompound mode: the token count. */
  @Override
  public long baseline(String text) {
    return nori.countTokens(text);
  }
}
