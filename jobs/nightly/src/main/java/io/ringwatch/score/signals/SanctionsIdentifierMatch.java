package io.ringwatch.score.signals;

import com.google.auto.service.AutoService;
import io.ringwatch.config.ConfigReader;
import java.util.List;

/**
 * A sanctions hit that counts on its own (exact identifier, listed entity as vendor or payee,
 * name with date of birth agreeing, a sign-in from high-confidence DPRK address space), as the
 * screen stage judged it ({@link SanctionsHits}).
 */
@AutoService(WorkerSignal.class)
public final class SanctionsIdentifierMatch implements WorkerSignal {
  public static final Signal ABOUT = new Signal("sanctions_identifier_match",
      "Sanctions list match on an identifier",
      "A wallet, email, phone or GitHub identifier of the worker equals one on a sanctions list, the worker's "
          + "vendor or payee is a listed entity, or a name matches with the date of birth agreeing to the day or "
          + "month, or the worker signed in from high-confidence DPRK address space.",
      List.of("OFAC SDN list", "signals.md S1-S3"), "Stale list entries; verify against the listing.", 100);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return ctx -> SignalContext.found(ctx.in().sanctionsHits().filter(SanctionsHits.strong()), SanctionsHits.evidence(),
        SanctionsHits.records());
  }
}
