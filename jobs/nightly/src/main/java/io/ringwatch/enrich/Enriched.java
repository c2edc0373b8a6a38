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
 * the events themselves. For events that came as daily drops, {@code drops} holds the summaries'
 * rows of each drop alone, which the merged day summaries are made of and a night keeps as state;
 * null for one export.
 */
public record Enriched(Dataset<Row> workers, Dataset<Row> payments, Dataset<Row> devices,
    Dataset<Row> signIns, Dataset<Row> signInVisits, Dataset<Row> endpointDays, Drops drops) {

  /**
   * Each day drop's own summary rows ({@code signin_drop_network}, {@code endpoint_drop_device},
   * {@code signin_drop_visits}), kept as state so that a later night merges them again without
   * reading the drop (jobs/docs/incremental-nightly.md).
   */
  public record Drops(Dataset<Row> signIns, Dataset<Row> endpoints, Dataset<Row> visits) {
    Drops checked() {
      EventSummaries.SIGNIN_DROP_NETWORK.check(signIns);
      EventSummaries.ENDPOINT_DROP_DEVICE.check(endpoints);
      EventSummaries.SIGNIN_DROP_VISITS.check(visits);
      return this;
    }
  }

  /** The frames of events read as one export (no drops). */
  public Enriched(Dataset<Row> workers, Dataset<Row> payments, Dataset<Row> devices, Dataset<Row> signIns,
      Dataset<Row> signInVisits, Dataset<Row> endpointDays) {
    this(workers, payments, devices, signIns, signInVisits, endpointDays, null);
  }

  /** The frames of events that came as daily drops: the two day summaries merged from the drops' rows. */
  public static Enriched ofDrops(Dataset<Row> workers, Dataset<Row> payments, Dataset<Row> devices,
      Dataset<Row> signInVisits, Drops drops) {
    return new Enriched(workers, payments, devices, EventSummaries.mergedSignInDayNetwork(drops.signIns()),
        signInVisits, EventSummaries.mergedEndpointDayDevice(drops.endpoints()), drops);
  }

  /** These frames with the drops' rows given (e.g. stored) and the day summaries merged from them. */
  public Enriched withDrops(Drops stored) {
    return ofDrops(workers, payments, devices, signInVisits, stored);
  }

  /** These frames with the three summaries given (e.g. stored), the drops' rows as they are. */
  public Enriched withSummaries(Dataset<Row> signIns, Dataset<Row> signInVisits, Dataset<Row> endpointDays) {
    return new Enriched(workers, payments, devices, signIns, signInVisits, endpointDays, drops);
  }

  /** True when the events came as daily drops (the per-drop rows are there). */
  public boolean byDrop() {
    return drops != null;
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
    if (drops != null) {
      drops.checked();
    }
    return this;
  }
}
