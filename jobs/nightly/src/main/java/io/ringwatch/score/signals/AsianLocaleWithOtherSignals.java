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

import com.google.auto.service.AutoService;
import io.ringwatch.enrich.EventSummaries;
import io.ringwatch.config.ConfigReader;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A Korean keyboard layout, or an Asia/Pyongyang or Asia/Shanghai device time zone (signals.md
 * T3). Many legitimate staff type Korean or Chinese, so it is counted only for a worker whose
 * other signals add up to at least {@code min-other-points}: never alone.
 */
@AutoService(WorkerSignal.class)
public final class AsianLocaleWithOtherSignals implements WorkerSignal {
  public static final Signal ABOUT = new Signal("asian_locale_with_other_signals",
      "Korean keyboard or Pyongyang/Shanghai time zone, with other signals",
      "A Korean keyboard layout or an Asia/Pyongyang or Asia/Shanghai device time zone; counted only when the "
          + "worker's other signals add up to {min-other-points} points, never alone (many legitimate staff use "
          + "Korean or Chinese layouts).",
      List.of("FBI/ROK PSA, 18 Oct 2023 (preferring to speak Korean)", "signals.md T3"),
      "Korean- and Chinese-speaking staff; this is why it never counts alone.", 5);

  /** Its settings (see {@link #defaults}). */
  record Settings(String keyboardPattern, List<String> timeZones, int minOtherPoints) {}

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public String defaults() {
    return """
        # a keyboard layout matching this case-insensitive regular expression (each layout of
        # keyboard_layouts, split on ; , | or spaces: ko, ko-KR, kor, kr, Korean, the Windows layout
        # id 00000412 and IME E0010412, macOS com.apple.*.Korean...), or one of time-zones (IANA
        # and Windows names) as the device's time zone.
        keyboard-pattern = "(?i)^(ko|ko[-_][a-z]+|kor|kr|korean|00000412|e0010412|com\\\\.apple\\\\.[a-z]+\\\\.korean.*)$"
        time-zones = ["Asia/Pyongyang", "Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "PRC",
          "North Korea Standard Time", "China Standard Time"]
        # counted only when the worker's other signals add up to at least this many points (at
        # least 1: never alone).
        min-other-points = 10
        """;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    Settings s = new Settings(block.regex("keyboard-pattern"), List.copyOf(block.strings("time-zones")),
        block.intAtLeast("min-other-points", 0));
    return new SignalRule() {
      @Override
      public Dataset<Row> rows(SignalContext ctx) {
        return corroborated(ctx, s);
      }

      @Override
      public boolean readsOtherSignals() {
        return true;
      }
    };
  }

  /**
   * The workers' locale evidence, whether or not corroborated: {@code worker_id, device, event,
   * layouts, tz, ids} ({@code ids}: every endpoint event showing the layout or zone).
   */
  static Dataset<Row> candidates(SignalContext ctx, Settings s) {
    Column korean = exists(split(coalesce(col("keyboard_layouts"), lit("")), "[;,|\\s]+"),
        k -> trim(k).rlike(s.keyboardPattern()));
    Column zone = col("os_timezone").isin(s.timeZones().toArray());
    // The first such device: the same evidence on every re-run.
    return ctx.endpointWithWorker().filter(korean.or(zone))
        .groupBy("worker_id").agg(min(struct(col("device_id"), EventSummaries.firstId().as("event_id"), col("keyboard_layouts"),
            col("os_timezone"))).as("first"), SignalContext.allEventIds().as("ids"))
        .select(col("worker_id"), col("first.device_id").as("device"), col("first.event_id").as("event"),
            col("first.keyboard_layouts").as("layouts"), col("first.os_timezone").as("tz"), col("ids"));
  }

  /** The candidates whose other signals reach min-other-points. */
  private static Dataset<Row> corroborated(SignalContext ctx, Settings s) {
    Dataset<Row> others = ctx.otherSignals().filter(col("signal").notEqual(ABOUT.id()))
        .groupBy(col("worker_id").as("_w")).agg(sum("points").as("_other_points"))
        .filter(col("_other_points").geq(Math.max(1, s.minOtherPoints())));
    Dataset<Row> locale = candidates(ctx, s).join(others, col("worker_id").equalTo(col("_w")));
    return SignalContext.found(locale, concat(lit("laptop "),
        col("device"), lit(" (event "), col("event"), lit(") has keyboard layouts '"), coalesce(col("layouts"), lit("")),
        lit("' and time zone "), coalesce(col("tz"), lit("unknown")), lit(", with "),
        col("_other_points").cast("string"), lit(" points of other signals")),
        SignalContext.records("endpoint_events", col("ids")));
  }
}
