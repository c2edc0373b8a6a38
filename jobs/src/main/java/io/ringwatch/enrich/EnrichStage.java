package io.ringwatch.enrich;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The enrich stage: IP → country and network operator by range lookup against the configured
 * reference tables ({@link IpRangeTable}), and watchlist flags ({@link Watchlists}). Adds the
 * columns of {@code jobs/docs/frames.md} §3; no rows are added or dropped. The reference
 * tables are read (gzipped CSV as is) and prepared once per stage instance, on first use.
 */
public final class EnrichStage {
  private static final Logger LOG = LogManager.getLogger(EnrichStage.class);

  static final StructType COUNTRY_CSV = new StructType()
      .add("start_ip", DataTypes.StringType).add("end_ip", DataTypes.StringType)
      .add("ip_country", DataTypes.StringType);
  static final StructType ASN_CSV = new StructType()
      .add("start_ip", DataTypes.StringType).add("end_ip", DataTypes.StringType)
      .add("ip_asn", DataTypes.LongType).add("ip_org", DataTypes.StringType);
  static final StructType DPRK = new StructType()
      .add("range", DataTypes.StringType).add("confidence", DataTypes.StringType);

  /** The columns added to auth_events, in order. */
  public static final List<String> AUTH_COLUMNS = List.of("ip_country", "ip_asn", "ip_org",
      "ip_is_private", "ip_dprk_range", "ip_dprk_confidence", "ip_hosting_provider", "vpn_provider");
  /** The columns added to endpoint_events, in order. */
  public static final List<String> ENDPOINT_COLUMNS = List.of("ip_country", "ip_asn", "ip_org",
      "ip_is_private", "ip_dprk_range", "ip_dprk_confidence", "ip_hosting_provider", "remote_tool",
      "ip_kvm_device");

  private final SparkSession spark;
  private final EnrichSettings settings;
  private final String inputRoot;
  private final Watchlists watch;
  private IpRangeTable countries;
  private IpRangeTable asns;

  /**
   * @param inputRoot the run's input root (path or URI); relative reference paths are looked up
   *     in its {@code reference/} folder first. May be null.
   */
  public EnrichStage(SparkSession spark, EnrichSettings settings, String inputRoot) {
    this.spark = spark;
    this.settings = settings;
    this.inputRoot = inputRoot;
    this.watch = new Watchlists(settings);
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
    UserDefinedFunction tool = udf((UDF1<String, String>) w::remoteTool, DataTypes.StringType);
    UserDefinedFunction kvm = udf((UDF2<String, String, String>) w::ipKvm, DataTypes.StringType);
    return out.withColumn("remote_tool", tool.apply(col("process_norm")))
        .withColumn("ip_kvm_device", kvm.apply(col("usb_id"), col("usb_product_name")));
  }

  /** The prepared IP → country table (loaded on first use). */
  public synchronized IpRangeTable countryTable() {
    if (countries == null) {
      countries = load("ip-country", settings.ipCountry(), COUNTRY_CSV);
    }
    return countries;
  }

  /** The prepared IP → ASN table (loaded on first use). */
  public synchronized IpRangeTable asnTable() {
    if (asns == null) {
      asns = load("ip-asn", settings.ipAsn(), ASN_CSV);
    }
    return asns;
  }

  /** Frees the cached reference tables. */
  public synchronized void close() {
    if (countries != null) {
      countries.unpersist();
    }
    if (asns != null) {
      asns.unpersist();
    }
  }

  private IpRangeTable load(String setting, List<String> configured, StructType schema) {
    List<ReferencePaths.Resolved> files = ReferencePaths.resolve(EnrichSettings.BLOCK + "." + setting,
        configured, inputRoot, settings.referenceDir(), spark.sparkContext().hadoopConfiguration());
    for (ReferencePaths.Resolved f : files) {
      LOG.info("enrich: {} reads {} ({})", setting, f.path(), f.origin());
    }
    String[] paths = files.stream().map(ReferencePaths.Resolved::path).toArray(String[]::new);
    Dataset<Row> raw = spark.read().schema(schema).option("header", "false").option("mode", "PERMISSIVE")
        .csv(paths).where(col("start_ip").isNotNull().and(col("end_ip").isNotNull()));
    long started = System.nanoTime();
    IpRangeTable table = IpRangeTable.prepare(raw, settings.ipv4Levels(), settings.ipv6Levels(),
        settings.maxBucketsPerRange(), settings.broadcastMaxRows());
    LOG.info("enrich: {} prepared, {} bucket rows, {}, {} ms", setting, table.rows(),
        table.isBroadcast() ? "broadcast" : "shuffle join", (System.nanoTime() - started) / 1_000_000);
    return table;
  }

  /** {@code ip_is_private} of frames.md §3 for an IP column: private, loopback or otherwise reserved space. */
  public static Column ipIsPrivate(Column ip) {
    return IS_PRIVATE.apply(ip);
  }

  private static final UserDefinedFunction IS_PRIVATE =
      udf((UDF1<String, Boolean>) Watchlists::isPrivate, DataTypes.BooleanType).withName("ip_is_private");

  private Dataset<Row> ipColumns(Dataset<Row> events, String ipColumn) {
    Watchlists w = watch;
    UserDefinedFunction dprk = udf((UDF1<String, Row>) ip -> {
      EnrichSettings.DprkRange r = w.dprkRange(ip);
      return r == null ? null : RowFactory.create(r.cidr().text(), r.confidence());
    }, DPRK);
    UserDefinedFunction hosting = udf((UDF1<Long, String>) w::hostingProvider, DataTypes.StringType);

    String key = "_enrich_ip";
    Dataset<Row> ips = events.select(col(ipColumn).as(key))
        .where(col(key).isNotNull().and(not(ipIsPrivate(col(key)))))
        .distinct();
    Dataset<Row> country = countryTable().lookup(ips, key);
    Dataset<Row> asn = asnTable().lookup(ips, key);
    Dataset<Row> info = country.join(asn, new String[] {key}, "full_outer");

    List<Column> cols = new ArrayList<>();
    for (String c : events.columns()) {
      cols.add(events.col(c));
    }
    Dataset<Row> joined = events.join(info, events.col(ipColumn).equalTo(info.col(key)), "left_outer")
        .select(concat(cols, info.col("ip_country"), info.col("ip_asn"), info.col("ip_org")));
    return joined
        .withColumn("ip_is_private", ipIsPrivate(col(ipColumn)))
        .withColumn("_dprk", dprk.apply(col(ipColumn)))
        .withColumn("ip_dprk_range", col("_dprk.range"))
        .withColumn("ip_dprk_confidence", col("_dprk.confidence"))
        .drop("_dprk")
        .withColumn("ip_hosting_provider", hosting.apply(col("ip_asn")));
  }

  private static Column[] concat(List<Column> head, Column... tail) {
    List<Column> all = new ArrayList<>(head);
    all.addAll(Arrays.asList(tail));
    return all.toArray(new Column[0]);
  }
}
