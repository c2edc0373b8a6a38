package io.ringwatch.testing;

import static org.apache.spark.sql.functions.col;

import io.ringwatch.config.SettingsLoader;
import io.ringwatch.pipeline.NightlyPipeline;
import io.ringwatch.synth.CompanyGenerator;
import io.ringwatch.synth.GeneratorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Two real published nights, made once per test JVM and shared by every test that reads
 * published tables (the end-to-end checks, the quality gate, the notebooks, the report): a
 * generated company of 2,000 workers (seed 7, plain CSV) run by {@code nightly} for
 * {@link #PREVIOUS_DATE} without the workers of its first planted ring, then for {@link #RUN_DATE}
 * in full, so history, time travel, cluster lineage and "new since the last run" have something
 * to show. A nightly run costs a minute or two here; running it once saves the suite several.
 *
 * <p>Between the nights an auditor decides on the first night's flags (the Delta table of
 * notebooks/databricks/04_record_dispositions.sql, at the input's {@code dispositions}): a flagged
 * worker (outside any cluster when one is flagged) and a flagged cluster, benign ones where the first night has them, are
 * cleared as false positives with the signals they had, and a flagged fraud worker is confirmed.
 * The later night reads them ({@link #decisions()}).
 */
public final class PublishedNights {
  public static final LocalDate PREVIOUS_DATE = LocalDate.parse("2026-11-19");
  public static final LocalDate RUN_DATE = LocalDate.parse("2026-11-20");
  public static final int WORKERS = 2000;
  public static final long SEED = 7;

  private static Path root;
  private static NightlyPipeline.Result previous;
  private static NightlyPipeline.Result latest;
  private static Decisions decisions;
  private static io.ringwatch.config.Settings settings;

  /** The subjects decided on between the nights: cleared worker, cleared cluster, confirmed worker. */
  public record Decisions(String clearedWorker, String clearedCluster, String confirmedWorker) {}

  private PublishedNights() {}

  /** Generates the company and publishes both nights, the first time it is called. */
  public static synchronized void ensure() {
    if (root != null) {
      return;
    }
    try {
      Path dir = TestFiles.tempDirectory("ringwatch-published-nights");
      Path input = dir.resolve("company");
      CompanyGenerator.generate(GeneratorOptions.of(WORKERS, SEED).withGzip(false), input);
      Path earlier = dir.resolve("company-earlier");
      copyWithoutFirstRing(input, earlier);
      // A fixed key, so that the nights' value hashes are the same in every test JVM.
      Path keyFile = Files.writeString(dir.resolve("test.key"), TestKeys.MATERIAL);
      Path conf = Files.writeString(dir.resolve("test.conf"),
          "ringwatch.privacy.key-file = \"" + keyFile.toString().replace("\\", "/") + "\"\n");
      settings = SettingsLoader.load(conf);
      String output = dir.resolve("out").toString();
      previous = NightlyPipeline.run(SharedSpark.get(), settings, earlier.toString(), output, PREVIOUS_DATE);
      decisions = decideOnTheFirstNight(input, output);
      latest = NightlyPipeline.run(SharedSpark.get(), settings, input.toString(), output, RUN_DATE);
      root = dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The company without the workers of its first planted ring (their payments, devices and
   * events then fail the reference check of that night, as when HR has not yet hired them).
   */
  static void copyWithoutFirstRing(Path from, Path to) throws IOException {
    List<String> truth = Files.readAllLines(from.resolve("truth/workers.csv"));
    String ring = truth.stream().skip(1).map(l -> l.split(",", -1)).filter(f -> !f[2].isEmpty())
        .map(f -> f[2]).sorted().findFirst().orElseThrow();
    Set<String> dropped = truth.stream().skip(1).map(l -> l.split(",", -1)).filter(f -> f[2].equals(ring))
        .map(f -> f[0]).collect(Collectors.toSet());
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (p.getFileName().toString().equals("hr_workers.csv")) {
          Files.write(target, Files.readAllLines(p).stream()
              .filter(l -> !dropped.contains(l.split(",", 2)[0])).toList());
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** The dispositions the later night reads, chosen from the earlier night's flags. */
  static Decisions decideOnTheFirstNight(Path input, String output) throws IOException {
    var spark = SharedSpark.get();
    Set<String> fraud = Files.readAllLines(input.resolve("truth/workers.csv")).stream().skip(1)
        .map(l -> l.split(",", -1)).filter(f -> f[1].equals("true")).map(f -> f[0]).collect(Collectors.toSet());
    Dataset<Row> risk = spark.read().format("delta").load(output + "/worker_risk")
        .filter(col("run_date").equalTo(Date.valueOf(PREVIOUS_DATE)))
        .withColumn("ids", org.apache.spark.sql.functions.expr("transform(signals, x -> x.signal)"));
    List<Row> flagged = risk.filter(col("risk_band").isin("high", "critical")).orderBy("worker_id")
        .select("worker_id", "cluster_id", "ids").collectAsList();
    // A flagged worker outside any cluster, benign when there is one; when every flag of the night
    // is a cluster's, a flagged member (benign first) of a cluster that is not cleared below.
    Row worker = flagged.stream().filter(r -> r.isNullAt(1) && !fraud.contains(r.getString(0))).findFirst()
        .or(() -> flagged.stream().filter(r -> r.isNullAt(1)).findFirst())
        .or(() -> flagged.stream().filter(r -> !fraud.contains(r.getString(0))).findFirst())
        .orElseGet(() -> flagged.get(0));
    String workerCluster = worker.isNullAt(1) ? null : worker.getString(1);
    Row confirmed = flagged.stream().filter(r -> fraud.contains(r.getString(0)) && r != worker).findFirst().orElseThrow();
    // A flagged cluster, all of whose members are benign when there is one; its signals: the members' union.
    Dataset<Row> clusters = spark.read().format("delta").load(output + "/clusters")
        .filter(col("run_date").equalTo(Date.valueOf(PREVIOUS_DATE)).and(col("risk_band").isin("high", "critical")));
    List<Row> members = risk.join(clusters.select("cluster_id"), "cluster_id")
        .filter(workerCluster == null ? org.apache.spark.sql.functions.lit(true) : col("cluster_id").notEqual(workerCluster))
        .groupBy("cluster_id")
        .agg(org.apache.spark.sql.functions.collect_set("worker_id").as("members"),
            org.apache.spark.sql.functions.expr("array_sort(array_distinct(flatten(collect_list(ids))))").as("ids"))
        .orderBy("cluster_id").collectAsList();
    Row cluster = members.stream().filter(r -> r.<String>getList(1).stream().noneMatch(fraud::contains)).findFirst()
        .orElseGet(() -> members.get(0));
    var at = java.sql.Timestamp.valueOf("2026-11-19 17:30:00");
    java.sql.Date night = Date.valueOf(PREVIOUS_DATE);
    List<Row> rows = List.of(
        org.apache.spark.sql.RowFactory.create("worker", worker.getString(0), "false_positive", "auditor@example.com",
            at, "verified with the manager", night, worker.getList(2)),
        org.apache.spark.sql.RowFactory.create("cluster", cluster.getString(0), "false_positive", "auditor@example.com",
            at, "family sharing one account", night, cluster.getList(2)),
        org.apache.spark.sql.RowFactory.create("worker", confirmed.getString(0), "confirmed", "auditor@example.com",
            at, "case opened with the FBI", night, confirmed.getList(2)));
    spark.createDataFrame(rows, io.ringwatch.ingest.DispositionsInput.ACCEPTED).write().format("delta")
        .save(input.resolve("dispositions").toString());
    return new Decisions(worker.getString(0), cluster.getString(0), confirmed.getString(0));
  }

  /** The settings both nights ran with (the fixed test key among them): a re-run must use them too. */
  public static io.ringwatch.config.Settings settings() {
    ensure();
    return settings;
  }

  /** The decisions the later night read. */
  public static Decisions decisions() {
    ensure();
    return decisions;
  }

  /** The input root of the latest night (the full company). */
  public static Path input() {
    ensure();
    return root.resolve("company");
  }

  public static String output() {
    ensure();
    return root.resolve("out").toString();
  }

  public static NightlyPipeline.Result previousResult() {
    ensure();
    return previous;
  }

  public static NightlyPipeline.Result latestResult() {
    ensure();
    return latest;
  }

  /** A published table's rows of one run date. */
  public static Dataset<Row> table(String name, LocalDate date) {
    return SharedSpark.get().read().format("delta").load(output() + "/" + name)
        .filter(col("run_date").equalTo(Date.valueOf(date)));
  }
}
