package io.ringwatch.pipeline;

import io.ringwatch.testing.TestFiles;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.ringwatch.config.SettingsLoader;
import io.ringwatch.publish.PublishedTables;
import io.ringwatch.synth.CompanyGenerator;
import io.ringwatch.synth.GeneratorOptions;
import io.ringwatch.tables.TableNames;
import io.ringwatch.testing.EndToEnd;
import io.ringwatch.testing.SharedSpark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The same company's events as one export and as daily drops give the same published night.
 * The drops are as real exporters send them: named by the exporter's own day, five hours behind
 * UTC (so a UTC day's events come in two drops), one event sent late in the last drop, and rows
 * without a readable time in a file not named by a day. The drops' summaries are made per drop and
 * merged (enrich.EventSummaries), which is what lets a later night keep a drop's part
 * (jobs/docs/incremental-nightly.md): merged, they must be the summaries of all the events. Not
 * every summary column reaches a published table (a benign worker's sign-in counts do not), so
 * EventSummariesTest compares the merged summaries row for row; this test holds the whole night.
 */
@EndToEnd
class DailyDropsNightTest {
  private static final LocalDate NIGHT = LocalDate.parse("2026-11-20");
  /** Columns that differ between two runs by design, and the input folder. */
  private static final Map<String, Set<String>> RUN_SPECIFIC = Map.of(
      "*", Set.of("run_id"),
      "run_audit", Set.of("started_at", "finished_at", "stages", "output", "input"));

  private final SparkSession spark = SharedSpark.get();

  @Test
  void dailyDropsPublishTheNightOfOneExport() throws Exception {
    Path repo = SharedSpark.repoRoot();
    Path dir = Path.of(System.getProperty("ringwatch.build.dir", repo.resolve("jobs/nightly/target").toString()))
        .resolve("daily-drops");
    TestFiles.deleteTree(dir);
    Path oneExport = dir.resolve("one-export");
    Path drops = dir.resolve("drops");
    CompanyGenerator.generate(GeneratorOptions.of(60, 19).withEventDays(3).withGzip(false), oneExport);
    CompanyGenerator.generate(GeneratorOptions.of(60, 19).withEventDays(3).withGzip(false), drops);
    int dropFiles = ExporterDrops.split(drops.resolve("auth_events"), true)
        + ExporterDrops.split(drops.resolve("endpoint_events"), true);

    Path outOne = dir.resolve("out-one-export");
    Path outDrops = dir.resolve("out-drops");
    NightlyPipeline.run(spark, SettingsLoader.load(null), oneExport.toString(), outOne.toString(), NIGHT);
    // The same pseudonym key for both outputs (a local run makes one per output root).
    Files.createDirectories(outDrops.resolve("_ringwatch"));
    Files.copy(outOne.resolve("_ringwatch/local.key"), outDrops.resolve("_ringwatch/local.key"));
    NightlyPipeline.run(spark, SettingsLoader.load(null), drops.toString(), outDrops.toString(), NIGHT);

    List<String> problems = new SameTables(spark, RUN_SPECIFIC).differences(TableNames.ALL, outOne, "one export",
        outDrops, "the drops");
    if (!problems.isEmpty()) {
      fail("daily drops published another night than one export:\n" + String.join("\n", problems));
    }
    assertTrue(rows(outOne, TableNames.WORKER_RISK).size() >= 60, "the comparison covers every worker");

    Dataset<Row> days = new PublishedTables(spark, outDrops.toString()).committed(TableNames.EVENT_DAYS);
    assertEquals(dropFiles, days.count(), "every dated drop kept in the state");
    long readFromDays = days.filter(col("dataset").equalTo("auth_events")).agg(
        org.apache.spark.sql.functions.sum("rows_read")).first().getLong(0);
    long undated = Files.readAllLines(drops.resolve("auth_events/undated.csv"), StandardCharsets.ISO_8859_1).size() - 1;
    long readInAll = Files.readAllLines(oneExport.resolve("auth_events/auth_events.csv"), StandardCharsets.ISO_8859_1)
        .size() - 1L;
    assertEquals(readInAll, readFromDays + undated, "the drops' counts and the undated rows are every row read");

    // The drops' summary rows kept as state: each drop's sign-ins in them are its accepted rows in
    // the window (failed sign-ins too), and one export keeps none.
    PublishedTables state = new PublishedTables(spark, outDrops.toString());
    Map<String, Long> kept = new TreeMap<>();
    state.committed(TableNames.SIGNIN_DROP_NETWORK).filter(col("drop_day").isNotNull()).groupBy("drop_day")
        .agg(org.apache.spark.sql.functions.sum("n")).collectAsList()
        .forEach(r -> kept.put(r.get(0).toString(), r.getLong(1)));
    Map<String, Long> inWindow = new TreeMap<>();
    days.filter(col("dataset").equalTo("auth_events")).collectAsList()
        .forEach(r -> inWindow.put(r.getAs("day").toString(), r.<Long>getAs("rows_in_window")));
    inWindow.values().removeIf(n -> n == 0);
    assertEquals(inWindow, kept);
    assertTrue(state.committed(TableNames.ENDPOINT_DROP_DEVICE).count() > 0);
    // Each drop's visits are made of that drop's successful sign-ins, every one of them.
    Map<String, Long> successful = new TreeMap<>();
    state.committed(TableNames.SIGNIN_DROP_NETWORK).filter(col("success").and(col("worker_id").isNotNull()))
        .groupBy("drop_day").agg(org.apache.spark.sql.functions.sum("n")).collectAsList()
        .forEach(r -> successful.put(String.valueOf(r.get(0)), r.getLong(1)));
    Map<String, Long> inVisits = new TreeMap<>();
    state.committed(TableNames.SIGNIN_DROP_VISITS).groupBy("drop_day").agg(org.apache.spark.sql.functions.sum("n"))
        .collectAsList().forEach(r -> inVisits.put(String.valueOf(r.get(0)), r.getLong(1)));
    assertEquals(successful, inVisits);
    assertTrue(successful.size() >= 3, "visits of several drops: " + successful);
    assertEquals(0, new PublishedTables(spark, outOne.toString()).committed(TableNames.SIGNIN_DROP_NETWORK).count());
    assertEquals(0, new PublishedTables(spark, outOne.toString()).committed(TableNames.SIGNIN_DROP_VISITS).count());
  }

  private List<String> rows(Path output, String table) {
    return new SameTables(spark, RUN_SPECIFIC).rows(output, table);
  }
}
