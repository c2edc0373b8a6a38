package io.ringwatch.enrich;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.hour;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.minute;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.frames.FrameSchema;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The enriched events reduced once into the summaries every later reader uses instead of the
 * events (jobs/docs/event-summaries.md, frames.md §3): per worker, day and network for
 * sign-ins, runs of sign-ins from one network for impossible travel, per worker, day and device
 * for endpoint events. Each row keeps its count, first and last time and every one of its event
 * ids (sorted), so every figure an auditor sees names real events and a link's evidence lists all
 * of them (link_evidence); keyed by day first, so the incremental nightly can add and drop days.
 */
public final class EventSummaries {
  /** How many record ids identity_links shows per link (all of them are in link_evidence). */
  public static final int IDS = 5;

  private static final String SIGNIN_COLUMNS = "worker_id STRING, "
      + "day DATE, success BOOLEAN, ip_norm STRING, vpn_provider STRING, device_id STRING, ip_country STRING, "
      + "ip_asn BIGINT, ip_org STRING, ip_is_private BOOLEAN, ip_dprk_range STRING, ip_dprk_confidence STRING, "
      + "ip_hosting_provider STRING, ip_shared_egress STRING, n BIGINT, first_time TIMESTAMP, last_time TIMESTAMP, "
      + "event_ids ARRAY<STRING>, quarter_hours MAP<INT,BIGINT>";
  private static final String ENDPOINT_COLUMNS = "worker_id STRING, "
      + "day DATE, device_id STRING, public_ip_norm STRING, ip_is_private BOOLEAN, ip_shared_egress STRING, "
      + "usb_id STRING, ip_kvm_device STRING, remote_tool STRING, os_timezone STRING, keyboard_layouts STRING, "
      + "n BIGINT, first_time TIMESTAMP, last_time TIMESTAMP, event_ids ARRAY<STRING>";
  /** Sign-ins (failed ones too: link reads them) per worker, day, success, address, VPN client and device. */
  public static final FrameSchema SIGNIN_DAY_NETWORK = FrameSchema.of("signin_day_network", SIGNIN_COLUMNS);
  /** {@link #SIGNIN_DAY_NETWORK}'s rows of each day drop alone (kept as state: signin_drop_network). */
  public static final FrameSchema SIGNIN_DROP_NETWORK = FrameSchema.of("signin_drop_network",
      SIGNIN_COLUMNS + ", drop_day DATE");
  private static final String VISIT_COLUMNS = "worker_id STRING, "
      + "ip_norm STRING, vpn_provider STRING, ip_country STRING, ip_hosting_provider STRING, ip_shared_egress STRING, "
      + "start_time TIMESTAMP, start_id STRING, end_time TIMESTAMP, end_id STRING, n BIGINT";
  /** Runs of a worker's consecutive successful sign-ins from one address and VPN client. */
  public static final FrameSchema SIGNIN_VISITS = FrameSchema.of("signin_visits", VISIT_COLUMNS);
  /**
   * {@link #SIGNIN_VISITS} of each day drop's sign-ins alone (kept as state: signin_drop_visits);
   * {@link #mergedVisits} of them are the visits of all the sign-ins unless drops interleave.
   */
  public static final FrameSchema SIGNIN_DROP_VISITS = FrameSchema.of("signin_drop_visits",
      VISIT_COLUMNS + ", drop_day DATE, day DATE");
  /** Endpoint events per worker (the event's own), day, device and the values signals and links read. */
  public static final FrameSchema ENDPOINT_DAY_DEVICE = FrameSchema.of("endpoint_day_device", ENDPOINT_COLUMNS);
  /** {@link #ENDPOINT_DAY_DEVICE}'s rows of each day drop alone (kept as state: endpoint_drop_device). */
  public static final FrameSchema ENDPOINT_DROP_DEVICE = FrameSchema.of("endpoint_drop_device",
      ENDPOINT_COLUMNS + ", drop_day DATE");

  // Every column but the aggregates is a key: the network columns follow from the address, so
  // grouping by them adds no rows and carries them without a first().
  private static final List<String> SIGNIN_KEY = List.of("worker_id", "day", "success", "ip_norm", "vpn_provider",
      "device_id", "ip_country", "ip_asn", "ip_org", "ip_is_private", "ip_dprk_range", "ip_dprk_confidence",
      "ip_hosting_provider", "ip_shared_egress");
  private static final List<String> ENDPOINT_KEY = List.of("worker_id", "day", "device_id", "public_ip_norm",
      "ip_is_private", "ip_shared_egress", "usb_id", "ip_kvm_device", "remote_tool", "os_timezone",
      "keyboard_layouts");

  /**
   * The day drop an event came in (ingest's, for an event dataset exported a day at a time; absent
   * for one export). Summaries are made per drop and merged, so a drop's part can be kept and
   * merged again with the other drops' on a later night without reading the drop.
   */
  public static final String DROP_DAY = io.ringwatch.ingest.IngestStage.DROP_DAY;

  private EventSummaries() {}

  /** True for a successful sign-in (a missing result counts as success, as everywhere). */
  public static Column successful() {
    return coalesce(col("result"), lit("success")).equalTo("success");
  }

  /**
   * {@code signin_day_network} of enriched sign-ins. {@code quarter_hours} counts them per UTC
   * quarter hour of the day (slot 0–95): every zone's offset and clock change falls on a quarter
   * hour, so the hour on any clock is the same for every sign-in of a slot.
   */
  public static Dataset<Row> signInDayNetwork(Dataset<Row> authEvents) {
    return signInRows(authEvents, false);
  }

  /** {@code signin_day_network}'s rows of each day drop alone, with its {@link #DROP_DAY}. */
  public static Dataset<Row> signInDropNetwork(Dataset<Row> authEvents) {
    return signInRows(authEvents, true);
  }

  /**
   * The rows of several drops as one: an event day's sign-ins may come in two drops (an exporter
   * names its drops by its own day, not UTC's), so rows of one key are added up, their ids and
   * quarter hours joined: the rows the drops' events give together.
   */
  public static Dataset<Row> mergedSignInDayNetwork(Dataset<Row> dropRows) {
    return dropRows.groupBy(keyColumns(SIGNIN_KEY, false)).agg(sum("n").as("n"), min("first_time").as("first_time"),
            max("last_time").as("last_time"), sort_array(flatten(collect_list("event_ids"))).as("event_ids"),
            collect_list("quarter_hours").as("_hours"))
        .withColumn("quarter_hours", expr("map_from_entries(array_sort(map_entries(aggregate(_hours, "
            + "cast(map() as map<int,bigint>), (acc, m) -> map_zip_with(acc, m, "
            + "(k, a, b) -> coalesce(a, 0L) + coalesce(b, 0L))))))"))
        .drop("_hours");
  }

  private static Dataset<Row> signInRows(Dataset<Row> authEvents, boolean perDrop) {
    Column slot = hour(col("event_time")).multiply(4).plus(floor(minute(col("event_time")).divide(15))).cast("int");
    Dataset<Row> keyed = authEvents.withColumn("day", to_date(col("event_time")))
        .withColumn("success", successful())
        .withColumn("_slot", slot);
    return withEventIds(keyed.groupBy(keyColumns(SIGNIN_KEY, perDrop))
            .agg(count(lit(1)).as("n"), min("event_time").as("first_time"), max("event_time").as("last_time"),
                collect_list("event_id").as("_ids"), collect_list("_slot").as("_slots")))
        .withColumn("quarter_hours", expr("map_from_entries(transform(array_sort(array_distinct(_slots)), "
            + "s -> struct(s, cast(size(filter(_slots, x -> x = s)) as bigint))))"))
        .drop("_slots");
  }

  /** True when the events carry the drop they came in (a daily drop), so summaries are made per drop. */
  static boolean byDrop(Dataset<Row> events) {
    return java.util.Arrays.asList(events.columns()).contains(DROP_DAY);
  }

  private static Column[] keyColumns(List<String> key, boolean perDrop) {
    List<Column> out = new java.util.ArrayList<>(key.stream().map(org.apache.spark.sql.functions::col).toList());
    if (perDrop) {
      out.add(col(DROP_DAY));
    }
    return out.toArray(Column[]::new);
  }

  /**
   * {@code signin_visits} of enriched sign-ins: a visit is a maximal run of a worker's successful
   * sign-ins, ordered by time and id, with one address and VPN client. Every filter of the
   * impossible-travel signal depends on the address and client only, so it keeps or drops whole
   * visits, and the country switches it counts are between the end of one kept visit and the
   * start of the next.
   */
  public static Dataset<Row> signInVisits(Dataset<Row> authEvents) {
    return visits(authEvents, false);
  }

  /**
   * {@code signin_visits} of each day drop's sign-ins alone, with its {@link #DROP_DAY}, cut at
   * midnight (UTC) too, with their {@code day}: what a night keeps so that a later one merges the
   * drops' visits without reading them (jobs/docs/incremental-nightly.md). A visit running from one
   * drop into the next, or over midnight, is cut; cut at midnight, a day leaving the look-back
   * window (whose edge is a UTC midnight) takes exactly its own pieces with it.
   */
  public static Dataset<Row> signInDropVisits(Dataset<Row> authEvents) {
    return visits(authEvents, true);
  }

  /**
   * Visits of several drops joined into the visits of all their sign-ins: a worker's consecutive
   * visits with the same address and VPN client are one. Within a drop and day two consecutive
   * visits differ by construction, so the only ones joined are the pieces of a visit cut between
   * drops or at midnight, and a late sign-in sent in a later drop between two pieces joins or
   * parts them as its own address says.
   * Exact for a worker none of whose pieces overlap another's ({@link #interleavedWorkers}): a
   * late sign-in inside another drop's piece would need that piece's sign-ins to cut it.
   */
  public static Dataset<Row> mergedVisits(Dataset<Row> dropVisits) {
    WindowSpec order = Window.partitionBy("worker_id").orderBy("start_time", "start_id");
    return runs(dropVisits, order, false).agg(min(struct(col("start_time").as("event_time"),
            col("start_id").as("event_id"))).as("_start"),
        max(struct(col("end_time").as("event_time"), col("end_id").as("event_id"))).as("_end"),
        sum("n").as("n"))
        .select(visitColumns(false));
  }

  /**
   * The workers for whom {@link #mergedVisits} is not exact: ordered by (time, id) as visits are,
   * one of their pieces starts before an earlier piece ends. Pieces of one drop never overlap, so
   * this is a sign-in sent late, in another drop, inside a piece: with a different address it would
   * cut that piece in two, which the piece's own sign-ins are needed for. A late sign-in between
   * pieces (the usual late event, a few minutes behind its drop's cut-off) is merged exactly.
   */
  public static Dataset<Row> interleavedWorkers(Dataset<Row> dropVisits) {
    WindowSpec byStart = Window.partitionBy("worker_id").orderBy("_first");
    return dropVisits.select(col("worker_id"), struct(col("start_time").as("time"), col("start_id").as("id")).as("_first"),
            struct(col("end_time").as("time"), col("end_id").as("id")).as("_last"))
        .withColumn("_before", max("_last").over(byStart.rowsBetween(Window.unboundedPreceding(), -1)))
        .filter(col("_first").leq(col("_before")))
        .select("worker_id").distinct();
  }

  private static Dataset<Row> visits(Dataset<Row> authEvents, boolean byDrop) {
    List<String> columns = new java.util.ArrayList<>(List.of("worker_id", "event_time", "event_id", "ip_norm",
        "vpn_provider", "ip_country", "ip_hosting_provider", "ip_shared_egress"));
    if (byDrop) {
      columns.add(DROP_DAY);
    }
    Dataset<Row> successful = authEvents.filter(successful().and(col("worker_id").isNotNull()))
        .select(columns.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
    if (byDrop) {
      successful = successful.withColumn("day", to_date(col("event_time")));
    }
    WindowSpec order = (byDrop ? Window.partitionBy(col("worker_id"), col(DROP_DAY), col("day"))
        : Window.partitionBy("worker_id")).orderBy("event_time", "event_id");
    return runs(successful, order, byDrop)
        .agg(min(struct(col("event_time"), col("event_id"))).as("_start"),
            max(struct(col("event_time"), col("event_id"))).as("_end"), count(lit(1)).as("n"))
        .select(visitColumns(byDrop));
  }

  /** Rows grouped by run: a run starts at a row whose address or VPN client differs from the row before. */
  private static org.apache.spark.sql.RelationalGroupedDataset runs(Dataset<Row> rows, WindowSpec order,
      boolean byDrop) {
    Column same = col("ip_norm").eqNullSafe(lag("ip_norm", 1).over(order))
        .and(col("vpn_provider").eqNullSafe(lag("vpn_provider", 1).over(order)));
    Column starts = when(row_number().over(order).equalTo(1).or(same.unary_$bang()), 1).otherwise(0);
    List<String> key = new java.util.ArrayList<>(List.of("worker_id", "_visit", "ip_norm", "vpn_provider",
        "ip_country", "ip_hosting_provider", "ip_shared_egress"));
    if (byDrop) {
      key.add(DROP_DAY);
      key.add("day");
    }
    return rows.withColumn("_starts", starts)
        .withColumn("_visit", sum("_starts").over(order.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
        .groupBy(key.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
  }

  private static Column[] visitColumns(boolean byDrop) {
    List<Column> out = new java.util.ArrayList<>(List.of(col("worker_id"), col("ip_norm"), col("vpn_provider"),
        col("ip_country"), col("ip_hosting_provider"), col("ip_shared_egress"),
        col("_start.event_time").as("start_time"), col("_start.event_id").as("start_id"),
        col("_end.event_time").as("end_time"), col("_end.event_id").as("end_id"), col("n")));
    if (byDrop) {
      out.add(col(DROP_DAY));
      out.add(col("day"));
    }
    return out.toArray(Column[]::new);
  }

  /** {@code endpoint_day_device} of enriched endpoint events: heartbeats repeating one state collapse to a row. */
  public static Dataset<Row> endpointDayDevice(Dataset<Row> endpointEvents) {
    return endpointRows(endpointEvents, false);
  }

  /** {@code endpoint_day_device}'s rows of each day drop alone, with its {@link #DROP_DAY}. */
  public static Dataset<Row> endpointDropDevice(Dataset<Row> endpointEvents) {
    return endpointRows(endpointEvents, true);
  }

  /** The rows of several drops as one (as {@link #mergedSignInDayNetwork}). */
  public static Dataset<Row> mergedEndpointDayDevice(Dataset<Row> dropRows) {
    return dropRows.groupBy(keyColumns(ENDPOINT_KEY, false)).agg(sum("n").as("n"),
        min("first_time").as("first_time"), max("last_time").as("last_time"),
        sort_array(flatten(collect_list("event_ids"))).as("event_ids"));
  }

  private static Dataset<Row> endpointRows(Dataset<Row> endpointEvents, boolean perDrop) {
    return withEventIds(endpointEvents.withColumn("day", to_date(col("event_time")))
        .groupBy(keyColumns(ENDPOINT_KEY, perDrop))
        .agg(count(lit(1)).as("n"), min("event_time").as("first_time"), max("event_time").as("last_time"),
            collect_list("event_id").as("_ids")));
  }

  /** The smallest event id of a summary row: "first event" in evidence is the min of these. */
  public static Column firstId() {
    return col("event_ids").getItem(0);
  }

  /**
   * The {@link #IDS} smallest of the ids in the arrays of {@code ids} (an aggregate): the five
   * smallest of a union are among the five smallest of each part.
   */
  public static Column smallestIds(Column ids) {
    return slice(sort_array(array_distinct(flatten(collect_list(ids)))), 1, IDS);
  }

  private static Dataset<Row> withEventIds(Dataset<Row> grouped) {
    return grouped.withColumn("event_ids", sort_array(col("_ids"))).drop("_ids");
  }
}
