package io.ringwatch.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.sql.Date;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes what a run stopped during publish left, before the next run does any work. Readers
 * never saw it (they read committed rows only, {@link PublishedTables}); this makes the tables
 * themselves clean again:
 * <ul>
 *   <li>its run_audit row is absent (stopped before its commit marker): its rows are removed from
 *   every table, the nights before it stay exactly as they were;</li>
 *   <li>its run_audit row is present (stopped while removing the date's earlier run): the earlier
 *   run's rows of that date are removed, as the run would have done.</li>
 * </ul>
 */
public final class StoppedRunRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(StoppedRunRecovery.class);

  /** What was found and done, for the log and run_audit; null when no publish was stopped. */
  public record Recovered(String runId, String runDate, boolean committed) {
    @Override
    public String toString() {
      return committed ? "run " + runId + " of " + runDate + " was stopped after its commit; its date's earlier rows removed"
          : "run " + runId + " of " + runDate + " was stopped during publish; its rows removed, earlier nights kept";
    }
  }

  private StoppedRunRecovery() {}

  public static Recovered recover(SparkSession spark, FileSystem fs, OutputLayout layout, List<String> tables)
      throws IOException {
    PublishJournal journal = PublishJournal.read(fs, layout);
    if (journal == null) {
      return null;
    }
    if (journal.runId() == null) {
      PublishJournal.remove(fs, layout);
      return null;
    }
    PublishedTables published = new PublishedTables(spark, layout.root());
    boolean committed = published.exists("run_audit")
        && !published.raw("run_audit").filter(col("run_id").equalTo(journal.runId())).isEmpty();
    for (String table : tables) {
      if (published.exists(table)) {
        removeRows(spark, layout, table, journal, committed);
      }
    }
    PublishJournal.remove(fs, layout);
    Recovered r = new Recovered(journal.runId(), journal.runDate().toString(), committed);
    LOG.warn("recovered a stopped publish: {}", r);
    return r;
  }

  /** The rows a publish of {@code journal}'s run leaves to remove: its own (not committed) or the date's others. */
  static void removeRows(SparkSession spark, OutputLayout layout, String table, PublishJournal journal,
      boolean committed) {
    Column ofDate = col("run_date").equalTo(lit(Date.valueOf(journal.runDate())));
    Column ofRun = col("run_id").equalTo(lit(journal.runId()));
    DeltaTable.forPath(spark, layout.table(table).toString()).delete(ofDate.and(committed ? ofRun.unary_$bang() : ofRun));
  }
}
