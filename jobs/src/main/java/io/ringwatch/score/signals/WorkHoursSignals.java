package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.hour;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.score.Signal;
import io.ringwatch.score.SignalCatalogue;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * When the worker works (signals.md T1): sign-ins concentrated in the office hours (09:00-18:00)
 * of UTC+8 (China) or UTC+9 (the Koreas), night in the Americas, for a worker who claims to work
 * in the Americas. A worker on call signs in round the clock and does not reach the share.
 */
public final class WorkHoursSignals implements SignalFamily {
  /** Countries of North, Central and South America and the Caribbean (ISO alpha-2). */
  public static final List<String> AMERICAS = List.of("US", "CA", "MX", "GT", "BZ", "SV", "HN", "NI", "CR", "PA",
      "CU", "DO", "HT", "JM", "PR", "TT", "BS", "BB", "CO", "VE", "EC", "PE", "BO", "BR", "PY", "UY", "AR", "CL",
      "GY", "SR");
  static final int DAY_START = 9;
  static final int DAY_END = 18;

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
    Dataset<Row> a = ctx.successfulSignIns().filter(col("claimed").isin(AMERICAS.toArray()))
        .groupBy("worker_id", "claimed").agg(count(lit(1)).as("n"), best.as("best"), min("event_id").as("event"))
        .filter(col("n").geq(ctx.settings().asiaHoursMinEvents())
            .and(col("best.share").geq(ctx.settings().asiaHoursShare())));
    Column offset = col("best.offset");
    Column window = format_string("%02d:00 and %02d:00 UTC", pmod(lit(DAY_START).minus(offset), lit(24)),
        pmod(lit(DAY_END).minus(offset), lit(24)));
    return ctx.signal(a, SignalCatalogue.ASIA_HOURS, concat(format_number(col("best.share").multiply(100), 0),
        lit("% of "), col("n").cast("string"), lit(" sign-ins between "), window, lit(" (09:00-18:00 in UTC+"),
        offset.cast("string"), lit(") while claiming "), col("claimed"), lit("; first event "), col("event")));
  }
}
