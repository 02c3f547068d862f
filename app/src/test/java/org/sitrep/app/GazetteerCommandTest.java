package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GazetteerCommandTest {
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream saved = System.out;
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    try (var o = new PrintStream(out, true, StandardCharsets.UTF_8);
         var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      int exit = Main.commandLine(o, e).execute(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(saved);
    }
  }

  @Test
  void statsPrintsOneNameCountLineForEachFigure() {
    Run r = run("gazetteer", "--stats");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("provinces: 34\n", "provinces_with_polygons: 34\n")
        .containsPattern("(?m)^districts: \\d+$").containsPattern("(?m)^districts_with_seat: \\d+$")
        .containsPattern("(?m)^districts_approximate: \\d+$").containsPattern("(?m)^places: \\d+$")
        .containsPattern("(?m)^places_with_korean: \\d+$").containsPattern("(?m)^features: \\d+$")
        .containsPattern("(?m)^actors: \\d+$").containsPattern("(?m)^persons: \\d+$");
    assertThat(r.out().lines()).allMatch(l -> l.matches("[a-z_0-9]+: \\d+"));
  }

  @Test
  void aKoreanProvinceNameResolvesToTheProvince() {
    Run r = run("gazetteer", "resolve", "--lang", "ko", "판즈시르");
    assertThat(r.out()).startsWith("{\"name\":\"Panjshir\",\"kind\":\"province\",\"admin1\":\"AF-PAN\"");
  }

  @Test
  void aPlaceWinsOverAnActorUnlessTheKindIsGiven() {
    assertThat(run("gazetteer", "resolve", "파키스탄").out()).contains("\"kind\":\"country\"");
    assertThat(run("gazetteer", "resolve", "--kind", "actor", "파키스탄").out())
        .isEqualTo("{\"name\":\"Pakistan\",\"kind\":\"actor\",\"type\":\"state_forces\"}\n");
  }

  @Test
  void anActorsTypeIsTheOneHeldOnTheDateGiven() {
    assertThat(run("gazetteer", "resolve", "--date", "2021-08-01", "Taliban").out()).contains("\"type\":\"rebel_group\"");
    assertThat(run("gazetteer", "resolve", "--date", "2021-09-01", "Taliban").out()).contains("\"type\":\"state_forces\"");
  }

  @Test
  void aPersonResolvesWithTheOrganisationsType() {
    assertThat(run("gazetteer", "resolve", "--kind", "actor", "--date", "2021-09-01", "자비훌라 무자히드").out())
        .contains("\"name\":\"Zabihullah Mujahid\"", "\"kind\":\"person\"", "\"type\":\"state_forces\"");
  }

  @Test
  void anAmbiguousNameIsNullUntilTheContextSettlesIt() {
    assertThat(run("gazetteer", "resolve", "--lang", "en", "Khost").out()).isEqualTo("null\n");
    assertThat(run("gazetteer", "resolve", "--lang", "en", "--context", "clashes in Baghlan's Khost wa Firing district", "Khost").out())
        .contains("\"admin1\":\"AF-BGL\"");
  }

  @Test
  void anUnknownMentionIsNullAndABadOptionIsAUsageError() {
    assertThat(run("gazetteer", "resolve", "Qwertyuiop").out()).isEqualTo("null\n");
    assertThat(run("gazetteer", "resolve", "--date", "1 Sept", "Taliban").exit()).isEqualTo(2);
    assertThat(run("gazetteer", "resolve", "--kind", "town", "Kabul").exit()).isEqualTo(2);
  }

  @Test
  void checkGoldCountsTheGoldMentionsThatResolveAndFailsOnAMiss(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("a.txt"), "바글란주 코스트 지구에서 교전. 칼리드 아미리가 지휘했다.");
    java.nio.file.Files.writeString(dir.resolve("a.gold.json"), """
        {"events": [{"actors": [{"name": "Taliban"}, {"name": "National Resistance Front"}],
          "location": {"name": "Khost wa Firing", "admin1": "AF-BGL", "text": "코스트 지구"},
          "evidence_text": ["바글란주 코스트 지구에서 교전"]},
          {"location": {"name": "Kabul", "admin1": "AF-KAB", "text": "the city centre"}}],
         "persons": [{"name": "Khalid Amiri", "text": "칼리드 아미리"}]}""");
    Run ok = run("gazetteer", "check-gold", dir.toString());
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).contains("place mentions without a name, not checked: 1\n", "gazetteer-gold: 4 passed, 0 failed\n");
    java.nio.file.Files.writeString(dir.resolve("a.gold.json"), """
        {"events": [{"location": {"name": "Khost", "admin1": "AF-KHO", "text": "코스트 지구"},
          "evidence_text": ["바글란주 코스트 지구에서 교전"]}]}""");
    Run miss = run("gazetteer", "check-gold", dir.toString());
    assertThat(miss.exit()).isEqualTo(1);
    assertThat(miss.out()).contains("miss ", "gazetteer-gold: 0 passed, 1 failed");
  }
}
