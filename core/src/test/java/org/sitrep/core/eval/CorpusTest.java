package org.sitrep.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.eval.Fixtures.BATTLE;
import static org.sitrep.core.eval.Fixtures.JOINING;
import static org.sitrep.core.eval.Fixtures.KO;
import static org.sitrep.core.eval.Fixtures.battle;
import static org.sitrep.core.eval.Fixtures.gold;
import static org.sitrep.core.eval.Fixtures.killed;
import static org.sitrep.core.eval.Fixtures.reading;
import static org.sitrep.core.eval.Fixtures.withRules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Report;
import org.sitrep.model.SubType;

class CorpusTest {
  private final Evaluator evaluator = new Evaluator();

  @Test
  void totals_are_micro_averaged_over_documents() {
    Gold one = gold("'events':[" + BATTLE.replaceAll("(?s)'casualties':\\[.*?]\\s*,\\s*'outcome'", "'casualties':[],'outcome'") + "]", KO);
    Gold three = gold("'events':[" + BATTLE + "]", KO);
    DocumentScore perfect = evaluator.score(one, reading(List.of(battle())), KO);
    DocumentScore empty = evaluator.score(three, reading(List.of()), KO);

    CorpusScore corpus = new CorpusScore(List.of(perfect, empty));

    assertThat(perfect.facts()).isEqualTo(new Counts(1, 0, 0));
    assertThat(empty.facts()).isEqualTo(new Counts(0, 0, 3));
    assertThat(corpus.facts()).isEqualTo(new Counts(1, 0, 3));
    assertThat(corpus.facts().recall()).isEqualTo(0.25); // a macro average would say 0.5
    assertThat(corpus.events().recall()).isEqualTo(0.5);
  }

  @Test
  void rules_are_counted_with_their_matches_false_alarms_documents_and_sentences() {
    Gold g = gold("'events':[" + BATTLE + "]", KO);
    var read = reading(List.of(withRules(battle(), "ko.clash", "ko.date"),
        withRules(Fixtures.joining(SubType.CHANGE_TO_GROUP, "AF-BDS"), "ko.clash")));

    CorpusScore corpus = new CorpusScore(List.of(evaluator.score(g, read, KO), evaluator.score(g, read, KO)));

    assertThat(corpus.byRule()).containsOnlyKeys("ko.clash", "ko.date");
    assertThat(corpus.byRule().get("ko.clash")).isEqualTo(new RuleStats(4, 2, 2, 2, 4));
    assertThat(corpus.byRule().get("ko.date")).isEqualTo(new RuleStats(2, 2, 0, 2, 2));
  }

  @Test
  void the_text_report_ends_with_the_summary_line() {
    Gold g = gold("'events':[" + BATTLE + "," + JOINING + "],'must_not':[{'what':'casualty','low':200,'why':'a crowd'}]", KO);
    var read = reading(List.of(battle(killed("Taliban", 20, 99), killed("Civilians", 300, 300))));
    CorpusScore corpus = new CorpusScore(List.of(evaluator.score(g, read, KO)));

    String text = EvalReport.toText(corpus, true);
    String[] lines = text.strip().split("\n");

    assertThat(lines[lines.length - 1]).isEqualTo(
        "total: facts P=0.667 R=0.500 F1=0.571 | events F1=0.667 | relations F1=1.000 | control F1=1.000"
            + " | persons F1=1.000 | must_not 1");
    assertThat(lines[lines.length - 1]).matches(
        "total: facts P=\\d\\.\\d{3} R=\\d\\.\\d{3} F1=\\d\\.\\d{3} \\| events F1=\\d\\.\\d{3} \\| relations F1=\\d\\.\\d{3}"
            + " \\| control F1=\\d\\.\\d{3} \\| persons F1=\\d\\.\\d{3} \\| must_not \\d+");
    assertThat(text).contains("must_not violations: 1").contains("casualty low=200 <- Civilians killed 300 in e1")
        .contains("miss         event: Strategic developments/Change to group/activity")
        .contains("false alarm  casualty: Civilians killed 300").contains("by rule").contains("test.event")
        .contains("casualty figures right on 50.0% of gold casualties (1/2 on matched events)");
    assertThat(EvalReport.toText(corpus, false)).doesNotContain("by rule");
  }

  @Test
  void the_json_report_is_deterministic_and_holds_the_summary() throws IOException {
    Gold g = gold("'events':[" + BATTLE + "]", KO);
    CorpusScore corpus = new CorpusScore(List.of(evaluator.score(g, reading(List.of(battle())), KO)));

    String json = EvalReport.toJson(corpus, true);
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);

    assertThat(json).isEqualTo(EvalReport.toJson(corpus, true));
    assertThat(tree.get("summary").asText()).isEqualTo(EvalReport.summaryLine(corpus));
    assertThat(tree.at("/totals/events/hits").asInt()).isEqualTo(1);
    assertThat(tree.at("/totals/casualties/misses").asInt()).isEqualTo(2);
    assertThat(tree.at("/documents/0/id").asText()).isEqualTo("test-2022-05-16");
    assertThat(tree.at("/by_rule/test.event/matched").asInt()).isEqualTo(1);
    var names = new ArrayList<String>();
    tree.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("summary", "totals", "fields", "evidence", "must_not_violations", "errors",
        "documents", "by_rule");
  }

  @Test
  void the_runner_scores_each_text_with_a_gold_beside_it_in_path_order(@TempDir Path dir) throws IOException {
    String goldJson = ("{'document':{'id':'ID','language':'ko','published':'2022-05-16'},'events':[" + BATTLE + "]}")
        .replace('\'', '"');
    Files.createDirectories(dir.resolve("ko"));
    Files.writeString(dir.resolve("ko/b.txt"), "\uFEFF" + KO, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("ko/b.gold.json"), goldJson.replace("ID", "b"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), KO, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.gold.json"), goldJson.replace("ID", "a"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.txt"), "no gold here", StandardCharsets.UTF_8);
    var seen = new ArrayList<String>();

    CorpusScore corpus = new CorpusRunner(evaluator).run(dir, (info, text) -> {
      seen.add(info.id() + " " + info.published() + " " + text.startsWith("\uFEFF"));
      if (info.id().equals("b")) throw new IllegalStateException("reader broke");
      return new Report(info, List.of(battle()), List.of(), List.of(), List.of(), List.of());
    });

    assertThat(seen).containsExactly("a 2022-05-16 false", "b 2022-05-16 false");
    assertThat(corpus.documents()).extracting(DocumentScore::id).containsExactly("a", "b");
    assertThat(corpus.errors()).containsExactly("b: IllegalStateException: reader broke");
    assertThat(corpus.documents().get(1).events()).isEqualTo(new Counts(0, 0, 1));
    assertThat(corpus.events()).isEqualTo(new Counts(1, 0, 1));
    assertThat(EvalReport.toText(corpus, false)).contains("reader errors: 1");
  }
}
