package io.ringwatch.enrich;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import io.ringwatch.frames.FrameSchema;
import io.ringwatch.normalize.Normalized;
import io.ringwatch.spark.PerTaskMemo;
import io.ringwatch.stage.Stage;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import io.ringwatch.reference.ip.IpRangeTable;
import io.ringwatch.reference.ip.IpTables;

/**
 * The enrich stage: IP → country and network operator by range lookup against the configured
 * reference tables ({@link IpRangeTable}), and watchlist flags ({@link Watchlists}), added to
 * every event (the columns of {@code jobs/docs/frames.md} §3); then the events are reduced to the
 * summaries every later stage reads ({@link EventSummaries}). The reference tables, read by the
 * reference loader, are broadcast once per SparkContext, and every event's IP is looked up where
 * the event is (no join, no shuffle of the events), once per distinct address in a task.
 */
public final class EnrichStage implements Stage<Normalized, Enriched> {
  // The enriched events the summaries are made of (frames.md §3), typed as made here.
  public static final FrameSchema AUTH_EVENTS = FrameSchema.of("auth_events (enriched)", "event_id STRING, "
      + "event_time TIMESTAMP, worker_id STRING, result STRING, device_id STRING, ip_norm STRING, ip_country STRING, "
      + "ip_asn BIGINT, ip_org STRING, ip_is_private BOOLEAN, ip_dprk_range STRING, ip_dprk_confidence STRING, "
      + "ip_hosting_provider STRING, ip_shared_egress STRING, vpn_provider STRING");
  public static final FrameSchema ENDPOINT_EVENTS = FrameSchema.of("endpoint_events (enriched)", "event_id STRING, "
      + "event_time TIMESTAMP, device_id STRING, worker_id STRING, os_timezone STRING, keyboard_layouts STRING, "
      + "public_ip_norm STRING, usb_id STRING, ip_is_private BOOLEAN, ip_shared_egress STRING, remote_tool STRING, "
      + "ip_kvm_device STRING");

  /** The columns added to auth_events, in order. */
  public static final List<String> AUTH_COLUMNS = List.of("ip_country", "ip_asn", "ip_org",
      "ip_is_private", "ip_dprk_range", "ip_dprk_confidence", "ip_hosting_provider", "ip_shared_egress", "vpn_provider");
  /** The columns added to endpoint_events, in order. */
  public static final List<String> ENDPOINT_COLUMNS = List.of("ip_country", "ip_asn", "ip_org",
      "ip_is_private", "ip_dprk_range", "ip_dprk_confidence", "ip_hosting_provider", "ip_shared_egress", "remote_tool",
      "ip_kvm_device");

  private final SparkSession spark;
  private final IpTables tables;
  private final Watchlists watch;
  private final Enriched.Drops carried;

  /** @param tables the IP reference tables, read by the reference loader ({@code ReferenceLoader}) */
  public EnrichStage(SparkSession spark, EnrichSettings settings, IpTables tables) {
    this(spark, settings, tables, null);
  }

  /**
   * @param carried on an incremental night, the drops carried from the state (their summaries'
   *     rows as the last night kept them), merged with the drops read tonight; null on a full night
   */
  public EnrichStage(SparkSession spark, EnrichSettings settings, IpTables tables, Enriched.Drops carried) {
    this.spark = spark;
    this.tables = tables;
    this.watch = new Watchlists(settings);
    this.carried = carried;
  }

  /**
   * The normalized frames with both kinds of events enriched and summarised (the tables
   * broadcast; the columns computed when the summaries are): one pass over the events.
   */
  @Override
  public Enriched run(Normalized normalized) {
    normalized.checked();
    return summarised(normalized, authEvents(normalized.authEvents()), endpointEvents(normalized.endpointEvents()),
        carried);
  }

  /** {@code normalized}'s workers, payments and devices with the summaries of these enriched events. */
  public static Enriched summarised(Normalized normalized, Dataset<Row> authEvents, Dataset<Row> endpointEvents) {
    return summarised(normalized, authEvents, endpointEvents, null);
  }

  /** As above, with the drops {@code carried} from the state (null: none) merged in. */
  public static Enriched summarised(Normalized normalized, Dataset<Row> authEvents, Dataset<Row> endpointEvents,
      Enriched.Drops carried) {
    AUTH_EVENTS.check(authEvents);
    ENDPOINT_EVENTS.check(endpointEvents);
    if (EventSummaries.byDrop(authEvents) && EventSummaries.byDrop(endpointEvents)) {
      // Daily drops: each drop's rows, and the summaries merged from them (a night keeps the former).
      Enriched.Drops read = new Enriched.Drops(EventSummaries.signInDropNetwork(authEvents),
          EventSummaries.endpointDropDevice(endpointEvents), EventSummaries.signInDropVisits(authEvents));
      return Enriched.ofDrops(normalized.workers(), normalized.payments(), normalized.devices(),
          EventSummaries.signInVisits(authEvents), carried == null ? read : read.with(carried));
    }
    if (carried != null) {
      throw new IllegalStateException("drops carried from the state, but tonight's events did not come by day");
    }
    return new Enriched(normalized.workers(), normalized.payments(), normalized.devices(),
        EventSummaries.signInDayNetwork(authEvents), EventSummaries.signInVisits(authEvents),
        EventSummaries.endpointDayDevice(endpointEvents));
  }

  /** auth_events (with {@code ip_norm}) + the §3 columns; {@code vpn_provider} from {@code vpn_client} or the ASN. */
  public Dataset<Row> authEvents(Dataset<Row> authEvents) {
    Dataset<Row> out = ipColumns(authEvents, "ip_norm");
    Watchlists w = watch;
    UserDefinedFunction vpnClient = udf((UDF1<String, String>) w::vpnFromClient, DataTypes.StringType);
    UserDefinedFunction vpnAsn = udf((UDF1<Long, String>) w::vpnFromAsn, DataTypes.StringType);
    return out.withColumn("vpn_provider", coalesce(vpnClient.apply(col("vpn_client")), vpnAsn.apply(col("ip_asn"))));
  }

  /** endpoint_events (with {@code public_ip_norm, process_norm, usb_id}) + the §3 columns. */
  public Dataset<Row> endpointEvents(Dataset<Row> endpointEvents) {
    Dataset<Row> out = ipColumns(endpointEvents, "public_ip_norm");
    Watchlists w = watch;
    UserDefinedFunction tool = udf(PerTaskMemo.of((UDF1<String, String>) w::remoteTool), DataTypes.StringType);
    UserDefinedFunction kvm = udf((UDF2<String, String, String>) w::ipKvm, DataTypes.StringType);
    return out.withColumn("remote_tool", tool.apply(col("process_norm")))
        .withColumn("ip_kvm_device", kvm.apply(col("usb_id"), col("usb_product_name")));
  }

  /** {@code ip_is_private} of frames.md §3 for an IP column: private, loopback or otherwise reserved space. */
  public static Column ipIsPrivate(Column ip) {
    return IS_PRIVATE.apply(ip);
  }

  private static final UserDefinedFunction IS_PRIVATE =
      udf((UDF1<String, Boolean>) Watchlists::isPrivate, DataTypes.BooleanType).withName("ip_is_private");

  /**
   * The network columns of an event's IP ({@link AddressFacts}: looked up once per distinct
   * address in a task, in the broadcast tables; no join, no shuffle).
   */
  private Dataset<Row> ipColumns(Dataset<Row> events, String ipColumn) {
    AddressFacts facts = new AddressFacts(watch, broadcast(tables.country()), broadcast(tables.asn()));
    UserDefinedFunction lookUp = udf(PerTaskMemo.of((UDF1<String, Row>) facts::of), AddressFacts.SCHEMA)
        .withName("address_facts");
    Dataset<Row> out = events.withColumn("_ip", lookUp.apply(col(ipColumn)));
    for (String c : AddressFacts.SCHEMA.fieldNames()) {
      out = out.withColumn(c, col("_ip." + c));
    }
    return out.drop("_ip");
  }

  /**
   * The table as a broadcast variable of the running SparkContext, sent once per JVM and context
   * (tens of megabytes; every night of a long-lived driver shares it).
   */
  private Broadcast<IpRangeTable> broadcast(IpRangeTable table) {
    synchronized (BROADCASTS) {
      BROADCASTS.entrySet().removeIf(e -> e.getValue().context != spark.sparkContext());
      Shared s = BROADCASTS.get(table);
      if (s == null) {
        s = new Shared(spark.sparkContext(),
            JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(table));
        BROADCASTS.put(table, s);
      }
      return s.broadcast;
    }
  }

  private record Shared(SparkContext context, Broadcast<IpRangeTable> broadcast) {}

  private static final Map<IpRangeTable, Shared> BROADCASTS = new IdentityHashMap<>();

}
