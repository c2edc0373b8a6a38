package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/** The payout account of a payment, for the payout signals: its kind and value, masked. */
final class PayoutAccounts {
  private PayoutAccounts() {}

  /** The payout account of a payment as (kind, value): bank account, IBAN, platform payee or wallet. */
  static Column kind() {
    return when(col("wallet_norm").isNotNull(), lit("wallet"))
        .when(col("payee_platform_norm").isNotNull(), lit("payout_account"))
        .when(col("bank_account_key").isNotNull().or(col("iban_norm").isNotNull()), lit("bank_account"));
  }

  static Column value() {
    return coalesce(col("wallet_norm"), col("payee_platform_norm"), col("bank_account_key"), col("iban_norm"));
  }
}
