package io.ringwatch.components;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of an undirected graph given as an edge list.
 *
 * <p>Input: a DataFrame with columns {@code src} and {@code dst} (LongType). Output: one row per
 * vertex that appears in an edge, with columns {@code id} (LongType) and {@code component}
 * (LongType, the smallest vertex id of its component).
 */
public interface ConnectedComponents {
  Dataset<Row> run(Dataset<Row> edges);
}
