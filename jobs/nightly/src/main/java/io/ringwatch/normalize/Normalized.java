package io.ringwatch.normalize;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What normalize hands on (frames.md §2): the input frames with their canonical columns.
 * {@code payments} are all of them, refunds included ({@code paid_12m} counts those); the stages
 * that look at where money went read {@link #payouts()}.
 */
public record Normalized(Dataset<Row> workers, Dataset<Row> payments, Dataset<Row> devices,
    Dataset<Row> authEvents, Dataset<Row> endpointEvents) {

  /** The payments that name where money went ({@link NormalizeStage#payouts}). */
  public Dataset<Row> payouts() {
    return NormalizeStage.payouts(payments);
  }

  /** These frames, once each has the columns of its schema (metadata only). */
  public Normalized checked() {
    checkedApartFromEvents();
    NormalizeStage.AUTH_EVENTS.check(authEvents);
    NormalizeStage.ENDPOINT_EVENTS.check(endpointEvents);
    return this;
  }

  /** The workers, payments and devices checked (enrich hands them on as they are). */
  public Normalized checkedApartFromEvents() {
    NormalizeStage.WORKERS.check(workers);
    NormalizeStage.PAYMENTS.check(payments);
    NormalizeStage.DEVICES.check(devices);
    return this;
  }
}
