package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import io.ringwatch.normalize.NationalIds;
import io.ringwatch.score.Signal;
import io.ringwatch.score.SignalCatalogue;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Who the worker is (signals.md I1, I2, I5, P1, P2): a national id that cannot be real, and
 * identity fragments (national id, phone, personal email, CV, near-identical photo, GitHub
 * handle, laptop, MAC) on the record of another worker who does not live at the same home.
 * Placeholders and invalid ids never tie anyone (the link stage ignores them).
 */
public final class IdentitySignals implements SignalFamily {
  /** Link kinds that are identity fragments. */
  public static final List<String> IDENTITY_KINDS = List.of("national_id", "phone", "email", "resume", "photo",
      "github", "device", "mac");

  private final SignalContext ctx;

  public IdentitySignals(SignalContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public List<Signal> signals() {
    return List.of(SignalCatalogue.SHARED_IDENTITY, SignalCatalogue.INVALID_NATIONAL_ID);
  }

  @Override
  public Dataset<Row> rows() {
    Dataset<Row> shared = ctx.signal(ctx.sharedWithNonResidents().filter(col("kind").isin(IDENTITY_KINDS.toArray())),
        SignalCatalogue.SHARED_IDENTITY, SignalContext.sharedEvidence());
    // Only an SSN that breaks the SSA's structural rules counts. A placeholder (123-45-6789,
    // 111-11-1111, ...) is HR's "not known yet"; a foreign id failing its country's format or
    // check digit is a typing slip HR makes often and nobody verifies: neither is a forged id.
    Dataset<Row> invalid = ctx.workers().filter(col("national_id_valid").equalTo(false)
        .and(coalesce(col("national_id_invalid_category"), lit(NationalIds.STRUCTURAL)).equalTo(NationalIds.STRUCTURAL)));
    return shared.unionByName(ctx.signal(invalid, SignalCatalogue.INVALID_NATIONAL_ID, concat(lit("national id "),
        SignalContext.mask("national_id", col("national_id_norm")), lit(" of hr_workers row "), col("worker_id"),
        lit(" cannot be valid: "), coalesce(col("national_id_invalid_reason"), lit("invalid")))));
  }
}
