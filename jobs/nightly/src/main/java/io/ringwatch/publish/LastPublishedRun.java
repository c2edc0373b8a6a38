package io.ringwatch.publish;

import static org.apache.spark.sql.functions.col;

import io.ringwatch.reference.sanctions.ListFileCounts;
import io.ringwatch.reference.sanctions.SanctionsShrinkCheck;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** What the last published run that succeeded recorded in {@code <output>/run_audit}. */
public final class LastPublishedRun {
  private LastPublishedRun() {}

  /** Its sanctions counts, or null when nothing was published there yet. */
  public static SanctionsShrinkCheck.Baseline sanctionsCounts(SparkSession spark, String output) {
    PublishedTables published = new PublishedTables(spark, output);
    if (!published.exists("run_audit")) {
      return null;
    }
    List<Row> last = published.committed("run_audit").orderBy(col("finished_at").desc()).limit(1).collectAsList();
    if (last.isEmpty()) {
      return null;
    }
    Row r = last.get(0);
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

  private static long orZero(Long n) {
    return n == null ? 0L : n;
  }
}
