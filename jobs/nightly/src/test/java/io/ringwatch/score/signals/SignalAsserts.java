package io.ringwatch.score.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.score.ScoreSettings;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Assertions on signal rows ({@code worker_id, signal, points, evidence, records}) collected from a few signals. */
final class SignalAsserts {
  private static final java.util.Set<String> DATASETS = java.util.Set.of("hr_workers", "payroll_payments", "devices",
      "auth_events", "endpoint_events");
  private final List<Row> rows;
  private final ScoreSettings settings;

  SignalAsserts(Dataset<Row> rows, ScoreSettings settings) {
    this.rows = rows.collectAsList();
    this.settings = settings;
    this.rows.forEach(r -> System.out.println(r.getAs("worker_id") + " " + r.getAs("signal") + " "
        + r.getAs("points") + " " + r.getAs("evidence")));
  }

  List<Row> of(String worker, Signal s) {
    return rows.stream().filter(r -> worker.equals(r.getAs("worker_id")) && s.id().equals(r.getAs("signal")))
        .collect(Collectors.toList());
  }

  /** The signal fired for the worker with the configured points and an evidence holding every part. */
  String fires(String worker, Signal s, String... evidenceParts) {
    List<Row> found = of(worker, s);
    assertFalse(found.isEmpty(), s.id() + " should fire for " + worker);
    for (Row r : found) {
      assertEquals(settings.points(s), (int) r.<Integer>getAs("points"), "points of " + s.id() + " from configuration");
      assertTrue(settings.points(s) != s.defaultPoints(), "the test settings move every signal's points off its default");
    }
    // Every firing names the input rows behind it (signal_evidence), each of an input dataset.
    java.util.Set<String> records = records(worker, s);
    assertFalse(records.isEmpty(), s.id() + " of " + worker + " should name its input rows");
    for (String r : records) {
      assertTrue(DATASETS.contains(r.substring(0, r.indexOf(':'))), s.id() + " names a row of no input dataset: " + r);
    }
    String evidence = found.stream().map(r -> r.<String>getAs("evidence")).collect(Collectors.joining(" | "));
    for (String p : evidenceParts) {
      assertTrue(evidence.contains(p), s.id() + " evidence of " + worker + " should contain '" + p + "': " + evidence);
    }
    return evidence;
  }

  /** The input rows a signal names for the worker, as "dataset:record_id" (every row of it). */
  java.util.Set<String> records(String worker, Signal s) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (Row r : of(worker, s)) {
      List<Row> recs = r.getList(r.fieldIndex("records"));
      for (Row rec : recs) {
        out.add(rec.getString(0) + ":" + rec.getString(1));
      }
    }
    return out;
  }

  /** The signal names exactly these input rows for the worker ("dataset:record_id"). */
  void recordsAre(String worker, Signal s, String... expected) {
    assertEquals(new java.util.TreeSet<>(List.of(expected)), records(worker, s), "input rows behind " + s.id()
        + " of " + worker);
  }

  void silent(String worker, Signal s) {
    assertEquals(List.of(), of(worker, s).stream().map(r -> r.<String>getAs("evidence")).toList(),
        s.id() + " should not fire for " + worker);
  }

  /** No evidence of any signal shows the raw value. */
  void neverShows(String raw) {
    for (Row r : rows) {
      assertFalse(r.<String>getAs("evidence").contains(raw), "evidence shows " + raw + ": " + r.getAs("evidence"));
    }
  }
}
