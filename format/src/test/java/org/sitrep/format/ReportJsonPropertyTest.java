package org.sitrep.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Anchor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Casualty;
import org.sitrep.model.CasualtyKind;
import org.sitrep.model.DateRange;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Person;
import org.sitrep.model.Place;
import org.sitrep.model.Precision;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.SubType;

class ReportJsonPropertyTest {

  /** Any UTF-16 text, and text heavy in what escaping must get right, and Hangul. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings()
            .withChars("\"\\/\u0000\u0001\u001f\u007f\u0085\u2028\u2029\ud800\udbff\udc00\udfff\ud83d\ude00\ufeff\n\r\t 가힣a".toCharArray())
            .ofMaxLength(30),
        Arbitraries.strings().withCharRange('\uac00', '\ud7a3').withChars(' ', '.').ofMaxLength(30));
  }

  /** A report carrying {@code s} in every kind of text field. */
  private static Report carrying(String s) {
    String nonBlank = "x" + s;
    var anchor = new Anchor(nonBlank, 3, 3 + nonBlank.length());
    var date = new DateRange(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 30), Precision.MONTH, false,
        new Anchor(s, null, null));
    var evidence = List.of(new Span(0, nonBlank.length(), nonBlank));
    var attribution = new Attribution(Stance.CLAIMED, s, s, s, List.of(s, nonBlank));
    var event = new Event(nonBlank, date, SubType.ARMED_CLASH,
        List.of(new ActorRef(nonBlank, 1, s, anchor), new ActorRef("Taliban", 2, null, new Anchor(s, null, null))),
        new Place(s, null, s, null, null, null, null, anchor),
        List.of(new Casualty(s, CasualtyKind.MISSING, 1, 9, anchor)), null, attribution, s, List.of(s, s), null,
        evidence);
    var relation = new Relation(RelationType.HOSTILITY, nonBlank, "y" + s, s, null, attribution, s, List.of(s),
        null, evidence);
    var person = new Person(nonBlank, s, null, s, null, anchor, s, List.of(), null, evidence);
    var document = new DocumentInfo(nonBlank, "ko", null, null, s, s, s);
    return new Report(document, List.of(event), List.of(relation), List.of(), List.of(person), List.of());
  }

  @Property(tries = 300)
  void any_text_survives_writing_and_reading_back(@ForAll("texts") String s) {
    Report report = carrying(s);
    assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
    assertThat(ReportJson.read(ReportJson.writeCompact(report))).isEqualTo(report);
  }

  @Property(tries = 300)
  void written_text_is_well_formed_unicode_that_survives_utf8_bytes(@ForAll("texts") String s) {
    Report report = carrying(s);
    String line = ReportJson.writeCompact(report);
    String throughBytes = new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertThat(throughBytes).isEqualTo(line);
    assertThat(line.chars()).noneMatch(c -> c < 0x20 || c == 0x2028 || c == 0x2029);
    assertThat(ReportJson.read(throughBytes)).isEqualTo(report);
  }

  @Property(tries = 300)
  void numbers_are_rounded_once_and_then_stay_put(
      @ForAll @DoubleRange(min = -90, max = 90) double lat,
      @ForAll @DoubleRange(min = -180, max = 180) double lon,
      @ForAll @DoubleRange(min = 0, max = 1) double confidence) {
    var event = new Event("e1", null, SubType.ARMED_CLASH, List.of(new ActorRef("Taliban", 1, null, null)),
        new Place("p", null, null, lat, lon, null, null, null), List.of(), null, Attribution.REPORTED, null,
        List.of(), confidence, List.of(new Span(0, 1, "p")));
    var report = new Report(DocumentInfo.of("n", "en", null), List.of(event), null, null, null, null);
    String once = ReportJson.writeCompact(report);
    Report read = ReportJson.read(once);
    assertThat(ReportJson.writeCompact(read)).isEqualTo(once);
    assertThat(ReportJson.read(once)).isEqualTo(read);
    Place place = read.events().get(0).location();
    assertThat(place.lat()).isCloseTo(lat, org.assertj.core.data.Offset.offset(0.00005));
    assertThat(place.lon()).isCloseTo(lon, org.assertj.core.data.Offset.offset(0.00005));
    assertThat(read.events().get(0).confidence()).isCloseTo(confidence, org.assertj.core.data.Offset.offset(0.005));
    assertThat(once).doesNotContainPattern("[0-9][eE][-+0-9]").doesNotContainPattern("\\.[0-9]{5,}");
  }
}
