package io.ringwatch.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.tables.TableNames;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The data-quality gate on a published night, run by a scheduler after {@code nightly} and
 * before anyone acts on the flags: the night's {@code run_audit} row says it succeeded, every
 * dataset reconciles (read = accepted + rejected) within the reject limit, every table holds
 * exactly the rows the run wrote under its run id, every accepted worker was scored, and the
 * share of flagged workers is plausible. Each check yields a finding; the gate passes when none
 * failed.
 */
public final class PublishedRunCheck {
  /** One check's outcome, written for the person reading the scheduler's log. */
  public record Finding(String check, boolean passed, String detail) {
    @Override
    public String toString() {
      return (passed ? "ok    " : "FAILED") + " " + check + ": " + detail;
    }
  }

  private PublishedRunCheck() {}

  public static List<Finding> run(SparkSession spark, CheckSettings settings, String output, LocalDate runDate) {
    List<Finding> findings = new ArrayList<>();
    Date date = Date.valueOf(runDate);
    String auditPath = new Path(output, "run_audit").toString();
    PublishedTables published = new PublishedTables(spark, output);
    if (!published.exists("run_audit")) {
      findings.add(new Finding("run_audit", false, "no run_audit table at " + auditPath));
      return findings;
    }
    // Committed rows only: a night stopped during publish is not there to check.
    List<Row> audits = published.committed("run_audit").filter(col("run_date").equalTo(date)).collectAsList();
    if (audits.isEmpty()) {
      findings.add(new Finding("run_audit", false, "no published run for " + runDate + " in " + auditPath));
      return findings;
    }
    Row audit = audits.get(0);
    String runId = audit.getAs("run_id");
    String status = audit.getAs("status");
    findings.add(new Finding("run_audit", "succeeded".equals(status), "run " + runId + " status " + status));

    // The run of a publish a kill stopped on this date, which the next run's start finishes ("" if none).
    String pending = stoppedPublish(spark, output, runDate);
    long acceptedWorkers = -1;
    for (Row d : audit.<Row>getList(audit.fieldIndex("datasets"))) {
      String name = d.getAs("dataset");
      long read = d.getAs("rows_read");
      long accepted = d.getAs("rows_accepted");
      long rejected = d.getAs("rows_rejected");
      if (name.equals("hr_workers")) {
        acceptedWorkers = accepted;
      }
      double share = read == 0 ? 0 : (double) rejected / read;
      boolean ok = read == accepted + rejected && share <= settings.maxRejectShare();
      findings.add(new Finding("dataset " + name, ok, String.format(Locale.ROOT,
          "read %d = accepted %d + rejected %d%s; rejected %.2f%% (limit %.2f%%)", read, accepted, rejected,
          read == accepted + rejected ? "" : " DOES NOT RECONCILE", 100 * share, 100 * settings.maxRejectShare())));
    }

    for (Row t : audit.<Row>getList(audit.fieldIndex("tables"))) {
      String table = t.getAs("table");
      long written = t.getAs("rows_written");
      if (!TableNames.ALL.contains(table)) {
        continue;
      }
      // One pass over the date: the night's rows (the audit row is the date's committed run, so these
      // are what readers see), and rows of a run that is neither the night's nor the stopped publish
      // the next run will finish (its journal): a manual edit or damage, which readers skip and the gate reports.
      Row c = published.raw(table).filter(col("run_date").equalTo(date)).agg(
          sum(when(col("run_id").equalTo(runId), 1).otherwise(0)),
          sum(when(col("run_id").notEqual(runId).and(pending.isEmpty() ? lit(true) : col("run_id").notEqual(pending)), 1)
              .otherwise(0))).first();
      long present = c.isNullAt(0) ? 0 : c.getLong(0);
      long foreign = pending.equals(runId) || c.isNullAt(1) ? 0 : c.getLong(1);
      findings.add(new Finding("table " + table, present == written && foreign == 0,
          "rows for " + runDate + ": " + present + ", written by the run: " + written
              + (foreign > 0 ? ", rows of another run: " + foreign : "")));
    }

    Row bands = published.committed("worker_risk")
        .filter(col("run_date").equalTo(date))
        .agg(count(lit(1)), sum(when(col("risk_band").isin("high", "critical"), 1).otherwise(0))).first();
    long scored = bands.getLong(0);
    long flagged = bands.isNullAt(1) ? 0 : bands.getLong(1);
    findings.add(new Finding("workers scored", scored >= settings.minWorkers()
        && (acceptedWorkers < 0 || scored == acceptedWorkers),
        scored + " scored, " + acceptedWorkers + " accepted from hr_workers (at least " + settings.minWorkers() + ")"));
    double flaggedShare = scored == 0 ? 0 : (double) flagged / scored;
    findings.add(new Finding("flagged share", flaggedShare <= settings.maxFlaggedShare(), String.format(Locale.ROOT,
        "%d of %d workers high or critical (%.2f%%, limit %.2f%%)", flagged, scored, 100 * flaggedShare,
        100 * settings.maxFlaggedShare())));
    return findings;
  }

  private static String stoppedPublish(SparkSession spark, String output, LocalDate runDate) {
    OutputLayout layout = new OutputLayout(output);
    try {
      PublishJournal j = PublishJournal.read(OutputLayout.fileSystem(layout.control(),
          spark.sparkContext().hadoopConfiguration()), layout);
      return j != null && j.runId() != null && runDate.equals(j.runDate()) ? j.runId() : "";
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
