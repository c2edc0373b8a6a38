package io.ringwatch.publish;

import static org.apache.spark.sql.functions.col;

import io.ringwatch.reference.sanctions.ListFileCounts;
import io.ringwatch.reference.sanctions.SanctionsShrinkCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What the last published run that succeeded recorded in {@code <output>/run_audit}, read once
 * a night ({@link #read}) for what tonight compares with it.
 */
public final class LastPublishedRun {
  /** The run_audit row; null when nothing was published there yet. */
  private final Row row;

  private LastPublishedRun(Row row) {
    this.row = row;
  }

  /** What the next night compares itself with: its run date, settings digest, code version and reference data. */
  public record Identity(LocalDate runDate, String configDigest, String codeVersion, String referenceFingerprint) {}

  /** The last committed night's run_audit row (one read of the table). */
  public static LastPublishedRun read(SparkSession spark, String output) {
    PublishedTables published = new PublishedTables(spark, output);
    if (!published.exists("run_audit")) {
      return new LastPublishedRun(null);
    }
    List<Row> last = published.committed("run_audit").orderBy(col("finished_at").desc()).limit(1).collectAsList();
    return new LastPublishedRun(last.isEmpty() ? null : last.get(0));
  }

  /** Its identity, or empty when nothing was published there yet. */
  public Optional<Identity> identity() {
    return Optional.ofNullable(row).map(r -> new Identity(r.<java.sql.Date>getAs("run_date").toLocalDate(),
        r.getAs("config_digest"), r.getAs("code_version"),
        // a run_audit written before the fingerprint was recorded has none
        has("reference_fingerprint") ? r.getAs("reference_fingerprint") : null));
  }

  /** Its sanctions counts, or null when nothing was published there yet. */
  public SanctionsShrinkCheck.Baseline sanctionsCounts() {
    if (row == null) {
      return null;
    }
    List<ListFileCounts> lists = new ArrayList<>();
    // a run_audit written before the sanctions counts were recorded has none to compare with
    List<Row> files = has("sanctions_lists") ? row.getList(row.fieldIndex("sanctions_lists")) : null;
    for (Row f : files == null ? List.<Row>of() : files) {
      lists.add(new ListFileCounts(f.getAs("list"), f.getAs("file"), orZero(f.getAs("rows")), f.getAs("entries"),
          f.getAs("dprk_entries"), f.getAs("wallets"), f.getAs("emails"), orZero(f.getAs("orphan_rows"))));
    }
    return new SanctionsShrinkCheck.Baseline(row.getAs("run_id"), row.<java.sql.Date>getAs("run_date").toLocalDate(),
        lists);
  }

  private boolean has(String column) {
    return List.of(row.schema().fieldNames()).contains(column);
  }

  private static long orZero(Long n) {
    return n == null ? 0L : n;
  }
}
