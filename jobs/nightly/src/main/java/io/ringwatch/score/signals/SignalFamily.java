package io.ringwatch.score.signals;

import io.ringwatch.score.Signal;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A family of signals computed from the same inputs (payouts, devices, sign-ins, ...). Its rows
 * are {@code worker_id, signal, points, evidence}, one or more per worker and signal; the evidence
 * names the input rows (payment, device, event ids) an auditor can look up, with sensitive values
 * masked.
 */
public interface SignalFamily {
  /** The catalogue entries this family computes. */
  List<Signal> signals();

  /** The family's signal rows. */
  Dataset<Row> rows();
}
