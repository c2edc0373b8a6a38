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

/** What the last published run that succeeded recorded in {@code <output>/run_audit}. */
public final class LastPublishedRun {
  private LastPublishedRun() {}

  /** What the next night compares itself with: its run date, settings digest, code version and reference data. */
  public record Identity(LocalDate runDate, String configDigest, String codeVersion, String referenceFingerprint) {}

  /** Its identity, or empty when nothing was published there yet. */
  public static Optional<Identity> identity(SparkSession spark, String output) {
    return last(spark, output).map(r -> new Identity(r.<java.sql.Date>getAs("run_date").toLocalDate(),
        r.getAs("config_digest"), r.getAs("code_version"),
        // a run_audit written before the fingerprint was recorded has none
        List.of(r.schema().fieldNames()).contains("reference_fingerprint") ? r.getAs("reference_fingerprint") : null));
  }

  /** Its sanctions counts, or null when nothing was published there yet. */
  public static SanctionsShrinkCheck.Baseline sanctionsCounts(SparkSession spark, String output) {
    Optional<Row> last = last(spark, output);
    if (last.isEmpty()) {
      return null;
    }
    Row r = last.get();
    List<ListFileCounts> lists = new ArrayList<>();
    // a run_audit written before the sanctions counts were recorded has none to compare with
    List<Row> files = List.of(r.schema().fieldNames()).contains("sanctions_lists")
        ? r.getList(r.fieldIndex("sanctions_lists")) : null;
    for (Row f : files == null ? List.<Row>of() : files) {
      lists.add(new ListFileCounts(f.getAs("list"), f.getAs("file"), orZero(f.getAs("rows")), f.getAs("entries"),
          f.getAs("dprk_entries"), f.getAs("wallets"), f.getAs("emails"), orZero(f.getAs("orphan_rows"))));
    }
    return new SanctionsShrinkCheck.Baseline(r.getAs("run_id"), r.<java.sql.Date>getAs("run_date").toLocalDate(),
        lists);
  }

  private static Optional<Row> last(SparkSession spark, String output) {
    PublishedTables published = new PublishedTables(spark, output);
    if (!published.exists("run_audit")) {
      return Optional.empty();
    }
    List<Row> last = published.committed("run_audit").orderBy(col("finished_at").desc()).limit(1).collectAsList();
    return last.isEmpty() ? Optional.empty() : Optional.of(last.get(0));
  }

  private static long orZero(Long n) {
    return n == null ? 0L : n;
  }
}
