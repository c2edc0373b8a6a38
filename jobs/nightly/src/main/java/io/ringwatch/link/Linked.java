package io.ringwatch.link;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** What link hands on: {@code identity_links} (frames.md §5) and the evidence of the links that count. */
public record Linked(Dataset<Row> links) {

  /** This result, once the links have the columns of {@link LinkStage#LINKS} (metadata only). */
  public Linked checked() {
    LinkStage.LINKS.check(links);
    return this;
  }

  /** identity_links as published: the links without their evidence arrays (those are {@link #evidence}). */
  public Dataset<Row> published() {
    return links.drop("evidence");
  }

  /**
   * link_evidence: one row per input row behind a link that counts (held by two or more workers,
   * not ignored): worker_id, kind, value_hash, value_id, dataset, record_id. Every row, no cap, so
   * an auditor can reconcile a shared account's payments with paid_12m and find every sign-in
   * through a shared address.
   */
  public Dataset<Row> evidence() {
    return links.filter(col("evidence").isNotNull())
        .select(col("worker_id"), col("kind"), col("value_hash"), col("value_id"), explode(col("evidence")).as("_e"))
        .select(col("worker_id"), col("kind"), col("value_hash"), col("value_id"), col("_e.dataset").as("dataset"),
            col("_e.record_id").as("record_id"));
  }
}
