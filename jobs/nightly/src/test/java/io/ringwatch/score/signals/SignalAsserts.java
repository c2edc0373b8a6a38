package io.ringwatch.score.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.score.ScoreSettings;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Assertions on signal rows ({@code worker_id, signal, points, evidence}) collected from a few signals. */
final class SignalAsserts {
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
    String evidence = found.stream().map(r -> r.<String>getAs("evidence")).collect(Collectors.joining(" | "));
    for (String p : evidenceParts) {
      assertTrue(evidence.contains(p), s.id() + " evidence of " + worker + " should contain '" + p + "': " + evidence);
    }
    return evidence;
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
