package io.ringwatch.ingest;

import io.ringwatch.frames.FrameSchema;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * A day of an event dataset exported a day at a time, as tonight read it: the first state a night
 * keeps for the next ({@code event_days}, jobs/docs/incremental-nightly.md). An incremental night
 * reads again only the days whose files changed since (a new digest) or that are new.
 *
 * @param dataset the event dataset (auth_events, endpoint_events)
 * @param day the day the entry is named by
 * @param entry the entry's name in the dataset's folder ({@code event_date=2026-11-19}, {@code 2026-11-19.csv.gz})
 * @param files the files read under it
 * @param bytes their size
 * @param fingerprint SHA-256 of the files' names, sizes and modification times
 * @param read the rows read from the day's files (0 until ingest has counted them)
 * @param rejected of them, rejected (their rows are the day's in {@code event_rejects})
 * @param inWindow of them, accepted with a time inside the night's look-back window
 * @param runDateBound of them, rows whose fate depends on the run date (a time at or after the
 *     window's end, or an implausible one: {@code DatasetValidator.RUN_DATE_BOUND}); a day with any
 *     is read again by a later night rather than carried from its state
 */
public record EventDayFiles(String dataset, LocalDate day, String entry, int files, long bytes, String fingerprint,
    long read, long rejected, long inWindow, long runDateBound) {

  /** The state table's columns (publish adds run_date and run_id). */
  public static final FrameSchema SCHEMA = FrameSchema.of("event_days",
      "dataset STRING, day DATE, entry STRING, files INT, bytes BIGINT, fingerprint STRING, rows_read BIGINT, "
          + "rows_rejected BIGINT, rows_in_window BIGINT, rows_run_date_bound BIGINT");

  /** The day as listed, before its rows are read. */
  static EventDayFiles listed(String dataset, LocalDate day, String entry, int files, long bytes, String fingerprint) {
    return new EventDayFiles(dataset, day, entry, files, bytes, fingerprint, 0, 0, 0, 0);
  }

  /** The day with its rows counted. */
  EventDayFiles withCounts(long read, long rejected, long inWindow, long runDateBound) {
    return new EventDayFiles(dataset, day, entry, files, bytes, fingerprint, read, rejected, inWindow, runDateBound);
  }

  /** A day as the state table holds it (a row of {@link #SCHEMA}'s columns, read by name). */
  public static EventDayFiles of(Row r) {
    return new EventDayFiles(r.getAs("dataset"), r.<Date>getAs("day").toLocalDate(), r.getAs("entry"),
        r.<Integer>getAs("files"), r.<Long>getAs("bytes"), r.getAs("fingerprint"), r.<Long>getAs("rows_read"),
        r.<Long>getAs("rows_rejected"), r.<Long>getAs("rows_in_window"),
        r.isNullAt(r.fieldIndex("rows_run_date_bound")) ? -1 : r.<Long>getAs("rows_run_date_bound"));
  }

  /** The days as the state table's rows. */
  public static Dataset<Row> frame(SparkSession spark, List<EventDayFiles> days) {
    List<Row> rows = days.stream().map(d -> RowFactory.create(d.dataset(), Date.valueOf(d.day()), d.entry(),
        d.files(), d.bytes(), d.fingerprint(), d.read(), d.rejected(), d.inWindow(), d.runDateBound())).toList();
    return spark.createDataFrame(rows, SCHEMA.columns());
  }
}
