package io.ringwatch.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.run.RunFailure;
import io.ringwatch.stage.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: reads every dataset of the input contract, applies its rules, and splits it
 * into accepted rows and {@code rejected_records}. The run stops with a one-line reason when a
 * dataset is missing or unreadable, or when its share of rejected rows passes the configured limit.
 */
public final class IngestStage implements Stage<String, IngestedInputs> {
  private static final Logger LOG = LoggerFactory.getLogger(IngestStage.class);
  /** The day drop an accepted event came in (frames.md §1; absent for one export). */
  public static final String DROP_DAY = "drop_day";

  private final SparkSession spark;
  private final IngestSettings settings;
  private final LocalDate runDate;
  private final KeptDays kept;

  public IngestStage(SparkSession spark, IngestSettings settings, LocalDate runDate) {
    this(spark, settings, runDate, KeptDays.NONE);
  }

  /** An ingest that carries the days {@code kept} vouches for instead of reading them (an incremental night). */
  public IngestStage(SparkSession spark, IngestSettings settings, LocalDate runDate, KeptDays kept) {
    this.spark = spark;
    this.settings = settings;
    this.runDate = runDate;
    this.kept = kept;
  }

  /** The datasets under {@code inputRoot} (the input folder), read, checked and split. */
  @Override
  public IngestedInputs run(String inputRoot) {
    return run(spark, settings, inputRoot, runDate, kept).checked();
  }

  public static IngestedInputs run(SparkSession spark, IngestSettings settings, String inputRoot,
      LocalDate runDate) {
    return run(spark, settings, inputRoot, runDate, KeptDays.NONE);
  }

  /** As above, carrying the days {@code kept} vouches for (jobs/docs/incremental-nightly.md). */
  public static IngestedInputs run(SparkSession spark, IngestSettings settings, String inputRoot,
      LocalDate runDate, KeptDays kept) {
    var hadoop = spark.sparkContext().hadoopConfiguration();
    Map<String, String> locations = new LinkedHashMap<>();
    for (DatasetSpec spec : Datasets.ALL) {
      locations.put(spec.name(), InputPaths.resolve(hadoop, inputRoot, settings.dataset(spec.name()).path(), spec.name()));
    }
    String sanctions = InputPaths.resolve(hadoop, inputRoot, settings.sanctionsPath(), Datasets.SANCTIONS);
    // An event dataset exported a day at a time is checked and read for the window's days only.
    Map<String, Optional<EventDays.Selection>> days = new LinkedHashMap<>();
    for (DatasetSpec spec : Datasets.ALL) {
      days.put(spec.name(), windowDays(hadoop, settings, spec, locations.get(spec.name()), runDate));
    }
    // Before Spark lists or reads them: link loops, compression bombs, files that are not text.
    locations.forEach((name, location) -> InputFileChecks.check(hadoop, name, location,
        days.get(name).map(EventDays.Selection::paths).orElse(List.of(location)),
        settings.dataset(name).format().equals("csv"), settings.maxExpansionRatio()));

    // Each dataset is checked once the datasets it references are, side by side, as many at a
    // time as there are cores: a gzipped file is read by one task, so checking them one after
    // another left all cores but one idle. Of the ready ones, the datasets others wait for go
    // first, then the largest (the endpoint events take longest).
    Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
    for (DatasetSpec spec : Datasets.ALL) {
      Set<String> targets = new LinkedHashSet<>();
      spec.references().forEach(r -> targets.add(r.target()));
      dependsOn.put(spec.name(), targets);
    }
    var outcomes = new CheckScheduler<Checked>(checkOrder(spark, locations, dependsOn), dependsOn,
        spark.sparkContext().defaultParallelism()).run((name, targets) -> {
          Map<String, Dataset<Row>> targetRows = new LinkedHashMap<>();
          targets.forEach((t, c) -> targetRows.put(t, c.accepted()));
          return check(spark, settings, Datasets.byName(name), locations.get(name), days.get(name), targetRows,
              runDate, kept);
        }, null);
    // Every check has ended (no Spark job is left running behind a failure); failures are
    // reported in the contract's order, so the one reported is the same on every run.
    List<Dataset<Row>> rejected = new ArrayList<>();
    List<DatasetCounts> counts = new ArrayList<>();
    List<EventDayFiles> dayFiles = new ArrayList<>();
    Dataset<Row> dayRefs = IngestedInputs.EVENT_DAY_REFS.empty(spark);
    Dataset<Row> dayKeys = IngestedInputs.EVENT_DAY_KEYS.empty(spark);
    Map<String, EventDayPlan> plans = new LinkedHashMap<>();
    Map<String, Dataset<Row>> accepted = new LinkedHashMap<>();
    for (DatasetSpec spec : Datasets.ALL) {
      CheckScheduler.Outcome<Checked> o = outcomes.get(spec.name());
      if (o.failure() instanceof RuntimeException r) {
        throw r;
      }
      if (o.failure() instanceof Error err) {
        throw err;
      }
      if (o.failure() != null || o.skipped()) {
        throw new IllegalStateException("dataset " + spec.name() + " was not checked", o.failure());
      }
      Checked c = o.result();
      accepted.put(spec.name(), c.accepted());
      rejected.add(c.rejected());
      counts.add(c.counts());
      dayFiles.addAll(c.days());
      if (c.dayRefs() != null) {
        dayRefs = dayRefs.unionByName(c.dayRefs());
      }
      if (c.dayKeys() != null) {
        dayKeys = dayKeys.unionByName(c.dayKeys());
      }
      if (c.plan() != null) {
        plans.put(spec.name(), c.plan());
      }
    }
    Dataset<Row> allRejected = rejected.get(0);
    for (int i = 1; i < rejected.size(); i++) {
      allRejected = allRejected.unionByName(rejected.get(i));
    }
    List<String> readWhole = Datasets.ALL.stream().filter(spec -> spec.eventTime().isPresent())
        .map(DatasetSpec::name).filter(n -> days.get(n).isEmpty()).toList();
    // Stored once: rejected_records and the days' rejects kept as state both read them, and a
    // pass over the checked rows (a hundred million events) to find a few rejects is not cheap.
    return new IngestedInputs(accepted, allRejected.checkpoint(true), counts, sanctions, readWhole,
        List.copyOf(dayFiles), dayRefs, dayKeys, plans);
  }

  /** The datasets others reference first (they hold the others back), then the largest first. */
  static List<String> checkOrder(SparkSession spark, Map<String, String> locations,
      Map<String, Set<String>> dependsOn) {
    var hadoop = spark.sparkContext().hadoopConfiguration();
    Set<String> referenced = new LinkedHashSet<>();
    dependsOn.values().forEach(referenced::addAll);
    Map<String, Long> bytes = new LinkedHashMap<>();
    locations.forEach((name, location) -> bytes.put(name, InputPaths.bytes(hadoop, location)));
    List<String> order = new ArrayList<>(locations.keySet());
    order.sort(Comparator.<String, Boolean>comparing(n -> !referenced.contains(n))
        .thenComparing(n -> -bytes.get(n)));
    return order;
  }

  /**
   * One dataset read and checked: its accepted rows in the window, its rejected rows, its counts,
   * and for a daily drop each day read with its own counts.
   */
  private record Checked(DatasetSpec spec, Dataset<Row> accepted, Dataset<Row> rejected, DatasetCounts counts,
      List<EventDayFiles> days, Dataset<Row> dayRefs, Dataset<Row> dayKeys, EventDayPlan plan) {}

  /** The days of an event dataset laid out by day that fall in the window (empty: read it whole). */
  private static Optional<EventDays.Selection> windowDays(org.apache.hadoop.conf.Configuration hadoop,
      IngestSettings settings, DatasetSpec spec, String location, LocalDate runDate) {
    if (spec.eventTime().isEmpty() || settings.dataset(spec.name()).format().equals("delta")) {
      return Optional.empty();
    }
    Optional<EventDays.Selection> days = EventDays.from(hadoop, spec.name(), location,
        runDate.minusDays(settings.lookbackDays()));
    days.filter(d -> d.daysLeftOut() > 0).ifPresent(d -> LOG.info(
        "ingest {}: {} day(s) before the look-back window not read", spec.name(), d.daysLeftOut()));
    return days;
  }

  private static Checked check(SparkSession spark, IngestSettings settings, DatasetSpec spec, String location,
      Optional<EventDays.Selection> listed, Map<String, Dataset<Row>> targets, LocalDate runDate, KeptDays kept) {
    long started = System.nanoTime();
    // An incremental night reads the days the plan cannot carry; the carried ones come from the state.
    Carried carried = listed.isPresent() && kept.any() ? Carried.of(spec, settings.dataset(spec.name()), listed.get(),
        targets, kept, runDate, settings.lookbackDays()) : Carried.NOTHING;
    Optional<EventDays.Selection> days = listed.map(carried::toRead);
    Dataset<Row> checked;
    Map<String, Object> c;
    // Reading is lazy: a file cut off in transfer fails only when the rows are stored, so that
    // step names the dataset when it fails.
    try {
      DatasetReader.Read text = DatasetReader.read(spark, spec, settings.dataset(spec.name()), location, days);
      // The checked rows are stored once (a checkpoint: serialized, compressed, on disk) and
      // counted while they are written. Spark's in-memory columnar cache, used before, spent 45%
      // of ingest's CPU building and dictionary-encoding column batches of a hundred million
      // events that are read back only twice (100k workers: ingest 155 -> 141 s, CPU 293 -> 267 s).
      Observation counted = new Observation("ingest_" + spec.name());
      Column[] counters = counters(days.map(EventDays.Selection::days).orElse(List.of()));
      checked = DatasetValidator.validate(spec, settings.dataset(spec.name()), text, targets, runDate,
              settings.lookbackDays(), carried.keys())
          .observe(counted, counters[0], java.util.Arrays.copyOfRange(counters, 1, counters.length))
          .drop(DatasetValidator.RUN_DATE_BOUND) // counted only
          .checkpoint(true);
      c = counted.getAsJava();
    } catch (RunFailure e) {
      throw e;
    } catch (Exception e) { // SparkException is checked in Java's eyes, though Scala throws it freely
      Integer fields = fieldLimitPassed(e);
      if (fields != null) {
        throw RunFailure.input("dataset " + spec.name() + " at " + location + " has a line of more than " + fields
            + " fields, the CSV parser's limit: not an export of " + spec.columns().size()
            + " columns (a wrong delimiter, or a broken file?)", e);
      }
      throw RunFailure.input("dataset " + spec.name() + " is unreadable at " + location + ": " + rootMessage(e), e);
    }
    // Of carried days, the rows naming an id whose standing changed, validated again: the rejects
    // naming an id that came, from their records; the rows naming an id that went, found in a scan
    // of their day's files. Stored (read for the counts, the accepted and rejected rows, the refs
    // and keys), few.
    Dataset<Row> rechecked = carried.recheck() == null ? null : RecheckedRejects.validated(spec,
        settings.dataset(spec.name()), carried.recheck(), targets, runDate, settings.lookbackDays()).checkpoint(true);
    Dataset<Row> replaced = null; // the kept rejects the scanned rows replace
    Map<java.time.LocalDate, Long> removed = new LinkedHashMap<>(); // per scanned day, the kept rejects replaced
    if (!carried.scan().isEmpty()) {
      DatasetReader.Read scanned = DatasetReader.read(spark, spec, settings.dataset(spec.name()), location,
          Optional.of(carried.toScan(listed.orElseThrow())));
      Dataset<Row> text = scanned.text().filter(naming(carried.plan().withdrawn())).checkpoint(true);
      // Ranked against the carried keys of these rows' keys only (as the validator cleans a key
      // exported as text; any other key against every carried key).
      Dataset<Row> keys = DatasetValidator.keyAsExported(spec, settings.dataset(spec.name()))
          ? carried.keysOf().apply(text.select(org.apache.spark.sql.functions.trim(col(spec.key())).as("_only_key")))
          : carried.keys();
      Dataset<Row> naming = DatasetValidator.validate(spec, settings.dataset(spec.name()),
          new DatasetReader.Read(text, scanned.record()), targets, runDate, settings.lookbackDays(), keys)
          .drop(DatasetValidator.RUN_DATE_BOUND).checkpoint(true);
      rechecked = rechecked == null ? naming : rechecked.unionByName(naming);
      replaced = carried.rejects().join(naming.filter(col(DatasetValidator.REASON).isNotNull())
          .select(col("_day").as("_scanned_day"), col("_record").as("_scanned_record")).distinct(),
          col("day").equalTo(col("_scanned_day")).and(col("record").equalTo(col("_scanned_record"))), "left_semi")
          .checkpoint(true);
      counts(replaced.groupBy("day").count(), removed);
    }
    List<EventDayFiles> carriedDays = rechecked == null ? carried.days()
        : recounted(carried.days(), rechecked, removed, carried.scan().stream().map(EventDayFiles::day).toList());
    long read = number(c.get("read")) + carriedDays.stream().mapToLong(EventDayFiles::read).sum();
    long bad = number(c.get("bad")) + carriedDays.stream().mapToLong(EventDayFiles::rejected).sum();
    long inWindow = number(c.get("in_window")) + carriedDays.stream().mapToLong(EventDayFiles::inWindow).sum();
    DatasetCounts dc = new DatasetCounts(spec.name(), read, read - bad, bad, inWindow);
    LOG.info("ingest {}: read {}, accepted {}, rejected {}{}{} ({} ms)", spec.name(), read, read - bad, bad,
        spec.eventTime().isPresent() ? ", in window " + inWindow : "", carried.describe(),
        (System.nanoTime() - started) / 1_000_000);
    if (dc.rejectShare() > settings.maxRejectShare()) {
      throw RunFailure.quality(String.format(Locale.ROOT,
          "dataset %s: %d of %d rows rejected (%.1f%%), above the limit of %.1f%% (ringwatch.ingest.max-reject-share); "
              + "first reason: %s", spec.name(), bad, read, 100 * dc.rejectShare(), 100 * settings.maxRejectShare(),
          firstReason(checked, carried)));
    }
    if (spec.name().equals(Datasets.HR_WORKERS) && read - bad == 0) {
      throw RunFailure.quality("dataset hr_workers has no accepted rows at " + location);
    }
    // A daily drop's events keep the day they came in: their summaries are made per drop
    // (enrich.EventSummaries.DROP_DAY), so a later night can keep a drop's part.
    List<Column> columns = new ArrayList<>(spec.columnNames().stream().map(org.apache.spark.sql.functions::col).toList());
    if (days.isPresent()) {
      columns.add(col("_day").as(DROP_DAY));
    }
    Dataset<Row> rows = rechecked == null ? checked : checked.unionByName(rechecked);
    Dataset<Row> accepted = rows.filter(col(DatasetValidator.IN_WINDOW)).select(columns.toArray(Column[]::new));
    Dataset<Row> rejected = rows.filter(col(DatasetValidator.REASON).isNotNull())
        .select(lit(spec.name()).as("dataset"), col("_record").as("record"), col(DatasetValidator.REASON).as("reason"),
            col("_day").as("day"));
    if (carried.rejects() != null) {
      rejected = rejected.unionByName(replaced == null ? carried.rejects() : carried.rejects().exceptAll(replaced));
    }
    List<EventDayFiles> counted = new ArrayList<>(carriedDays);
    List<EventDayFiles> readDays = days.map(EventDays.Selection::days).orElse(List.of());
    for (int i = 0; i < readDays.size(); i++) {
      counted.add(readDays.get(i).withCounts(number(c.get("read_" + i)), number(c.get("bad_" + i)),
          number(c.get("in_window_" + i)), number(c.get("run_date_bound_" + i))));
    }
    counted.sort(Comparator.comparing(EventDayFiles::day));
    Dataset<Row> dayRefs = days.isPresent() ? dayRefs(spec, rows, targets) : null;
    Dataset<Row> dayKeys = days.isPresent() ? dayKeys(spec, rows) : null;
    if (carried.refs() != null) {
      dayRefs = dayRefs == null ? carried.refs() : dayRefs.unionByName(carried.refs());
      dayKeys = dayKeys.unionByName(carried.outsideKeys());
    }
    if (rechecked != null) {
      // A rechecked row still outside the summaries names the ids and key its day's kept rows
      // name (its key stays, too, when the row is now summarised: ranked the same, by that day).
      dayRefs = dayRefs.distinct();
      dayKeys = dayKeys.distinct();
    }
    return new Checked(spec, accepted, rejected, dc, List.copyOf(counted), dayRefs, dayKeys, carried.plan());
  }

  /**
   * The carried days' counts with the rows {@code rechecked} in their new fates: the kept rejects
   * they replace leave the rejected (on a day validated from its records, every row was one; on a
   * {@code scanned} day, those {@code removed} counts), their rejects join them, and their accepted
   * rows in the window join the day's (its summaries' rows, counted already, left out those naming
   * an id that went).
   */
  private static List<EventDayFiles> recounted(List<EventDayFiles> days, Dataset<Row> rechecked,
      Map<java.time.LocalDate, Long> removed, List<java.time.LocalDate> scanned) {
    Map<java.time.LocalDate, Row> byDay = new LinkedHashMap<>();
    rechecked.groupBy("_day").agg(sum(when(col(DatasetValidator.REASON).isNotNull(), 1).otherwise(0)),
            sum(when(col(DatasetValidator.IN_WINDOW), 1).otherwise(0)), count(lit(1)))
        .collectAsList().forEach(r -> byDay.put(r.getDate(0).toLocalDate(), r));
    return days.stream().map(d -> {
      Row r = byDay.get(d.day());
      long replaced = r == null ? 0 : scanned.contains(d.day()) ? removed.getOrDefault(d.day(), 0L) : r.getLong(3);
      return r == null ? d : d.withCounts(d.read(), d.rejected() - replaced + r.getLong(1),
          d.inWindow() + r.getLong(2), d.runDateBound());
    }).toList();
  }

  /** Adds per day the counts of {@code perDay} (a day column and a count) to {@code into}. */
  private static void counts(Dataset<Row> perDay, Map<java.time.LocalDate, Long> into) {
    perDay.collectAsList().forEach(r -> into.merge(r.getDate(0).toLocalDate(), r.getLong(1), Long::sum));
  }

  /**
   * The exported rows naming one of the ids {@code withdrawn} (by referencing column) as the
   * validator reads the column: trimmed (its text is the id; Carried reads the day whole when a
   * value map rewrites it).
   */
  private static Column naming(Map<String, List<String>> withdrawn) {
    Column any = lit(false);
    for (Map.Entry<String, List<String>> ids : withdrawn.entrySet()) {
      any = any.or(org.apache.spark.sql.functions.coalesce(
          org.apache.spark.sql.functions.trim(col(ids.getKey())).isin(ids.getValue().toArray()), lit(false)));
    }
    return any;
  }

  /**
   * The ids a daily drop's rows outside the summaries name (rejected, or accepted outside the
   * window: IngestedInputs.EVENT_DAY_REFS), each with whether tonight's referenced dataset holds
   * it. A filter over the stored rows; the rows it keeps are few.
   */
  private static Dataset<Row> dayRefs(DatasetSpec spec, Dataset<Row> checked, Map<String, Dataset<Row>> targets) {
    // One pass over the stored rows for every reference column (the endpoint events have two),
    // each id then looked up among its target's keys.
    List<Column> named = new ArrayList<>();
    Dataset<Row> keys = null;
    for (DatasetSpec.Reference ref : spec.references()) {
      if (targets.get(ref.target()) == null) {
        continue; // not checked against it (as in the validator)
      }
      named.add(org.apache.spark.sql.functions.struct(lit(ref.column()).as("column"), col(ref.column()).as("id")));
      Dataset<Row> k = targets.get(ref.target()).select(lit(ref.column()).as("_column"),
          col(Datasets.byName(ref.target()).key()).as("_key"));
      keys = keys == null ? k : keys.unionByName(k);
    }
    if (named.isEmpty()) {
      return null;
    }
    Dataset<Row> ids = checked.filter(col(DatasetValidator.IN_WINDOW).unary_$bang())
        .select(col("_day").as("day"), org.apache.spark.sql.functions.explode(
            org.apache.spark.sql.functions.array(named.toArray(Column[]::new))).as("_ref"))
        .select(lit(spec.name()).as("dataset"), col("day"), col("_ref.column").as("column"), col("_ref.id").as("id"))
        .filter(col("id").isNotNull()).distinct();
    Dataset<Row> found = ids.join(org.apache.spark.sql.functions.broadcast(keys.distinct()),
            col("column").equalTo(col("_column")).and(col("id").equalTo(col("_key"))), "left")
        .select(col("dataset"), col("day"), col("column"), col("id"), col("_key").isNotNull().as("found"));
    return IngestedInputs.EVENT_DAY_REFS.check(found);
  }

  /**
   * The keys of a daily drop's rule-valid rows that no summary holds (IngestedInputs.EVENT_DAY_KEYS:
   * reference rejects, accepted rows outside the window; duplicates name a key another row holds).
   */
  private static Dataset<Row> dayKeys(DatasetSpec spec, Dataset<Row> checked) {
    return IngestedInputs.EVENT_DAY_KEYS.check(checked.filter(col(DatasetValidator.RULE_VALID)
            .and(col(DatasetValidator.IN_WINDOW).unary_$bang()).and(col("_day").isNotNull())
            .and(col(spec.key()).isNotNull()))
        .select(lit(spec.name()).as("dataset"), col("_day").as("day"), col(spec.key()).cast("string").as("key"))
        .distinct());
  }

  /**
   * What a dataset's rows are counted by while they are stored: read, rejected and in the window,
   * in all and for each day of a daily drop ({@code read_0}, …: the days in their listed order),
   * with each day's rows whose fate depends on the run date.
   * One pass: the day's counts are what an incremental night adds up instead of reading the day.
   */
  private static Column[] counters(List<EventDayFiles> days) {
    List<Column> out = new ArrayList<>(List.of(count(lit(1)).as("read"),
        sum(when(col(DatasetValidator.REASON).isNotNull(), 1).otherwise(0)).as("bad"),
        sum(when(col(DatasetValidator.IN_WINDOW), 1).otherwise(0)).as("in_window")));
    for (int i = 0; i < days.size(); i++) {
      Column ofDay = col("_day").equalTo(lit(java.sql.Date.valueOf(days.get(i).day())));
      out.add(sum(when(ofDay, 1).otherwise(0)).as("read_" + i));
      out.add(sum(when(ofDay.and(col(DatasetValidator.REASON).isNotNull()), 1).otherwise(0)).as("bad_" + i));
      out.add(sum(when(ofDay.and(col(DatasetValidator.IN_WINDOW)), 1).otherwise(0)).as("in_window_" + i));
      out.add(sum(when(ofDay.and(col(DatasetValidator.RUN_DATE_BOUND)), 1).otherwise(0)).as("run_date_bound_" + i));
    }
    return out.toArray(Column[]::new);
  }

  /** An observed sum (null over no rows) as a number. */
  private static long number(Object sum) {
    return sum == null ? 0 : ((Number) sum).longValue();
  }

  /**
   * The parser's column limit when a line passed it (univocity's TextParsingException over an
   * ArrayIndexOutOfBoundsException at index maxColumns: Spark's default 20480), else null.
   */
  static Integer fieldLimitPassed(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass().getName().endsWith("TextParsingException") && t.getMessage() != null
          && t.getMessage().contains("ArrayIndexOutOfBoundsException")) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("length (\\d+)").matcher(t.getMessage());
        return m.find() ? Integer.valueOf(m.group(1)) : 20480;
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    return m.replaceAll("\\s+", " ");
  }

  private static String firstReason(Dataset<Row> checked, Carried carried) {
    List<Row> r = checked.filter(col(DatasetValidator.REASON).isNotNull()).select(DatasetValidator.REASON).takeAsList(1);
    if (r.isEmpty() && carried.rejects() != null) {
      r = carried.rejects().select("reason").takeAsList(1);
    }
    return r.isEmpty() ? "" : r.get(0).getString(0);
  }
}
