package io.ringwatch.graph;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Keeps the holders of one strong value in one cluster: communities that share a value of an
 * unsplittable kind (a bank account, a wallet, a laptop ship-to address, a listed front company:
 * {@code ringwatch.graph.unsplittable-kinds}) are merged, transitively, with the same connected
 * components algorithm over the bipartite community–value graph. Leiden optimises density; a
 * ring's money and laptops going to one place is what an auditor needs in one case, however its
 * members' other ties pull them apart.
 */
public final class UnsplittableTies {
  private UnsplittableTies() {}

  /**
   * @param communities {@code worker_id, component_id, community_key} (one row per worker)
   * @param links identity_links rows (frames.md §5)
   * @return the same rows, {@code community_key} replaced by {@code "u:<component>"} for every
   *     community merged with another
   */
  public static Dataset<Row> merge(Dataset<Row> communities, Dataset<Row> links, List<String> kinds,
      ConnectedComponents algorithm) {
    if (kinds.isEmpty()) {
      return communities;
    }
    Dataset<Row> strong = links.filter(WorkerProjection.inGraph().and(col("kind").isin(kinds.toArray())))
        .select(col("worker_id").as("_w"), col("value_id"));
    Dataset<Row> held = strong.join(communities.select("worker_id", "community_key"),
            col("_w").equalTo(col("worker_id")))
        .select("community_key", "value_id").distinct();
    // Only values whose holders sit in two or more communities join anything.
    Dataset<Row> splitValues = held.groupBy(col("value_id").as("_v")).agg(countDistinct("community_key").as("_n"))
        .filter(col("_n").geq(2)).select("_v");
    // Stored, and small: the algorithm's rounds would otherwise each re-plan Leiden and the links
    // below them (planning alone, not the work, then took minutes).
    Dataset<Row> edges = held.join(splitValues, col("value_id").equalTo(col("_v")))
        .select(communityVertex(col("community_key")).as("src"), GraphStage.valueVertex(col("value_id")).as("dst"))
        .localCheckpoint(true);
    if (edges.isEmpty()) {
      return communities;
    }
    Dataset<Row> merged = algorithm.run(edges).filter(col("id").bitwiseAND(lit(1L)).equalTo(0L))
        .select(col("id").as("_cv"), col("component").as("_merged"));
    return communities.join(merged, communityVertex(col("community_key")).equalTo(col("_cv")), "left")
        .withColumn("community_key", coalesce(concat(lit("u:"), col("_merged").cast("string")), col("community_key")))
        .drop("_cv", "_merged");
  }

  /** An even vertex id for a community (value vertices are odd, {@link GraphStage#valueVertex}). */
  private static Column communityVertex(Column key) {
    return xxhash64(concat(lit("c|"), key)).bitwiseAND(lit(-2L));
  }
}
