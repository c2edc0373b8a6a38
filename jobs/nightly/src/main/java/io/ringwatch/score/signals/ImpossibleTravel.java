package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.unix_timestamp;

import com.google.auto.service.AutoService;
import io.ringwatch.config.ConfigReader;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Two successful sign-ins from different countries closer in time than travel allows (signals.md
 * N2). A VPN switched on and off moves the exit, not the worker; so does the company's egress:
 * only located sign-ins without a VPN or hosting network count.
 */
@AutoService(WorkerSignal.class)
public final class ImpossibleTravel implements WorkerSignal {
  public static final Signal ABOUT = new Signal("impossible_travel", "Impossible travel",
      "Two sign-ins from different countries less than {hours} hours apart, closer in time than travel allows.",
      List.of("State/Treasury/FBI advisory 2022: logins from various IP addresses in different countries in a short time",
          "FBI PSA I-012325-PSA", "signals.md N2"),
      "A VPN switched on and off (sign-ins through VPN or hosting networks are left out); geolocation errors.", 20);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public String defaults() {
    return """
        # sign-ins from two countries closer together than this many hours (0 to 48).
        hours = 2.0
        """;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    double hours = block.doubleIn("hours", 0, 48);
    return ctx -> rows(ctx, hours);
  }

  private static Dataset<Row> rows(SignalContext ctx, double hours) {
    // Visits, not sign-ins: the filter keeps or drops whole visits and the country is the same
    // within one, so the switches are between the end of a kept visit and the start of the next.
    var w = Window.partitionBy("worker_id").orderBy("event_time", "event_id"); // a visit's start
    Dataset<Row> a = ctx.locatedVisits().filter(col("ip_country").isNotNull().and(col("location_excluded").isNull())
            .and(col("vpn_provider").isNull()).and(col("ip_hosting_provider").isNull()))
        .select(col("worker_id"), col("start_id").as("event_id"), col("start_time").as("event_time"),
            col("end_id"), col("end_time"), col("ip_country"))
        .withColumn("prev_country", lag("ip_country", 1).over(w))
        .withColumn("prev_time", lag("end_time", 1).over(w))
        .withColumn("prev_event", lag("end_id", 1).over(w))
        .filter(col("prev_country").isNotNull().and(col("prev_country").notEqual(col("ip_country")))
            .and(unix_timestamp(col("event_time")).minus(unix_timestamp(col("prev_time"))).lt(hours * 3600)));
    // The example is the earliest switch, so a re-run shows the same one.
    // Its records: both sign-ins of every switch (the last of one visit, the first of the next).
    Dataset<Row> agg = a.groupBy("worker_id").agg(count(lit(1)).as("n"),
            min(struct(col("event_time"), col("event_id"), col("prev_country"), col("ip_country"), col("prev_event")))
                .as("ex"),
            flatten(collect_list(array(col("prev_event"), col("event_id")))).as("ids"))
        .select(col("worker_id"), col("n"), col("ex.prev_country").as("c1"), col("ex.ip_country").as("c2"),
            col("ex.prev_event").as("e1"), col("ex.event_id").as("e2"), col("ids"));
    return SignalContext.found(ctx.withLeftOut(agg), concat(col("n").cast("string"),
        lit(" country switch(es) within " + hours + " h, e.g. "), col("c1"), lit(" ("), col("e1"), lit(") then "),
        col("c2"), lit(" ("), col("e2"), lit(")"), col("left_out")),
        SignalContext.records("auth_events", array_distinct(col("ids"))));
  }
}
