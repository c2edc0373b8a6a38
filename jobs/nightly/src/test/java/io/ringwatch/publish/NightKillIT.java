package io.ringwatch.publish;

import io.ringwatch.testing.TestFiles;

import io.ringwatch.tables.TableNames;

import io.ringwatch.testing.EndToEnd;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.config.SettingsLoader;
import io.ringwatch.pipeline.NightlyPipeline;
import io.ringwatch.synth.CompanyGenerator;
import io.ringwatch.synth.GeneratorOptions;
import io.ringwatch.testing.SharedSpark;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, items 2-4, with real runs in their own JVMs on a small generated company: each run is
 * killed (SIGKILL, no shutdown hook) when it prints a given progress line, and after each kill
 * every table read the way readers read it (committed rows, {@link PublishedTables}; the notebooks'
 * views) must hold the nights before exactly, or, once the night's run_audit marker was committed,
 * that whole night; `check` must pass on them.
 *
 * <p>In order: a first night (in this JVM); two runs of the date started together, of which one
 * stops at once naming the holder and the other, re-publishing the date, is killed with every
 * table but the marker committed; a run of the next date stopped (SIGSTOP) at the start of every
 * stage it prints, ingest to publish, checked while stopped (a stopped run's files are what a kill
 * at that moment leaves), and killed at publish's start (its start removes the stopped run's rows;
 * its checkpoints of clear rows stay until the next start). Set -Dringwatch.killtest.stages=all to
 * kill just after a marker as well ({@link PublishProtocolTest} covers that point in one JVM).
 * Last, a data file removed from a published table stops the next run with a one-line reason,
 * after its start removed the dead run's scratch. The first night, the killed re-run and the
 * stopped one go the whole way or nearly (a child about a minute: a cold JVM's fixed costs, not
 * the company's size), so this is an integration test.
 */
@EndToEnd
class NightKillIT {
  private static final LocalDate D1 = LocalDate.parse("2026-11-20");
  private static final LocalDate D2 = LocalDate.parse("2026-11-21");
  private static final Pattern RUN_ID = Pattern.compile("run (run-\\S+) for ");
  private final SparkSession spark = SharedSpark.get();

  private final Path repo = SharedSpark.repoRoot();
  private final Path dir = Path.of(System.getProperty("ringwatch.build.dir", repo.resolve("jobs/nightly/target").toString()))
      .resolve("night-kill");
  private final Path company = dir.resolve("company");
  private final Path output = dir.resolve("output");

  @Test
  void aKilledNightLeavesThePublishedNightsAsTheyWereAndTheNextRunRecovers() throws Exception {
    TestFiles.deleteTree(dir);
    CompanyGenerator.generate(GeneratorOptions.of(60, 19).withEventDays(3).withGzip(false), company);
    // Events as daily drops (a file a day), so the night keeps its event_days state and the kills
    // below cover the state's commit too.
    int dayFiles = splitByDay(company.resolve("auth_events")) + splitByDay(company.resolve("endpoint_events"));

    // The first night in this JVM (its Spark is warm: a minute less than a child's cold start); the
    // kills below are separate JVMs. No key given: the local run made one for its output root, and
    // run_audit names it by its id (run the suite without RINGWATCH_KEY in the environment).
    // Its settings are the children's (the same digest: a later night may be incremental).
    Files.writeString(childSettings(), "ringwatch.spark.master = \"local[2]\"\nringwatch.spark.shuffle-partitions = 2\n");
    NightlyPipeline.run(spark, SettingsLoader.load(childSettings()), company.toString(), output.toString(), D1);
    String localKey = Files.readString(output.resolve("_ringwatch/local.key")).strip();
    String keyId = new io.ringwatch.privacy.PseudonymKey(localKey, "t").id();
    assertEquals(keyId, new PublishedTables(spark, output.toString()).committed("run_audit").first().getAs("key_id"),
        "the first night's key is its output root's local key");
    Map<String, String> published = snapshot(D1);
    Map<String, String> none = snapshot(D2);
    assertTrue(published.get(TableNames.EVENT_DAYS).startsWith(dayFiles + " rows "),
        "the state lists every day read: " + published);
    assertChecks(D1);

    // Two runs of the date together: one stops at once naming the holder; the other, re-publishing
    // the committed date, is killed with every table but the marker committed: readers see the
    // previous night exactly, its rows are in the tables, unread.
    Child a = Child.start(this, D1);
    Child b = Child.start(this, D1);
    Child loser = a.endsFirst(b);
    Child winner = loser == a ? b : a;
    assertEquals(5, loser.waitFor(), "an output in use exits 5; " + loser.log());
    assertTrue(loser.log().contains("ringwatch: output " + output + " is in use by run "), loser.log());
    winner.killOn(committedLine(TableNames.CLUSTER_LINEAGE));
    assertTrue(winner.log().contains("pseudonym key " + keyId), "the child ran with the output root's key: " + winner.log());
    assertFalse(winner.log().contains(localKey), "the key is never logged");
    assertEquals(published, snapshot(D1), "readers see the previous night exactly");
    assertEquals(published.get("worker_risk"), notebookWorkerRisk(D1), "the notebooks' views agree");
    assertTrue(rawRuns("worker_risk", D1) >= 2, "the stopped run's rows are in the table, unread");
    assertTrue(rawRuns(TableNames.EVENT_DAYS, D1) >= 2, "so is its state, committed first");
    assertChecks(D1);

    // A run of the next date stopped (SIGSTOP) at the start of every stage it prints, ingest to
    // publish, and killed there at publish. Frozen, the output holds what a kill at that moment
    // would leave: its start has removed the stopped run's rows (checked at the first stage), and
    // from then on no file outside its scratch folder (and the lock's heartbeat) changes at any
    // stage. Its checkpoints of clear rows stay until the next start.
    Child swept = Child.start(this, D2, true);
    Map<String, String> outside = new LinkedHashMap<>();
    List<String> stages = swept.stopAtEachStage(stage -> {
      if (outside.isEmpty()) {
        assertEquals(1, rawRuns("worker_risk", D1), "the start removed the stopped run's rows");
        assertEquals(1, rawRuns("run_audit", D1));
        assertEquals(1, rawRuns(TableNames.EVENT_DAYS, D1), "and its state");
        assertEquals(published, snapshot(D1), "at " + stage);
        assertEquals(none, snapshot(D2), "at " + stage);
        outside.putAll(outsideScratch());
      } else {
        assertEquals(outside, outsideScratch(), "files outside the run's scratch changed by the start of " + stage);
      }
    }, "publish");
    assertTrue(stages.containsAll(List.of("ingest", "reference", "normalize", "enrich", "screen", "link", "graph",
        "score", "stage tables", "publish")), "stopped at every stage: " + stages);
    // It found the first night's state, the last published night's (the killed re-run's state
    // rows were never committed), and carried days from it: no file and no worker or device changed.
    assertTrue(swept.log().contains("incremental night (state of " + D1 + " carried forward: "), swept.log());
    assertTrue(Pattern.compile("auth_events: [1-9]\\d* day\\(s\\) carried, [1-9]\\d* read")
        .matcher(swept.log()).find(), swept.log());
    assertEquals(outside, outsideScratch(), "killed at publish's start");
    assertEquals(published, snapshot(D1));
    assertEquals(none, snapshot(D2));
    assertTrue(Files.isDirectory(output.resolve("_ringwatch/work").resolve(swept.runId())),
        "the killed run's scratch folder is there until the next start");
    assertTrue(Files.notExists(output.resolve("_ringwatch/publishing")), "no publish left under way");
    assertEquals(List.of(), Files.list(output).map(p -> p.getFileName().toString())
        .filter(n -> n.equals("_checkpoints") || n.equals("_staging")).toList());
    if ("all".equals(System.getProperty("ringwatch.killtest.stages"))) {
      // Killed just after its marker: its night is whole and the one readers see (the protocol
      // test covers the same point in one JVM, so CI kills here only in the full sweep). A re-run
      // of the published date, so that after its marker it still removes the earlier run's rows
      // from every table (seconds) before it removes its journal: a new date's run has nothing
      // to remove, and once local files no longer started processes it ended before the kill.
      Child marked = Child.start(this, D1).killOn(committedLine(TableNames.RUN_AUDIT));
      assertEquals(List.of(marked.runId()), committedRunIds(D1));
      assertEquals(published.keySet(), snapshot(D1).keySet());
      assertFalse(snapshot(D1).equals(published), "the night after its marker is the one readers see");
      assertEquals(none, snapshot(D2));
      assertChecks(D1);
      // Its journal stays for the next start to finish (PublishProtocolTest finishes one).
      assertTrue(Files.exists(output.resolve("_ringwatch/publishing")), "the publish stopped after its marker");
    }

    // A damaged history stops the next run before any work, naming the table.
    // A file the table's current version references (files of removed rows stay on disk until VACUUM).
    String referenced = new PublishedTables(spark, output.toString()).raw("identity_links").inputFiles()[0];
    Files.delete(Path.of(java.net.URI.create(referenced)));
    Child damaged = Child.start(this, D2);
    assertEquals(5, damaged.waitFor(), "a damaged output exits 5; " + damaged.log());
    assertTrue(damaged.log().contains("ringwatch: published table identity_links at "), damaged.log());
    assertTrue(damaged.log().contains("data file(s) its Delta log references are missing"), damaged.log());
    try (Stream<Path> s = Files.list(output.resolve("_ringwatch/work"))) {
      assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("spill-")).toList(),
          "no dead run's scratch outlives the next start");
    }
    assertTrue(Files.notExists(output.resolve("_ringwatch/lock")), "the stopped run released its lock");
  }

  /** The publisher's log line once {@code table} is committed ("committed cluster_lineage (10 of 11)"). */
  private static String committedLine(String table) {
    return "committed " + table + " (" + (TableNames.COMMIT_ORDER.indexOf(table) + 1) + " of "
        + TableNames.COMMIT_ORDER.size() + ")";
  }

  /** Every table's (and the state's) committed rows of a date, as a count and a digest of the sorted rows. */
  /** Every run's settings: two local cores, two shuffle partitions (the children's JVMs are small). */
  private Path childSettings() {
    return dir.resolve("child-settings.conf");
  }

  private Map<String, String> snapshot(LocalDate date) throws Exception {
    PublishedTables published = new PublishedTables(spark, output.toString());
    Map<String, String> out = new LinkedHashMap<>();
    for (String table : TableNames.COMMIT_ORDER) {
      List<String> rows = new ArrayList<>();
      for (Row r : published.committed(table).filter(col("run_date").equalTo(lit(Date.valueOf(date)))).collectAsList()) {
        rows.add(r.toString());
      }
      rows.sort(null);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      rows.forEach(r -> sha.update(r.getBytes(StandardCharsets.UTF_8)));
      out.put(table, rows.size() + " rows " + HexFormat.of().formatHex(sha.digest()).substring(0, 16));
    }
    return out;
  }

  /** worker_risk of a date through notebook 01's committed-nights views, in the snapshot's form. */
  private String notebookWorkerRisk(LocalDate date) throws Exception {
    String source = Files.readString(repo.resolve("notebooks/databricks/01_triage_new_clusters.sql"));
    String views = source.substring(source.indexOf("CREATE OR REPLACE TEMPORARY VIEW committed_runs"));
    views = views.substring(0, views.indexOf("-- COMMAND"));
    for (String stmt : views.split(";\\s*\\n")) {
      if (!stmt.isBlank()) {
        spark.sql(stmt.replace("${output_root}", output.toString()));
      }
    }
    List<String> rows = new ArrayList<>();
    // USING puts run_date and run_id first; compare in the table's own column order.
    String[] columns = new PublishedTables(spark, output.toString()).raw("worker_risk").columns();
    for (Row r : spark.table("worker_risk").filter(col("run_date").equalTo(lit(Date.valueOf(date))))
        .selectExpr(columns).collectAsList()) {
      rows.add(r.toString());
    }
    rows.sort(null);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    rows.forEach(r -> sha.update(r.getBytes(StandardCharsets.UTF_8)));
    return rows.size() + " rows " + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  /**
   * Every file of the output root but a run's scratch ({@code _ringwatch/work}) and the lock (its
   * heartbeat touches it), each with its size and modification time: what a run may not change
   * before it publishes.
   */
  private Map<String, String> outsideScratch() throws IOException {
    Path work = output.resolve("_ringwatch/work");
    Path lock = output.resolve("_ringwatch/lock");
    Map<String, String> files = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.walk(output)) {
      for (Path f : s.filter(Files::isRegularFile).filter(f -> !f.startsWith(work) && !f.equals(lock)).toList()) {
        files.put(output.relativize(f).toString(), Files.size(f) + " bytes, " + Files.getLastModifiedTime(f));
      }
    }
    return files;
  }

  private long rawRuns(String table, LocalDate date) {
    return new PublishedTables(spark, output.toString()).raw(table).filter(col("run_date").equalTo(lit(Date.valueOf(date))))
        .select("run_id").distinct().count();
  }

  private List<String> committedRunIds(LocalDate date) {
    return new PublishedTables(spark, output.toString()).committedRuns().filter(col("run_date")
        .equalTo(lit(Date.valueOf(date)))).select("run_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
  }

  private void assertChecks(LocalDate date) {
    // A 60-worker company with planted rings flags far more than the 5% a real company may.
    List<PublishedRunCheck.Finding> findings = PublishedRunCheck.run(spark, new CheckSettings(1, 0.05, 1.0),
        output.toString(), date);
    assertTrue(findings.stream().allMatch(PublishedRunCheck.Finding::passed), findings.toString());
  }

  /** A `ringwatch nightly` in its own JVM, its log followed line by line. */
  static final class Child {
    private final Process process;
    private final StringBuilder log = new StringBuilder();
    private final CompletableFuture<Void> reader;
    private volatile String runId;
    private volatile String killLine;
    private final CompletableFuture<Void> killed = new CompletableFuture<>();
    private final boolean stopAtStages;
    private final java.util.concurrent.BlockingQueue<String> frozenAt = new java.util.concurrent.LinkedBlockingQueue<>();
    private final java.util.concurrent.SynchronousQueue<Boolean> resume = new java.util.concurrent.SynchronousQueue<>();

    private Child(Process process, boolean stopAtStages) {
      this.process = process;
      this.stopAtStages = stopAtStages;
      // A thread of its own: the reader waits while the run is stopped at a stage.
      this.reader = CompletableFuture.runAsync(this::follow, r -> {
        Thread t = new Thread(r, "night-kill-child-log");
        t.setDaemon(true);
        t.start();
      });
    }

    static Child start(NightKillIT test, LocalDate date) throws IOException {
      return start(test, date, false);
    }

    /** A run that, if {@code stopAtStages}, stops at each stage's start: see {@link #stopAtEachStage}. */
    static Child start(NightKillIT test, LocalDate date, boolean stopAtStages) throws IOException {
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-Xmx1g");
      for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
        if (a.startsWith("--add-opens") || a.startsWith("-XX:") || a.startsWith("-Djdk.reflect")) {
          cmd.add(a);
        }
      }
      cmd.add("-Dlog4j2.configurationFile=" + test.repo.resolve("jobs/nightly/src/main/resources/log4j2.properties").toUri());
      cmd.add("-Dspark.ui.enabled=false");
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add("io.ringwatch.cli.Main");
      cmd.addAll(List.of("nightly", "--input", test.company.toString(), "--output", test.output.toString(),
          "--run-date", date.toString(), "--conf", test.childSettings().toString()));
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(test.repo.toFile()).redirectErrorStream(true);
      pb.environment().remove("RINGWATCH_KEY");
      return new Child(pb.start(), stopAtStages);
    }

    private void follow() {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          synchronized (log) {
            log.append(line).append('\n');
          }
          Matcher m = RUN_ID.matcher(line);
          if (runId == null && m.find()) {
            runId = m.group(1);
          }
          int mark = line.indexOf("▶ ");
          if (stopAtStages && mark >= 0 && !killed.isDone()) {
            signal("STOP");
            frozenAt.put(line.substring(mark + 2).strip());
            if (resume.take()) {
              signal("CONT");
            } else {
              process.destroyForcibly(); // SIGKILL ends a stopped process too
              killed.complete(null);
            }
          }
          String k = killLine;
          if (k != null && line.contains(k) && !killed.isDone()) {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            killed.complete(null);
          }
        }
      } catch (IOException e) {
        // the process was killed
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** What the test checks while the run is stopped at a stage's start. */
    interface StageCheck {
      void at(String stage) throws Exception;
    }

    /**
     * Stops the run (SIGSTOP) at the start of each stage it prints ("▶ stage"), runs {@code check}
     * while it is stopped, and lets it go on (SIGCONT), until {@code killStage}, where it is killed
     * after the check. The log reader waits while the run is stopped, so each check sees the run at
     * (or, if the child wrote on before the signal arrived, just after) the stage's start. Returns
     * the stages stopped at, in order; fails if the run ends before {@code killStage}.
     */
    List<String> stopAtEachStage(StageCheck check, String killStage) throws Exception {
      List<String> seen = new ArrayList<>();
      while (true) {
        String stage = frozenAt.poll(1, TimeUnit.SECONDS);
        if (stage == null) {
          assertTrue(process.isAlive() || !frozenAt.isEmpty(), "the run ended before " + killStage + ":\n" + log());
          continue;
        }
        seen.add(stage);
        boolean last = stage.equals(killStage);
        try {
          check.at(stage);
        } catch (Throwable t) {
          resume.put(Boolean.FALSE);
          throw t;
        }
        resume.put(!last);
        if (last) {
          break;
        }
      }
      assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the run did not die");
      reader.get(1, TimeUnit.MINUTES);
      return seen;
    }

    private void signal(String name) {
      try {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
        assertEquals(0, kill.waitFor(), "kill -" + name);
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException("kill -" + name + " " + process.pid(), e);
      }
    }

    /** Kills the run when it prints {@code line}; fails if it ends first. */
    Child killOn(String line) throws Exception {
      killLine = line;
      synchronized (log) {
        if (log.toString().contains(line)) {
          process.destroyForcibly();
          killed.complete(null);
        }
      }
      boolean ended = process.waitFor(20, TimeUnit.MINUTES);
      assertTrue(ended && killed.isDone(), "the run ended before printing '" + line + "':\n" + log());
      reader.get(1, TimeUnit.MINUTES);
      return this;
    }

    /** Of this run and {@code other}, the one that ends first (the other is still running). */
    Child endsFirst(Child other) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          return this;
        }
        if (!other.process.isAlive()) {
          return other;
        }
        Thread.sleep(100);
      }
      throw new AssertionError("neither run stopped:\n" + log() + "\n" + other.log());
    }

    int waitFor() throws Exception {
      assertTrue(process.waitFor(20, TimeUnit.MINUTES), "run did not end:\n" + log());
      reader.get(1, TimeUnit.MINUTES);
      return process.exitValue();
    }

    String runId() {
      return runId;
    }

    String log() {
      synchronized (log) {
        return log.toString();
      }
    }
  }

  /**
   * Splits a generated export ({@code <dataset>/<dataset>.csv}, one row a line, the event time
   * second) into one file a UTC day ({@code 2026-11-19.csv}), as a daily drop; rows without a
   * readable day go to a file not named by a day (always read). Returns the day files made.
   */
  static int splitByDay(Path dataset) throws IOException {
    Path export = dataset.resolve(dataset.getFileName() + ".csv");
    // Byte for byte (Latin-1 maps every byte to one char): a broken row's bytes stay as generated.
    List<String> lines = Files.readAllLines(export, StandardCharsets.ISO_8859_1);
    Map<String, List<String>> days = new java.util.TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", 3);
      String day = f.length > 1 && f[1].matches("\\d{4}-\\d{2}-\\d{2}T.*") ? f[1].substring(0, 10) : "undated";
      days.computeIfAbsent(day, d -> new ArrayList<>(List.of(lines.get(0)))).add(line);
    }
    Files.delete(export);
    for (Map.Entry<String, List<String>> d : days.entrySet()) {
      Files.write(dataset.resolve(d.getKey() + ".csv"), d.getValue(), StandardCharsets.ISO_8859_1);
    }
    return (int) days.keySet().stream().filter(d -> !d.equals("undated")).count();
  }
}
