package io.ringwatch.ingest;

import io.ringwatch.frames.FrameSchema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What ingest hands on: the accepted rows of each dataset (events limited to the look-back
 * window), the rejected rows with their reasons, the counts, where the sanctions files are, and
 * the event datasets that were read whole rather than by day (inputs-extensions.md: daily drops),
 * and the days read of those that come by day (the night's {@code event_days} state), with the
 * worker and device ids their rows outside the summaries name ({@code event_day_refs}) and the keys
 * of their valid rows outside them ({@code event_day_keys}); on an incremental night, the days
 * carried from the state count among them, and {@code plans} says per dataset which were carried
 * and which read (jobs/docs/incremental-nightly.md).
 */
public record IngestedInputs(Map<String, Dataset<Row>> accepted, Dataset<Row> rejected,
    List<DatasetCounts> counts, String sanctionsLocation, List<String> eventsReadWhole,
    List<EventDayFiles> eventDays, Dataset<Row> eventDayRefs, Dataset<Row> eventDayKeys,
    Map<String, EventDayPlan> plans) {

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

  /**
   * Of a daily drop's rule-valid rows that no summary holds (reference rejects, accepted rows
   * outside the window), the key: with the summaries' event ids, every key a later day's row is
   * ranked against when the day is carried (jobs/docs/incremental-nightly.md).
   */
  public static final FrameSchema EVENT_DAY_KEYS = FrameSchema.of("event_day_keys",
      "dataset STRING, day DATE, key STRING");

  /** True when some event days were carried from the state rather than read (an incremental night). */
  public boolean incremental() {
    return plans.values().stream().anyMatch(p -> !p.carried().isEmpty());
  }

  /** Per event dataset, the days carried from the state (none on a full night). */
  public Map<String, List<LocalDate>> carried() {
    Map<String, List<LocalDate>> out = new java.util.LinkedHashMap<>();
    plans.forEach((d, p) -> out.put(d, p.carried().stream().map(EventDayFiles::day).toList()));
    return out;
  }

  /**
   * Per event dataset, by referencing column, the ids that left tonight's exports: the carried
   * summary rows naming one are left out (empty on a full night).
   */
  public Map<String, Map<String, List<String>>> withdrawn() {
    Map<String, Map<String, List<String>>> out = new java.util.LinkedHashMap<>();
    plans.forEach((d, p) -> out.put(d, p.withdrawn()));
    return out;
  }

  /** What each event dataset laid out by day carried and read, one line each (empty on a full night). */
  public List<String> planLines() {
    return plans.values().stream().map(EventDayPlan::describe).toList();
  }

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
