package io.ringwatch.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * The graph stage: connected components over the bipartite worker–value graph of the links kept
 * in the graph, then clusters of two or more workers.
 *
 * <p>Worker vertices get even ids and value vertices odd ids (a salted 64-bit hash with the low
 * bit forced), so the two kinds never collide. The output {@code worker_clusters} has one row per
 * worker that is linked to someone: {@code worker_id}, {@code component_id}, {@code cluster_id},
 * {@code cluster_size}.
 */
public final class GraphStage {
  private GraphStage() {}

  public static Column workerVertex(Column workerId) {
    return xxhash64(concat(lit("w|"), workerId)).bitwiseAND(lit(-2L));
  }

  public static Column valueVertex(Column valueId) {
    return valueId.bitwiseOR(lit(1L));
  }

  public static Dataset<Row> clusters(Dataset<Row> links, ConnectedComponents algorithm) {
    Dataset<Row> kept = links.filter(col("ignored_reason").isNull().and(col("holders").geq(2)))
        .select(col("worker_id"), workerVertex(col("worker_id")).as("src"), valueVertex(col("value_id")).as("dst"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> components = algorithm.run(kept.select("src", "dst"));
    Dataset<Row> workers = kept.select("worker_id", "src").distinct()
        .join(components, col("src").equalTo(col("id")))
        .select(col("worker_id"), col("component").as("component_id"));
    var byComponent = Window.partitionBy("component_id");
    Dataset<Row> sized = workers
        .withColumn("cluster_size", count(lit(1)).over(byComponent))
        .withColumn("_first", min("worker_id").over(byComponent))
        .filter(col("cluster_size").geq(2));
    // A provisional id: derived from the cluster's first member, stable while that member stays.
    Column clusterId = when(col("cluster_size").geq(2),
        concat(lit("C-"), upper(substring(sha2(col("_first"), 256), 1, 10))));
    return sized.withColumn("cluster_id", clusterId).drop("_first");
  }
}
