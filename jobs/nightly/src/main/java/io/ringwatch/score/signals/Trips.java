package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.broadcast;
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
import static org.apache.spark.sql.functions.when;

import io.ringwatch.enrich.EventSummaries;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Sign-ins from another country beyond what a trip explains, for {@link SigninHighRiskCountry}
 * and {@link SigninForeignCountry}. A trip is what a business traveller's sign-ins look like: the
 * days with sign-ins from the other country form at most {@code trip-max-stretches} stretches
 * (days at most {@code trip-stretch-gap-days} apart belong to one stretch), none longer than
 * {@code trip-max-days}, and they are less than {@code trip-max-share} of the worker's sign-ins.
 * Sign-ins scattered over many days between sign-ins from home, a long stay, or most of a
 * worker's sign-ins are no trip.
 */
final class Trips {
  private Trips() {}

  /**
   * Located sign-ins with a country ({@link SignalContext#locatedSignIns}: company egress counts
   * neither way), the rows both country signals read.
   */
  static Dataset<Row> countrySignIns(SignalContext ctx) {
    return ctx.locatedSignIns().filter(col("ip_country").isNotNull().and(col("location_excluded").isNull()));
  }

  /**
   * Each worker's number of located sign-ins with a country ({@code _tw, total}): a per-worker
   * aggregate stored once for both country signals (a window over every sign-in, as before,
   * sorted all of them for one number per worker).
   */
  private static Dataset<Row> totals(SignalContext ctx) {
    return ctx.memo(Trips.class, () -> countrySignIns(ctx).groupBy(col("worker_id").as("_tw"))
        .agg(sum("n").as("total")).checkpoint(true));
  }

  /** Per worker and country, the stretches of days with sign-ins from it; kept when they are no trip. */
  static Dataset<Row> beyondTrip(SignalContext ctx, Dataset<Row> signIns, CommonSignalSettings.Trip t) {
    Dataset<Row> days = signIns.groupBy("worker_id", "ip_country", "claimed", "day")
        .agg(sum("n").as("n"), min_by(col("ip_org"), EventSummaries.firstId()).as("org"),
            min(EventSummaries.firstId()).as("event"), SignalContext.allEventIds().as("ids"));
    WindowSpec byDay = Window.partitionBy("worker_id", "ip_country").orderBy("day");
    Column gap = datediff(col("day"), lag("day", 1).over(byDay));
    Dataset<Row> stretches = days
        .withColumn("_new", when(gap.isNull().or(gap.gt(t.stretchGapDays())), 1).otherwise(0))
        .withColumn("stretch", sum("_new").over(byDay.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
        .groupBy("worker_id", "ip_country", "claimed", "stretch")
        .agg(min("day").as("first_day"), max("day").as("last_day"), sum("n").as("n"), count(lit(1)).as("days"),
            min(struct(col("event"), col("org"))).as("first"), flatten(collect_list("ids")).as("ids"));
    return stretches.groupBy("worker_id", "ip_country", "claimed")
        .agg(count(lit(1)).as("stretches"), max(datediff(col("last_day"), col("first_day")).plus(1)).as("longest"),
            sum("n").as("n"), sum("days").as("days"), min("first").as("first"), flatten(collect_list("ids")).as("ids"))
        .join(broadcast(totals(ctx)), col("worker_id").equalTo(col("_tw")))
        .drop("_tw")
        .withColumn("share", col("n").divide(col("total")))
        .filter(col("stretches").gt(t.maxStretches()).or(col("longest").gt(t.maxDays()))
            .or(col("share").geq(t.maxShare())));
  }

  /** "12 sign-ins from CN (CHINANET) on 9 days in 5 stretches (longest 2 days), 40% of all, while claiming US; ...". */
  static Column stayEvidence() {
    return concat(col("n").cast("string"), lit(" sign-in(s) from "), col("ip_country"), lit(" ("),
        coalesce(col("first.org"), lit("unknown network")), lit(") on "), col("days").cast("string"),
        lit(" day(s) in "), col("stretches").cast("string"), lit(" stretch(es) (longest "),
        col("longest").cast("string"), lit(" days), "), format_number(col("share").multiply(100), 0),
        lit("% of sign-ins, while claiming "), coalesce(col("claimed"), lit("no country")),
        lit(": more than a trip explains; first event "), col("first.event"));
  }
}
