package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import com.google.auto.service.AutoService;
import io.ringwatch.enrich.EventSummaries;
import io.ringwatch.config.ConfigReader;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A remote-control tool run by someone whose job does not call for one (signals.md R1): IT staff
 * ({@code ringwatch.score.it-role-pattern}, on job title or department) are left out.
 */
@AutoService(WorkerSignal.class)
public final class RemoteToolOutsideIt implements WorkerSignal {
  public static final Signal ABOUT = new Signal("remote_tool_outside_it", "Remote-control tool outside IT",
      "A remote-control tool (AnyDesk, TeamViewer, RustDesk, Chrome Remote Desktop, …) ran on the laptop of a worker "
          + "whose job does not call for one.",
      List.of("Mandiant UNC5267, 23 Sep 2024", "Microsoft, Jasper Sleet, 30 Jun 2025", "signals.md R1"),
      "Personal remote support; IT staff are excluded by job title and department.", 15);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return ctx -> rows(ctx, common.itRolePattern());
  }

  private static Dataset<Row> rows(SignalContext ctx, String it) {
    Dataset<Row> e = ctx.endpointWithWorker().filter(col("remote_tool").isNotNull())
        .join(ctx.workers().select(col("worker_id").as("_w"), col("job_title"), col("department")),
            col("worker_id").equalTo(col("_w")))
        .filter(coalesce(col("job_title"), lit("")).rlike(it).unary_$bang()
            .and(coalesce(col("department"), lit("")).rlike(it).unary_$bang()))
        .groupBy("worker_id", "remote_tool", "device_id", "job_title")
        .agg(sum("n").as("n"), min(EventSummaries.firstId()).as("event"),
            SignalContext.allEventIds().as("ids"));
    return SignalContext.found(e, concat(col("remote_tool"), lit(" ran on laptop "),
        col("device_id"), lit(" "), col("n").cast("string"), lit(" time(s) (event "), col("event"), lit(") for a "),
        coalesce(col("job_title"), lit("worker with no job title"))),
        SignalContext.records("endpoint_events", col("ids")));
  }
}
