package io.ringwatch.graph;

import io.ringwatch.components.ConnectedComponents;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Keeps the holders of one strong value in one cluster: workers tied by values of an unsplittable
 * kind (a bank account, a wallet, a laptop ship-to address, a listed front company:
 * {@code ringwatch.graph.unsplittable-kinds}), transitively, form a group (connected components
 * of the worker–strong-value graph), and a group that Leiden spread over several communities is
 * moved whole into the community holding most of it (ties: the smallest key). Only the group
 * moves, not the communities it came from: merging whole communities would chain rings that
 * weak ties (a VPN exit several rings use) had mixed. Leiden optimises density; a ring's money and
 * laptops going to one place is what an auditor needs in one case.
 */
public final class UnsplittableTies {
  private UnsplittableTies() {}

  /**
   * @param communities {@code worker_id, component_id, community_key} (one row per worker)
   * @param links identity_links rows (frames.md §5)
   * @return the same rows, {@code community_key} replaced for the members of a strong group
   *     that was spread over several communities
   */
  public static Dataset<Row> merge(Dataset<Row> communities, Dataset<Row> links, List<String> kinds,
      ConnectedComponents algorithm) {
    if (kinds.isEmpty()) {
      return communities;
    }
    // Stored (a checkpoint, removed with the run), and small: the algorithm's rounds would otherwise each
    // re-plan the links below them.
    // Value vertices hashed apart from value_id | 1 (GraphStage.valueVertex), which folds two ids
    // differing in the last bit into one vertex: harmless for components over all links, but a
    // group must not grow through another value's holders.
    // Stored: read by the emptiness check and by the components, which read it in every round.
    Dataset<Row> edges = links.filter(WorkerProjection.inGraph().and(col("kind").isin(kinds.toArray())))
        .select(GraphStage.workerVertex(col("worker_id")).as("src"),
            xxhash64(concat(lit("v|"), col("value_id").cast("string"))).bitwiseOR(lit(1L)).as("dst"))
        .distinct().checkpoint(true);
    if (edges.isEmpty()) {
      return communities;
    }
    Dataset<Row> groups = algorithm.run(edges).filter(col("id").bitwiseAND(lit(1L)).equalTo(0L))
        .select(col("id").as("_wv"), col("component").as("_group"));
    Dataset<Row> members = communities.select(col("worker_id").as("_w"), col("community_key").as("_ck"))
        .join(groups, GraphStage.workerVertex(col("_w")).equalTo(col("_wv")));
    // The community holding most of each group (the smallest key on a tie), for groups spread
    // over two or more communities.
    Dataset<Row> spread = members.groupBy("_group").agg(countDistinct("_ck").as("_n")).filter(col("_n").geq(2))
        .select(col("_group").as("_sg"));
    Dataset<Row> target = members.join(spread, col("_group").equalTo(col("_sg")))
        .groupBy("_group", "_ck").agg(count(lit(1)).as("_c"))
        .groupBy("_group").agg(min(struct(col("_c").multiply(-1).as("_neg"), col("_ck").as("_key"))).as("_best"))
        .select(col("_group").as("_tg"), col("_best._key").as("_target"));
    Dataset<Row> moved = members.join(target, col("_group").equalTo(col("_tg")))
        .select(col("_w").as("_mw"), col("_target"));
    return communities.join(moved, col("worker_id").equalTo(col("_mw")), "left")
        .withColumn("community_key", coalesce(col("_target"), col("community_key")))
        .drop("_mw", "_target");
  }
}
