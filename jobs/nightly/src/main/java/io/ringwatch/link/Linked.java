package io.ringwatch.link;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What link hands on: {@code identity_links} (frames.md §5) and {@code link_evidence}, the input
 * rows behind the links that count ({@link LinkEvidence}), both stored by the nightly.
 */
public record Linked(Dataset<Row> links, Dataset<Row> evidence) {

  /** This result, once its frames have the columns of {@link LinkStage#LINKS} and {@link LinkEvidence#EVIDENCE}. */
  public Linked checked() {
    LinkStage.LINKS.check(links);
    LinkEvidence.EVIDENCE.check(evidence);
    return this;
  }

  /** identity_links as published: every column of the links. */
  public Dataset<Row> published() {
    return links;
  }

  /**
   * link_evidence: one row per input row behind a link that counts (held by two or more workers,
   * not ignored): worker_id, kind, value_hash, value_id, dataset, record_id. Every row, no cap, so
   * an auditor can reconcile a shared account's payments with paid_12m and find every sign-in
   * through a shared address.
   */
  @Override
  public Dataset<Row> evidence() {
    return evidence;
  }
}
