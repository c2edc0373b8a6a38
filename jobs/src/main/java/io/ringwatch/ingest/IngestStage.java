package io.ringwatch.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.pipeline.RunFailure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: reads every dataset of the input contract, applies its rules, and splits it
 * into accepted rows and {@code rejected_records}. The run stops with a one-line reason when a
 * dataset is missing or unreadable, or when its share of rejected rows passes the configured limit.
 */
public final class IngestStage {
  private static final Logger LOG = LoggerFactory.getLogger(IngestStage.class);

  private IngestStage() {}

  public static IngestedInputs run(SparkSession spark, IngestSettings settings, String inputRoot,
      LocalDate runDate) {
    var hadoop = spark.sparkContext().hadoopConfiguration();
    Map<String, String> locations = new LinkedHashMap<>();
    for (DatasetSpec spec : Datasets.ALL) {
      locations.put(spec.name(), InputPaths.resolve(hadoop, inputRoot, settings.dataset(spec.name()).path(), spec.name()));
    }
    String sanctions = InputPaths.resolve(hadoop, inputRoot, settings.sanctionsPath(), Datasets.SANCTIONS);

    // Each dataset is checked as soon as the datasets it references are (hr_workers first, then
    // payments, devices and sign-ins side by side, endpoint events after devices): a gzipped file
    // is read by one task, so checking them one after another left all cores but one idle.
    Map<String, CompletableFuture<Checked>> checks = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(Datasets.ALL.size(), r -> {
      Thread t = new Thread(r, "ringwatch-ingest");
      t.setDaemon(true);
      return t;
    });
    List<Dataset<Row>> rejected = new ArrayList<>();
    List<DatasetCounts> counts = new ArrayList<>();
    Map<String, Dataset<Row>> accepted = new LinkedHashMap<>();
    try {
      for (DatasetSpec spec : Datasets.ALL) {
        List<CompletableFuture<Checked>> targets = spec.references().stream()
            .map(r -> checks.get(r.target())).filter(java.util.Objects::nonNull).distinct().toList();
        checks.put(spec.name(), CompletableFuture.allOf(targets.toArray(new CompletableFuture[0]))
            .thenApplyAsync(ignored -> {
              Map<String, Dataset<Row>> targetRows = new LinkedHashMap<>();
              for (CompletableFuture<Checked> t : targets) {
                Checked c = t.join();
                targetRows.put(c.spec().name(), c.accepted());
              }
              return check(spark, settings, spec, locations.get(spec.name()), targetRows, runDate);
            }, pool));
      }
      // Every check ends before anything is reported (no Spark job is left running behind a
      // failure), then they are joined in the contract's order, so the failure reported is the
      // same on every run.
      try {
        CompletableFuture.allOf(checks.values().toArray(new CompletableFuture[0])).join();
      } catch (CompletionException ignored) {
        // reported below, in order
      }
      for (DatasetSpec spec : Datasets.ALL) {
        Checked c = joined(checks.get(spec.name()));
        accepted.put(spec.name(), c.accepted());
        rejected.add(c.rejected());
        counts.add(c.counts());
      }
    } finally {
      pool.shutdown();
    }
    Dataset<Row> allRejected = rejected.get(0);
    for (int i = 1; i < rejected.size(); i++) {
      allRejected = allRejected.unionByName(rejected.get(i));
    }
    return new IngestedInputs(accepted, allRejected, counts, sanctions);
  }

  /** One dataset read and checked: its accepted rows in the window, its rejected rows, its counts. */
  private record Checked(DatasetSpec spec, Dataset<Row> accepted, Dataset<Row> rejected, DatasetCounts counts) {}

  private static Checked check(SparkSession spark, IngestSettings settings, DatasetSpec spec, String location,
      Map<String, Dataset<Row>> targets, LocalDate runDate) {
    long started = System.nanoTime();
    Dataset<Row> checked;
    Row c;
    // Reading is lazy: a file cut off in transfer fails only when the rows are counted, so both
    // steps name the dataset when they fail.
    try {
      DatasetReader.Read text = DatasetReader.read(spark, spec, settings.dataset(spec.name()), location);
      checked = DatasetValidator.validate(spec, settings.dataset(spec.name()), text, targets, runDate,
          settings.lookbackDays()).persist(StorageLevel.MEMORY_AND_DISK());
      c = checked.agg(count(lit(1)), sum(when(col(DatasetValidator.REASON).isNotNull(), 1).otherwise(0)),
          sum(when(col(DatasetValidator.IN_WINDOW), 1).otherwise(0))).first();
    } catch (RunFailure e) {
      throw e;
    } catch (Exception e) { // SparkException is checked in Java's eyes, though Scala throws it freely
      throw new RunFailure("dataset " + spec.name() + " is unreadable at " + location + ": " + rootMessage(e), e);
    }
    long read = c.getLong(0);
    long bad = c.isNullAt(1) ? 0 : c.getLong(1);
    long inWindow = c.isNullAt(2) ? 0 : c.getLong(2);
    DatasetCounts dc = new DatasetCounts(spec.name(), read, read - bad, bad, inWindow);
    LOG.info("ingest {}: read {}, accepted {}, rejected {}{} ({} ms)", spec.name(), read, read - bad, bad,
        spec.eventTime().isPresent() ? ", in window " + inWindow : "", (System.nanoTime() - started) / 1_000_000);
    if (dc.rejectShare() > settings.maxRejectShare()) {
      throw new RunFailure(String.format(Locale.ROOT,
          "dataset %s: %d of %d rows rejected (%.1f%%), above the limit of %.1f%% (ringwatch.ingest.max-reject-share); "
              + "first reason: %s", spec.name(), bad, read, 100 * dc.rejectShare(), 100 * settings.maxRejectShare(),
          firstReason(checked)));
    }
    if (spec.name().equals(Datasets.HR_WORKERS) && read - bad == 0) {
      throw new RunFailure("dataset hr_workers has no accepted rows at " + location);
    }
    Dataset<Row> accepted = checked.filter(col(DatasetValidator.IN_WINDOW))
        .select(spec.columnNames().stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new));
    Dataset<Row> rejected = checked.filter(col(DatasetValidator.REASON).isNotNull())
        .select(lit(spec.name()).as("dataset"), col("_record").as("record"), col(DatasetValidator.REASON).as("reason"));
    return new Checked(spec, accepted, rejected, dc);
  }

  /** The check's result, or its failure as thrown inside it (a RunFailure stays one). */
  private static Checked joined(CompletableFuture<Checked> check) {
    try {
      return check.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    return m.replaceAll("\\s+", " ");
  }

  private static String firstReason(Dataset<Row> checked) {
    Row r = checked.filter(col(DatasetValidator.REASON).isNotNull()).select(DatasetValidator.REASON).first();
    return r == null ? "" : r.getString(0);
  }
}
