package io.ringwatch.link;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import io.ringwatch.frames.FrameSchema;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code link_evidence}: one row per input row behind a link that counts (held by two or more
 * workers, not ignored). Found once the links are decided, for the links that count only: an
 * ignored value's rows (an office's egress: everybody's sign-ins) are never gathered.
 */
public final class LinkEvidence {
  /** The evidence handed on and published. */
  public static final FrameSchema EVIDENCE = FrameSchema.of("link_evidence", "worker_id STRING, kind STRING, "
      + "value_hash STRING, value_id BIGINT, dataset STRING, record_id STRING");

  private LinkEvidence() {}

  /**
   * @param decided the links with {@link DecidedLinks#COUNTED_VALUE}
   * @param records the rows behind the links whose records are not HR rows ({@link DecidedLinks#records})
   */
  public static Dataset<Row> of(Dataset<Row> decided, Dataset<Row> records) {
    Dataset<Row> counted = decided.filter(col(DecidedLinks.COUNTED_VALUE).isNotNull());
    Column fromHr = col("source").equalTo(LinkStage.HR);
    // A link held through HR rows only has one record, the worker's own row.
    Dataset<Row> own = counted.filter(fromHr).select(col("worker_id"), col("kind"), col("value_hash"),
        col("value_id"), lit(LinkStage.HR).as("dataset"), col("worker_id").as("record_id"));
    // The others' keys are a few per worker in a ring: sent to every task, so the records are
    // filtered where they are read, and only the kept ones are exploded.
    Dataset<Row> keys = broadcast(counted.filter(fromHr.unary_$bang()).select(col("worker_id").as("_w"),
        col("kind").as("_k"), col(DecidedLinks.COUNTED_VALUE).as("_v"), col("value_hash"), col("value_id")));
    Dataset<Row> rows = records
        .join(keys, col("worker_id").equalTo(col("_w")).and(col("kind").equalTo(col("_k")))
            .and(col("value").equalTo(col("_v"))))
        .select(col("worker_id"), col("kind"), col("value_hash"), col("value_id"), col("source").as("dataset"),
            // No distinct (a shuffle of every evidence row): each input row is in one raw row of a
            // (worker, kind, value), as ingest keeps each dataset's key unique and an event is in
            // one summary row; the golden night's row counts hold it.
            explode(col("record_ids")).as("record_id"));
    return own.unionByName(rows);
  }
}
