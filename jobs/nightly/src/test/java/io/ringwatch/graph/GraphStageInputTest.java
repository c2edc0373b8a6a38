package io.ringwatch.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ringwatch.components.StarConnectedComponents;
import io.ringwatch.link.LinkEvidence;
import io.ringwatch.link.Linked;
import io.ringwatch.testing.SharedSpark;
import io.ringwatch.testing.SparkTest;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** A stage fed a frame without a column it reads stops at once, saying which frame lacks what. */
@SparkTest
class GraphStageInputTest {
  /** No link_evidence: the graph reads the links only. */
  private static Dataset<Row> noEvidence() {
    return SharedSpark.get().createDataFrame(List.of(), LinkEvidence.EVIDENCE.columns());
  }

  @Test
  void linksWithoutValueIdsStopTheGraphStageNamingTheColumn() {
    // identity_links as an older link stage might have made them: no value_id.
    StructType schema = new StructType().add("worker_id", DataTypes.StringType).add("kind", DataTypes.StringType)
        .add("value_hash", DataTypes.StringType).add("value_masked", DataTypes.StringType)
        .add("source", DataTypes.StringType).add("weight", DataTypes.DoubleType)
        .add("ignored_reason", DataTypes.StringType).add("holders", DataTypes.LongType)
        .add("record_ids", DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> links = SharedSpark.get().createDataFrame(List.of(
        RowFactory.create("w1", "phone", "h1", "***1", "hr_workers", 0.8, null, 2L, new String[] {"w1"}),
        RowFactory.create("w2", "phone", "h1", "***1", "hr_workers", 0.8, null, 2L, new String[] {"w2"})), schema);
    GraphStage graph = new GraphStage(GraphSettings.defaults(), new StarConnectedComponents());

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> graph.run(new Linked(links, noEvidence())));
    assertEquals("frame identity_links: no column value_id (bigint) (it has worker_id string, kind string, "
        + "value_hash string, value_masked string, source string, weight double, ignored_reason string, "
        + "holders bigint, record_ids array<string>)",
        e.getMessage());
  }

  @Test
  void theSameLinksWithValueIdsAreClustered() {
    StructType schema = new StructType().add("worker_id", DataTypes.StringType).add("kind", DataTypes.StringType)
        .add("value_hash", DataTypes.StringType).add("value_id", DataTypes.LongType)
        .add("value_masked", DataTypes.StringType).add("source", DataTypes.StringType)
        .add("weight", DataTypes.DoubleType).add("ignored_reason", DataTypes.StringType)
        .add("holders", DataTypes.LongType).add("record_ids", DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> links = SharedSpark.get().createDataFrame(List.of(
        RowFactory.create("w1", "phone", "h1", 11L, "***1", "hr_workers", 0.8, null, 2L, new String[] {"w1"}),
        RowFactory.create("w2", "phone", "h1", 11L, "***1", "hr_workers", 0.8, null, 2L, new String[] {"w2"})),
        schema);
    GraphStage graph = new GraphStage(GraphSettings.defaults(), new StarConnectedComponents());

    Clustered clusters = graph.run(new Linked(links, noEvidence())).checked();
    assertEquals(2, clusters.workerClusters().count());
  }
}
