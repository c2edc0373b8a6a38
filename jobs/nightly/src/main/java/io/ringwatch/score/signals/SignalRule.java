package io.ringwatch.score.signals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** A configured signal: what it finds in a night's frames. */
@FunctionalInterface
public interface SignalRule {
  /**
   * Rows of {@code worker_id, evidence}, one or more per worker (the evidences of a worker are
   * joined, three at most); the evidence names the input rows (payment, device, event ids) an
   * auditor can look up, with sensitive values masked. The score stage adds the signal's id and
   * configured points.
   */
  Dataset<Row> rows(SignalContext ctx);

  /**
   * True for a signal that counts only beside others (it reads {@link SignalContext#otherSignals}):
   * computed after every other signal.
   */
  default boolean readsOtherSignals() {
    return false;
  }
}
