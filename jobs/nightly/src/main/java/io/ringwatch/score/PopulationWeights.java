package io.ringwatch.score;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.score.signals.SignalContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Evidence weighed against the night's population (Fellegi–Sunter, as Splink estimates how common
 * a value is among non-matches from the data itself): a behavioural signal that fires for more
 * than {@code max-share} of the workers who share a claimed country and employment type describes
 * how that group works at this company (its VPN, its way of paying contractors, its hours), not a
 * ring. Its points are scaled by {@code max-share / share}, and the evidence says so. Signals
 * that restate a shared value, sanctions matches and North Korean address space are never
 * discounted: how many workers hold them is the point.
 */
final class PopulationWeights {
  private PopulationWeights() {}

  /**
   * @param signals {@code worker_id, signal, points, evidence, records}
   * @return the same rows, points discounted where the signal is common in the worker's group
   */
  static Dataset<Row> apply(Dataset<Row> signals, Dataset<Row> workers, ScoreSettings.Population p) {
    if (!p.enabled()) {
      return signals;
    }
    // Read twice below (the rates and the rows they weigh), and not stored: each signal's rows are
    // (WorkerSignals), so a second read is a scan of those and a small aggregate, cheaper than
    // writing them all once more; the score stage stores the weighed rows.
    Dataset<Row> groups = workers.select(col("worker_id").as("_gw"),
        concat(coalesce(SignalContext.claimedCountry(), lit("?")), lit(" "),
            coalesce(col("employment_type"), lit("worker")), lit("s")).as("_group"));
    Dataset<Row> sizes = groups.groupBy(col("_group").as("_sg")).agg(count(lit(1)).as("_size"))
        .filter(col("_size").geq(p.minGroupWorkers()));
    Dataset<Row> withGroup = signals.join(broadcast(groups), col("worker_id").equalTo(col("_gw")), "left");
    Dataset<Row> rates = withGroup.groupBy(col("_group").as("_rg"), col("signal").as("_rs"))
        .agg(countDistinct("worker_id").as("_fired"))
        .join(broadcast(sizes), col("_rg").equalTo(col("_sg")))
        .select(col("_rg"), col("_rs"), col("_fired").divide(col("_size")).as("_share"));
    Column common = col("_share").gt(p.maxShare()).and(col("signal").isin(p.exempt().toArray()).unary_$bang());
    Column factor = least(lit(1.0), lit(p.maxShare()).divide(col("_share")));
    return withGroup.join(rates, col("_group").equalTo(col("_rg")).and(col("signal").equalTo(col("_rs"))), "left")
        .withColumn("points", when(common, round(col("points").multiply(factor), 0).cast("int"))
            .otherwise(col("points")))
        .withColumn("evidence", when(common, concat(col("evidence"), lit(" (weighed down: fires for "),
            format_number(col("_share").multiply(100), 0), lit("% of "), col("_group"), lit(" tonight)")))
            .otherwise(col("evidence")))
        .select("worker_id", "signal", "points", "evidence", "records");
  }
}
