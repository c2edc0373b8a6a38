package io.ringwatch.enrich;

import io.ringwatch.normalize.NormalizeStage;
import io.ringwatch.normalize.Normalized;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What enrich hands on: the normalized workers, payments and devices as they were, and the events
 * with their network and watchlist columns (frames.md §3). Every later stage reads from here.
 */
public record Enriched(Dataset<Row> workers, Dataset<Row> payments, Dataset<Row> devices,
    Dataset<Row> authEvents, Dataset<Row> endpointEvents) {

  /** {@code normalized} with its events replaced by the enriched ones. */
  public static Enriched of(Normalized normalized, Dataset<Row> authEvents, Dataset<Row> endpointEvents) {
    return new Enriched(normalized.workers(), normalized.payments(), normalized.devices(), authEvents, endpointEvents);
  }

  /** The payments that name where money went ({@link NormalizeStage#payouts}). */
  public Dataset<Row> payouts() {
    return NormalizeStage.payouts(payments);
  }

  /** These frames, once each has the columns of its schema (metadata only). */
  public Enriched checked() {
    new Normalized(workers, payments, devices, authEvents, endpointEvents).checkedApartFromEvents();
    EnrichStage.AUTH_EVENTS.check(authEvents);
    EnrichStage.ENDPOINT_EVENTS.check(endpointEvents);
    return this;
  }
}
