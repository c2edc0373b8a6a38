package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.col;

import com.google.auto.service.AutoService;
import io.ringwatch.config.ConfigReader;
import java.util.List;

/**
 * Identity fragments (national id, phone, personal email, CV, near-identical photo, GitHub
 * handle, laptop, MAC) on the record of another worker who does not live at the same home
 * (signals.md I1, I5, P1, P2). Placeholders and invalid ids never tie anyone (the link stage
 * ignores them).
 */
@AutoService(WorkerSignal.class)
public final class SharedIdentityFragment implements WorkerSignal {
  public static final Signal ABOUT = new Signal("shared_identity_fragment",
      "Identity fragment shared with another worker",
      "The worker's national id, phone, personal email, CV, photo, GitHub handle or laptop is also on the record of "
          + "another worker who does not live at the same address.",
      List.of("OFAC action of 8 Jul 2025 (Song Kum Hyok used US persons' SSNs)", "Mandiant: same emails across names",
          "signals.md I1, I5, P1, P2"), "Data-entry errors; family members.", 30);
  /** Link kinds that are identity fragments. */
  public static final List<String> IDENTITY_KINDS = List.of("national_id", "phone", "email", "resume", "photo",
      "github", "device", "mac");

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return ctx -> SignalContext.found(ctx.sharedWithNonResidents().filter(col("kind").isin(IDENTITY_KINDS.toArray())),
        SignalContext.sharedEvidence(), col("records"));
  }
}
