package io.ringwatch.publish;

import static org.apache.spark.sql.functions.lit;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a night's tables so that readers never see half of it:
 * <ol>
 *   <li>every table is computed and written to a staging folder first (the expensive part; a
 *   failure here leaves the published tables untouched);</li>
 *   <li>then each table's rows of the run date are replaced in one Delta commit
 *   ({@code replaceWhere run_date = D}), so a re-run replaces instead of adding copies;</li>
 *   <li>if a commit fails, the tables already committed in this run are restored to the
 *   versions they had before it (Delta RESTORE), and a table this run created is removed.</li>
 * </ol>
 * Tables are partitioned by {@code run_date}.
 */
public final class DeltaPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(DeltaPublisher.class);
  private final SparkSession spark;
  private final String outputRoot;
  private final String staging;

  public DeltaPublisher(SparkSession spark, String outputRoot, String runId) {
    this.spark = spark;
    this.outputRoot = outputRoot;
    this.staging = new Path(new Path(outputRoot, "_staging"), runId).toString();
  }

  public String tablePath(String table) {
    return new Path(outputRoot, table).toString();
  }

  /** Writes a table's rows for this run to the staging folder and returns how many there are. */
  public long stage(String table, Dataset<Row> rows, LocalDate runDate, String runId) {
    String path = new Path(staging, table).toString();
    rows.withColumn("run_date", lit(Date.valueOf(runDate))).withColumn("run_id", lit(runId))
        .write().mode("overwrite").parquet(path);
    return spark.read().parquet(path).count();
  }

  /** Commits every staged table (in the given order) for the run date, all or none. */
  public void publish(List<String> tables, LocalDate runDate) {
    Map<String, Long> before = new LinkedHashMap<>();
    List<String> done = new ArrayList<>();
    try {
      for (String table : tables) {
        String target = tablePath(table);
        boolean exists = DeltaTable.isDeltaTable(spark, target);
        before.put(table, exists ? DeltaTable.forPath(spark, target).history(1).first().<Long>getAs("version") : -1L);
        Dataset<Row> staged = spark.read().parquet(new Path(staging, table).toString());
        // mergeSchema: a release that adds a column (e.g. worker_risk.paid_12m) extends the
        // table instead of failing against the nights published before it.
        var writer = staged.write().format("delta").mode("overwrite")
            .option("replaceWhere", "run_date = '" + runDate + "'").option("mergeSchema", "true");
        if (!exists) {
          writer = writer.partitionBy("run_date");
        }
        writer.save(target);
        done.add(table);
      }
    } catch (RuntimeException e) {
      LOG.error("publishing failed after {} of {} tables; restoring the published tables", done.size(), tables.size());
      rollBack(done, before);
      throw e;
    } finally {
      removeStaging();
    }
  }

  private void rollBack(List<String> done, Map<String, Long> before) {
    for (String table : done) {
      long version = before.get(table);
      try {
        if (version < 0) {
          Path p = new Path(tablePath(table));
          p.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(p, true);
        } else {
          DeltaTable.forPath(spark, tablePath(table)).restoreToVersion(version);
        }
      } catch (RuntimeException | IOException e) {
        LOG.error("could not restore {} to version {}: {}", table, version, e.toString());
      }
    }
  }

  /** Removes this run's staging folder (also after a failure before publishing). */
  public void removeStaging() {
    try {
      Path p = new Path(staging);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.delete(p, true);
      Path parent = p.getParent();
      var left = fs.exists(parent) ? fs.listStatus(parent) : null;
      if (left != null && left.length == 0) {
        fs.delete(parent, true);
      }
    } catch (IOException e) {
      LOG.warn("could not remove staging folder {}: {}", staging, e.toString());
    }
  }
}
