package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;

import io.ringwatch.score.Signal;
import io.ringwatch.score.SignalCatalogue;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Sanctions hits (signals.md S1-S3) as the screen stage judged them: a hit that counts on its own
 * (exact identifier, listed entity as vendor or payee, name with date of birth agreeing, a sign-in
 * from high-confidence DPRK address space) is sanctions_identifier_match; a name alone, however
 * close, only sanctions_name_only, a few points for review.
 */
public final class ScreeningSignals implements SignalFamily {
  private final SignalContext ctx;

  public ScreeningSignals(SignalContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public List<Signal> signals() {
    return List.of(SignalCatalogue.SANCTIONS_IDENTIFIER, SignalCatalogue.SANCTIONS_NAME);
  }

  @Override
  public Dataset<Row> rows() {
    Dataset<Row> h = ctx.in().sanctionsHits();
    Column strong = col("critical").equalTo(true);
    // The screen stage's evidence names the input row and field; the value is already masked there.
    Column evidence = concat(col("list"), lit(" "), col("entry_name"), lit(" ("), col("entry_uid"),
        lit("), matched on "), col("matched_on"), lit(" "), format_number(col("score"), 2), lit(" in "),
        coalesce(col("source"), lit("?")), lit(" row "), coalesce(col("record_key"), lit("?")), lit(": "),
        col("evidence"));
    return ctx.signal(h.filter(strong), SignalCatalogue.SANCTIONS_IDENTIFIER, evidence)
        .unionByName(ctx.signal(h.filter(strong.unary_$bang()), SignalCatalogue.SANCTIONS_NAME, evidence));
  }
}
