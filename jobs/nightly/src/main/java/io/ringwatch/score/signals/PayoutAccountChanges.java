package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.flatten;
import static io.ringwatch.score.signals.SignalContext.mask;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import com.google.auto.service.AutoService;
import io.ringwatch.config.ConfigReader;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** Pay into many different accounts within a year (signals.md F3). */
@AutoService(WorkerSignal.class)
public final class PayoutAccountChanges implements WorkerSignal {
  public static final Signal ABOUT = new Signal("payout_account_changes",
      "Payout account changed repeatedly", "Pay went to {min-accounts} or more different accounts (bank, IBAN, "
          + "payout platform, wallet) within {window-days} days before the worker's last payment.",
      List.of("FBI guidance as summarised in signals.md F3 (employees who frequently change banks)"),
      "A bank switch after a move.", 10);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public String defaults() {
    return """
        # this many different accounts (bank account, IBAN, platform payee, wallet) within
        # window-days before the worker's last payment.
        min-accounts = 3
        window-days = 365
        """;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    int minAccounts = block.intAtLeast("min-accounts", 2);
    int days = block.intAtLeast("window-days", 1);
    return ctx -> rows(ctx, minAccounts, days);
  }

  /** Distinct accounts paid into within the window ending at the worker's last payment. */
  private static Dataset<Row> rows(SignalContext ctx, int minAccounts, int days) {
    Dataset<Row> p = ctx.in().payments().withColumn("kind", PayoutAccounts.kind())
        .withColumn("account", PayoutAccounts.value())
        .filter(col("account").isNotNull())
        .withColumn("_last", max("pay_date").over(Window.partitionBy("worker_id")))
        .filter(col("pay_date").isNull().or(col("pay_date").gt(date_sub(col("_last"), days))))
        .groupBy("worker_id", "kind", "account")
        .agg(min(struct(col("pay_date"), col("payment_id"))).as("first"), collect_list("payment_id").as("ids"))
        .withColumn("masked", mask("bank_account", col("account")))
        .withColumn("masked", when(col("kind").equalTo("wallet"), mask("wallet", col("account")))
            .when(col("kind").equalTo("payout_account"), mask("payout_account", col("account")))
            .otherwise(col("masked")))
        .groupBy("worker_id")
        .agg(sort_array(collect_list(struct(col("first.pay_date").as("d"), col("first.payment_id").as("id"),
            col("masked").as("m")))).as("accounts"), flatten(collect_list("ids")).as("ids"))
        .filter(size(col("accounts")).geq(minAccounts));
    Column listed = array_join(transform(slice(col("accounts"), 1, 5),
        a -> concat(a.getField("m"), lit(" from "), a.getField("id"))), ", ");
    return SignalContext.found(p, concat(lit("paid into "),
        size(col("accounts")).cast("string"), lit(" different accounts within " + days + " days: "), listed),
        SignalContext.records("payroll_payments", col("ids")));
  }
}
