package io.ringwatch.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The weighted worker–worker projection of the identity graph: two workers are tied when they
 * hold a common value, and the tie weighs the sum over their common values of the link weight
 * (kind-weight / (holders − 1), computed by the link stage), so a pair sharing a bank account
 * held by two workers weighs 1 and a pair sharing an IP held by thirty weighs 0.3 / 29.
 *
 * <p>The self-join on the value is bounded: the link stage leaves out of the graph every value
 * held by more workers than the cap of its kind (conf/link.conf, {@code caps}), so one value
 * yields at most cap × (cap − 1) / 2 pairs (435 for the largest cap of 30) and no join key is
 * skewed beyond that. Duplicate edges (a pair tied by several values) are aggregated here, once,
 * because the CWTS network rejects duplicates.
 */
public final class WorkerProjection {
  private WorkerProjection() {}

  /** The links that build the graph: kept in it and held by two or more workers. */
  public static Column inGraph() {
    return col("ignored_reason").isNull().and(col("holders").geq(2));
  }

  /**
   * One row per tied pair: {@code worker_a < worker_b} (strings), {@code weight} (double, the
   * summed link weights), {@code kinds} (sorted distinct kinds of the shared values) and
   * {@code shared_values} (how many values they share).
   *
   * @param links identity_links rows (frames.md §5); only those {@link #inGraph()} are used
   */
  public static Dataset<Row> pairs(Dataset<Row> links) {
    Dataset<Row> kept = links.filter(inGraph()).select("worker_id", "kind", "value_id", "weight");
    Dataset<Row> a = kept.select(col("value_id"), col("worker_id").as("worker_a"), col("kind"), col("weight"));
    Dataset<Row> b = kept.select(col("value_id").as("_value"), col("worker_id").as("worker_b"));
    return a.join(b, col("value_id").equalTo(col("_value")).and(col("worker_a").lt(col("worker_b"))))
        .groupBy("worker_a", "worker_b")
        .agg(sum("weight").as("weight"), sort_array(collect_set("kind")).as("kinds"),
            count(lit(1)).as("shared_values"));
  }
}
