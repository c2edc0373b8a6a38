package io.ringwatch.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The event days the last committed night kept, as an incremental night's ingest uses them
 * (jobs/docs/incremental-nightly.md): which days it may carry instead of reading
 * ({@link EventDayPlan}), and for the carried ones their rejects, the ids and keys of their rows
 * outside the summaries, and the summaries' rows (whose event ids are the keys of their accepted
 * rows). Handed to ingest by the pipeline, which reads the state (publish.KeptState); ingest reads
 * no table itself. {@link #NONE} for a full night.
 *
 * @param days the kept {@code event_days} rows
 * @param refs {@code event_day_refs}
 * @param keys {@code event_day_keys}
 * @param rejects {@code event_rejects}
 * @param summaries per event dataset, its per-drop summary rows ({@code signin_drop_network},
 *     {@code endpoint_drop_device}: with {@code drop_day}, {@code day}, {@code n}, {@code event_ids})
 */
public record KeptDays(List<EventDayFiles> days, Dataset<Row> refs, Dataset<Row> keys, Dataset<Row> rejects,
    Map<String, Dataset<Row>> summaries) {

  /** Nothing to carry: every day is read. */
  public static final KeptDays NONE = new KeptDays(List.of(), null, null, null, Map.of());

  /** True when there are kept days to carry (an incremental night). */
  public boolean any() {
    return !days.isEmpty();
  }

  /** The kept days of {@code dataset}. */
  List<EventDayFiles> of(String dataset) {
    return days.stream().filter(d -> d.dataset().equals(dataset)).toList();
  }

  /** The state's rows of {@code dataset}'s {@code days} (a table with dataset and day columns). */
  static Dataset<Row> ofDays(Dataset<Row> table, String dataset, Collection<LocalDate> days) {
    return table.filter(col("dataset").equalTo(lit(dataset)).and(col("day").isin(dates(days))));
  }

  /** A summary's rows of the drops {@code days}. */
  static Dataset<Row> ofDrops(Dataset<Row> summary, Collection<LocalDate> days) {
    return summary.filter(col(IngestStage.DROP_DAY).isin(dates(days)));
  }

  /**
   * The keys of the carried days' rule-valid rows, each with the earliest day holding it
   * ({@code _carried_key}, {@code _carried_day}: DatasetValidator ranks a read row against them):
   * the summaries' event ids (every accepted row in the window) and the kept keys of the rows
   * outside them.
   */
  Dataset<Row> carriedKeys(String dataset, Collection<LocalDate> carried) {
    return carriedKeys(dataset, carried, null);
  }

  /**
   * As above, of the keys {@code only} (a column {@code _only_key}, few: sent to every task, so the
   * carried ids are filtered where they are read, not shuffled); null: every key.
   */
  Dataset<Row> carriedKeys(String dataset, Collection<LocalDate> carried, Dataset<Row> only) {
    Dataset<Row> accepted = ofDrops(summaries.get(dataset), carried)
        .select(explode(col("event_ids")).as("_carried_key"), col(IngestStage.DROP_DAY).as("_carried_day"));
    Dataset<Row> outside = ofDays(keys, dataset, carried).select(col("key").as("_carried_key"),
        col("day").as("_carried_day"));
    Dataset<Row> all = accepted.unionByName(outside);
    if (only != null) {
      all = all.join(org.apache.spark.sql.functions.broadcast(only.distinct()),
          col("_carried_key").equalTo(col("_only_key")), "left_semi");
    }
    return all.groupBy("_carried_key").agg(min("_carried_day").as("_carried_day"));
  }

  /**
   * Per carried drop, its accepted rows inside tonight's window (from {@code windowStart} on), but
   * those naming an id {@code withdrawn} (by column: ids that left tonight's exports).
   */
  Map<LocalDate, Long> inWindow(String dataset, Collection<LocalDate> carried, LocalDate windowStart,
      Map<String, List<String>> withdrawn) {
    Map<LocalDate, Long> out = new java.util.TreeMap<>();
    without(ofDrops(summaries.get(dataset), carried), withdrawn).filter(col("day").geq(lit(Date.valueOf(windowStart))))
        .groupBy(IngestStage.DROP_DAY).agg(org.apache.spark.sql.functions.sum("n")).collectAsList()
        .forEach(r -> out.put(r.getDate(0).toLocalDate(), r.getLong(1)));
    return out;
  }

  /**
   * Summary rows ({@code rows}) but those naming an id of {@code withdrawn} in its column (a
   * column the rows lack names none): an id that left tonight's exports makes its rows rejects.
   */
  public static Dataset<Row> without(Dataset<Row> rows, Map<String, List<String>> withdrawn) {
    List<String> columns = List.of(rows.columns());
    for (Map.Entry<String, List<String>> ids : withdrawn.entrySet()) {
      if (columns.contains(ids.getKey()) && !ids.getValue().isEmpty()) {
        rows = rows.filter(col(ids.getKey()).isNull().or(col(ids.getKey()).isin(ids.getValue().toArray()).unary_$bang()));
      }
    }
    return rows;
  }

  private static Column[] dates(Collection<LocalDate> days) {
    return days.stream().map(d -> lit(Date.valueOf(d))).toArray(Column[]::new);
  }
}
