package io.ringwatch.ingest;

import io.ringwatch.frames.FrameSchema;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What ingest hands on: the accepted rows of each dataset (events limited to the look-back
 * window), the rejected rows with their reasons, the counts, where the sanctions files are, and
 * the event datasets that were read whole rather than by day (inputs-extensions.md: daily drops),
 * and the days read of those that come by day (the night's {@code event_days} state), with the
 * worker and device ids their rows outside the summaries name ({@code event_day_refs}).
 */
public record IngestedInputs(Map<String, Dataset<Row>> accepted, Dataset<Row> rejected,
    List<DatasetCounts> counts, String sanctionsLocation, List<String> eventsReadWhole,
    List<EventDayFiles> eventDays, Dataset<Row> eventDayRefs) {

  /** The accepted frames: every column of the input contract (frames.md §1). */
  public static final FrameSchema WORKERS = Datasets.HR.schema();
  public static final FrameSchema PAYMENTS = Datasets.PAYROLL.schema();
  public static final FrameSchema DEVICES = Datasets.DEVICE.schema();
  public static final FrameSchema AUTH_EVENTS = Datasets.AUTH.schema();
  public static final FrameSchema ENDPOINT_EVENTS = Datasets.ENDPOINT.schema();
  /**
   * The rows no stage reads but publish, as {@code rejected_records}, with the day of a daily
   * drop's row (null for other rows: the day's rejects are kept as state, {@code event_rejects}).
   */
  public static final FrameSchema REJECTED = FrameSchema.of("rejected_records",
      "dataset STRING, record STRING, reason STRING, day DATE");

  /**
   * Of a daily drop's rows that no summary holds (rejected, or accepted outside the window), each
   * id they name in a column checked against another dataset, and whether it was found there
   * tonight: a later night that carries the day checks these against its own exports
   * (jobs/docs/incremental-nightly.md, rule 6). One row per dataset, day, column and id.
   */
  public static final FrameSchema EVENT_DAY_REFS = FrameSchema.of("event_day_refs",
      "dataset STRING, day DATE, column STRING, id STRING, found BOOLEAN");

  /** The accepted rows of a dataset by its name. */
  public Dataset<Row> dataset(String name) {
    return accepted.get(name);
  }

  public Dataset<Row> workers() {
    return accepted.get(Datasets.HR_WORKERS);
  }

  public Dataset<Row> payments() {
    return accepted.get(Datasets.PAYROLL_PAYMENTS);
  }

  public Dataset<Row> devices() {
    return accepted.get(Datasets.DEVICES);
  }

  public Dataset<Row> authEvents() {
    return accepted.get(Datasets.AUTH_EVENTS);
  }

  public Dataset<Row> endpointEvents() {
    return accepted.get(Datasets.ENDPOINT_EVENTS);
  }

  /** These inputs, once every frame has the columns of its schema (metadata only). */
  public IngestedInputs checked() {
    WORKERS.check(workers());
    PAYMENTS.check(payments());
    DEVICES.check(devices());
    AUTH_EVENTS.check(authEvents());
    ENDPOINT_EVENTS.check(endpointEvents());
    REJECTED.check(rejected);
    return this;
  }
}
