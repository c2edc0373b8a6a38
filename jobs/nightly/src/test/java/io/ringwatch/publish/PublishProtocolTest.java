package io.ringwatch.publish;

import io.ringwatch.testing.TestFiles;

import io.ringwatch.testing.SparkTest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.run.RunFailure;
import io.ringwatch.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a night is committed (DeltaPublisher, PublishedTables, StoppedRunRecovery) and how a damaged
 * history is found (HistoryCheck), on small real Delta tables. What a publish stopped by a kill
 * leaves is written here the way the publisher writes it (journal, then appends); the real kill of
 * a real run is NightKillIT.
 */
@SparkTest
class PublishProtocolTest {
  private static final List<String> TABLES = List.of("worker_risk", "cluster_members", "run_audit");
  private static final LocalDate D1 = LocalDate.parse("2026-11-19");
  private static final LocalDate D2 = LocalDate.parse("2026-11-20");
  private static final LocalDate D3 = LocalDate.parse("2026-11-21");
  private final SparkSession spark = SharedSpark.get();
  @TempDir Path dir;
  // (not final: threeNights() publishes its shared copy through the same helpers)

  private String output() {
    return dir.resolve("output").toString();
  }

  private Dataset<Row> workers(String... ids) {
    return spark.createDataset(List.of(ids), Encoders.STRING()).toDF("worker_id").withColumn("risk_score", lit(1.0));
  }

  /** A whole night as the pipeline publishes it: worker_risk, cluster_members, the run_audit marker. */
  private void night(LocalDate date, String runId, String... workerIds) {
    DeltaPublisher p = new DeltaPublisher(spark, output(), runId);
    long written = p.stage("worker_risk", workers(workerIds), date, runId);
    long members = p.stage("cluster_members", workers(workerIds).select(lit("c-1").as("cluster_id"), col("worker_id")),
        date, runId);
    p.stage("run_audit", RunAudit.row(spark, RunAudit.Night.of(Instant.now(), Instant.now(), "succeeded", "test",
        "digest", "in", output(), List.of(), Map.of("worker_risk", written, "cluster_members", members))), date, runId);
    p.publish(TABLES, date);
    p.removeStaging();
  }

  /** What a kill during publish leaves: the journal, and the appends done before it. */
  private void stoppedPublish(LocalDate date, String runId, boolean markerWritten, String... workerIds) throws Exception {
    new PublishJournal(runId, date).write(fs(), new OutputLayout(output()));
    append("worker_risk", workers(workerIds), date, runId);
    if (markerWritten) {
      append("cluster_members", workers(workerIds).select(lit("c-9").as("cluster_id"), col("worker_id")), date, runId);
      append("run_audit", RunAudit.row(spark, RunAudit.Night.of(Instant.now(), Instant.now(), "succeeded", "test",
          "digest", "in", output(), List.of(), Map.of())), date, runId);
    }
  }

  private void append(String table, Dataset<Row> rows, LocalDate date, String runId) {
    rows.withColumn("run_date", lit(Date.valueOf(date))).withColumn("run_id", lit(runId))
        .write().format("delta").mode("append").option("mergeSchema", "true").partitionBy("run_date")
        .save(output() + "/" + table);
  }

  private FileSystem fs() throws Exception {
    return OutputLayout.fileSystem(new org.apache.hadoop.fs.Path(output()), new Configuration());
  }

  private Set<String> committedWorkers(LocalDate date) {
    return new PublishedTables(spark, output()).committed("worker_risk").filter(col("run_date")
        .equalTo(lit(Date.valueOf(date)))).select("worker_id").as(Encoders.STRING()).collectAsList().stream()
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private Set<String> rawRuns(String table) {
    return new PublishedTables(spark, output()).raw(table).select("run_id").distinct().as(Encoders.STRING())
        .collectAsList().stream().collect(Collectors.toCollection(TreeSet::new));
  }

  private StoppedRunRecovery.Recovered recover() throws Exception {
    return StoppedRunRecovery.recover(spark, fs(), new OutputLayout(output()), TABLES);
  }

  private HistoryCheck history() throws Exception {
    return new HistoryCheck(spark, fs(), new OutputLayout(output()), TABLES);
  }

  /**
   * A night's state (incremental-nightly.md, slice 2) is committed by the same publish, before the
   * marker: under _ringwatch/state/, read only for committed runs, removed with a stopped run's
   * rows, and a damaged state table names itself as state with what to do.
   */
  @Test
  void stateIsCommittedBeforeTheMarkerAndReadForCommittedRunsOnly() throws Exception {
    List<String> order = List.of("event_days", "worker_risk", "run_audit");
    java.util.function.BiFunction<LocalDate, String, Long> night = (date, runId) -> {
      DeltaPublisher p = new DeltaPublisher(spark, output(), runId);
      p.stage("event_days", days(date), date, runId);
      long written = p.stage("worker_risk", workers("a"), date, runId);
      p.stage("run_audit", RunAudit.row(spark, RunAudit.Night.of(Instant.now(), Instant.now(), "succeeded", "test",
          "digest", "in", output(), List.of(), Map.of("worker_risk", written))), date, runId);
      p.publish(order, date);
      p.removeStaging();
      return written;
    };
    assertEquals(java.util.Optional.empty(), KeptState.read(spark, output()).night(), "nothing kept yet");
    night.apply(D1, "r1");
    KeptState kept = KeptState.read(spark, output());
    assertEquals(java.util.Optional.of(D1), kept.night());
    assertEquals(List.of(new io.ringwatch.ingest.EventDayFiles("auth_events", D1, D1 + ".csv", 1, 10, "f", 3, 1, 2, 0)),
        kept.days(), "the kept days as the night listed and counted them");
    Path state = dir.resolve("output/_ringwatch/state/event_days");
    assertTrue(Files.isDirectory(state.resolve("_delta_log")), "state lives under the output's control folder");
    assertFalse(Files.exists(dir.resolve("output/event_days")), "and is not a published table");
    PublishedTables tables = new PublishedTables(spark, output());
    assertEquals(1, tables.committed("event_days").count());

    // Stopped after the state's commit, before the marker: nothing of it is read, and the next
    // start removes it.
    new PublishJournal("r2", D2).write(fs(), new OutputLayout(output()));
    days(D2).withColumn("run_date", lit(Date.valueOf(D2))).withColumn("run_id", lit("r2"))
        .write().format("delta").mode("append").save(state.toString());
    assertEquals(List.of("r1"), tables.committed("event_days").select("run_id").as(Encoders.STRING()).collectAsList());
    assertEquals(java.util.Optional.of(D1), KeptState.read(spark, output()).night(), "a stopped run's state is not kept");
    StoppedRunRecovery.recover(spark, fs(), new OutputLayout(output()), order);
    assertEquals(Set.of("r1"), new TreeSet<>(tables.raw("event_days").select("run_id").as(Encoders.STRING())
        .collectAsList()));
    new HistoryCheck(spark, fs(), new OutputLayout(output()), order).nightsConsistent();

    // A later night committed: only the newest night's state is kept (StateRetention), and the
    // history check does not take the older night's removed state for damage.
    night.apply(D2, "r3");
    assertEquals(java.util.Optional.of(D2), KeptState.read(spark, output()).night());
    assertEquals(Set.of("r3"), new TreeSet<>(tables.raw("event_days").select("run_id").as(Encoders.STRING())
        .collectAsList()));
    assertEquals(Set.of("r1", "r3"), new TreeSet<>(tables.raw("worker_risk").select("run_id").as(Encoders.STRING())
        .collectAsList()), "published tables keep every night");
    new HistoryCheck(spark, fs(), new OutputLayout(output()), order).logsIntact();
    new HistoryCheck(spark, fs(), new OutputLayout(output()), order).nightsConsistent();

    TestFiles.deleteTree(state.resolve("_delta_log"));
    RunFailure e = assertThrows(RunFailure.class,
        () -> new HistoryCheck(spark, fs(), new OutputLayout(output()), order).logsIntact());
    assertTrue(e.getMessage().startsWith("state table event_days at "), e.getMessage());
    assertTrue(e.getMessage().contains("remove that folder and run again"), e.getMessage());
  }

  private Dataset<Row> days(LocalDate date) {
    return io.ringwatch.ingest.EventDayFiles.frame(spark, List.of(new io.ringwatch.ingest.EventDayFiles(
        "auth_events", date, date + ".csv", 1, 10, "f", 3, 1, 2, 0)));
  }

  @Test
  void aReRunReplacesItsDateAndReadersSeeOneRunPerDate() {
    night(D1, "r1", "a", "b");
    night(D1, "r2", "c");
    assertEquals(Set.of("c"), committedWorkers(D1));
    assertEquals(Set.of("r2"), rawRuns("worker_risk"), "the earlier run's rows are gone, not only hidden");
    assertEquals(Set.of("r2"), rawRuns("run_audit"));
  }

  @Test
  void aPublishStoppedBeforeItsMarkerIsNeverReadAndTheNextStartRemovesIt() throws Exception {
    night(D1, "r1", "a", "b");
    stoppedPublish(D1, "r2", false, "x");
    assertEquals(Set.of("a", "b"), committedWorkers(D1), "readers see the previous night exactly");
    StoppedRunRecovery.Recovered r = recover();
    assertFalse(r.committed());
    assertEquals(Set.of("r1"), rawRuns("worker_risk"));
    assertNull(recover(), "the journal is gone");
    history().nightsConsistent();
  }

  @Test
  void aPublishStoppedAfterItsMarkerIsFinishedByTheNextStart() throws Exception {
    night(D1, "r1", "a", "b");
    stoppedPublish(D1, "r2", true, "x");
    assertEquals(Set.of("x"), committedWorkers(D1), "the marker is in: the new night counts");
    assertTrue(recover().committed());
    assertEquals(Set.of("r2"), rawRuns("worker_risk"));
    assertEquals(Set.of("r2"), rawRuns("cluster_members"));
  }

  @Test
  void aStoppedFirstNightLeavesNothingVisibleAndIsNotMistakenForDamage() throws Exception {
    stoppedPublish(D1, "r1", false, "x");
    assertEquals(Set.of(), committedWorkers(D1));
    RunFailure before = assertThrows(RunFailure.class, () -> history().nightsConsistent(),
        "without the journal's recovery, uncommitted rows are damage");
    assertTrue(before.getMessage().contains("run_audit is missing"), before.getMessage());
    recover();
    history().logsIntact();
    history().nightsConsistent();
  }

  @Test
  void aMissingCommitFileInTheMiddleOfALogStopsTheRun() throws Exception {
    threeNights();
    Files.delete(log("worker_risk").resolve(String.format("%020d.json", 1)));
    RunFailure e = assertThrows(RunFailure.class, () -> history().logsIntact());
    assertTrue(e.getMessage().startsWith("published table worker_risk at "), e.getMessage());
    assertTrue(e.getMessage().contains("misses commit file 00000000000000000001.json"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void aLostLastCommitIsFoundAgainstRunAudit() throws Exception {
    threeNights();
    Files.delete(log("worker_risk").resolve(String.format("%020d.json", 2)));
    history().logsIntact(); // the log itself is whole, one version shorter
    RunFailure e = assertThrows(RunFailure.class, () -> history().nightsConsistent());
    assertTrue(e.getMessage().contains("worker_risk") && e.getMessage().contains("wrote 1 rows to it, it holds 0"),
        e.getMessage());
  }

  /**
   * The nights are counted from the Delta logs' file statistics: an earlier night's data file is
   * not even opened (a missing one is logsIntact's finding), and rows of a run run_audit does not
   * record are still found, through the date whose logged rows disagree with what was written.
   */
  @Test
  void nightsAreCountedFromTheLogsAndRowsOfAnUnrecordedRunAreFound() throws Exception {
    threeNights();
    try (Stream<Path> s = Files.walk(dir.resolve("output/worker_risk/run_date=" + D1))) {
      Files.delete(s.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow());
    }
    history().nightsConsistent();

    append("worker_risk", workers("x"), D2, "rX");
    RunFailure e = assertThrows(RunFailure.class, () -> history().nightsConsistent());
    assertTrue(e.getMessage().contains("worker_risk") && e.getMessage().contains("it holds rows of run rX ("
        + D2 + ") that run_audit does not record as committed (run_audit may have lost a commit)"), e.getMessage());
  }

  /** A file written without statistics: the log cannot tell its rows, so the table is counted row by row. */
  @Test
  void aTableTheLogCannotCountIsCountedRowByRow() throws Exception {
    threeNights();
    spark.conf().set("spark.databricks.delta.stats.collect", "false");
    try {
      append("cluster_members", workers("y").select(lit("c-7").as("cluster_id"), col("worker_id")), D1, "rY");
    } finally {
      spark.conf().unset("spark.databricks.delta.stats.collect");
    }
    RunFailure e = assertThrows(RunFailure.class, () -> history().nightsConsistent());
    assertTrue(e.getMessage().contains("cluster_members") && e.getMessage().contains("rows of run rY"), e.getMessage());
  }

  @Test
  void aRemovedLogAFolderWithoutLogAndARemovedAuditAreFound() throws Exception {
    threeNights();
    TestFiles.deleteTree(log("cluster_members"));
    RunFailure e = assertThrows(RunFailure.class, () -> history().logsIntact());
    assertTrue(e.getMessage().contains("cluster_members") && e.getMessage().contains("no Delta log"), e.getMessage());

    TestFiles.deleteTree(dir.resolve("output/cluster_members"));
    TestFiles.deleteTree(dir.resolve("output/run_audit"));
    history().logsIntact();
    e = assertThrows(RunFailure.class, () -> history().nightsConsistent());
    assertTrue(e.getMessage().contains("run_audit is missing"), e.getMessage());
  }

  @Test
  void aMissingDataFileAndAnUnreadableLogAreFound() throws Exception {
    threeNights();
    Path dataFile;
    try (Stream<Path> s = Files.walk(dir.resolve("output/worker_risk/run_date=" + D2))) {
      dataFile = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    Files.delete(dataFile);
    RunFailure e = assertThrows(RunFailure.class, () -> history().logsIntact());
    assertTrue(e.getMessage().contains("1 data file(s) its Delta log references are missing, e.g. run_date=" + D2),
        e.getMessage());

    Path other = dir.resolve("other");
    Files.createDirectories(other);
    Files.writeString(log("cluster_members").resolve(String.format("%020d.json", 2)), "{\"add\": {broken");
    e = assertThrows(RunFailure.class, () -> history().logsIntact());
    assertTrue(e.getMessage().contains("cluster_members") || e.getMessage().contains("worker_risk"), e.getMessage());
  }

  @Test
  void aNewKeyIsNoticedAgainstTheLastNightsKeyId() {
    assertEquals(new KeyHistory.Change(null, false), KeyHistory.compare(spark, output(), io.ringwatch.testing.TestKeys.KEY));
    DeltaPublisher p = new DeltaPublisher(spark, output(), "r1");
    p.stage("run_audit", RunAudit.row(spark, RunAudit.Night.of(Instant.now(), Instant.now(), "succeeded", "test",
        "digest", "in", output(), List.of(), Map.of()).withControl(new RunAudit.Control("0123456789abcdef", null, null))),
        D1, "r1");
    p.publish(List.of("run_audit"), D1);
    assertEquals(new KeyHistory.Change("0123456789abcdef", true),
        KeyHistory.compare(spark, output(), io.ringwatch.testing.TestKeys.KEY));
  }

  /** Three published nights, made once for the class and copied into each test's folder. */
  private static Path threeNights;

  private void threeNights() throws Exception {
    synchronized (PublishProtocolTest.class) {
      if (threeNights == null) {
        Path made = TestFiles.tempDirectory("ringwatch-three-nights");
        Path keep = dir;
        dir = made;
        night(D1, "r1", "a");
        night(D2, "r2", "b");
        night(D3, "r3", "c");
        dir = keep;
        threeNights = made.resolve("output");
      }
    }
    try (Stream<Path> s = Files.walk(threeNights)) {
      for (Path p : s.toList()) {
        Path target = dir.resolve("output").resolve(threeNights.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private Path log(String table) {
    return dir.resolve("output").resolve(table).resolve("_delta_log");
  }
}
