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

/** Successful sign-ins through a VPN service these workers favour (signals.md N1; enrich names the provider). */
@AutoService(WorkerSignal.class)
public final class VpnProvider implements WorkerSignal {
  public static final Signal ABOUT = new Signal("vpn_provider", "Sign-ins through a VPN these workers favour",
      "Sign-ins came through a VPN service reported in DPRK IT worker cases (Astrill VPN).",
      List.of("Mandiant UNC5267 (Astrill)", "LevelBlue SpiderLabs case (Astrill)", "signals.md N1"),
      "Privacy-minded staff using the same provider.", 20);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return VpnProvider::rows;
  }

  private static Dataset<Row> rows(SignalContext ctx) {
    Dataset<Row> vpn = ctx.successfulSignIns().filter(col("vpn_provider").isNotNull())
        .groupBy("worker_id", "vpn_provider").agg(sum("n").as("n"), min(EventSummaries.firstId()).as("event"),
            SignalContext.allEventIds().as("ids"));
    return SignalContext.found(vpn, concat(col("n").cast("string"), lit(" sign-in(s) through "),
        col("vpn_provider"), lit(" (first event "), col("event"), lit(")")),
        SignalContext.records("auth_events", col("ids")));
  }
}
