package io.ringwatch.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Rule 6 of the incremental nightly (jobs/docs/incremental-nightly.md): a kept day's rows are
 * valid tonight only while every worker and device id they name stands as it did when the day was
 * read. An id found then (an accepted row's worker) must still be in tonight's exports; an id
 * missed then (a reference reject's device) must still be missing: a worker removed from the HR
 * export turns a full night's rows for that worker into rejects, and a device registered late
 * turns them into accepted rows. The kept ids are the summaries' (every accepted row in the
 * window: found) and {@code event_day_refs} (the rows outside them, found or not).
 */
public final class ReferenceDrift {
  private ReferenceDrift() {}

  /**
   * The kept days, by event dataset, of which an id's standing changed tonight.
   *
   * @param keptRefs the state's {@code event_day_refs} rows ({@link IngestedInputs#EVENT_DAY_REFS})
   * @param keptSummaries per event dataset, the state's per-drop summary rows (with {@code drop_day})
   * @param tonight per referenced dataset (hr_workers, devices), tonight's accepted rows
   */
  public static Map<String, Set<LocalDate>> days(Dataset<Row> keptRefs, Map<String, Dataset<Row>> keptSummaries,
      Map<String, Dataset<Row>> tonight) {
    Dataset<Row> ids = keptRefs.select("dataset", "day", "column", "id", "found");
    for (Map.Entry<String, Dataset<Row>> s : keptSummaries.entrySet()) {
      DatasetSpec spec = Datasets.byName(s.getKey());
      java.util.List<String> columns = java.util.List.of(s.getValue().columns());
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
    // disagree is taken as changed. Its days ride along, so the kept ids are read once.
    Dataset<Row> standing = ids.groupBy("dataset", "column", "id")
        .agg(org.apache.spark.sql.functions.expr("bool_and(found)").as("_all"),
            org.apache.spark.sql.functions.expr("bool_or(found)").as("_any"),
            org.apache.spark.sql.functions.collect_set("day").as("_days"));
    Dataset<Row> changed = standing.join(keys.distinct(), col("dataset").equalTo(col("_dataset"))
            .and(col("column").equalTo(col("_column"))).and(col("id").equalTo(col("_id"))), "left")
        .filter(col("_all").notEqual(col("_any")).or(col("_all").notEqual(col("_id").isNotNull())));
    Map<String, Set<LocalDate>> out = new TreeMap<>();
    for (Row r : changed.select(col("dataset"), org.apache.spark.sql.functions.explode(col("_days")).as("day"))
        .distinct().collectAsList()) {
      out.computeIfAbsent(r.getString(0), d -> new TreeSet<>()).add(r.getDate(1).toLocalDate());
    }
    return out;
  }
}
