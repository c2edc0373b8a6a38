package io.ringwatch.score.signals;

import com.google.auto.service.AutoService;
import io.ringwatch.config.ConfigReader;
import java.util.List;

/** A name alone resembling a listed person's, however close: a few points, for review ({@link SanctionsHits}). */
@AutoService(WorkerSignal.class)
public final class SanctionsNameOnly implements WorkerSignal {
  public static final Signal ABOUT = new Signal("sanctions_name_only",
      "Name resembles a sanctions list entry (uncorroborated)",
      "The name resembles a listed person's, without a date of birth or identifier to corroborate it; shown for review.",
      List.of("OFAC SDN list"), "Common names; never enough on its own.", 5);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return ctx -> SignalContext.found(ctx.in().sanctionsHits().filter(SanctionsHits.strong().unary_$bang()),
        SanctionsHits.evidence(),
        SanctionsHits.records());
  }
}
