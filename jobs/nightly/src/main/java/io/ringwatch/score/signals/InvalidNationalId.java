package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import com.google.auto.service.AutoService;
import io.ringwatch.config.ConfigReader;
import io.ringwatch.normalize.NationalIds;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A national id that cannot be real (signals.md I1, I2). Only an SSN that breaks the SSA's
 * structural rules counts: a placeholder (123-45-6789, 111-11-1111, ...) is HR's "not known
 * yet"; a foreign id failing its country's format or check digit is a typing slip HR makes often
 * and nobody verifies: neither is a forged id.
 */
@AutoService(WorkerSignal.class)
public final class InvalidNationalId implements WorkerSignal {
  public static final Signal ABOUT = new Signal("invalid_national_id", "Invalid national id",
      "The national id cannot be a real one (e.g. SSN area 000, 666 or 900–999, group 00, serial 0000). US SSNs "
          + "only: placeholders, and other countries' ids failing their format or check digit (typing slips), never fire.",
      List.of("SSA SSN structure rules", "signals.md I1, I2"), "Typing errors in HR.", 20);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return InvalidNationalId::rows;
  }

  private static Dataset<Row> rows(SignalContext ctx) {
    Dataset<Row> invalid = ctx.workers().filter(col("national_id_valid").equalTo(false)
        .and(coalesce(col("national_id_invalid_category"), lit(NationalIds.STRUCTURAL)).equalTo(NationalIds.STRUCTURAL)));
    return SignalContext.found(invalid, concat(lit("national id "),
        SignalContext.mask("national_id", col("national_id_norm")), lit(" of hr_workers row "), col("worker_id"),
        lit(" cannot be valid: "), coalesce(col("national_id_invalid_reason"), lit("invalid"))),
        SignalContext.record("hr_workers", col("worker_id")));
  }
}
