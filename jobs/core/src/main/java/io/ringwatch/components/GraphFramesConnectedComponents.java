package io.ringwatch.components;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.graphframes.GraphFrame;

/**
 * Connected components by GraphFrames (io.graphframes 0.10), its own large-star/small-star
 * rounds ("graphframes" algorithm), behind the same interface as {@link StarConnectedComponents}
 * so either can run the night. Checked against ours, a plain union–find and GraphX in the tests.
 *
 * <p>GraphFrames wants a vertex frame: the ids of the edges' ends. Labels are used as the
 * component ids, which for long ids is the smallest id of the component, as the interface says.
 */
public final class GraphFramesConnectedComponents implements ConnectedComponents {
  private int checkpointInterval = 2;

  /** Rounds between checkpoints (GraphFrames' own setting); 0 turns checkpoints off. */
  public GraphFramesConnectedComponents setCheckpointInterval(int rounds) {
    if (rounds < 0) {
      throw new IllegalArgumentException("checkpointInterval must be >= 0 (0 = never), was " + rounds);
    }
    this.checkpointInterval = rounds;
    return this;
  }

  @Override
  public Dataset<Row> run(Dataset<Row> edges) {
    Dataset<Row> ends = edges.select("src", "dst");
    Dataset<Row> vertices = ends.select(col("src").as("id")).union(ends.select(col("dst").as("id"))).distinct();
    org.graphframes.lib.ConnectedComponents cc = GraphFrame.apply(vertices, ends).connectedComponents();
    cc.setAlgorithm("graphframes");
    cc.setUseLabelsAsComponents(true);
    cc.setCheckpointInterval(checkpointInterval);
    Dataset<Row> result = cc.run();
    // GraphFrames hands back a persisted frame whose plan still holds every round: a caller that
    // joins it several times (the cuts of too-large components do) re-plans all rounds each time
    // and ran out of heap in the tests. Stored once, the plan is a scan.
    Dataset<Row> components = result.select(col("id").cast("long").as("id"), col("component").cast("long").as("component"));
    Dataset<Row> stored = checkpointInterval > 0 ? components.checkpoint(true) : components.localCheckpoint(true);
    result.unpersist();
    return stored;
  }
}
