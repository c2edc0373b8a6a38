package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.privacy.Hashing;
import io.ringwatch.score.Signal;
import io.ringwatch.score.SignalCatalogue;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * The company laptop (signals.md D1, D2, R1, R3): shipped to a laptop farm, far from home or
 * merely away from home; an IP-KVM attached; a remote-control tool run by someone whose job does
 * not call for one. Addresses the link stage recognises as shared infrastructure (an office that
 * many workers' laptops go to) or caps are no farm and no shipment away from home.
 */
public final class DeviceSignals implements SignalFamily {
  private static final UserDefinedFunction REGION = udf((String r) -> Regions.region(r), DataTypes.StringType)
      .withName("region_code");
  private static final UserDefinedFunction COUNTRY = udf((String c) -> Regions.country(c), DataTypes.StringType)
      .withName("country_code");

  private final SignalContext ctx;

  public DeviceSignals(SignalContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public List<Signal> signals() {
    return List.of(SignalCatalogue.LAPTOP_FARM, SignalCatalogue.SHIPPED_FAR_FROM_HOME,
        SignalCatalogue.SHIPPED_AWAY_FROM_HOME, SignalCatalogue.IP_KVM, SignalCatalogue.REMOTE_TOOL);
  }

  @Override
  public Dataset<Row> rows() {
    return shipments().unionByName(ipKvm()).unionByName(remoteTools());
  }

  /**
   * One signal per laptop shipped away from its holder's home: laptop_farm when laptops of two or
   * more workers who do not live there went to the address; else shipped_far_from_home when the
   * address is in another country or region than the home; else shipped_away_from_home.
   */
  private Dataset<Row> shipments() {
    Dataset<Row> d = ctx.in().devices()
        .filter(col("ship_address_key").isNotNull().and(col("assigned_worker_id").isNotNull()))
        .join(ctx.workers().select(col("worker_id"), col("home_address_key"), col("home_region"), col("home_country")),
            col("assigned_worker_id").equalTo(col("worker_id")))
        .filter(col("home_address_key").isNull().or(col("home_address_key").notEqual(col("ship_address_key"))));
    Dataset<Row> links = ctx.in().links().filter(col("kind").equalTo("ship_address"));
    // Addresses left out of the graph (offices, above the cap) are no laptop farm.
    Dataset<Row> kept = links.filter(col("ignored_reason").isNull()).select(col("value_hash").as("_h")).distinct();
    Dataset<Row> ignored = links.filter(col("ignored_reason").isNotNull()).select(col("value_hash").as("_h")).distinct();
    Dataset<Row> away = d.withColumn("_h", Hashing.valueHash(ctx.in().key(), lit("ship_address"), col("ship_address_key")));
    Dataset<Row> homes = ctx.workers().filter(col("home_address_key").isNotNull())
        .select(col("home_address_key").as("_home_of_someone")).distinct();
    Dataset<Row> farm = away.join(kept, "_h")
        .withColumn("nonresidents", size(collect_set(col("worker_id")).over(Window.partitionBy("ship_address_key"))))
        .join(homes, col("ship_address_key").equalTo(col("_home_of_someone")), "left")
        .filter(col("nonresidents").geq(2));
    Column address = concat_ws(", ", col("ship_to_line1"), col("ship_to_city"), col("ship_to_region"),
        col("ship_to_country"));
    Dataset<Row> farmSignals = ctx.signal(farm, SignalCatalogue.LAPTOP_FARM, concat(lit("laptop "), col("device_id"),
        lit(" shipped to "), address, lit(", where laptops of "), col("nonresidents").cast("string"),
        lit(" workers who do not live there were shipped"),
        when(col("_home_of_someone").isNull(), lit(" (no worker's home)")).otherwise(lit(""))));

    Dataset<Row> alone = away.join(farm.select("device_id"), "device_id", "left_anti")
        .join(ignored, "_h", "left_anti")
        .withColumn("_sc", COUNTRY.apply(col("ship_to_country")))
        .withColumn("_hc", COUNTRY.apply(col("home_country")))
        .withColumn("_sr", REGION.apply(col("ship_to_region")))
        .withColumn("_hr", REGION.apply(col("home_region")));
    Column otherCountry = coalesce(col("_sc").notEqual(col("_hc")), lit(false));
    Column sameCountry = col("_sc").isNull().or(col("_hc").isNull()).or(col("_sc").equalTo(col("_hc")));
    Column otherRegion = sameCountry.and(coalesce(col("_sr").notEqual(col("_hr")), lit(false)));
    Column far = otherCountry.or(otherRegion);
    Dataset<Row> farSignals = ctx.signal(alone.filter(far), SignalCatalogue.SHIPPED_FAR_FROM_HOME,
        concat(lit("laptop "), col("device_id"), lit(" shipped to "), address,
            when(otherCountry, concat(lit(", another country than the worker's home ("), col("_hc"), lit(")")))
                .otherwise(concat(lit(", another region than the worker's home ("), col("_hr"), lit(")")))));
    Dataset<Row> nearSignals = ctx.signal(alone.filter(far.unary_$bang()), SignalCatalogue.SHIPPED_AWAY_FROM_HOME,
        concat(lit("laptop "), col("device_id"), lit(" shipped to "), address, lit(", not the worker's home")));
    return farmSignals.unionByName(farSignals).unionByName(nearSignals);
  }

  private Dataset<Row> ipKvm() {
    Dataset<Row> e = ctx.endpointWithWorker().filter(col("ip_kvm_device").isNotNull())
        .groupBy("worker_id", "device_id", "ip_kvm_device", "usb_id")
        .agg(min("event_time").as("first"), count(lit(1)).as("n"), min("event_id").as("event"));
    return ctx.signal(e, SignalCatalogue.IP_KVM, concat(lit("USB device "), col("ip_kvm_device"), lit(" ("),
        coalesce(col("usb_id"), lit("?")), lit(") attached to laptop "), col("device_id"), lit(" on "),
        date_format(col("first"), "yyyy-MM-dd"), lit(" (event "), col("event"), lit(", "), col("n").cast("string"),
        lit(" time(s))")));
  }

  private Dataset<Row> remoteTools() {
    String it = ctx.settings().itRolePattern();
    Dataset<Row> e = ctx.endpointWithWorker().filter(col("remote_tool").isNotNull())
        .join(ctx.workers().select(col("worker_id").as("_w"), col("job_title"), col("department")),
            col("worker_id").equalTo(col("_w")))
        .filter(coalesce(col("job_title"), lit("")).rlike(it).unary_$bang()
            .and(coalesce(col("department"), lit("")).rlike(it).unary_$bang()))
        .groupBy("worker_id", "remote_tool", "device_id", "job_title")
        .agg(count(lit(1)).as("n"), min("event_id").as("event"));
    return ctx.signal(e, SignalCatalogue.REMOTE_TOOL, concat(col("remote_tool"), lit(" ran on laptop "),
        col("device_id"), lit(" "), col("n").cast("string"), lit(" time(s) (event "), col("event"), lit(") for a "),
        coalesce(col("job_title"), lit("worker with no job title"))));
  }
}
