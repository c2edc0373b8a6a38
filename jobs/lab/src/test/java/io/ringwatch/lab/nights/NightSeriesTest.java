package io.ringwatch.lab.nights;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.config.SettingsLoader;
import io.ringwatch.publish.PublishedTables;
import io.ringwatch.tables.TableNames;
import io.ringwatch.testing.EndToEnd;
import io.ringwatch.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short CI variant of the series of nights (issue 23, item 3; `ringwatch nights` runs 30): a
 * company whose exports change every night (hires, leavers leaving the HR extract a day after
 * leaving, payments, devices registered two days late, a daily drop of events a night), two
 * nights with a three-day window, an auditor clearing a false positive from the second night on,
 * and the first night backfilled after the second. The incremental night must publish what a
 * full recompute publishes, and the backfilled night what it published first.
 */
@EndToEnd
class NightSeriesTest {
  @TempDir Path work;

  @Test
  void theIncrementalAndTheBackfilledNightEqualTheFullRecompute() {
    SparkSession spark = SharedSpark.get();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    LocalDate last = LocalDate.parse("2026-11-20");
    NightSeries.Options options = new NightSeries.Options(40, 11, last, 2, 3, 1, 2, 2, 1);
    NightSeries.Result result = NightSeries.run(spark, SettingsLoader.loadConfig(null), options, work,
        new PrintStream(progress, true, StandardCharsets.UTF_8));
    String lines = progress.toString(StandardCharsets.UTF_8);

    assertTrue(result.same(), lines);
    List<NightSeries.Night> nights = result.nights();
    assertEquals(List.of("night 1", "night 2", "backfill"), nights.stream().map(NightSeries.Night::step).toList(), lines);
    assertEquals("full", nights.get(0).kind());
    assertEquals("incremental", nights.get(1).kind(), "the second night carries days: " + lines);
    assertEquals(last.minusDays(1), nights.get(2).date(), "the past night backfilled");

    assertNotNull(result.clearedWorker());
    Row cleared = new PublishedTables(spark, work.resolve("out-incremental").toString())
        .committed(TableNames.WORKER_RISK).filter(col("run_date").equalTo(java.sql.Date.valueOf(last))
            .and(col("worker_id").equalTo(result.clearedWorker())))
        .select("risk_band", "disposition.decision", "disposition.suppressed").first();
    assertEquals("false_positive", cleared.getString(1), lines);
    assertTrue(!cleared.getBoolean(2) || cleared.getString(0).equals("low"), cleared.toString());
  }
}
