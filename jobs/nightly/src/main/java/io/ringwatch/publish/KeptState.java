package io.ringwatch.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import io.ringwatch.ingest.Datasets;
import io.ringwatch.ingest.EventDayFiles;
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
 */
public record KeptState(Optional<LocalDate> night, List<EventDayFiles> days, Optional<Dataset<Row>> refs,
    Map<String, Dataset<Row>> summaries) {

  /** Nothing kept. */
  public static KeptState none() {
    return new KeptState(Optional.empty(), List.of(), Optional.empty(), Map.of());
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
    return new KeptState(Optional.of(night.toLocalDate()), rows, refs, summaries);
  }
}
