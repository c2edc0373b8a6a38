package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;

/**
 * Sanctions hits (signals.md S1-S3) as the screen stage judged them, for
 * {@link SanctionsIdentifierMatch} (a hit that counts on its own) and {@link SanctionsNameOnly}.
 */
final class SanctionsHits {
  private SanctionsHits() {}

  /** A hit that counts on its own: exact identifier, listed vendor or payee, name with date of birth, DPRK space. */
  static Column strong() {
    return col("critical").equalTo(true);
  }

  /** The screen stage's evidence names the input row and field; the value is already masked there. */
  /** The input row screened: its dataset ({@code source}) and key ({@code record_key}). */
  static Column records() {
    return SignalContext.record(col("source"), col("record_key"));
  }

  static Column evidence() {
    return concat(col("list"), lit(" "), col("entry_name"), lit(" ("), col("entry_uid"),
        lit("), matched on "), col("matched_on"), lit(" "), format_number(col("score"), 2), lit(" in "),
        coalesce(col("source"), lit("?")), lit(" row "), coalesce(col("record_key"), lit("?")), lit(": "),
        col("evidence"));
  }
}
