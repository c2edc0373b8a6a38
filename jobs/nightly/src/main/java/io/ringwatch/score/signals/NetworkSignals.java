package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.unix_timestamp;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.score.Signal;
import io.ringwatch.score.SignalCatalogue;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Where the worker signs in from (signals.md N1-N4, D4, S4): VPNs these workers favour, hosting
 * networks, China/Russia/North Korea and other countries than the claimed one beyond what a trip
 * explains, North Korean address space, impossible travel, and public IPs shared with workers
 * who live elsewhere. Only successful sign-ins count (failed ones are mostly other people's
 * password guessing).
 *
 * <p>A trip is what a business traveller's sign-ins look like: the days with sign-ins from the
 * other country form at most {@code trip-max-stretches} stretches (days at most
 * {@code trip-stretch-gap-days} apart belong to one stretch), none longer than
 * {@code trip-max-days}, and they are less than {@code trip-max-share} of the worker's sign-ins.
 * Sign-ins scattered over many days between sign-ins from home, a long stay, or most of a
 * worker's sign-ins are no trip.
 *
 * <p>Country, high-risk country, impossible travel and hosting network read only sign-ins whose
 * address says where the worker is ({@link SignalContext#locatedSignIns}): the company's VPN,
 * proxy, cloud desktops and offices locate the company's egress; the evidence says how many
 * sign-ins were left out and why.
 */
public final class NetworkSignals implements SignalFamily {
  private final SignalContext ctx;

  public NetworkSignals(SignalContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public List<Signal> signals() {
    return List.of(SignalCatalogue.VPN_PROVIDER, SignalCatalogue.HOSTING_NETWORK, SignalCatalogue.HIGH_RISK_COUNTRY,
        SignalCatalogue.FOREIGN_COUNTRY, SignalCatalogue.DPRK_ADDRESS_SPACE, SignalCatalogue.IMPOSSIBLE_TRAVEL,
        SignalCatalogue.SHARED_IP);
  }

  @Override
  public Dataset<Row> rows() {
    return networks().unionByName(countries()).unionByName(impossibleTravel())
        .unionByName(ctx.signal(ctx.sharedWithNonResidents().filter(col("kind").equalTo("ip")),
            SignalCatalogue.SHARED_IP, SignalContext.sharedEvidence()));
  }

  private Dataset<Row> networks() {
    Dataset<Row> a = ctx.successfulSignIns();
    Dataset<Row> vpn = a.filter(col("vpn_provider").isNotNull()).groupBy("worker_id", "vpn_provider")
        .agg(count(lit(1)).as("n"), min("event_id").as("event"));
    // A hosting network the company's own traffic leaves from (cloud desktops, its proxy) is no sign.
    Dataset<Row> hosting = ctx.withLeftOut(ctx.locatedSignIns().filter(col("ip_hosting_provider").isNotNull()
            .and(col("vpn_provider").isNull()).and(col("location_excluded").isNull()))
        .groupBy("worker_id", "ip_hosting_provider").agg(count(lit(1)).as("n"), min("event_id").as("event")));
    Dataset<Row> dprk = a.filter(col("ip_dprk_range").isNotNull())
        .groupBy("worker_id", "ip_dprk_range", "ip_dprk_confidence").agg(count(lit(1)).as("n"), min("event_id").as("event"));
    return ctx.signal(vpn, SignalCatalogue.VPN_PROVIDER, concat(col("n").cast("string"), lit(" sign-in(s) through "),
            col("vpn_provider"), lit(" (first event "), col("event"), lit(")")))
        .unionByName(ctx.signal(hosting, SignalCatalogue.HOSTING_NETWORK, concat(col("n").cast("string"),
            lit(" sign-in(s) from "), col("ip_hosting_provider"), lit(" (first event "), col("event"), lit(")"),
            col("left_out"))))
        .unionByName(ctx.signal(dprk, SignalCatalogue.DPRK_ADDRESS_SPACE, concat(col("n").cast("string"),
            lit(" sign-in(s) from "), col("ip_dprk_range"), lit(" ("), col("ip_dprk_confidence"),
            lit(" confidence); first event "), col("event"))));
  }

  /** Sign-ins from high-risk countries, and from other countries than the claimed one, beyond a trip. */
  private Dataset<Row> countries() {
    SignalSettings t = ctx.tuning();
    // Only addresses that say where the worker is: company egress counts neither way.
    Dataset<Row> a = ctx.locatedSignIns().filter(col("ip_country").isNotNull().and(col("location_excluded").isNull()))
        .withColumn("total", count(lit(1)).over(Window.partitionBy("worker_id")));
    Column highRisk = col("ip_country").isin(t.highRiskCountries().toArray());
    Column notClaimed = col("claimed").isNull().or(col("ip_country").notEqual(col("claimed")));
    // North Korean address space has its own signal; a VPN or hosting exit says where the
    // server is, not the worker.
    Column elsewhere = col("claimed").isNotNull().and(col("ip_country").notEqual(col("claimed")))
        .and(highRisk.unary_$bang()).and(col("ip_dprk_range").isNull())
        .and(col("vpn_provider").isNull()).and(col("ip_hosting_provider").isNull());
    Dataset<Row> risky = beyondTrip(a.filter(highRisk.and(notClaimed)), t);
    Dataset<Row> foreign = beyondTrip(a.filter(elsewhere), t);
    return ctx.signal(ctx.withLeftOut(risky), SignalCatalogue.HIGH_RISK_COUNTRY, concat(stayEvidence(), col("left_out")))
        .unionByName(ctx.signal(ctx.withLeftOut(foreign), SignalCatalogue.FOREIGN_COUNTRY,
            concat(stayEvidence(), col("left_out"))));
  }

  /** Per worker and country, the stretches of days with sign-ins from it; kept when they are no trip. */
  static Dataset<Row> beyondTrip(Dataset<Row> signIns, SignalSettings t) {
    Dataset<Row> days = signIns.withColumn("day", to_date(col("event_time")))
        .groupBy("worker_id", "ip_country", "claimed", "total", "day")
        .agg(count(lit(1)).as("n"), min_by(col("ip_org"), col("event_id")).as("org"), min("event_id").as("event"));
    WindowSpec byDay = Window.partitionBy("worker_id", "ip_country").orderBy("day");
    Column gap = datediff(col("day"), lag("day", 1).over(byDay));
    Dataset<Row> stretches = days
        .withColumn("_new", when(gap.isNull().or(gap.gt(t.tripStretchGapDays())), 1).otherwise(0))
        .withColumn("stretch", sum("_new").over(byDay.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
        .groupBy("worker_id", "ip_country", "claimed", "total", "stretch")
        .agg(min("day").as("first_day"), max("day").as("last_day"), sum("n").as("n"), count(lit(1)).as("days"),
            min(struct(col("event"), col("org"))).as("first"));
    return stretches.groupBy("worker_id", "ip_country", "claimed", "total")
        .agg(count(lit(1)).as("stretches"), max(datediff(col("last_day"), col("first_day")).plus(1)).as("longest"),
            sum("n").as("n"), sum("days").as("days"), min("first").as("first"))
        .withColumn("share", col("n").divide(col("total")))
        .filter(col("stretches").gt(t.tripMaxStretches()).or(col("longest").gt(t.tripMaxDays()))
            .or(col("share").geq(t.tripMaxShare())));
  }

  /** "12 sign-ins from CN (CHINANET) on 9 days in 5 stretches (longest 2 days), 40% of all, while claiming US; ...". */
  private static Column stayEvidence() {
    return concat(col("n").cast("string"), lit(" sign-in(s) from "), col("ip_country"), lit(" ("),
        coalesce(col("first.org"), lit("unknown network")), lit(") on "), col("days").cast("string"),
        lit(" day(s) in "), col("stretches").cast("string"), lit(" stretch(es) (longest "),
        col("longest").cast("string"), lit(" days), "), format_number(col("share").multiply(100), 0),
        lit("% of sign-ins, while claiming "), coalesce(col("claimed"), lit("no country")),
        lit(": more than a trip explains; first event "), col("first.event"));
  }

  private Dataset<Row> impossibleTravel() {
    double hours = ctx.settings().impossibleTravelHours();
    var w = Window.partitionBy("worker_id").orderBy("event_time", "event_id");
    // A VPN switched on and off moves the exit, not the worker; so does the company's egress.
    Dataset<Row> a = ctx.locatedSignIns().filter(col("ip_country").isNotNull().and(col("location_excluded").isNull())
            .and(col("vpn_provider").isNull()).and(col("ip_hosting_provider").isNull()))
        .select("worker_id", "event_id", "event_time", "ip_country")
        .withColumn("prev_country", lag("ip_country", 1).over(w))
        .withColumn("prev_time", lag("event_time", 1).over(w))
        .withColumn("prev_event", lag("event_id", 1).over(w))
        .filter(col("prev_country").isNotNull().and(col("prev_country").notEqual(col("ip_country")))
            .and(unix_timestamp(col("event_time")).minus(unix_timestamp(col("prev_time"))).lt(hours * 3600)));
    // The example is the earliest switch, so a re-run shows the same one.
    Dataset<Row> agg = a.groupBy("worker_id").agg(count(lit(1)).as("n"),
            min(struct(col("event_time"), col("event_id"), col("prev_country"), col("ip_country"), col("prev_event")))
                .as("ex"))
        .select(col("worker_id"), col("n"), col("ex.prev_country").as("c1"), col("ex.ip_country").as("c2"),
            col("ex.prev_event").as("e1"), col("ex.event_id").as("e2"));
    return ctx.signal(ctx.withLeftOut(agg), SignalCatalogue.IMPOSSIBLE_TRAVEL, concat(col("n").cast("string"),
        lit(" country switch(es) within " + hours + " h, e.g. "), col("c1"), lit(" ("), col("e1"), lit(") then "),
        col("c2"), lit(" ("), col("e2"), lit(")"), col("left_out")));
  }
}
