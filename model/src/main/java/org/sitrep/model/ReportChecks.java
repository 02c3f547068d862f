package org.sitrep.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The well-formedness of a report against the text it was read from: every span inside the
 * text and equal to it, every anchor likewise, dates ordered, every fact with evidence, event
 * ids unique. Records already reject {@code low > high} and empty evidence; this adds what only
 * the text can tell. Every extraction test runs it.
 */
public final class ReportChecks {
  private ReportChecks() {}

  /** The problems found, empty when the report is well formed. */
  public static List<String> problems(Report report, String text) {
    var problems = new ArrayList<String>();
    var ids = new java.util.HashSet<String>();
    for (Event e : report.events()) {
      String where = "event " + e.id();
      if (!ids.add(e.id())) problems.add(where + ": duplicate id");
      spans(e.evidence(), text, where, problems);
      date(e.date(), text, where, problems);
      anchor(e.location().anchor(), text, where + " location", problems);
      for (ActorRef a : e.actors()) anchor(a.anchor(), text, where + " actor " + a.name(), problems);
      for (Casualty c : e.casualties()) anchor(c.anchor(), text, where + " casualty", problems);
    }
    int i = 0;
    for (Relation r : report.relations()) {
      String where = "relation " + (++i);
      spans(r.evidence(), text, where, problems);
      date(r.date(), text, where, problems);
    }
    i = 0;
    for (ControlClaim c : report.control()) {
      String where = "control " + (++i);
      spans(c.evidence(), text, where, problems);
      date(c.date(), text, where, problems);
      anchor(c.place().anchor(), text, where + " place", problems);
    }
    for (Person p : report.persons()) {
      String where = "person " + p.name();
      spans(p.evidence(), text, where, problems);
      anchor(p.anchor(), text, where, problems);
      if (p.fate() != null) date(p.fate().date(), text, where + " fate", problems);
    }
    i = 0;
    for (Force f : report.forces()) {
      String where = "force " + (++i);
      spans(f.evidence(), text, where, problems);
      date(f.date(), text, where, problems);
    }
    return problems;
  }

  /** Throws {@link AssertionError} listing every problem; for tests. */
  public static void assertWellFormed(Report report, String text) {
    List<String> problems = problems(report, text);
    if (!problems.isEmpty()) throw new AssertionError("report is not well formed:\n  " + String.join("\n  ", problems));
  }

  private static void spans(List<Span> spans, String text, String where, List<String> problems) {
    if (spans.isEmpty()) problems.add(where + ": no evidence");
    for (Span s : spans) {
      if (s.end() > text.length()) problems.add(where + ": span " + s.start() + ".." + s.end() + " past the end of the text");
      else if (!text.substring(s.start(), s.end()).equals(s.text())) problems.add(where + ": span text differs from the text at " + s.start());
    }
  }

  private static void anchor(Anchor a, String text, String where, List<String> problems) {
    if (a == null || a.startChar() == null) return;
    if (a.endChar() > text.length()) problems.add(where + ": anchor past the end of the text");
    else if (!text.substring(a.startChar(), a.endChar()).equals(a.text())) problems.add(where + ": anchor text differs from the text");
  }

  private static void date(DateRange d, String text, String where, List<String> problems) {
    if (d == null) return;
    if (d.end().isBefore(d.start())) problems.add(where + ": date end before start");
    anchor(d.anchor(), text, where + " date", problems);
  }
}
