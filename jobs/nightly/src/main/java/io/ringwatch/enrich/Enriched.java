package io.ringwatch.enrich;

import io.ringwatch.normalize.NormalizeStage;
import io.ringwatch.normalize.Normalized;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What enrich hands on: the normalized workers, payments and devices as they were, and the events
 * enriched with their network and watchlist columns and reduced to summaries (frames.md §3,
 * {@link EventSummaries}): {@code signIns} is {@code signin_day_network}, {@code signInVisits}
 * {@code signin_visits}, {@code endpointDays} {@code endpoint_day_device}. No later stage reads
 * the events themselves.
 */
public record Enriched(Dataset<Row> workers, Dataset<Row> payments, Dataset<Row> devices,
    Dataset<Row> signIns, Dataset<Row> signInVisits, Dataset<Row> endpointDays) {

  /** The payments that name where money went ({@link NormalizeStage#payouts}). */
  public Dataset<Row> payouts() {
    return NormalizeStage.payouts(payments);
  }

  /** These frames, once each has the columns of its schema (metadata only). */
  public Enriched checked() {
    new Normalized(workers, payments, devices, null, null).checkedApartFromEvents();
    EventSummaries.SIGNIN_DAY_NETWORK.check(signIns);
    EventSummaries.SIGNIN_VISITS.check(signInVisits);
    EventSummaries.ENDPOINT_DAY_DEVICE.check(endpointDays);
    return this;
  }
}
