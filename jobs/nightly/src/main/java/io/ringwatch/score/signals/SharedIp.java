package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.col;

import com.google.auto.service.AutoService;
import io.ringwatch.config.ConfigReader;
import java.util.List;

/** A public IP shared with workers living elsewhere (signals.md D4); the link stage leaves out offices and VPN exits. */
@AutoService(WorkerSignal.class)
public final class SharedIp implements WorkerSignal {
  public static final Signal ABOUT = new Signal("shared_ip", "Public IP shared with other workers",
      "The worker signed in from a public IP that other workers, who do not live at the same address, also used "
          + "(not an office or VPN egress).",
      List.of("State/Treasury/FBI advisory 2022: several accounts from one IP", "signals.md D4"),
      "Co-working spaces; shared flats.", 10);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return ctx -> SignalContext.found(ctx.sharedWithNonResidents().filter(col("kind").equalTo("ip")),
        SignalContext.sharedEvidence(), col("records"));
  }
}
