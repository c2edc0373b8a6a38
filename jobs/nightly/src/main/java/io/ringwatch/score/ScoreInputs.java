package io.ringwatch.score;

import io.ringwatch.privacy.PseudonymKey;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Everything the score stage reads: the normalised, enriched frames and the graph's results. */
public record ScoreInputs(Dataset<Row> workers, Dataset<Row> payments, Dataset<Row> devices,
    Dataset<Row> authEvents, Dataset<Row> endpointEvents, Dataset<Row> links, Dataset<Row> sanctionsHits,
    Dataset<Row> workerClusters, PseudonymKey key) {}
