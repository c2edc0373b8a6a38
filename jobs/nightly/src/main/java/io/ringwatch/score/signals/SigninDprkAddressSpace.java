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

/** Successful sign-ins from IP ranges attributed to North Korea (signals.md N4; enrich names the range). */
@AutoService(WorkerSignal.class)
public final class SigninDprkAddressSpace implements WorkerSignal {
  public static final Signal ABOUT = new Signal("signin_dprk_address_space",
      "Sign-ins from North Korean address space", "Sign-ins came from IP ranges attributed to North Korea.",
      List.of("APNIC/RIPE Labs, 31 Aug 2015 (175.45.176.0/22)", "signals.md N4"),
      "Low-confidence ranges are community-attributed.", 60);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return SigninDprkAddressSpace::rows;
  }

  private static Dataset<Row> rows(SignalContext ctx) {
    Dataset<Row> dprk = ctx.successfulSignIns().filter(col("ip_dprk_range").isNotNull())
        .groupBy("worker_id", "ip_dprk_range", "ip_dprk_confidence").agg(sum("n").as("n"), min(EventSummaries.firstId()).as("event"),
            SignalContext.allEventIds().as("ids"));
    return SignalContext.found(dprk, concat(col("n").cast("string"),
        lit(" sign-in(s) from "), col("ip_dprk_range"), lit(" ("), col("ip_dprk_confidence"),
        lit(" confidence); first event "), col("event")),
        SignalContext.records("auth_events", col("ids")));
  }
}
