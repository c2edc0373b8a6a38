package io.ringwatch.components;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components by the graph's size: up to {@code maxEdgesInOneTask} edges in one task
 * ({@link OneTaskConnectedComponents}), larger graphs by a distributed algorithm. Both give the
 * same rows; the small path only saves the fixed cost of the distributed rounds.
 */
public final class SizedConnectedComponents implements ConnectedComponents {
  private final long maxEdgesInOneTask;
  private final ConnectedComponents large;

  public SizedConnectedComponents(long maxEdgesInOneTask, ConnectedComponents large) {
    if (maxEdgesInOneTask < 0) {
      throw new IllegalArgumentException("maxEdgesInOneTask must be >= 0, was " + maxEdgesInOneTask);
    }
    this.maxEdgesInOneTask = maxEdgesInOneTask;
    this.large = large;
  }

  @Override
  public Dataset<Row> run(Dataset<Row> edges) {
    // Counting stops at the limit: one cheap job whatever the graph's size.
    boolean small = edges.limit((int) Math.min(Integer.MAX_VALUE - 1, maxEdgesInOneTask) + 1).count() <= maxEdgesInOneTask;
    return small ? new OneTaskConnectedComponents().run(edges) : large.run(edges);
  }
}
