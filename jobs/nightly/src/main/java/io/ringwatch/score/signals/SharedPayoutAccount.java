package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.col;

import com.google.auto.service.AutoService;
import io.ringwatch.config.ConfigReader;
import java.util.List;

/**
 * Pay going into an account (bank, payout platform, wallet) that workers living elsewhere are
 * paid into too (signals.md F1). A contractor paid into their agency's account under the agency's
 * name is how agencies are paid: the link stage ignores that account, so it ties no one.
 */
@AutoService(WorkerSignal.class)
public final class SharedPayoutAccount implements WorkerSignal {
  public static final Signal ABOUT = new Signal("shared_payout_account",
      "Paid into an account other workers are paid into",
      "The worker's pay goes to a bank account, payout-platform account or wallet that other workers, "
          + "who do not live at the same address, are also paid into.",
      List.of("DOJ, US v. Chapman (May 2024): managed direct deposits of IT workers' wages into her accounts",
          "State/Treasury/FBI DPRK IT worker advisory, 16 May 2022 (same PayPal account)", "signals.md F1"),
      "A couple with a joint account who live apart; a staffing agency's account (excluded when paid under the agency's name).",
      40);
  /** Link kinds that are payout accounts. */
  public static final List<String> PAYOUT_KINDS = List.of("bank_account", "payout_account", "wallet");

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return ctx -> SignalContext.found(ctx.sharedWithNonResidents().filter(col("kind").isin(PAYOUT_KINDS.toArray())),
        SignalContext.sharedEvidence(), col("records"));
  }
}
