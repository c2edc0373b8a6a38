package io.ringwatch.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.ringwatch.config.SettingsLoader;
import io.ringwatch.ingest.EventDayPlan;
import io.ringwatch.publish.PublishedTables;
import io.ringwatch.synth.CompanyGenerator;
import io.ringwatch.synth.GeneratorOptions;
import io.ringwatch.tables.TableNames;
import io.ringwatch.testing.EndToEnd;
import io.ringwatch.testing.SharedSpark;
import io.ringwatch.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * An incremental night publishes the tables a full night publishes (issue 23, item 3;
 * jobs/docs/incremental-nightly.md). A company's events come as daily drops named by the
 * exporter's day (UTC-5); the first night reads the drops up to its date, the second night has
 * one more drop, in which one event of a carried day is sent again (a duplicate key a full night
 * finds against that day's row) and a worker has left the HR export (rule 6: the days naming him
 * are carried, his rows found in a scan of their files and rejected, his summaries' rows left
 * out); the look-back window is two days, so a carried drop's rows leave it. The
 * second night runs incrementally on the first night's output and in full on a copy of it without
 * the state; every published table must be the same, and the state's day counts and rejects too.
 * A worker hired late in the HR export and a device registered late come into the second night's
 * exports: the carried days naming them stay carried, their rejects naming them validated again.
 * A third night, whose newest drop holds a sign-in sent late, from another address, inside a
 * carried visit, reads every day again and says why.
 */
@EndToEnd
class IncrementalNightTest {
  private static final LocalDate FIRST = LocalDate.parse("2026-11-19");
  private static final LocalDate SECOND = FIRST.plusDays(1);
  /** Columns that differ between two runs by design: the run, its times and folders, and the kind of night. */
  private static final Map<String, Set<String>> RUN_SPECIFIC = Map.of(
      "*", Set.of("run_id"),
      "run_audit", Set.of("started_at", "finished_at", "stages", "output", "input", "night_kind", "night_reason"));

  private final SparkSession spark = SharedSpark.get();

  @Test
  void anIncrementalNightPublishesTheFullNightsTables() throws Exception {
    Path repo = SharedSpark.repoRoot();
    Path dir = Path.of(System.getProperty("ringwatch.build.dir", repo.resolve("jobs/nightly/target").toString()))
        .resolve("incremental-night");
    TestFiles.deleteTree(dir);
    Path second = dir.resolve("input-second");
    CompanyGenerator.generate(GeneratorOptions.of(60, 23).withAsOf(SECOND.plusDays(1)).withEventDays(5)
        .withGzip(false), second);
    for (String events : List.of("auth_events", "endpoint_events")) {
      ExporterDrops.split(second.resolve(events), false);
    }
    // A worker who leaves the HR export on the second night (rule 6): the days naming him are
    // carried, his rows in them rejected. Two early drops are made not to name him.
    String leaver = Files.readAllLines(second.resolve("auth_events").resolve(FIRST.minusDays(1) + ".csv"),
        StandardCharsets.ISO_8859_1).get(1).split(",")[2];
    for (String events : List.of("auth_events", "endpoint_events")) {
      for (LocalDate day : List.of(FIRST.minusDays(3), FIRST.minusDays(2))) {
        Path drop = second.resolve(events).resolve(day + ".csv");
        Files.write(drop, Files.readAllLines(drop, StandardCharsets.ISO_8859_1).stream()
            .filter(l -> !l.contains("," + leaver + ",")).toList(), StandardCharsets.ISO_8859_1);
      }
    }
    // A worker hired late in the HR export and a device registered late (rule 6, ids that came):
    // the first night rejects their events; the second carries the days naming them and validates
    // again, from the records the state keeps, only the rejects naming them.
    String hiredLate = Files.readAllLines(second.resolve("auth_events").resolve(FIRST.minusDays(2) + ".csv"),
        StandardCharsets.ISO_8859_1).stream().skip(1).map(l -> l.split(",")[2]).filter(w -> !w.equals(leaver))
        .findFirst().orElseThrow();
    String lateDevice = Files.readAllLines(second.resolve("endpoint_events").resolve(FIRST.minusDays(2) + ".csv"),
        StandardCharsets.ISO_8859_1).stream().skip(1).map(l -> l.split(",", -1))
        .filter(f -> !f[3].equals(leaver) && !f[3].equals(hiredLate)).map(f -> f[2]).findFirst().orElseThrow();
    // The day before the first night names only the leaver among the changed ids, so it is
    // carried with his rows scanned (a day naming ids that came and went is read).
    for (String events : List.of("auth_events", "endpoint_events")) {
      Path drop = second.resolve(events).resolve(FIRST.minusDays(1) + ".csv");
      Files.write(drop, Files.readAllLines(drop, StandardCharsets.ISO_8859_1).stream()
          .filter(l -> !l.contains("," + hiredLate + ",") && !l.contains("," + lateDevice + ",")).toList(),
          StandardCharsets.ISO_8859_1);
    }
    // The first night's input: the drops up to its date.
    Path first = dir.resolve("input-first");
    TestFiles.copyTree(second, first);
    for (String events : List.of("auth_events", "endpoint_events")) {
      try (Stream<Path> drops = Files.list(first.resolve(events))) {
        for (Path drop : drops.filter(p -> p.getFileName().toString().compareTo(FIRST + ".csv") > 0
            && p.getFileName().toString().startsWith("20")).toList()) {
          Files.delete(drop);
        }
      }
    }
    for (var unknown : Map.of("hr_workers/hr_workers.csv", hiredLate, "devices/devices.csv", lateDevice).entrySet()) {
      Path file = first.resolve(unknown.getKey());
      Files.write(file, Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream()
          .filter(l -> !l.startsWith(unknown.getValue() + ",")).toList(), StandardCharsets.ISO_8859_1);
    }
    Path hr = second.resolve("hr_workers/hr_workers.csv");
    Files.write(hr, Files.readAllLines(hr, StandardCharsets.ISO_8859_1).stream()
        .filter(l -> !l.startsWith(leaver + ",")).toList(), StandardCharsets.ISO_8859_1);
    // In the new drop, one event of a carried day sent again.
    Path carriedDay = second.resolve("auth_events").resolve(FIRST.minusDays(2) + ".csv");
    List<String> lines = Files.readAllLines(carriedDay, StandardCharsets.ISO_8859_1);
    int columns = lines.get(0).split(",").length;
    String resent = lines.stream().skip(1).filter(l -> l.split(",", -1).length == columns && l.contains("success"))
        .skip(5).findFirst().orElseThrow();
    Files.writeString(second.resolve("auth_events").resolve(SECOND + ".csv"), resent + "\n",
        StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);

    // A look-back window of two days, so that the window's first day moves past carried rows: the
    // carried drops' rows of the day that left it are kept as state but no longer summarised.
    Path conf = dir.resolve("two-days.conf");
    Files.writeString(conf, "ringwatch.ingest.lookback-days = 2\n");
    io.ringwatch.config.Settings settings = SettingsLoader.load(conf);
    Path incremental = dir.resolve("out-incremental");
    NightlyPipeline.run(spark, settings, first.toString(), incremental.toString(), FIRST);
    Path full = dir.resolve("out-full");
    TestFiles.copyTree(incremental, full);
    TestFiles.deleteTree(full.resolve("_ringwatch/state")); // no state: the second night is full
    NightlyPipeline.run(spark, settings, second.toString(), incremental.toString(), SECOND);
    NightlyPipeline.run(spark, settings, second.toString(), full.toString(), SECOND);

    List<String> problems = new SameTables(spark, RUN_SPECIFIC).differences(Stream.concat(TableNames.ALL.stream(),
        Stream.of(TableNames.EVENT_DAYS, TableNames.EVENT_REJECTS)).toList(), full, "the full night", incremental,
        "the incremental");
    if (!problems.isEmpty()) {
      fail("the incremental night published another night than the full one:\n" + String.join("\n", problems));
    }
    Row kind = nightKind(incremental);
    assertEquals("incremental", kind.getString(0), kind.getString(1));
    // The hired-late worker's day and the leaver's carried, their rows validated again alone.
    assertTrue(kind.getString(1).matches("state of " + FIRST + " carried forward: auth_events: 3 day\\(s\\) carried \\("
        + EventDayPlan.RECHECKED + " on [^)]*" + FIRST.minusDays(2) + ", " + FIRST.minusDays(1) + "\\), \\d read .*"),
        kind.getString(1));
    assertTrue(new PublishedTables(spark, incremental.toString()).committed(TableNames.REJECTED_RECORDS)
        .filter(col("run_date").equalTo(java.sql.Date.valueOf(SECOND)))
        .filter(col("reason").contains("worker_id '" + leaver + "' is not in hr_workers")).count() > 0,
        "the leaver's events are rejected");
    assertEquals("full", nightKind(full).getString(0));
    assertTrue(kind.getString(1).matches(".*endpoint_events: \\d+ day\\(s\\) carried \\(" + EventDayPlan.RECHECKED
        + " on [^)]*" + FIRST.minusDays(2) + "[^)]*\\), .*"), "the day naming the late device: " + kind.getString(1));
    for (String came : List.of("worker_id '" + hiredLate + "' is not in hr_workers",
        "device_id '" + lateDevice + "' is not in devices")) {
      assertTrue(new PublishedTables(spark, incremental.toString()).committed(TableNames.REJECTED_RECORDS)
          .filter(col("run_date").equalTo(java.sql.Date.valueOf(FIRST))).filter(col("reason").contains(came)).count() > 0,
          "the first night rejects " + came);
      assertEquals(0, new PublishedTables(spark, incremental.toString()).committed(TableNames.REJECTED_RECORDS)
          .filter(col("run_date").equalTo(java.sql.Date.valueOf(SECOND))).filter(col("reason").contains(came)).count(),
          "the second night no longer: " + came);
    }

    String key = resent.split(",", 2)[0];
    assertEquals(1, new PublishedTables(spark, incremental.toString()).committed(TableNames.REJECTED_RECORDS)
        .filter(col("run_date").equalTo(java.sql.Date.valueOf(SECOND)))
        .filter(col("reason").contains("duplicate event_id '" + key + "'")).count(), "the re-sent event is a duplicate");
    // The carried drops' rows of the day that left the window are kept as state, not summarised.
    java.sql.Date windowStart = java.sql.Date.valueOf(SECOND.minusDays(2));
    assertTrue(keptBefore(incremental, windowStart) > 0, "a carried drop's rows left the window");
    assertEquals(0, keptBefore(full, windowStart));
    assertEquals(59 + 59, rows(full, TableNames.WORKER_RISK).size(), "both nights of every worker compared (one hired late, one left)");

    // A third night whose newest drop holds a sign-in sent late, from another address, inside a
    // visit of a carried drop: the visit's own sign-ins are needed to cut it, so the night reads
    // every day again, and says why. (A late sign-in between visits is merged exactly:
    // EventSummariesTest.)
    LocalDate third = SECOND.plusDays(1);
    Path thirdInput = dir.resolve("input-third");
    TestFiles.copyTree(second, thirdInput);
    String late = lateSignInInsideAVisit(Files.readAllLines(thirdInput.resolve("auth_events").resolve(FIRST + ".csv"),
        StandardCharsets.ISO_8859_1), leaver);
    Files.writeString(thirdInput.resolve("auth_events").resolve(third + ".csv"), late + "\n",
        StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
    NightlyPipeline.run(spark, settings, thirdInput.toString(), incremental.toString(), third);
    Row thirdKind = new PublishedTables(spark, incremental.toString()).committed(TableNames.RUN_AUDIT)
        .filter(col("run_date").equalTo(java.sql.Date.valueOf(third))).select("night_kind", "night_reason").first();
    assertEquals("full", thirdKind.getString(0), thirdKind.getString(1));
    assertTrue(thirdKind.getString(1).matches("state of " + SECOND + " carried forward: .*; but 1 worker\\(s\\) have "
        + "sign-ins sent late, inside a carried visit: every day read again"), thirdKind.getString(1));
  }

  /**
   * A sign-in of a worker still employed, halfway between two successive successful sign-ins of
   * his from one address (one visit), from another address, with an id of its own. A drop's rows
   * come grouped by worker, in time order.
   */
  private static String lateSignInInsideAVisit(List<String> lines, String leaver) {
    String[] before = null;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", 8);
      if (before != null && f.length == 8 && before[2].equals(f[2]) && !f[2].equals(leaver)
          && "success".equals(before[4]) && "success".equals(f[4]) && before[5].equals(f[5])) {
        java.time.Instant a = java.time.Instant.parse(before[1]);
        java.time.Instant b = java.time.Instant.parse(f[1]);
        if (b.getEpochSecond() - a.getEpochSecond() >= 2) {
          java.time.Instant mid = a.plusSeconds((b.getEpochSecond() - a.getEpochSecond()) / 2);
          String other = before[5].equals("8.8.8.8") ? "1.1.1.1" : "8.8.8.8";
          return String.join(",", "LATE" + before[0], mid.toString(), before[2], before[3], before[4], other, before[6],
              before[7]);
        }
      }
      before = f.length == 8 ? f : null;
    }
    throw new IllegalStateException("no visit of two sign-ins in the drop");
  }

  private long keptBefore(Path output, java.sql.Date day) {
    return new PublishedTables(spark, output.toString()).committed(TableNames.SIGNIN_DROP_NETWORK)
        .filter(col("run_date").equalTo(java.sql.Date.valueOf(SECOND)).and(col("day").lt(day))).count();
  }

  private Row nightKind(Path output) {
    return new PublishedTables(spark, output.toString()).committed(TableNames.RUN_AUDIT)
        .filter(col("run_date").equalTo(java.sql.Date.valueOf(SECOND))).select("night_kind", "night_reason").first();
  }

  private List<String> rows(Path output, String table) {
    return new SameTables(spark, RUN_SPECIFIC).rows(output, table);
  }
}
