package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.from_utc_timestamp;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.hour;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.score.Signal;
import io.ringwatch.score.SignalCatalogue;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * When the worker works (signals.md T1): sign-ins concentrated in the office hours (09:00-18:00)
 * of UTC+8 (China) or UTC+9 (the Koreas) and mostly outside the daytime (08:00-19:00) of the zone
 * the worker claims to work in ({@link ClaimedZones}), whichever country that is: Pyongyang's
 * day is night in the Americas and early morning in Europe, and it is a worker's own day in India
 * or the Philippines. A worker on call signs in round the clock and does not reach the share.
 */
public final class WorkHoursSignals implements SignalFamily {
  static final int DAY_START = 9;
  static final int DAY_END = 18;
  /** The claimed zone's daytime: a long office day, early starts and late finishes included. */
  static final int OWN_DAY_START = 8;
  static final int OWN_DAY_END = 19;
  private static final UserDefinedFunction ZONE = udf((UDF2<String, String, String>) ClaimedZones::zone,
      DataTypes.StringType).withName("claimed_zone");

  private final SignalContext ctx;

  public WorkHoursSignals(SignalContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public List<Signal> signals() {
    return List.of(SignalCatalogue.ASIA_HOURS);
  }

  @Override
  public Dataset<Row> rows() {
    List<Column> shares = new ArrayList<>();
    for (int offset : ctx.tuning().asiaDaytimeUtcOffsets()) {
      Column local = pmod(hour(col("event_time")).plus(offset), lit(24));
      shares.add(struct(avg(when(local.geq(DAY_START).and(local.lt(DAY_END)), 1.0).otherwise(0.0)).as("share"),
          lit(offset).as("offset")));
    }
    Column best = shares.size() == 1 ? shares.get(0) : greatest(shares.toArray(Column[]::new));
    Dataset<Row> zones = broadcast(ctx.workers().select(col("worker_id").as("_w"),
        ZONE.apply(SignalContext.claimedCountry(), col("home_region")).as("zone")));
    // The session runs in UTC, so hour() of the shifted time is the hour on the claimed zone's clock.
    Column ownHour = hour(from_utc_timestamp(col("event_time"), col("zone")));
    Dataset<Row> a = ctx.successfulSignIns().join(zones, col("worker_id").equalTo(col("_w"))).drop("_w")
        .filter(col("zone").isNotNull())
        .groupBy("worker_id", "claimed", "zone").agg(count(lit(1)).as("n"), best.as("best"),
            avg(when(ownHour.geq(OWN_DAY_START).and(ownHour.lt(OWN_DAY_END)), 1.0).otherwise(0.0)).as("own_day"),
            min("event_id").as("event"))
        .filter(col("n").geq(ctx.settings().asiaHoursMinEvents())
            .and(col("best.share").geq(ctx.settings().asiaHoursShare()))
            .and(col("own_day").leq(ctx.tuning().ownDaytimeMaxShare())));
    Column offset = col("best.offset");
    Column window = format_string("%02d:00 and %02d:00 UTC", pmod(lit(DAY_START).minus(offset), lit(24)),
        pmod(lit(DAY_END).minus(offset), lit(24)));
    return ctx.signal(a, SignalCatalogue.ASIA_HOURS, concat(format_number(col("best.share").multiply(100), 0),
        lit("% of "), col("n").cast("string"), lit(" sign-ins between "), window, lit(" (09:00-18:00 in UTC+"),
        offset.cast("string"), lit(") while claiming "), col("claimed"), lit("; "),
        format_number(col("own_day").multiply(100), 0), lit("% in the daytime of "), col("zone"),
        lit(" (08:00-19:00); first event "), col("event")));
  }
}
