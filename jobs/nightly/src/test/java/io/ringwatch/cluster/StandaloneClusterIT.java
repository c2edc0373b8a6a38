package io.ringwatch.cluster;

import io.ringwatch.testing.TestFiles;

import io.ringwatch.tables.TableNames;

import io.ringwatch.testing.EndToEnd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.ringwatch.synth.CompanyGenerator;
import io.ringwatch.synth.GeneratorOptions;
import io.ringwatch.tables.ComparableRows;
import io.ringwatch.testing.SharedSpark;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar, unchanged, on a real Spark standalone cluster (issue 8, item 3): a master and two
 * workers (1 core, 1 GiB each) as separate JVMs on loopback, started from the classpath of a Spark
 * distribution (Spark's own jars only, none of ringwatch's: {@link StandaloneCluster}). The jar
 * built by {@code package} is submitted the way spark-submit does it (a JVM running
 * org.apache.spark.deploy.SparkSubmit with Spark on its classpath and the jar as the application),
 * so its executors get ringwatch, Delta Lake and the other bundled libraries only from the jar they
 * fetch from the driver. The same jar, submitted the same way with {@code --master local[2]},
 * publishes the reference tables; every published table must be equal, row for row, apart from
 * the columns that differ between any two runs ({@link #RUN_SPECIFIC}).
 *
 * <p>Both runs start from the repository root with the input (a generated 300-worker company)
 * given relative to it, as a scheduler would give it, while the executors run in their workers' own folders: a path
 * resolved on an executor instead of the driver would fail here. Logs of every JVM are kept under
 * {@code jobs/target/standalone-cluster/} ({@code logs/}, and each executor's in
 * {@code worker-N/app-…/N/stderr}).
 */
@EndToEnd
class StandaloneClusterIT {
  static final String RUN_DATE = "2026-11-20";
  static final int WORKERS = 2;
  static final Duration CLUSTER_UP = Duration.ofMinutes(2);
  static final Duration RUN_LIMIT = Duration.ofMinutes(25);
  /**
   * Drivers and executors start as the project's test JVMs do ({@code test.jvm}) and as
   * deployment.md says, but with the quick JIT only (C1): four Spark JVMs share two cores here, and
   * for one short night each C2's compiling cost more CPU than its code saved.
   */
  static final String JVM = "-XX:+UseParallelGC -XX:-DontCompileHugeMethods -XX:TieredStopAtLevel=1";

  /**
   * Columns whose values differ between two runs of the same inputs by design; everything else
   * must be equal. {@code run_id} (every table): made from the run's start instant and a random
   * suffix (RunAudit.newRunId). In {@code run_audit}: {@code started_at} and {@code finished_at}
   * are wall-clock times, {@code stages} their durations, and {@code output} is the output root,
   * which the two runs must not share.
   */
  static final Map<String, Set<String>> RUN_SPECIFIC = Map.of(
      "*", Set.of("run_id"),
      "run_audit", Set.of("started_at", "finished_at", "stages", "output"));

  @Test
  void theShadedJarOnAStandaloneClusterPublishesTheTablesOfALocalRun() throws Exception {
    Path repo = SharedSpark.repoRoot();
    Path build = Path.of(System.getProperty("ringwatch.build.dir", repo.resolve("jobs/nightly/target").toString()));
    Path jar = shadedJar(build);
    Path dir = build.resolve("standalone-cluster");
    TestFiles.deleteTree(dir);
    Files.createDirectories(dir);
    Path clusterOut = dir.resolve("out-cluster");
    Path localOut = dir.resolve("out-local");
    // A small generated company (the whole-night tests cover detection; this one covers the jar on
    // a cluster), given relative to the repository root as a scheduler gives paths.
    Path company = dir.resolve("company");
    CompanyGenerator.generate(GeneratorOptions.of(300, 11).withEventDays(7), company);
    Path input = repo.relativize(company.toAbsolutePath());
    assertFalse(input.isAbsolute());
    String distClasspath = StandaloneCluster.distributionClasspath(build);
    assertFalse(distClasspath.contains("delta-spark") || distClasspath.contains("networkanalysis")
        || distClasspath.contains("/classes"), "the cluster's classpath must hold Spark's jars only: " + distClasspath);

    long start = System.nanoTime();
    try (StandaloneCluster cluster = StandaloneCluster.start(dir, distClasspath, sparkJavaOptions(), WORKERS,
        CLUSTER_UP)) {
      long up = System.nanoTime();
      System.out.printf("standalone cluster %s up in %d s (load average %.1f on %d cores)%n", cluster.masterUrl(),
          seconds(start, up), loadAverage(), Runtime.getRuntime().availableProcessors());
      // Both runs at once: the wall time of the slower one instead of the sum.
      Process onCluster = cluster.submit("submit-cluster", driverJvm("1g"), nightly(cluster.masterUrl(), jar, input, clusterOut),
          repo);
      Process onLocal = cluster.submit("submit-local", driverJvm("2g"), nightly("local[2]", jar, input, localOut), repo);
      CompletableFuture<Long> clusterDone = onCluster.onExit().thenApply(p -> System.nanoTime());
      CompletableFuture<Long> localDone = onLocal.onExit().thenApply(p -> System.nanoTime());
      int clusterExit = StandaloneCluster.await(onCluster, RUN_LIMIT, cluster.log("submit-cluster"));
      int localExit = StandaloneCluster.await(onLocal, RUN_LIMIT, cluster.log("submit-local"));
      System.out.printf("nightly on the cluster: %d s, on local[2] beside it: %d s%n",
          seconds(up, clusterDone.get()), seconds(up, localDone.get()));
      assertEquals(0, clusterExit, () -> "spark-submit to " + cluster.masterUrl() + " failed; "
          + cluster.log("submit-cluster") + " ends with:\n" + StandaloneCluster.tail(cluster.log("submit-cluster"), 30));
      assertEquals(0, localExit, () -> "spark-submit to local[2] failed; " + cluster.log("submit-local")
          + " ends with:\n" + StandaloneCluster.tail(cluster.log("submit-local"), 30));

      assertTheExecutorsRanTheJob(cluster, jar);
    }

    long compareStart = System.nanoTime();
    assertSameTables(clusterOut, localOut);
    System.out.printf("tables compared in %d s; whole test %d s (load average %.1f)%n",
        seconds(compareStart, System.nanoTime()), seconds(start, System.nanoTime()), loadAverage());
  }

  /**
   * The application ran on the cluster's executors, not in the driver: the master lists it as
   * finished, and on every worker an executor fetched the shaded jar from the driver and finished
   * tasks (its log, at INFO for org.apache.spark.executor.Executor, says so).
   */
  static void assertTheExecutorsRanTheJob(StandaloneCluster cluster, Path jar) throws Exception {
    JsonNode state = cluster.masterState();
    List<String> apps = new ArrayList<>();
    state.path("completedapps").forEach(a -> apps.add(a.path("name").asText() + ":" + a.path("state").asText()));
    assertEquals(List.of("ringwatch:FINISHED"), apps, "applications the master completed");

    for (int w = 1; w <= WORKERS; w++) {
      List<Path> executors;
      try (Stream<Path> s = Files.find(cluster.workDir(w), 2, (p, a) -> a.isDirectory()
          && p.getParent().getFileName().toString().startsWith("app-"))) {
        executors = s.toList();
      }
      assertFalse(executors.isEmpty(), "worker " + w + " launched no executor; see " + cluster.workDir(w));
      long finished = 0;
      boolean fetched = false;
      for (Path e : executors) {
        fetched |= Files.isRegularFile(e.resolve(jar.getFileName()));
        Path stderr = e.resolve("stderr");
        if (Files.isRegularFile(stderr)) {
          try (Stream<String> lines = Files.lines(stderr, StandardCharsets.ISO_8859_1)) {
            finished += lines.filter(l -> l.contains("Executor - Finished task")).count();
          }
        }
      }
      assertTrue(fetched, "no executor of worker " + w + " fetched " + jar.getFileName() + ": " + executors);
      assertTrue(finished > 0, "the executors of worker " + w + " finished no task: " + executors);
      System.out.printf("worker %d: %d executor(s), %d tasks finished%n", w, executors.size(), finished);
    }
  }

  /**
   * Every published table of both runs: same columns, same rows (as multisets, compared on the
   * driver: the tables are small) apart from {@link #RUN_SPECIFIC}.
   */
  static void assertSameTables(Path clusterOut, Path localOut) {
    SparkSession spark = SharedSpark.get();
    List<String> problems = new ArrayList<>();
    for (String table : TableNames.ALL) {
      Dataset<Row> onCluster = comparable(spark, clusterOut, table);
      Dataset<Row> local = comparable(spark, localOut, table);
      assertEquals(List.of(local.schema().fieldNames()), List.of(onCluster.schema().fieldNames()),
          table + ": columns");
      List<Row> localRows = local.collectAsList();
      List<Row> clusterRows = onCluster.collectAsList();
      Map<Row, Long> balance = new HashMap<>();
      localRows.forEach(r -> balance.merge(r, 1L, Long::sum));
      clusterRows.forEach(r -> balance.merge(r, -1L, Long::sum));
      List<Row> onlyLocal = new ArrayList<>();
      List<Row> onlyCluster = new ArrayList<>();
      balance.forEach((r, n) -> {
        for (long i = 0; i < Math.abs(n); i++) {
          (n > 0 ? onlyLocal : onlyCluster).add(r);
        }
      });
      System.out.printf("  %-17s %6d rows locally, %6d on the cluster, %d only locally, %d only on the cluster%n",
          table, localRows.size(), clusterRows.size(), onlyLocal.size(), onlyCluster.size());
      if (localRows.size() != clusterRows.size() || !onlyLocal.isEmpty() || !onlyCluster.isEmpty()) {
        problems.add(table + ": " + localRows.size() + " rows locally, " + clusterRows.size() + " on the cluster; "
            + "only locally " + first(onlyLocal) + ", only on the cluster " + first(onlyCluster));
      }
      if (Set.of("worker_risk", "clusters", "identity_links", "run_audit").contains(table) && localRows.isEmpty()) {
        problems.add(table + " is empty: the comparison would prove nothing");
      }
    }
    if (!problems.isEmpty()) {
      fail("the cluster run published other rows than the local run:\n" + String.join("\n", problems));
    }
  }

  static String first(List<Row> rows) {
    return rows.stream().limit(3).map(Row::toString).toList().toString();
  }

  /**
   * A published table without its {@link #RUN_SPECIFIC} columns; maps (whose order of entries is
   * not part of their value) become arrays of entries sorted by key, so that rows compare by value.
   */
  static Dataset<Row> comparable(SparkSession spark, Path root, String table) {
    return ComparableRows.of(spark.read().format("delta").load(root.resolve(table).toString()), table, RUN_SPECIFIC);
  }

  /** The driver's JVM options: its heap and {@link #JVM}. */
  static List<String> driverJvm(String heap) {
    return List.of("-Xmx" + heap, JVM);
  }

  /** spark-submit's arguments for the nightly run of {@code input} (cli.md); executors get {@link #JVM} too. */
  static List<String> nightly(String master, Path jar, Path input, Path output) {
    return List.of("--master", master, "--conf", "spark.ui.enabled=false",
        "--conf", "spark.executor.extraJavaOptions=" + JVM,
        "--class", "io.ringwatch.cli.Main", jar.toString(),
        "nightly", "--input", input.toString(), "--output", output.toString(), "--run-date", RUN_DATE);
  }

  /**
   * The JVM options every Spark JVM needs on Java 17 (the module opens of org.apache.spark.launcher
   * .JavaModuleOptions, which bin/spark-class adds), taken from this JVM's own (failsafe's argLine,
   * the spark.java17.opens property of the parent POM).
   */
  static List<String> sparkJavaOptions() {
    List<String> opts = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("--add-opens") || a.equals("-XX:+IgnoreUnrecognizedVMOptions")
            || a.startsWith("-Djdk.reflect.useDirectMethodHandle"))
        .toList();
    assertTrue(opts.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"),
        "run through failsafe (mvn verify), whose argLine carries Spark's --add-opens flags; this JVM has " + opts);
    return opts;
  }

  static Path shadedJar(Path build) throws IOException {
    try (Stream<Path> s = Files.list(build)) {
      List<Path> jars = s.filter(p -> p.getFileName().toString().matches("ringwatch-nightly-.*-all\\.jar")).toList();
      if (jars.size() != 1) {
        fail("expected one shaded jar jobs/nightly/target/ringwatch-nightly-*-all.jar (built by `mvn package`), found " + jars);
      }
      return jars.get(0);
    }
  }

  /** The machine's load: the test's wall time means little without it (other builds may share the cores). */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static long seconds(long fromNanos, long toNanos) {
    return Duration.ofNanos(toNanos - fromNanos).toSeconds();
  }
}
