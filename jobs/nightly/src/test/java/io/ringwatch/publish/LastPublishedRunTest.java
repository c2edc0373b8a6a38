package io.ringwatch.publish;

import io.ringwatch.testing.SparkTest;

import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.config.SettingsLoader;
import io.ringwatch.run.RunFailure;
import io.ringwatch.reference.sanctions.ListFileCounts;
import io.ringwatch.reference.sanctions.SanctionsShrinkCheck;
import io.ringwatch.testing.SharedSpark;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.ringwatch.reference.sanctions.SanctionsLoader;

/** The last published run's sanctions counts, read back from a run_audit Delta table. */
@SparkTest
class LastPublishedRunTest {
  @TempDir Path out;

  private void publishAudit(SparkSession spark, LocalDate date, String status, Instant finished,
      List<ListFileCounts> lists) {
    RunAudit.row(spark, RunAudit.Night.of(finished.minusSeconds(60), finished, status, "v", "d", "in", out.toString(),
            List.of(), Map.of()).withSanctionsLists(lists))
        .withColumn("run_date", lit(java.sql.Date.valueOf(date))).withColumn("run_id", lit("run-" + date + "-" + status))
        .write().format("delta").mode("append").save(out.resolve("run_audit").toString());
  }

  @Test
  void readsTheLatestSucceededRunsCountsAndTheParseStopsAgainstThem() throws Exception {
    SparkSession spark = SharedSpark.get();
    assertNull(LastPublishedRun.read(spark, out.toString()).sanctionsCounts(), "nothing published yet");
    List<ListFileCounts> big = List.of(new ListFileCounts("OFAC-SDN", "sdn.csv", 5000, 5000L, 600L, 500L, 40L, 0),
        new ListFileCounts("OFAC-SDN", "alt.csv", 7000, null, null, null, null, 3));
    Instant t = Instant.parse("2026-11-20T03:00:00Z");
    publishAudit(spark, LocalDate.of(2026, 11, 19), "succeeded", t, List.of());
    publishAudit(spark, LocalDate.of(2026, 11, 20), "succeeded", t.plusSeconds(86400), big);
    publishAudit(spark, LocalDate.of(2026, 11, 21), "failed", t.plusSeconds(2 * 86400), List.of());

    SanctionsShrinkCheck.Baseline last = LastPublishedRun.read(spark, out.toString()).sanctionsCounts();
    assertEquals("run-2026-11-20-succeeded", last.runId());
    assertEquals(LocalDate.of(2026, 11, 20), last.runDate());
    assertEquals(big, last.lists());

    // the fixture list (a handful of entries) against that baseline: stopped, unless the shrink is accepted
    var settings = SettingsLoader.load(null);
    String fixture = Path.of(getClass().getResource("/screen/ofac-fixture/sdn.csv").toURI()).getParent().toUri()
        .toString();
    RunFailure e = assertThrows(RunFailure.class, () -> SanctionsLoader.load(
        io.ringwatch.screen.ScreenSettings.from(settings).sanctionsFiles(), fixture, last,
        spark.sparkContext().hadoopConfiguration()));
    assertTrue(e.getMessage().contains("OFAC-SDN entries 5000 -> "), e.getMessage());
    System.setProperty("ringwatch.screen.reference-checks.accept-shrink", "true");
    try {
      com.typesafe.config.ConfigFactory.invalidateCaches();
      assertTrue(SanctionsLoader.load(
          io.ringwatch.screen.ScreenSettings.from(SettingsLoader.load(null)).sanctionsFiles(), fixture, last,
          spark.sparkContext().hadoopConfiguration()).size() > 0);
    } finally {
      System.clearProperty("ringwatch.screen.reference-checks.accept-shrink");
      com.typesafe.config.ConfigFactory.invalidateCaches();
    }
  }

  /** What the next night compares itself with (io.ringwatch.pipeline.NightKind): the last committed night's. */
  @Test
  void identityIsTheLatestSucceededNightsDateSettingsCodeAndReferenceFingerprint() {
    SparkSession spark = SharedSpark.get();
    assertTrue(LastPublishedRun.read(spark, out.toString()).identity().isEmpty(), "nothing published yet");
    Instant t = Instant.parse("2026-11-20T03:00:00Z");
    // a night of a release that recorded no fingerprint
    RunAudit.row(spark, RunAudit.Night.of(t.minusSeconds(60), t, "succeeded", "v0", "d0", "in", out.toString(),
            List.of(), Map.of())).drop("night_kind", "night_reason", "reference_fingerprint")
        .withColumn("run_date", lit(java.sql.Date.valueOf("2026-11-19"))).withColumn("run_id", lit("run-old"))
        .write().format("delta").mode("append").save(out.resolve("run_audit").toString());
    assertEquals(new LastPublishedRun.Identity(LocalDate.of(2026, 11, 19), "d0", "v0", null),
        LastPublishedRun.read(spark, out.toString()).identity().orElseThrow());

    for (String status : List.of("succeeded", "failed")) {
      t = t.plusSeconds(86400);
      RunAudit.row(spark, RunAudit.Night.of(t.minusSeconds(60), t, status, "v1", "d-" + status, "in",
              out.toString(), List.of(), Map.of()).withKind(new RunAudit.Kind("full", "first night", "ref-" + status)))
          .withColumn("run_date", lit(java.sql.Date.valueOf(LocalDate.of(2026, 11, 19).plusDays(status.length()))))
          .withColumn("run_id", lit("run-" + status))
          .write().format("delta").mode("append").option("mergeSchema", "true")
          .save(out.resolve("run_audit").toString());
    }
    assertEquals(new LastPublishedRun.Identity(LocalDate.of(2026, 11, 28), "d-succeeded", "v1", "ref-succeeded"),
        LastPublishedRun.read(spark, out.toString()).identity().orElseThrow(), "the failed night is not one to build on");
  }
}
