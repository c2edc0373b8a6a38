package io.ringwatch.ingest;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The days of one event dataset an incremental night carries from the state instead of reading
 * them (its {@link EventDayPlan}), with what ingest takes from the state for them: their counts
 * (the rows in the window recounted for tonight's window from the summaries), rejects, the ids and
 * keys of their rows outside the summaries, and the keys a read day's rows rank against.
 *
 * @param plan the dataset's plan (null when nothing was kept)
 * @param days the carried days, counted for tonight's window
 * @param keys for DatasetValidator, the carried days' rule-valid keys (null: nothing carried)
 * @param rejects their {@code event_rejects} rows
 * @param refs their {@code event_day_refs} rows
 * @param outsideKeys their {@code event_day_keys} rows
 * @param recheck the rejects of the carried days that name an id that came, validated again
 *     tonight ({@link RecheckedRejects}; not among {@code rejects}); null when there are none
 * @param scan the carried days whose rows naming an id that went are found by a scan of their
 *     files and validated again (their rejects among them replace the kept ones)
 * @param keysOf for the scanned rows, the carried days' rule-valid keys among {@code _only_key}s
 *     given (as {@code keys}, without reading every carried id into a shuffle a second time)
 */
record Carried(EventDayPlan plan, List<EventDayFiles> days, Dataset<Row> keys, Dataset<Row> rejects,
    Dataset<Row> refs, Dataset<Row> outsideKeys, Dataset<Row> recheck, List<EventDayFiles> scan,
    java.util.function.UnaryOperator<Dataset<Row>> keysOf) {

  static final Carried NOTHING = new Carried(null, List.of(), null, null, null, null, null, List.of(), null);

  /**
   * The plan of {@code spec}'s days {@code listed} tonight against the {@code kept} state, rule 6
   * checked against tonight's referenced datasets ({@code targets}). A kept day naming ids whose
   * standing changed is carried, and the rows naming them validated again alone: for an id that
   * came, its rejects from their records (unless one of those records is not its row); for an id
   * that went, the rows naming it found in a scan of the day's files (unless the referencing column
   * is rewritten by a value map, so its text is not the id). A day naming ids of both kinds, or
   * one of those exceptions, is read.
   */
  static Carried of(DatasetSpec spec, IngestSettings.DatasetSettings settings, EventDays.Selection listed,
      Map<String, Dataset<Row>> targets, KeptDays kept, LocalDate runDate, int lookbackDays) {
    String name = spec.name();
    if (kept.summaries().get(name) == null) {
      return NOTHING;
    }
    List<ReferenceDrift.Change> changes = ReferenceDrift.changes(kept.refs().filter(col("dataset").equalTo(name)),
        Map.of(name, kept.summaries().get(name)), targets);
    Set<LocalDate> wentDays = days(changes, ReferenceDrift.Change::went);
    Set<LocalDate> cameDays = days(changes, ReferenceDrift.Change::came);
    Set<LocalDate> read = new TreeSet<>(wentDays);
    read.retainAll(cameDays);
    read.addAll(days(changes, ReferenceDrift.Change::mixed));
    Set<LocalDate> came = new TreeSet<>(cameDays);
    came.removeAll(read);
    Set<LocalDate> went = new TreeSet<>(wentDays);
    went.removeAll(read);
    if (spec.references().stream().anyMatch(r -> settings.values().containsKey(r.column()))) {
      read.addAll(went);
      went.clear();
    }
    org.apache.spark.sql.SparkSession spark = kept.refs().sparkSession();
    // The rejects naming an id that came, of every day naming one: those of the days carried are
    // validated again; a day one of whose records is not its row is read.
    Dataset<Row> cameRejects = null;
    if (!came.isEmpty()) {
      cameRejects = RecheckedRejects.naming(KeptDays.ofDays(kept.rejects(), name, came),
          RecheckedRejects.named(spark, on(changes, came)));
      Set<LocalDate> unreadable = RecheckedRejects.unreadableDays(spec, settings, cameRejects);
      read.addAll(unreadable);
      came.removeAll(unreadable);
    }
    Set<LocalDate> again = new TreeSet<>(came);
    again.addAll(went);
    Map<String, List<String>> withdrawn = new java.util.TreeMap<>();
    changes.stream().filter(ReferenceDrift.Change::went).forEach(c -> withdrawn.computeIfAbsent(c.column(), k -> new java.util.ArrayList<>())
        .add(c.id()));
    withdrawn.replaceAll((k, ids) -> ids.stream().distinct().sorted().toList());
    EventDayPlan plan = EventDayPlan.of(name, kept.days(), listed.days(), read, again).readingOne()
        .withdrawing(withdrawn);
    if (plan.carried().isEmpty()) {
      return new Carried(plan, List.of(), null, null, null, null, null, List.of(), null);
    }
    List<LocalDate> days = plan.carried().stream().map(EventDayFiles::day).toList();
    Map<LocalDate, Long> inWindow = kept.inWindow(name, days, runDate.minusDays(lookbackDays), withdrawn);
    List<EventDayFiles> counted = plan.carried().stream()
        .map(d -> d.withCounts(d.read(), d.rejected(), inWindow.getOrDefault(d.day(), 0L), d.runDateBound())).toList();
    Dataset<Row> rejects = IngestedInputs.REJECTED.select(KeptDays.ofDays(kept.rejects(), name, days));
    Dataset<Row> refs = IngestedInputs.EVENT_DAY_REFS.select(KeptDays.ofDays(kept.refs(), name, days));
    Dataset<Row> recheck = null;
    if (!plan.rechecked().isEmpty()) {
      // The changed ids of the carried days validated again. No kept reject names an id that went
      // as missing (it was found on every day), so these name only the rejects of ids that came.
      Dataset<Row> ids = RecheckedRejects.named(spark, on(changes, new TreeSet<>(plan.rechecked())));
      refs = RecheckedRejects.refsOfOthers(refs, ids);
      if (plan.rechecked().stream().anyMatch(came::contains)) {
        recheck = cameRejects.filter(col("day").isin(plan.rechecked().stream()
            .map(d -> org.apache.spark.sql.functions.lit(java.sql.Date.valueOf(d))).toArray()));
        rejects = RecheckedRejects.notNaming(rejects, ids);
      }
    }
    Set<LocalDate> wentCarried = plan.rechecked().stream().filter(went::contains).collect(Collectors.toSet());
    List<EventDayFiles> scan = listed.days().stream().filter(d -> wentCarried.contains(d.day())).toList();
    return new Carried(plan, counted, kept.carriedKeys(name, days), rejects, refs,
        IngestedInputs.EVENT_DAY_KEYS.select(KeptDays.ofDays(kept.keys(), name, days)), recheck, scan,
        only -> kept.carriedKeys(name, days, only));
  }

  private static Set<LocalDate> days(List<ReferenceDrift.Change> changes,
      java.util.function.Predicate<ReferenceDrift.Change> kind) {
    return changes.stream().filter(kind).map(ReferenceDrift.Change::day)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<ReferenceDrift.Change> on(List<ReferenceDrift.Change> changes, Set<LocalDate> days) {
    return changes.stream().filter(c -> days.contains(c.day())).toList();
  }

  /** The entries of {@code listed} for the days to {@link #scan}, as a selection to read. */
  EventDays.Selection toScan(EventDays.Selection listed) {
    Set<String> entries = scan.stream().map(EventDayFiles::entry).collect(Collectors.toSet());
    return new EventDays.Selection(listed.paths().stream().filter(p -> entries.contains(new Path(p).getName())).toList(),
        listed.basePath(), 0, scan);
  }

  /** {@code listed} without the carried days' entries: what is read tonight (undated entries always are). */
  EventDays.Selection toRead(EventDays.Selection listed) {
    if (days.isEmpty()) {
      return listed;
    }
    Set<String> carriedEntries = days.stream().map(EventDayFiles::entry).collect(Collectors.toSet());
    Set<LocalDate> carriedDays = days.stream().map(EventDayFiles::day).collect(Collectors.toSet());
    return new EventDays.Selection(
        listed.paths().stream().filter(p -> !carriedEntries.contains(new Path(p).getName())).toList(),
        listed.basePath(), listed.daysLeftOut(),
        listed.days().stream().filter(d -> !carriedDays.contains(d.day())).toList());
  }

  /** For the ingest log line: ", N day(s) carried from the state, M read (…)", or nothing. */
  String describe() {
    return plan == null ? "" : "; " + plan.describe();
  }
}
