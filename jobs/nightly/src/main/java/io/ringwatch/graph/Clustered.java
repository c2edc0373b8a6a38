package io.ringwatch.graph;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What graph hands on: {@code worker_clusters} (frames.md §6), one row per worker in a cluster of
 * two or more; after {@link StableClusterIds} the same rows with the stable {@code cluster_id}.
 */
public record Clustered(Dataset<Row> workerClusters) {

  /** This result, once the clusters have the columns of {@link GraphStage#WORKER_CLUSTERS} (metadata only). */
  public Clustered checked() {
    GraphStage.WORKER_CLUSTERS.check(workerClusters);
    return this;
  }
}
