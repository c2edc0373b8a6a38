package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.privacy.Hashing;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * Laptops shipped away from their holder's home (signals.md D1, D2), each one of three signals,
 * computed together because each excludes the one before: {@link LaptopFarm} when laptops of two
 * or more workers who do not live there went to the address; else {@link ShippedFarFromHome} when
 * the address is in another country or region than the home; else {@link ShippedAwayFromHome}.
 * Addresses the link stage recognises as shared infrastructure (an office that many workers'
 * laptops go to) or caps are no farm and no shipment away from home.
 */
final class LaptopShipments {
  private static final UserDefinedFunction REGION = udf((String r) -> Regions.region(r), DataTypes.StringType)
      .withName("region_code");
  private static final UserDefinedFunction COUNTRY = udf((String c) -> Regions.country(c), DataTypes.StringType)
      .withName("country_code");

  /** The rows ({@code worker_id, evidence}) of each of the three signals. */
  record Rows(Dataset<Row> farm, Dataset<Row> far, Dataset<Row> near) {}

  private LaptopShipments() {}

  /** The night's shipments, computed once for the three signals. */
  static Rows of(SignalContext ctx) {
    return ctx.memo(LaptopShipments.class, () -> compute(ctx));
  }

  private static Rows compute(SignalContext ctx) {
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
    Dataset<Row> farmRows = SignalContext.found(farm, concat(lit("laptop "), col("device_id"),
        lit(" shipped to "), address, lit(", where laptops of "), col("nonresidents").cast("string"),
        lit(" workers who do not live there were shipped"),
        when(col("_home_of_someone").isNull(), lit(" (no worker's home)")).otherwise(lit(""))),
        SignalContext.record("devices", col("device_id")));

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
    Dataset<Row> farRows = SignalContext.found(alone.filter(far),
        concat(lit("laptop "), col("device_id"), lit(" shipped to "), address,
            when(otherCountry, concat(lit(", another country than the worker's home ("), col("_hc"), lit(")")))
                .otherwise(concat(lit(", another region than the worker's home ("), col("_hr"), lit(")")))),
        SignalContext.record("devices", col("device_id")));
    Dataset<Row> nearRows = SignalContext.found(alone.filter(far.unary_$bang()),
        concat(lit("laptop "), col("device_id"), lit(" shipped to "), address, lit(", not the worker's home")),
        SignalContext.record("devices", col("device_id")));
    return new Rows(farmRows, farRows, nearRows);
  }
}
