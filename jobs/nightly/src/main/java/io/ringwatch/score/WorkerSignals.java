package io.ringwatch.score;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;

import io.ringwatch.score.signals.DeviceSignals;
import io.ringwatch.score.signals.IdentitySignals;
import io.ringwatch.score.signals.LocaleSignal;
import io.ringwatch.score.signals.NetworkSignals;
import io.ringwatch.score.signals.PayoutSignals;
import io.ringwatch.score.signals.ScreeningSignals;
import io.ringwatch.score.signals.SignalContext;
import io.ringwatch.score.signals.SignalFamily;
import io.ringwatch.score.signals.WorkHoursSignals;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every signal of {@link SignalCatalogue} per worker, computed by the families of
 * {@code io.ringwatch.score.signals}: rows of {@code worker_id, signal, points, evidence}, one per
 * worker and signal, the evidence naming the input rows (payment, device, event ids) an auditor
 * can look up, with sensitive values masked. The ring_member signal is ScoreStage's.
 */
public final class WorkerSignals {
  private final SignalContext ctx;

  public WorkerSignals(ScoreSettings settings, ScoreInputs in) {
    this.ctx = new SignalContext(settings, in);
  }

  /** The families, in the order their rows are combined. */
  public List<SignalFamily> families() {
    return List.of(new PayoutSignals(ctx), new IdentitySignals(ctx), new DeviceSignals(ctx), new NetworkSignals(ctx),
        new WorkHoursSignals(ctx), new ScreeningSignals(ctx));
  }

  public Dataset<Row> all() {
    Dataset<Row> out = null;
    for (SignalFamily f : families()) {
      out = out == null ? f.rows() : out.unionByName(f.rows());
    }
    // One row per worker and signal: the evidences of a signal joined, points counted once.
    out = out.groupBy("worker_id", "signal").agg(max("points").as("points"),
        array_join(slice(sort_array(collect_set("evidence")), 1, 3), "; ").as("evidence"));
    return new LocaleSignal(ctx).withOthers(out);
  }
}
