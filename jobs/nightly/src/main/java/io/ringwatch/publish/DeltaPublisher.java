package io.ringwatch.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;

import static org.apache.spark.sql.functions.lit;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a night all or nothing, whatever stops it (outputs-extensions.md, "How a night is
 * committed"):
 * <ol>
 *   <li>every table is computed and written to the run's staging folder first (the expensive
 *   part; a failure here leaves the published tables untouched);</li>
 *   <li>the publish journal names the run, then each table's rows are appended in one Delta
 *   commit each, {@code run_audit} last: its row is the night's commit marker, and readers
 *   ({@link PublishedTables}, the notebooks) read only rows of runs it names;</li>
 *   <li>then the date's earlier run's rows are removed (a re-run replaces, never adds copies) and
 *   the journal is removed;</li>
 *   <li>last, older nights' state is removed ({@link StateRetention}: the state of the newest
 *   committed night is kept).</li>
 * </ol>
 * A failure in step 2 removes this run's rows again; a kill in steps 2–3 is finished by the next
 * run's start ({@link StoppedRunRecovery}). Tables are partitioned by {@code run_date}.
 */
public final class DeltaPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(DeltaPublisher.class);
  private final SparkSession spark;
  private final OutputLayout layout;
  private final String runId;
  private int staged;

  public DeltaPublisher(SparkSession spark, String outputRoot, String runId) {
    this.spark = spark;
    this.layout = new OutputLayout(outputRoot);
    this.runId = runId;
  }

  public String tablePath(String table) {
    return layout.table(table).toString();
  }

  private Path staged(String table) {
    return new Path(layout.staging(runId), table);
  }

  /**
   * Writes a table's rows for this run to the staging folder and returns how many there are,
   * counted while they are written (reading them back to count was a Spark job a table, 17 a night).
   */
  public long stage(String table, Dataset<Row> rows, LocalDate runDate, String runId) {
    String path = staged(table).toString();
    Observation counted = new Observation("staged_" + table + "_" + (++staged));
    rows.withColumn("run_date", lit(Date.valueOf(runDate))).withColumn("run_id", lit(runId))
        .observe(counted, count(lit(1)).as("rows"))
        .write().mode("overwrite").parquet(path);
    try {
      return (Long) counted.getAsJava().get("rows");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting the staged rows of " + table, e);
    }
  }

  /** Commits every staged table (in the given order, the commit marker run_audit last) for the run date. */
  public void publish(List<String> tables, LocalDate runDate) {
    FileSystem fs = fileSystem();
    PublishJournal journal = new PublishJournal(runId, runDate);
    int committed = 0;
    // Only a re-run of a date has an earlier run's rows to remove afterwards (recovery removed any stopped run's).
    boolean rerun = new PublishedTables(spark, layout.root()).committedRuns()
        .filter(org.apache.spark.sql.functions.col("run_date").equalTo(lit(Date.valueOf(runDate)))).count() > 0;
    try {
      journal.write(fs, layout);
      for (String table : tables) {
        String target = tablePath(table);
        boolean exists = DeltaTable.isDeltaTable(spark, target);
        // mergeSchema: a release that adds a column (e.g. worker_risk.paid_12m) extends the
        // table instead of failing against the nights published before it.
        var writer = spark.read().parquet(staged(table).toString()).write().format("delta").mode("append")
            .option("mergeSchema", "true");
        if (!exists) {
          writer = writer.partitionBy("run_date");
        }
        writer.save(target);
        committed++;
        // The progress line operators (and the kill test) follow.
        LOG.info("publish {}: committed {} ({} of {})", runId, table, committed, tables.size());
      }
    } catch (RuntimeException | IOException e) {
      LOG.error("publishing failed after {} of {} tables; removing this run's rows", committed, tables.size());
      undo(fs, tables, journal);
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
    // Committed: the date's earlier run goes (readers already ignore it).
    if (rerun) {
      for (String table : tables) {
        StoppedRunRecovery.removeRows(spark, layout, table, journal, true);
      }
    }
    try {
      PublishJournal.remove(fs, layout);
    } catch (IOException e) {
      LOG.warn("could not remove the publish journal {}: {} (the next run removes it)", layout.journal(), e.toString());
    }
    LOG.info("publish {}: done", runId);
    StateRetention.apply(spark, layout);
  }

  private void undo(FileSystem fs, List<String> tables, PublishJournal journal) {
    try {
      for (String table : tables) {
        if (DeltaTable.isDeltaTable(spark, tablePath(table))) {
          StoppedRunRecovery.removeRows(spark, layout, table, journal, false);
        }
      }
      PublishJournal.remove(fs, layout);
    } catch (RuntimeException | IOException e) {
      // The journal stays: the next run's start finishes the removal.
      LOG.error("could not remove this run's rows now ({}); the next run removes them", e.toString());
    }
  }

  private FileSystem fileSystem() {
    try {
      return OutputLayout.fileSystem(layout.control(), spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach output " + layout.root() + ": " + e.getMessage(), e);
    }
  }

  /** Rows per value of {@code column} in a table's published rows of this run (for the run's summary). */
  public Map<String, Long> countsBy(String table, String column, LocalDate runDate, String runId) {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    spark.read().format("delta").load(tablePath(table))
        .filter(col("run_date").equalTo(java.sql.Date.valueOf(runDate)).and(col("run_id").equalTo(runId)))
        .groupBy(column).count().collectAsList()
        .forEach(r -> counts.put(r.getString(0), r.getLong(1)));
    return counts;
  }

  /** Removes this run's staging folder (also after a failure before publishing). */
  public void removeStaging() {
    try {
      Path p = layout.staging(runId);
      p.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(p, true);
    } catch (IOException e) {
      LOG.warn("could not remove staging folder {}: {}", layout.staging(runId), e.toString());
    }
  }
}
