package io.ringwatch.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;

/**
 * Rows per {@code run_date} partition of a published table, from its Delta log alone: every data
 * file's {@code numRecords} statistic (less the rows a deletion vector removes), summed by the
 * file's partition. No data file is read, so the cost follows the number of files, not rows.
 * Empty when the log cannot tell: a table not partitioned by run_date, or a file written without
 * statistics ({@code spark.databricks.delta.stats.collect = false}); the caller then counts rows.
 */
final class LoggedRowCounts {
  private LoggedRowCounts() {}

  static Optional<Map<String, Long>> perRunDate(SparkSession spark, String table) {
    // update(): the newest snapshot, not one cached from before tonight's recovery.
    Snapshot snapshot = DeltaLog.forTable(spark, table).update(false, scala.Option.empty(), scala.Option.empty());
    if (!snapshot.metadata().partitionColumns().contains("run_date")) {
      return Optional.empty();
    }
    Column records = col("stats.numRecords");
    Column rows = records.minus(coalesce(col("deletionVector.cardinality"), lit(0L)));
    Map<String, Long> perDate = new HashMap<>();
    for (Row r : snapshot.withStats().groupBy(col("partitionValues").getItem("run_date"))
        .agg(sum(rows), sum(when(records.isNull(), 1L).otherwise(0L))).collectAsList()) {
      if (r.isNullAt(0) || r.getLong(2) > 0) {
        return Optional.empty();
      }
      perDate.put(r.getString(0), r.getLong(1));
    }
    return Optional.of(perDate);
  }
}
