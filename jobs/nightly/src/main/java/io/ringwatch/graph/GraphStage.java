package io.ringwatch.graph;

import io.ringwatch.components.ConnectedComponents;
import io.ringwatch.frames.FrameSchema;
import io.ringwatch.link.Linked;
import io.ringwatch.stage.Stage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The graph stage: connected components over the bipartite worker–value graph of the links kept
 * in the graph, then communities inside each component (CWTS Leiden on the weighted worker–worker
 * projection, {@link CommunityDetection}), communities sharing a strong value merged again
 * ({@link UnsplittableTies}), then clusters of two or more workers.
 *
 * <p>Worker vertices get even ids and value vertices odd ids (a salted 64-bit hash with the low
 * bit forced), so the two kinds never collide. The output {@code worker_clusters} has one row per
 * worker in a cluster of two or more: {@code worker_id}, {@code component_id} (long, the connected
 * component), {@code community_key} (string, the community inside the component: unique across
 * components, but only for this run), {@code cluster_id}, {@code cluster_size}.
 */
public final class GraphStage implements Stage<Linked, Clustered> {
  /**
   * The clusters handed on: the columns later stages read ({@code community_key}, unique within
   * a run only, is not among them), typed as made here.
   */
  public static final FrameSchema WORKER_CLUSTERS = FrameSchema.of("worker_clusters",
      "worker_id STRING, component_id BIGINT, cluster_id STRING, cluster_size BIGINT");

  private final GraphSettings settings;
  private final ConnectedComponents algorithm;

  /** @param algorithm finds the connected components, and cuts those too large for one task */
  public GraphStage(GraphSettings settings, ConnectedComponents algorithm) {
    this.settings = settings;
    this.algorithm = algorithm;
  }

  /** The clusters of the night's links (components and Leiden run here; the members when read). */
  @Override
  public Clustered run(Linked in) {
    return new Clustered(clusters(in.checked().links(), algorithm, settings));
  }

  public static Column workerVertex(Column workerId) {
    return xxhash64(concat(lit("w|"), workerId)).bitwiseAND(lit(-2L));
  }

  public static Column valueVertex(Column valueId) {
    return valueId.bitwiseOR(lit(1L));
  }

  /** The clusters with the settings of conf/graph.conf. */
  public static Dataset<Row> clusters(Dataset<Row> links, ConnectedComponents algorithm) {
    return clusters(links, algorithm, GraphSettings.defaults());
  }

  public static Dataset<Row> clusters(Dataset<Row> links, ConnectedComponents algorithm, GraphSettings settings) {
    return clusters(components(links, algorithm), links, algorithm, settings);
  }

  /**
   * The connected component of every worker in the graph: {@code worker_id},
   * {@code component_id} (long), over the bipartite worker–value graph of the links kept in it.
   */
  public static Dataset<Row> components(Dataset<Row> links, ConnectedComponents algorithm) {
    // Kept: the components (a size check, then every round) and the workers' vertices read it.
    Dataset<Row> kept = links.filter(WorkerProjection.inGraph())
        .select(col("worker_id"), workerVertex(col("worker_id")).as("src"), valueVertex(col("value_id")).as("dst"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> components = algorithm.run(kept.select("src", "dst"));
    return kept.select("worker_id", "src").distinct()
        .join(components, col("src").equalTo(col("id")))
        .select(col("worker_id"), col("component").as("component_id"));
  }

  /**
   * The clusters, given the components of {@link #components} (so several settings can be
   * tried on one set of components); {@code algorithm} cuts components too large for one task.
   */
  public static Dataset<Row> clusters(Dataset<Row> workerComponents, Dataset<Row> links, ConnectedComponents algorithm,
      GraphSettings settings) {
    // Stored before the merge reads it twice (Leiden runs once).
    Dataset<Row> detected = CommunityDetection.run(workerComponents, WorkerProjection.pairs(links), settings, algorithm)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> communities = UnsplittableTies.merge(detected, links, settings.unsplittableKinds(), algorithm)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> sizes = communities.groupBy("community_key")
        .agg(count(lit(1)).as("cluster_size"), min("worker_id").as("_first"))
        .filter(col("cluster_size").geq(2));
    // A provisional id: derived from the cluster's first member, stable while that member stays.
    Column clusterId = concat(lit("C-"), upper(substring(sha2(col("_first"), 256), 1, 10)));
    return communities.join(sizes, "community_key")
        .select(col("worker_id"), col("component_id"), col("community_key"), clusterId.as("cluster_id"),
            col("cluster_size"));
  }
}
