package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.collect_list;
import static io.ringwatch.score.signals.SignalContext.mask;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.google.auto.service.AutoService;
import io.ringwatch.config.ConfigReader;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Pay sent to a crypto wallet (signals.md F4). */
@AutoService(WorkerSignal.class)
public final class CryptoPayout implements WorkerSignal {
  public static final Signal ABOUT = new Signal("crypto_payout", "Paid in cryptocurrency",
      "Payroll sends the worker's pay to a crypto wallet.",
      List.of("State/Treasury/FBI fact sheet, 16 May 2022 (requests for payment in virtual currency)", "signals.md F4"),
      "Contractors who choose crypto payment where company policy allows it.", 15);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return CryptoPayout::rows;
  }

  /** A payment to a wallet, by method or by a wallet address on it. */
  static Column crypto() {
    return col("payment_method").equalTo("crypto").or(col("wallet_norm").isNotNull());
  }

  private static Dataset<Row> rows(SignalContext ctx) {
    Dataset<Row> p = ctx.in().payments()
        .withColumn("_crypto", coalesce(crypto(), lit(false)))
        .groupBy("worker_id").agg(
            sum(when(col("_crypto"), 1).otherwise(0)).as("crypto"),
            count(lit(1)).as("n"),
            min(when(col("_crypto"), struct(col("payment_id"), mask("wallet", col("wallet_norm")).as("m")))).as("c1"),
            collect_list(when(col("_crypto"), col("payment_id"))).as("ids"));
    return SignalContext.found(p.filter(col("crypto").gt(0)),
        concat(col("crypto").cast("string"), lit(" of "), col("n").cast("string"),
            lit(" payments to a crypto wallet (first "), col("c1.payment_id"), lit(" to wallet "),
            coalesce(col("c1.m"), lit("not given")), lit(")")),
        SignalContext.records("payroll_payments", col("ids")));
  }
}
