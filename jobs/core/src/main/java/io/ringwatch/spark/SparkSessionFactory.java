package io.ringwatch.spark;

import io.ringwatch.config.SparkSettings;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one Spark session of a run, with Delta Lake enabled. On spark-submit (empty master)
 * the cluster's settings win; on the embedded local Spark the driver binds to loopback.
 */
public final class SparkSessionFactory {
  private SparkSessionFactory() {}

  public static SparkSession create(SparkSettings settings) {
    return create(settings, Map.of());
  }

  /** As above, with settings of the run (e.g. its spill folder) below the configured extra settings. */
  public static SparkSession create(SparkSettings settings, Map<String, String> runConf) {
    SparkSession.Builder builder = SparkSession.builder()
        .appName(settings.appName())
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .config("spark.sql.shuffle.partitions", String.valueOf(settings.shufflePartitions()))
        .config("spark.sql.adaptive.enabled", "true")
        .config("spark.sql.session.timeZone", "UTC")
        // Unparseable dates become null (and the row is rejected with a reason) instead of
        // failing the run with an "upgrade" exception for strings the old parser accepted.
        .config("spark.sql.legacy.timeParserPolicy", "CORRECTED")
        // Dates such as 0001-01-01 in dirty exports must not fail Parquet/Delta writes.
        .config("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED")
        .config("spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED")
        .config("spark.databricks.delta.snapshotPartitions", "2")
        .config("spark.ui.showConsoleProgress", "false")
        // A run has thousands of small jobs with large plans; Spark's status store keeps 1,000
        // of each (plans and metrics included) on the driver's heap. A long-lived driver (the
        // tests' JVM, a scheduler running several nights) filled gigabytes with them. Event logs
        // (the history server) are not affected; ringwatch.spark.conf can raise these.
        .config("spark.sql.ui.retainedExecutions", "20")
        .config("spark.ui.retainedJobs", "100")
        .config("spark.ui.retainedStages", "100")
        .config("spark.ui.retainedTasks", "10000")
        .config("spark.ui.dagGraph.retainedRootRDDs", "100")
        // Spark writes every query's plan as text for the status store when it starts and again
        // at every adaptive re-plan; in the default "formatted" mode that was a fifth of the
        // driver's time on a small company. "simple" keeps the physical plan tree in the UI.
        .config("spark.sql.ui.explainMode", "simple")
        // Stage results are checkpointed as serialized rows; uncompressed, a 1M-worker night
        // needed ~60 GB of scratch (10k: 630 MB) and filled the disk. LZ4: 10k 142 MB, same time.
        .config("spark.checkpoint.compress", "true")
        // Generated code compiled once is reused by every query with the same code; a run
        // plans hundreds of them, many alike (one per dataset, per signal), beyond Spark's 100.
        .config("spark.sql.codegen.cache.maxEntries", "2000");
    // spark-submit (and Databricks) pass the cluster's master as the spark.master property: it
    // wins over ringwatch.spark.master, so the same jar and settings run locally and on a cluster.
    String submitted = System.getProperty("spark.master");
    String master = submitted != null && !submitted.isBlank() ? null : settings.master();
    if (master != null && !master.isBlank()) {
      builder.master(master);
      if (master.startsWith("local")) {
        builder.config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", System.getProperty("spark.ui.enabled", "false"))
            // Local files without a chmod or readlink process per file (NioLocalFileSystem).
            .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName())
            .config("spark.hadoop.fs.AbstractFileSystem.file.impl", NioLocalFs.class.getName());
      }
    }
    for (Map.Entry<String, String> e : runConf.entrySet()) {
      builder.config(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, String> e : settings.extraConf().entrySet()) {
      builder.config(e.getKey(), e.getValue());
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel(System.getProperty("ringwatch.spark.log-level", "WARN"));
    return spark;
  }
}
