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
   *
   * @param since on an incremental night, the window's first day: drops carried from the state
   *     hold rows of days that have left the window since (kept as state while their drop is
   *     listed, for rule 6), which the merged summaries leave out; and the visits are merged from
   *     the drops' (no night holds all the events). Null on a full night: every row is in the window.
   */
  public record Drops(Dataset<Row> signIns, Dataset<Row> endpoints, Dataset<Row> visits, java.time.LocalDate since) {

    /** A full night's drops: every row read tonight. */
    public Drops(Dataset<Row> signIns, Dataset<Row> endpoints, Dataset<Row> visits) {
      this(signIns, endpoints, visits, null);
    }

    /** These drops with the {@code carried} ones (kept by the last night) added. */
    public Drops with(Drops carried) {
      return new Drops(signIns.unionByName(carried.signIns()), endpoints.unionByName(carried.endpoints()),
          visits.unionByName(carried.visits()), carried.since());
    }

    /** The same frames stored (e.g.), this night's window kept. */
    public Drops stored(Dataset<Row> signIns, Dataset<Row> endpoints, Dataset<Row> visits) {
      return new Drops(signIns, endpoints, visits, since);
    }

    /** True when some drops were carried from the state (an incremental night). */
    public boolean carried() {
      return since != null;
    }

    /** A drop frame's rows inside the window (its {@code day} from {@link #since} on). */
    public Dataset<Row> inWindow(Dataset<Row> rows) {
      return since == null ? rows : rows.filter(org.apache.spark.sql.functions.col("day")
          .geq(org.apache.spark.sql.functions.lit(java.sql.Date.valueOf(since))));
    }

    /** The window's visits of every drop merged (an incremental night's signin_visits). */
    public Dataset<Row> mergedVisits() {
      return EventSummaries.mergedVisits(inWindow(visits));
    }

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

  /**
   * The frames of events that came as daily drops: the two day summaries merged from the drops'
   * rows in the window, and on an incremental night the visits too ({@link Drops#mergedVisits}).
   */
  public static Enriched ofDrops(Dataset<Row> workers, Dataset<Row> payments, Dataset<Row> devices,
      Dataset<Row> signInVisits, Drops drops) {
    return new Enriched(workers, payments, devices,
        EventSummaries.mergedSignInDayNetwork(drops.inWindow(drops.signIns())),
        drops.carried() ? drops.mergedVisits() : signInVisits,
        EventSummaries.mergedEndpointDayDevice(drops.inWindow(drops.endpoints())), drops);
  }

  /** These frames with the drops' rows given (e.g. stored) and the summaries merged from them. */
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
