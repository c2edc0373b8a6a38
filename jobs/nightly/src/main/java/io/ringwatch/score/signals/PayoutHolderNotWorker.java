package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.collect_list;
import static io.ringwatch.score.signals.SignalContext.mask;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import com.google.auto.service.AutoService;
import io.ringwatch.config.ConfigReader;
import io.ringwatch.link.LinkStage;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Pay into an account whose holder shares no name with the worker (signals.md F1, F5). A
 * contractor paid into their own agency's account under the agency's name is how agencies are
 * paid, no foreign holder.
 */
@AutoService(WorkerSignal.class)
public final class PayoutHolderNotWorker implements WorkerSignal {
  public static final Signal ABOUT = new Signal("payout_holder_not_worker", "Account holder is not the worker",
      "Pay goes to an account whose holder name shares no name with the worker (and is not the worker's agency).",
      List.of("FBI PSA I-051624-PSA (16 May 2024): facilitators set up financial accounts", "signals.md F1, F5"),
      "A spouse's account; a name change not yet in HR.", 20);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return PayoutHolderNotWorker::rows;
  }

  private static Dataset<Row> rows(SignalContext ctx) {
    Dataset<Row> p = ctx.in().payments().filter(col("holder_name_norm").isNotNull())
        .join(ctx.workers(), "worker_id")
        .filter(LinkStage.namesOverlap(col("holder_name_norm"), col("name_norm")).equalTo(false))
        .filter(coalesce(col("employment_type"), lit("")).notEqual("contractor")
            .or(LinkStage.sameOrg(col("account_holder_name"), col("vendor_name")).equalTo(false)))
        .withColumn("kind", PayoutAccounts.kind())
        .withColumn("masked", coalesce(maskedAccount(), lit("an account")))
        .groupBy("worker_id", "account_holder_name", "masked")
        .agg(count(lit(1)).as("n"), min("payment_id").as("first_id"), collect_list("payment_id").as("ids"));
    return SignalContext.found(p, concat(col("n").cast("string"),
        lit(" payment(s) (first "), col("first_id"), lit(") into "), col("masked"), lit(" held by '"),
        col("account_holder_name"), lit("'")), SignalContext.records("payroll_payments", col("ids")));
  }

  private static Column maskedAccount() {
    Column kind = col("kind");
    return when(kind.equalTo("wallet"), mask("wallet", col("wallet_norm")))
        .when(kind.equalTo("payout_account"), mask("payout_account", col("payee_platform_norm")))
        .when(kind.equalTo("bank_account"), mask("bank_account", coalesce(col("bank_account_key"), col("iban_norm"))));
  }
}
