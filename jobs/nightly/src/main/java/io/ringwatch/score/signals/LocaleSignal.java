package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;

import io.ringwatch.score.Signal;
import io.ringwatch.score.SignalCatalogue;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A Korean keyboard layout, or an Asia/Pyongyang or Asia/Shanghai device time zone (signals.md
 * T3). Many legitimate staff type Korean or Chinese, so it is counted only for a worker whose
 * other signals add up to at least {@code locale-min-other-points}: never alone.
 */
public final class LocaleSignal {
  private final SignalContext ctx;

  public LocaleSignal(SignalContext ctx) {
    this.ctx = ctx;
  }

  public List<Signal> signals() {
    return List.of(SignalCatalogue.KOREAN_OR_CHINA_LOCALE);
  }

  /** The workers' locale evidence, whether or not corroborated: {@code worker_id, device, layouts, tz}. */
  public Dataset<Row> candidates() {
    SignalSettings t = ctx.tuning();
    Column korean = exists(split(coalesce(col("keyboard_layouts"), lit("")), "[;,|\\s]+"),
        k -> trim(k).rlike(t.koreanKeyboardPattern()));
    Column zone = col("os_timezone").isin(t.localeTimeZones().toArray());
    // The first such device: the same evidence on every re-run.
    return ctx.endpointWithWorker().filter(korean.or(zone))
        .groupBy("worker_id").agg(min(struct(col("device_id"), col("event_id"), col("keyboard_layouts"),
            col("os_timezone"))).as("first"))
        .select(col("worker_id"), col("first.device_id").as("device"), col("first.event_id").as("event"),
            col("first.keyboard_layouts").as("layouts"), col("first.os_timezone").as("tz"));
  }

  /** {@code others} (rows of the other signals, one per worker and signal) plus the corroborated locale rows. */
  public Dataset<Row> withOthers(Dataset<Row> others) {
    Dataset<Row> corroborated = others.filter(col("signal").notEqual(SignalCatalogue.KOREAN_OR_CHINA_LOCALE.id()))
        .groupBy(col("worker_id").as("_w")).agg(sum("points").as("_other_points"))
        .filter(col("_other_points").geq(Math.max(1, ctx.tuning().localeMinOtherPoints())));
    Dataset<Row> locale = candidates().join(corroborated, col("worker_id").equalTo(col("_w")));
    return others.unionByName(ctx.signal(locale, SignalCatalogue.KOREAN_OR_CHINA_LOCALE, concat(lit("laptop "),
        col("device"), lit(" (event "), col("event"), lit(") has keyboard layouts '"), coalesce(col("layouts"), lit("")),
        lit("' and time zone "), coalesce(col("tz"), lit("unknown")), lit(", with "),
        col("_other_points").cast("string"), lit(" points of other signals"))));
  }
}
