package org.sitrep.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link CorpusScore} for people ({@link #toText}) and programs ({@link #toJson}).
 * The text ends with one summary line that tools read:
 * <pre>total: facts P=0.812 R=0.700 F1=0.752 | events F1=0.800 | relations F1=0.600 | control F1=0.700 | persons F1=0.800 | must_not 0</pre>
 * Output is deterministic (documents in path order, rules by name, JSON fields in a fixed
 * order). Stateless and thread-safe.
 */
public final class EvalReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EvalReport() {}

  /** The one summary line (the last line of {@link #toText}). */
  public static String summaryLine(CorpusScore score) {
    Counts facts = score.facts();
    return "total: facts P=" + f(facts.precision()) + " R=" + f(facts.recall()) + " F1=" + f(facts.f1())
        + " | events F1=" + f(score.events().f1()) + " | relations F1=" + f(score.relations().f1())
        + " | control F1=" + f(score.control().f1()) + " | persons F1=" + f(score.persons().f1())
        + " | must_not " + score.violations().size();
  }

  /**
   * Tables for people: one line per document, totals per section, field accuracies, evidence,
   * {@code must_not} violations, misses and false alarms per document, errors, the rules'
   * statistics when {@code byRule}, and last the summary line.
   */
  public static String toText(CorpusScore score, boolean byRule) {
    var out = new StringBuilder();
    List<DocumentScore> docs = score.documents();
    int width = Math.max(8, docs.stream().mapToInt(d -> d.id().length()).max().orElse(8));
    out.append("documents: ").append(docs.size()).append('\n');
    out.append(String.format(Locale.ROOT, "%-" + width + "s  %-5s  %-5s  %-5s  %-9s  %-12s  %-10s  %s%n", "document",
        "P", "R", "F1", "events F1", "relations F1", "control F1", "must_not"));
    for (DocumentScore d : docs) {
      Counts facts = d.facts();
      out.append(String.format(Locale.ROOT, "%-" + width + "s  %s  %s  %s  %-9s  %-12s  %-10s  %d%s%n", d.id(),
          f(facts.precision()), f(facts.recall()), f(facts.f1()), f(d.events().f1()), f(d.relations().f1()),
          f(d.control().f1()), d.violations().size(), d.error() == null ? "" : "  (reader failed)"));
    }
    out.append('\n');
    out.append(String.format(Locale.ROOT, "%-10s  %5s  %12s  %6s  %-5s  %-5s  %s%n", "section", "hits", "false alarms",
        "misses", "P", "R", "F1"));
    sectionLine(out, "facts", score.facts());
    sectionLine(out, "events", score.events());
    sectionLine(out, "casualties", score.casualties());
    sectionLine(out, "relations", score.relations());
    sectionLine(out, "control", score.control());
    sectionLine(out, "persons", score.persons());
    out.append('\n');
    FieldScores fields = score.fields();
    out.append("fields of matched events\n");
    ratioLine(out, "subtype", fields.subtype());
    out.append(String.format(Locale.ROOT, "  %-16s %s (actor names: %d right, %d extra, %d missing)%n", "actors F1",
        f(fields.actors().f1()), fields.actors().hits(), fields.actors().falseAlarms(), fields.actors().misses()));
    ratioLine(out, "stance", fields.stance());
    ratioLine(out, "date", fields.date());
    ratioLine(out, "location admin1", fields.admin1());
    ratioLine(out, "outcome", fields.outcome());
    out.append(String.format(Locale.ROOT, "casualty figures right on %s of gold casualties (%d/%d on matched events)%n",
        pct(fields.casualtyFigures().share()), fields.casualtyFigures().right(), fields.casualtyFigures().total()));
    out.append("fields of matched relations and control claims\n");
    ratioLine(out, "relation stance", fields.relationStance());
    ratioLine(out, "relation means", fields.relationMeans());
    ratioLine(out, "control stance", fields.controlStance());
    ratioLine(out, "control status", fields.controlStatus());
    Ratio valid = score.evidenceValid();
    Ratio target = score.evidenceOnTarget();
    out.append(String.format(Locale.ROOT, "evidence valid on %s of facts (%d/%d), on target on %s of matched items (%d/%d)%n",
        pct(valid.share()), valid.right(), valid.total(), pct(target.share()), target.right(), target.total()));
    out.append('\n');
    List<Violation> violations = score.violations();
    out.append("must_not violations: ").append(violations.size()).append('\n');
    for (Violation v : violations) {
      out.append("  ").append(v.document()).append(": ").append(v.rule()).append(" <- ").append(v.item());
      if (v.why() != null) out.append("  (").append(v.why()).append(')');
      out.append('\n');
    }
    out.append('\n');
    out.append("misses and false alarms\n");
    for (DocumentScore d : docs) {
      if (d.misses().isEmpty() && d.falseAlarms().isEmpty()) continue;
      out.append("  ").append(d.id()).append('\n');
      for (Item i : d.misses()) out.append("    miss         ").append(i.section()).append(": ").append(i.text()).append('\n');
      for (Item i : d.falseAlarms()) out.append("    false alarm  ").append(i.section()).append(": ").append(i.text()).append('\n');
    }
    List<String> errors = score.errors();
    if (!errors.isEmpty()) {
      out.append('\n').append("reader errors: ").append(errors.size()).append('\n');
      for (String e : errors) out.append("  ").append(e).append('\n');
    }
    var problems = new ArrayList<String>();
    for (DocumentScore d : docs) for (String p : d.goldProblems()) problems.add(d.id() + ": " + p);
    if (!problems.isEmpty()) {
      out.append('\n').append("gold problems: ").append(problems.size()).append('\n');
      for (String p : problems) out.append("  ").append(p).append('\n');
    }
    if (byRule) {
      out.append('\n').append("by rule\n");
      Map<String, RuleStats> rules = score.byRule();
      int rw = Math.max(4, rules.keySet().stream().mapToInt(String::length).max().orElse(4));
      out.append(String.format(Locale.ROOT, "  %-" + rw + "s  %5s  %7s  %12s  %9s  %9s%n", "rule", "hits", "matched",
          "false alarms", "documents", "sentences"));
      rules.forEach((name, s) -> out.append(String.format(Locale.ROOT, "  %-" + rw + "s  %5d  %7d  %12d  %9d  %9d%n", name,
          s.hits(), s.matched(), s.falseAlarms(), s.documents(), s.sentences())));
    }
    out.append('\n').append(summaryLine(score)).append('\n');
    return out.toString();
  }

  /** The same as {@link #toText} as JSON, fields in a fixed order; {@code summary} holds the summary line. */
  public static String toJson(CorpusScore score, boolean byRule) {
    ObjectNode root = JSON.createObjectNode();
    root.put("summary", summaryLine(score));
    ObjectNode totals = root.putObject("totals");
    counts(totals.putObject("facts"), score.facts());
    counts(totals.putObject("events"), score.events());
    counts(totals.putObject("casualties"), score.casualties());
    counts(totals.putObject("relations"), score.relations());
    counts(totals.putObject("control"), score.control());
    counts(totals.putObject("persons"), score.persons());
    fields(root.putObject("fields"), score.fields());
    evidence(root.putObject("evidence"), score.evidenceValid(), score.evidenceOnTarget());
    root.put("must_not_violations", score.violations().size());
    ArrayNode errors = root.putArray("errors");
    score.errors().forEach(errors::add);
    ArrayNode documents = root.putArray("documents");
    for (DocumentScore d : score.documents()) {
      ObjectNode n = documents.addObject();
      n.put("id", d.id());
      if (d.error() == null) n.putNull("error");
      else n.put("error", d.error());
      counts(n.putObject("facts"), d.facts());
      counts(n.putObject("events"), d.events());
      counts(n.putObject("casualties"), d.casualties());
      counts(n.putObject("relations"), d.relations());
      counts(n.putObject("control"), d.control());
      counts(n.putObject("persons"), d.persons());
      fields(n.putObject("fields"), d.fields());
      evidence(n.putObject("evidence"), d.evidenceValid(), d.evidenceOnTarget());
      ArrayNode violations = n.putArray("must_not");
      for (Violation v : d.violations()) {
        ObjectNode vn = violations.addObject();
        vn.put("rule", v.rule());
        vn.put("why", v.why());
        vn.put("item", v.item());
      }
      items(n.putArray("misses"), d.misses());
      items(n.putArray("false_alarms"), d.falseAlarms());
      ArrayNode problems = n.putArray("gold_problems");
      d.goldProblems().forEach(problems::add);
      if (byRule) rules(n.putObject("by_rule"), d.byRule());
    }
    if (byRule) rules(root.putObject("by_rule"), score.byRule());
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sectionLine(StringBuilder out, String name, Counts c) {
    out.append(String.format(Locale.ROOT, "%-10s  %5d  %12d  %6d  %s  %s  %s%n", name, c.hits(), c.falseAlarms(),
        c.misses(), f(c.precision()), f(c.recall()), f(c.f1())));
  }

  private static void ratioLine(StringBuilder out, String name, Ratio r) {
    out.append(String.format(Locale.ROOT, "  %-16s %s (%d/%d)%n", name, f(r.share()), r.right(), r.total()));
  }

  private static void counts(ObjectNode n, Counts c) {
    n.put("hits", c.hits());
    n.put("false_alarms", c.falseAlarms());
    n.put("misses", c.misses());
    n.put("precision", round(c.precision()));
    n.put("recall", round(c.recall()));
    n.put("f1", round(c.f1()));
  }

  private static void ratio(ObjectNode n, Ratio r) {
    n.put("right", r.right());
    n.put("total", r.total());
    n.put("share", round(r.share()));
  }

  private static void fields(ObjectNode n, FieldScores f) {
    ratio(n.putObject("subtype"), f.subtype());
    counts(n.putObject("actors"), f.actors());
    ratio(n.putObject("stance"), f.stance());
    ratio(n.putObject("date"), f.date());
    ratio(n.putObject("admin1"), f.admin1());
    ratio(n.putObject("outcome"), f.outcome());
    ratio(n.putObject("casualty_figures"), f.casualtyFigures());
    ratio(n.putObject("relation_stance"), f.relationStance());
    ratio(n.putObject("relation_means"), f.relationMeans());
    ratio(n.putObject("control_stance"), f.controlStance());
    ratio(n.putObject("control_status"), f.controlStatus());
  }

  private static void evidence(ObjectNode n, Ratio valid, Ratio onTarget) {
    ratio(n.putObject("valid"), valid);
    ratio(n.putObject("on_target"), onTarget);
  }

  private static void items(ArrayNode array, List<Item> items) {
    for (Item i : items) {
      ObjectNode n = array.addObject();
      n.put("section", i.section());
      n.put("text", i.text());
    }
  }

  private static void rules(ObjectNode n, Map<String, RuleStats> rules) {
    rules.forEach((name, s) -> {
      ObjectNode r = n.putObject(name);
      r.put("hits", s.hits());
      r.put("matched", s.matched());
      r.put("false_alarms", s.falseAlarms());
      r.put("documents", s.documents());
      r.put("sentences", s.sentences());
    });
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static String f(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }

  private static String pct(double x) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }
}
