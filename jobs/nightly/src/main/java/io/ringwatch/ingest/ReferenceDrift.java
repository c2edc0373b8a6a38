package io.ringwatch.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Rule 6 of the incremental nightly (jobs/docs/incremental-nightly.md): a kept day's rows are
 * valid tonight only while every worker and device id they name stands as it did when the day was
 * read. An id found then (an accepted row's worker) must still be in tonight's exports; an id
 * missed then (a reference reject's device) must still be missing: a worker removed from the HR
 * export turns a full night's rows for that worker into rejects, and a device registered late
 * turns them into accepted rows. The kept ids are the summaries' (every accepted row in the
 * window: found) and {@code event_day_refs} (the rows outside them, found or not). A day naming an
 * id that went is read again; one naming only ids that came is carried and its rejects naming
 * them are validated again ({@link RecheckedRejects}).
 */
public final class ReferenceDrift {
  private ReferenceDrift() {}

  /**
   * One id whose standing changed tonight, on one kept day naming it: it {@code came} (missed then,
   * found now: a device registered late, a worker hired late in the HR export) or went (found then,
   * missing now), or its days disagree ({@code mixed}, which only an inconsistent state gives: its
   * days are read, to be safe).
   *
   * @param column the referencing column ({@code device_id}); {@code target} the dataset it references
   */
  public record Change(String dataset, LocalDate day, String column, String target, String id, boolean came,
      boolean mixed) {
    /** True for an id found on every kept day naming it and missing tonight. */
    public boolean went() {
      return !came && !mixed;
    }

    /** How a row's reason names this id while it is missing: the validator's dangling-reference text. */
    public String dangling() {
      return column + " '" + id + "' is not in " + target;
    }
  }

  /**
   * Every kept day naming an id whose standing changed tonight, with the id and which way it changed;
   * few (an id a night adds or drops names a handful of days), so collected.
   *
   * @param keptRefs the state's {@code event_day_refs} rows ({@link IngestedInputs#EVENT_DAY_REFS})
   * @param keptSummaries per event dataset, the state's per-drop summary rows (with {@code drop_day})
   * @param tonight per referenced dataset (hr_workers, devices), tonight's accepted rows
   */
  public static List<Change> changes(Dataset<Row> keptRefs, Map<String, Dataset<Row>> keptSummaries,
      Map<String, Dataset<Row>> tonight) {
    Dataset<Row> ids = keptRefs.select("dataset", "day", "column", "id", "found");
    for (Map.Entry<String, Dataset<Row>> s : keptSummaries.entrySet()) {
      DatasetSpec spec = Datasets.byName(s.getKey());
      List<String> columns = List.of(s.getValue().columns());
      for (DatasetSpec.Reference ref : spec.references()) {
        if (columns.contains(ref.column())) {
          ids = ids.unionByName(s.getValue().filter(col(ref.column()).isNotNull()).select(lit(spec.name()).as("dataset"),
              col("drop_day").as("day"), lit(ref.column()).as("column"), col(ref.column()).as("id"),
              lit(true).as("found")));
        }
      }
    }
    Dataset<Row> keys = null;
    for (DatasetSpec spec : Datasets.ALL) {
      for (DatasetSpec.Reference ref : spec.references()) {
        Dataset<Row> target = tonight.get(ref.target());
        if (target == null || !spec.eventTime().isPresent()) {
          continue;
        }
        Dataset<Row> k = target.select(lit(spec.name()).as("_dataset"), lit(ref.column()).as("_column"),
            col(Datasets.byName(ref.target()).key()).as("_id"));
        keys = keys == null ? k : keys.unionByName(k);
      }
    }
    // Each id once: every kept day stood as the last night's exports said (a day whose ids did not
    // was read again then), so the standing of an id is one for all its days. An id whose days
    // disagree is taken as gone (its days are read). Its days ride along, so the kept ids are read once.
    Dataset<Row> standing = ids.groupBy("dataset", "column", "id")
        .agg(expr("bool_and(found)").as("_all"), expr("bool_or(found)").as("_any"), collect_set("day").as("_days"));
    Dataset<Row> changed = standing.join(keys.distinct(), col("dataset").equalTo(col("_dataset"))
            .and(col("column").equalTo(col("_column"))).and(col("id").equalTo(col("_id"))), "left")
        .filter(col("_all").notEqual(col("_any")).or(col("_all").notEqual(col("_id").isNotNull())));
    List<Change> out = new ArrayList<>();
    for (Row r : changed.select(col("dataset"), col("column"), col("id"),
            col("_any").equalTo(lit(false)).as("came"), col("_all").notEqual(col("_any")).as("mixed"),
            explode(col("_days")).as("day"))
        .distinct().collectAsList()) {
      String dataset = r.getString(0);
      String column = r.getString(1);
      String target = Datasets.byName(dataset).references().stream().filter(ref -> ref.column().equals(column))
          .findFirst().orElseThrow().target();
      out.add(new Change(dataset, r.getDate(5).toLocalDate(), column, target, r.getString(2), r.getBoolean(3),
          r.getBoolean(4)));
    }
    out.sort(Comparator.comparing(Change::dataset).thenComparing(Change::day).thenComparing(Change::column)
        .thenComparing(Change::id));
    return out;
  }
}
