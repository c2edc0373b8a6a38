package io.ringwatch.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import io.ringwatch.ingest.EventDayFiles;
import io.ringwatch.tables.TableNames;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The state the last committed night kept under the output root (jobs/docs/incremental-nightly.md),
 * read once before any work: the night that wrote it and the event days it read. Only rows of
 * committed runs count ({@link PublishedTables#committed}): a run stopped before its marker left
 * nothing a later night trusts.
 *
 * @param night the run date of the newest committed night with state rows; empty when there is none
 * @param days that night's {@code event_days} rows
 */
public record KeptState(Optional<LocalDate> night, List<EventDayFiles> days) {

  public static KeptState read(SparkSession spark, String output) {
    PublishedTables published = new PublishedTables(spark, output);
    if (!published.exists(TableNames.EVENT_DAYS) || !published.exists(TableNames.RUN_AUDIT)) {
      return new KeptState(Optional.empty(), List.of());
    }
    Dataset<Row> days = published.committed(TableNames.EVENT_DAYS);
    Row newest = days.agg(max("run_date")).first();
    if (newest == null || newest.isNullAt(0)) {
      return new KeptState(Optional.empty(), List.of());
    }
    Date night = newest.getDate(0);
    List<EventDayFiles> rows = days.filter(col("run_date").equalTo(lit(night))).collectAsList().stream()
        .map(EventDayFiles::of).toList();
    return new KeptState(Optional.of(night.toLocalDate()), rows);
  }
}
