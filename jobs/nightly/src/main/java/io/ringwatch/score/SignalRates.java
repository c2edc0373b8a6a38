package io.ringwatch.score;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How often each signal fired on the night's population: the share of scored workers it fired
 * for. A rule that fires for a large share of a company describes the company (its VPN, its way
 * of paying contractors), not a ring; the rates in run_audit let a data team see that, night by
 * night, before anyone is flagged for it (what Splink estimates as u-probabilities).
 */
public final class SignalRates {
  private SignalRates() {}

  /** One signal's rate. */
  public record Rate(String signal, long workers, double share) {}

  /** The rates of every signal that fired in {@code workerRisk} (one row per scored worker), by signal id. */
  public static List<Rate> of(Dataset<Row> workerRisk) {
    long scored = workerRisk.count();
    List<Rate> out = new ArrayList<>();
    for (Row r : workerRisk.select(col("worker_id"), explode(col("signals")).as("s"))
        .groupBy(col("s.signal").as("signal")).agg(countDistinct("worker_id").as("workers"))
        .orderBy("signal").collectAsList()) {
      long n = r.getLong(1);
      out.add(new Rate(r.getString(0), n, scored == 0 ? 0.0 : (double) n / scored));
    }
    return out;
  }
}
