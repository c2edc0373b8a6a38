package io.ringwatch.score;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;

import io.ringwatch.score.signals.Signal;
import io.ringwatch.score.signals.SignalContext;
import io.ringwatch.score.signals.SignalInputs;
import io.ringwatch.score.signals.SignalRule;
import io.ringwatch.score.signals.WorkerSignal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every worker signal of {@link SignalCatalogue}: rows of {@code worker_id, signal, points,
 * evidence, records}, one per worker and signal, the evidence naming the input rows (payment,
 * device, event ids) an auditor can look up, with sensitive values masked, and {@code records}
 * every one of them ({@link SignalContext#RECORDS}: signal_evidence). Signals that count only beside
 * others ({@link SignalRule#readsOtherSignals}) come last, on the others' rows. The ring_member
 * signal is ScoreStage's.
 */
public final class WorkerSignals {
  private static final Logger LOG = LoggerFactory.getLogger(WorkerSignals.class);
  private final ScoreSettings settings;
  private final SignalContext ctx;

  public WorkerSignals(ScoreSettings settings, ScoreInputs in) {
    this.settings = settings;
    this.ctx = new SignalContext(settings.common(), new SignalInputs(in.workers(), in.payments(), in.devices(),
        in.signIns(), in.signInVisits(), in.endpointDays(), in.links(), in.linkEvidence(), in.sanctionsHits(),
        in.key()));
  }

  public Dataset<Row> all() {
    Dataset<Row> out = null;
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (WorkerSignal s : SignalCatalogue.SIGNALS) {
      if (!settings.rule(s.about()).readsOtherSignals()) {
        Dataset<Row> r = timed(s.about(), seconds);
        out = out == null ? r : out.unionByName(r);
      }
    }
    // One row per worker and signal: the evidences of a signal joined (three shown), points
    // counted once, and every input row behind any of them kept.
    out = out.groupBy("worker_id", "signal").agg(max("points").as("points"),
        array_join(slice(sort_array(collect_set("evidence")), 1, 3), "; ").as("evidence"),
        array_distinct(flatten(collect_list("records"))).as("records"));
    ctx.otherSignals(out);
    for (WorkerSignal s : SignalCatalogue.SIGNALS) {
      if (settings.rule(s.about()).readsOtherSignals()) {
        out = out.unionByName(timed(s.about(), seconds));
      }
    }
    // One line: which signals a night spends its score stage on, slowest first.
    LOG.info("signals computed in {}", seconds.entrySet().stream().sorted(Map.Entry.comparingByValue(
        java.util.Comparator.reverseOrder())).map(e -> String.format(java.util.Locale.ROOT, "%s %.1f s", e.getKey(),
            e.getValue())).collect(java.util.stream.Collectors.joining(", ")));
    return out;
  }

  /** A signal's rows, stored, with the seconds it took (computing and storing them is one action). */
  private Dataset<Row> timed(Signal s, Map<String, Double> seconds) {
    long start = System.nanoTime();
    Dataset<Row> r = stored(rows(s));
    seconds.put(s.id(), (System.nanoTime() - start) / 1e9);
    return r;
  }

  /**
   * The rows of these signals alone, each as the signal found it (a worker may have several of a
   * signal): to test a few signals without computing the rest. A signal that reads other signals
   * needs {@link #all}.
   */
  public Dataset<Row> rowsOf(List<Signal> signals) {
    Dataset<Row> out = null;
    for (Signal s : signals) {
      out = out == null ? rows(s) : out.unionByName(rows(s));
    }
    return out;
  }

  /**
   * A signal's rows, computed and stored on their own. As one plan (the union of thirty signals'
   * plans) the driver re-planned the whole union after every one of its ~80 shuffle stages
   * (adaptive execution), most of the score stage's time on a small company; stored one by one,
   * each signal is planned alone and the union reads stored rows (a few per flagged worker).
   */
  private static Dataset<Row> stored(Dataset<Row> rows) {
    return rows.checkpoint(true);
  }

  /** A signal's rows with its id and configured points. */
  private Dataset<Row> rows(Signal s) {
    return settings.rule(s).rows(ctx).select(col("worker_id"), lit(s.id()).as("signal"),
        lit(settings.points(s)).as("points"), col("evidence"), col("records"));
  }
}
