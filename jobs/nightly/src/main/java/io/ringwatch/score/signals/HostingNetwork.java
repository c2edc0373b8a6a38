package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.sum;
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
 * Sign-ins from data-centre networks without a VPN client (signals.md N1, S4). A hosting network
 * the company's own traffic leaves from (cloud desktops, its proxy: {@link SignalContext#locatedSignIns})
 * is no sign; the evidence counts the sign-ins left out.
 */
@AutoService(WorkerSignal.class)
public final class HostingNetwork implements WorkerSignal {
  public static final Signal ABOUT = new Signal("hosting_network", "Sign-ins from hosting networks",
      "Sign-ins came from data-centre networks commonly used as VPN exits.",
      List.of("Red Canary 2025 Threat Detection Report (abnormal VPNs)", "signals.md N1, S4"),
      "Commercial VPNs and cloud desktops.", 10);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return HostingNetwork::rows;
  }

  private static Dataset<Row> rows(SignalContext ctx) {
    Dataset<Row> hosting = ctx.withLeftOut(ctx.locatedSignIns().filter(col("ip_hosting_provider").isNotNull()
            .and(col("vpn_provider").isNull()).and(col("location_excluded").isNull()))
        .groupBy("worker_id", "ip_hosting_provider").agg(sum("n").as("n"), min(EventSummaries.firstId()).as("event"),
            SignalContext.allEventIds().as("ids")));
    return SignalContext.found(hosting, concat(col("n").cast("string"),
        lit(" sign-in(s) from "), col("ip_hosting_provider"), lit(" (first event "), col("event"), lit(")"),
        col("left_out")),
        SignalContext.records("auth_events", col("ids")));
  }
}
