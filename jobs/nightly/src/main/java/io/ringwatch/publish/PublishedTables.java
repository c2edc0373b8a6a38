package io.ringwatch.publish;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import io.delta.tables.DeltaTable;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the published nights the way outputs.md promises them: only rows of committed runs.
 * A run is committed when its {@code run_audit} row is (run_audit is committed last, so it is the
 * night's commit marker); of several committed runs of one date, the latest counts. Rows of a run
 * stopped during publish, or of a date's earlier run not yet removed, are never returned.
 * Notebooks do the same join (notebooks/databricks, "committed rows").
 */
public final class PublishedTables {
  private final SparkSession spark;
  private final OutputLayout layout;

  public PublishedTables(SparkSession spark, String output) {
    this.spark = spark;
    this.layout = new OutputLayout(output);
  }

  public boolean exists(String table) {
    return DeltaTable.isDeltaTable(spark, layout.table(table).toString());
  }

  /** Every row of the table, whichever run wrote it (recovery and checks only). */
  public Dataset<Row> raw(String table) {
    return spark.read().format("delta").load(layout.table(table).toString());
  }

  /** The committed run of each run date: {@code run_date, run_id} (empty before the first night). */
  public Dataset<Row> committedRuns() {
    if (!exists("run_audit")) {
      return spark.createDataFrame(List.of(), new StructType().add("run_date", DataTypes.DateType)
          .add("run_id", DataTypes.StringType));
    }
    return latestPerDate(raw("run_audit").filter(col("status").equalTo("succeeded"))).select("run_date", "run_id");
  }

  /** The table's rows of committed runs; run_audit's own rows are the committed runs' rows. */
  public Dataset<Row> committed(String table) {
    Dataset<Row> rows = raw(table);
    if (table.equals("run_audit")) {
      return latestPerDate(rows.filter(col("status").equalTo("succeeded")));
    }
    Dataset<Row> runs = broadcast(committedRuns());
    return rows.join(runs, rows.col("run_date").equalTo(runs.col("run_date"))
        .and(rows.col("run_id").equalTo(runs.col("run_id"))), "left_semi");
  }

  private static Dataset<Row> latestPerDate(Dataset<Row> audits) {
    return audits.withColumn("_n", row_number().over(Window.partitionBy("run_date")
            .orderBy(col("finished_at").desc(), col("run_id").desc())))
        .filter(col("_n").equalTo(1)).drop("_n");
  }
}
