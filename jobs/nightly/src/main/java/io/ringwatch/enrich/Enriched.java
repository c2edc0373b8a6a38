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
 * the events themselves. For events that came as daily drops, {@code signInDrops} and
 * {@code endpointDrops} are the summaries' rows of each drop alone ({@code signin_drop_network},
 * {@code endpoint_drop_device}), which the merged summaries are made of and a night keeps as state;
 * null for one export.
 */
public record Enriched(Dataset<Row> workers, Dataset<Row> payments, Dataset<Row> devices,
    Dataset<Row> signIns, Dataset<Row> signInVisits, Dataset<Row> endpointDays, Dataset<Row> signInDrops,
    Dataset<Row> endpointDrops) {

  /** The frames of events read as one export (no drops). */
  public Enriched(Dataset<Row> workers, Dataset<Row> payments, Dataset<Row> devices, Dataset<Row> signIns,
      Dataset<Row> signInVisits, Dataset<Row> endpointDays) {
    this(workers, payments, devices, signIns, signInVisits, endpointDays, null, null);
  }

  /** The frames of events that came as daily drops: the two day summaries merged from the drops' rows. */
  public static Enriched ofDrops(Dataset<Row> workers, Dataset<Row> payments, Dataset<Row> devices,
      Dataset<Row> signInVisits, Dataset<Row> signInDrops, Dataset<Row> endpointDrops) {
    return new Enriched(workers, payments, devices, EventSummaries.mergedSignInDayNetwork(signInDrops), signInVisits,
        EventSummaries.mergedEndpointDayDevice(endpointDrops), signInDrops, endpointDrops);
  }

  /** These frames with the drops' rows given (e.g. stored) and the day summaries merged from them. */
  public Enriched withDrops(Dataset<Row> signInDrops, Dataset<Row> endpointDrops) {
    return ofDrops(workers, payments, devices, signInVisits, signInDrops, endpointDrops);
  }

  /** True when the events came as daily drops (the per-drop rows are there). */
  public boolean byDrop() {
    return signInDrops != null;
  }

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
    if (signInDrops != null) {
      EventSummaries.SIGNIN_DROP_NETWORK.check(signInDrops);
      EventSummaries.ENDPOINT_DROP_DEVICE.check(endpointDrops);
    }
    return this;
  }
}
