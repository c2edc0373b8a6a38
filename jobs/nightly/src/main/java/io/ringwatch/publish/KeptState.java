package io.ringwatch.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import io.ringwatch.ingest.Datasets;
import io.ringwatch.enrich.Enriched;
import io.ringwatch.enrich.EventSummaries;
import io.ringwatch.ingest.EventDayFiles;
import io.ringwatch.ingest.KeptDays;
import io.ringwatch.tables.TableNames;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The state the last committed night kept under the output root (jobs/docs/incremental-nightly.md),
 * read once before any work: the night that wrote it, the event days it read, and (lazily) the ids
 * those days' rows name. Only rows of committed runs count ({@link PublishedTables#committed}): a
 * run stopped before its marker left nothing a later night trusts.
 *
 * @param night the run date of the newest committed night with state rows; empty when there is none
 * @param days that night's {@code event_days} rows
 * @param refs that night's {@code event_day_refs} rows; empty when it kept none (a release before them)
 * @param summaries per event dataset, that night's per-drop summary rows (the ids of its accepted rows)
 * @param tables every state table of that night by name, committed rows of that night only (a table
 *     an earlier release did not keep is absent)
 */
public record KeptState(Optional<LocalDate> night, List<EventDayFiles> days, Optional<Dataset<Row>> refs,
    Map<String, Dataset<Row>> summaries, Map<String, Dataset<Row>> tables) {

  /** Nothing kept. */
  public static KeptState none() {
    return new KeptState(Optional.empty(), List.of(), Optional.empty(), Map.of(), Map.of());
  }

  /**
   * What ingest may carry from this state: every table an incremental ingest takes from it, or
   * {@link KeptDays#NONE} when one is missing (kept by a release before it).
   */
  public KeptDays keptDays() {
    if (night.isEmpty() || !tables.keySet().containsAll(TableNames.STATE)) {
      return KeptDays.NONE;
    }
    return new KeptDays(days, refs.orElseThrow(), tables.get(TableNames.EVENT_DAY_KEYS),
        tables.get(TableNames.EVENT_REJECTS), summaries);
  }

  /**
   * The kept per-drop summary rows of the drops tonight's ingest carried ({@code carried}, per
   * event dataset), in the frames' own columns, without the rows naming an id that left tonight's
   * exports ({@code withdrawn}, per event dataset and column: those rows are rejects tonight):
   * with the drops read tonight, the window's drops.
   */
  public Enriched.Drops carriedDrops(Map<String, List<LocalDate>> carried,
      Map<String, Map<String, List<String>>> withdrawn, LocalDate since) {
    List<LocalDate> signIns = carried.getOrDefault(Datasets.AUTH_EVENTS, List.of());
    List<LocalDate> endpoints = carried.getOrDefault(Datasets.ENDPOINT_EVENTS, List.of());
    Map<String, List<String>> signInsGone = withdrawn.getOrDefault(Datasets.AUTH_EVENTS, Map.of());
    Map<String, List<String>> endpointsGone = withdrawn.getOrDefault(Datasets.ENDPOINT_EVENTS, Map.of());
    return new Enriched.Drops(
        ofDrops(TableNames.SIGNIN_DROP_NETWORK, EventSummaries.SIGNIN_DROP_NETWORK, signIns, signInsGone),
        ofDrops(TableNames.ENDPOINT_DROP_DEVICE, EventSummaries.ENDPOINT_DROP_DEVICE, endpoints, endpointsGone),
        ofDrops(TableNames.SIGNIN_DROP_VISITS, EventSummaries.SIGNIN_DROP_VISITS, signIns, signInsGone), since);
  }

  private Dataset<Row> ofDrops(String table, io.ringwatch.frames.FrameSchema schema, List<LocalDate> drops,
      Map<String, List<String>> withdrawn) {
    Dataset<Row> rows = tables.get(table).filter(col(EventSummaries.DROP_DAY).isin(
        drops.stream().map(d -> lit(Date.valueOf(d))).toArray(Object[]::new)));
    return schema.select(KeptDays.without(rows, withdrawn));
  }

  public static KeptState read(SparkSession spark, String output) {
    PublishedTables published = new PublishedTables(spark, output);
    if (!published.exists(TableNames.EVENT_DAYS) || !published.exists(TableNames.RUN_AUDIT)) {
      return none();
    }
    Dataset<Row> days = published.committed(TableNames.EVENT_DAYS);
    Row newest = days.agg(max("run_date")).first();
    if (newest == null || newest.isNullAt(0)) {
      return none();
    }
    Date night = newest.getDate(0);
    List<EventDayFiles> rows = days.filter(col("run_date").equalTo(lit(night))).collectAsList().stream()
        .map(EventDayFiles::of).toList();
    Optional<Dataset<Row>> refs = published.exists(TableNames.EVENT_DAY_REFS)
        ? Optional.of(published.committed(TableNames.EVENT_DAY_REFS).filter(col("run_date").equalTo(lit(night))))
        : Optional.empty();
    Map<String, Dataset<Row>> summaries = new LinkedHashMap<>();
    Map.of(Datasets.AUTH_EVENTS, TableNames.SIGNIN_DROP_NETWORK, Datasets.ENDPOINT_EVENTS, TableNames.ENDPOINT_DROP_DEVICE)
        .forEach((dataset, table) -> {
          if (published.exists(table)) {
            summaries.put(dataset, published.committed(table).filter(col("run_date").equalTo(lit(night))));
          }
        });
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    for (String table : TableNames.STATE) {
      if (published.exists(table)) {
        tables.put(table, published.committed(table).filter(col("run_date").equalTo(lit(night))));
      }
    }
    return new KeptState(Optional.of(night.toLocalDate()), rows, refs, summaries, tables);
  }
}
