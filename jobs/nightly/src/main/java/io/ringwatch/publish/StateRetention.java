package io.ringwatch.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import io.delta.tables.DeltaTable;
import io.ringwatch.tables.TableNames;
import java.sql.Date;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the state of the newest committed night only (jobs/docs/incremental-nightly.md): a full
 * night writes a whole copy of the per-drop summaries, and a month of copies would be a month of
 * events' ids. Older nights' state rows are deleted once a night is committed (whole run_date
 * partitions: Delta removes them from its log without rewriting a file; its history keeps them
 * until VACUUM). Cleanup only: a night stopped before it, or a failure in it, leaves rows that the
 * next committed night removes; readers take the state of the last committed night anyway.
 */
final class StateRetention {
  private static final Logger LOG = LoggerFactory.getLogger(StateRetention.class);

  private StateRetention() {}

  static void apply(SparkSession spark, OutputLayout layout) {
    try {
      Row newest = new PublishedTables(spark, layout.root()).committedRuns().agg(max("run_date")).first();
      if (newest == null || newest.isNullAt(0)) {
        return;
      }
      Date keep = newest.getDate(0);
      for (String table : TableNames.STATE) {
        String path = layout.table(table).toString();
        if (DeltaTable.isDeltaTable(spark, path)) {
          DeltaTable.forPath(spark, path).delete(col("run_date").lt(lit(keep)));
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("could not remove older nights' state ({}); the next night removes it", e.toString());
    }
  }
}
