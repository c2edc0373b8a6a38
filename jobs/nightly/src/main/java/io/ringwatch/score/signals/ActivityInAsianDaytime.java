package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_timestamp;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
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

import com.google.auto.service.AutoService;
import io.ringwatch.enrich.EventSummaries;
import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.SettingsException;
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
@AutoService(WorkerSignal.class)
public final class ActivityInAsianDaytime implements WorkerSignal {
  public static final Signal ABOUT = new Signal("activity_in_asian_daytime",
      "Activity in Asian daytime, at night where the worker claims to be",
      "At least {share} of the worker's sign-ins fall in 09:00–18:00 of UTC+8 (01:00–10:00 UTC) or of "
          + "UTC+9 (00:00–09:00 UTC), and at most {own-daytime-max-share} of them in 08:00–19:00 on the "
          + "clock of the place the worker claims to work in (its state or province in the US and Canada).",
      List.of("KnowBe4 (Jul 2024); SEAL frameworks: work patterns that do not match the claimed time zone",
          "signals.md T1"), "Night shifts (on-call staff sign in round the clock and do not reach the share); "
          + "contractors in Asia work Asian daytime on their own clock and do not fire.", 10);
  static final int DAY_START = 9;
  static final int DAY_END = 18;
  /** The claimed zone's daytime: a long office day, early starts and late finishes included. */
  static final int OWN_DAY_START = 8;
  static final int OWN_DAY_END = 19;
  private static final UserDefinedFunction ZONE = udf((UDF2<String, String, String>) ClaimedZones::zone,
      DataTypes.StringType).withName("claimed_zone");

  /** Its settings (see {@link #defaults}). */
  record Settings(double share, int minEvents, double ownDaytimeMaxShare, List<Integer> utcOffsets) {}

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public String defaults() {
    return """
        # share of a worker's sign-ins in the office hours of one of utc-offsets (00:00–09:00 UTC
        # is 09:00–18:00 in UTC+9) needed, and the fewest sign-ins for the share to mean anything.
        share = 0.6
        min-events = 10
        # ... and at most this share of them in the daytime (08:00-19:00) of the zone the worker
        # claims to work in (claimed_work_country, else home_country; the state or province picks
        # the zone in the US and Canada, io.ringwatch.score.signals.ClaimedZones), whichever
        # country that is: a contractor in India or the Philippines works in Asian daytime on
        # their own clock; a worker claiming Chicago or Berlin who works Pyongyang's day does not.
        own-daytime-max-share = 0.5
        # the UTC offsets whose office hours (09:00-18:00 local) are checked; the share above is
        # reached in any one of them. 8 = China, 9 = the Koreas (09:00-18:00 in UTC+8 is
        # 01:00-10:00 UTC, in UTC+9 00:00-09:00 UTC).
        utc-offsets = [8, 9]
        """;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    List<Integer> offsets;
    try {
      offsets = block.raw().getIntList("utc-offsets");
    } catch (com.typesafe.config.ConfigException e) {
      throw new SettingsException("setting " + block.full("utc-offsets") + " must be a list of whole hours");
    }
    if (offsets.isEmpty() || offsets.stream().anyMatch(o -> o < -12 || o > 14)) {
      throw new SettingsException("setting " + block.full("utc-offsets")
          + " must list at least one UTC offset between -12 and 14");
    }
    Settings s = new Settings(block.doubleIn("share", 0, 1), block.intAtLeast("min-events", 1),
        block.doubleIn("own-daytime-max-share", 0, 1), List.copyOf(offsets));
    return ctx -> rows(ctx, s);
  }

  private static Dataset<Row> rows(SignalContext ctx, Settings s) {
    // Counted per UTC quarter hour (signin_day_network.quarter_hours): every zone's offset and
    // clock change falls on a quarter hour, so a slot's hour is the same on any clock for every
    // sign-in in it. Shares are sums over the slots divided by the count, as avg() over sign-ins.
    Column n = col("qn");
    Column total = sum(n).cast("double");
    List<Column> shares = new ArrayList<>();
    for (int offset : s.utcOffsets()) {
      Column local = pmod(floor(col("slot").divide(4)).cast("int").plus(offset), lit(24));
      shares.add(struct(sum(when(local.geq(DAY_START).and(local.lt(DAY_END)), n).otherwise(0L)).cast("double")
              .divide(total).as("share"), lit(offset).as("offset")));
    }
    Column best = shares.size() == 1 ? shares.get(0) : greatest(shares.toArray(Column[]::new));
    Dataset<Row> zones = broadcast(ctx.workers().select(col("worker_id").as("_w"),
        ZONE.apply(SignalContext.claimedCountry(), col("home_region")).as("zone")));
    // The session runs in UTC, so hour() of the shifted time is the hour on the claimed zone's clock.
    Column slotStart = timestamp_seconds(unix_timestamp(col("day").cast("timestamp"))
        .plus(col("slot").cast("long").multiply(900)));
    Column ownHour = hour(from_utc_timestamp(slotStart, col("zone")));
    Dataset<Row> a = ctx.successfulSignIns().join(zones, col("worker_id").equalTo(col("_w"))).drop("_w")
        .filter(col("zone").isNotNull())
        .select(col("worker_id"), col("claimed"), col("zone"), col("day"), EventSummaries.firstId().as("first_id"),
            explode(col("quarter_hours")).as(new String[] {"slot", "qn"}))
        .groupBy("worker_id", "claimed", "zone").agg(sum(n).as("n"), best.as("best"),
            sum(when(ownHour.geq(OWN_DAY_START).and(ownHour.lt(OWN_DAY_END)), n).otherwise(0L)).cast("double")
                .divide(total).as("own_day"),
            min("first_id").as("event"))
        .filter(col("n").geq(s.minEvents())
            .and(col("best.share").geq(s.share()))
            .and(col("own_day").leq(s.ownDaytimeMaxShare())))
        // Stored: the signal's rows and the sign-ins behind them both read the flagged workers.
        .checkpoint(true);
    // Its records: every sign-in counted, gathered for the flagged workers only (a few), not in
    // the aggregate above, which runs over every worker's sign-ins.
    Dataset<Row> ids = ctx.successfulSignIns()
        .join(broadcast(a.select(col("worker_id").as("_fw"))), col("worker_id").equalTo(col("_fw")), "left_semi")
        .groupBy(col("worker_id").as("_iw")).agg(SignalContext.allEventIds().as("ids"));
    a = a.join(ids, col("worker_id").equalTo(col("_iw")), "left").drop("_iw");
    Column offset = col("best.offset");
    Column window = format_string("%02d:00 and %02d:00 UTC", pmod(lit(DAY_START).minus(offset), lit(24)),
        pmod(lit(DAY_END).minus(offset), lit(24)));
    return SignalContext.found(a, concat(format_number(col("best.share").multiply(100), 0),
        lit("% of "), col("n").cast("string"), lit(" sign-ins between "), window, lit(" (09:00-18:00 in UTC+"),
        offset.cast("string"), lit(") while claiming "), col("claimed"), lit("; "),
        format_number(col("own_day").multiply(100), 0), lit("% in the daytime of "), col("zone"),
        lit(" (08:00-19:00); first event "), col("event")),
        SignalContext.records("auth_events", col("ids")));
  }
}
