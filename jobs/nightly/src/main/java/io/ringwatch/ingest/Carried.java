package io.ringwatch.ingest;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
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
 */
record Carried(EventDayPlan plan, List<EventDayFiles> days, Dataset<Row> keys, Dataset<Row> rejects,
    Dataset<Row> refs, Dataset<Row> outsideKeys, Dataset<Row> recheck) {

  static final Carried NOTHING = new Carried(null, List.of(), null, null, null, null, null);

  /**
   * The plan of {@code spec}'s days {@code listed} tonight against the {@code kept} state, rule 6
   * checked against tonight's referenced datasets ({@code targets}): a kept day naming an id that
   * left them is read; one naming ids that came is carried with its rejects naming them to be
   * validated again, unless one of those records is not its row (then it is read).
   */
  static Carried of(DatasetSpec spec, IngestSettings.DatasetSettings settings, EventDays.Selection listed,
      Map<String, Dataset<Row>> targets, KeptDays kept, LocalDate runDate, int lookbackDays) {
    String name = spec.name();
    if (kept.summaries().get(name) == null) {
      return NOTHING;
    }
    List<ReferenceDrift.Change> changes = ReferenceDrift.changes(kept.refs().filter(col("dataset").equalTo(name)),
        Map.of(name, kept.summaries().get(name)), targets);
    Set<LocalDate> went = changes.stream().filter(c -> !c.came()).map(ReferenceDrift.Change::day)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<LocalDate> came = changes.stream().map(ReferenceDrift.Change::day).filter(d -> !went.contains(d))
        .collect(Collectors.toCollection(TreeSet::new));
    Dataset<Row> cameIds = null;
    if (!came.isEmpty()) {
      cameIds = RecheckedRejects.came(kept.refs().sparkSession(),
          changes.stream().filter(c -> came.contains(c.day())).toList());
      Set<LocalDate> unreadable = RecheckedRejects.unreadableDays(spec, settings,
          RecheckedRejects.naming(KeptDays.ofDays(kept.rejects(), name, came), cameIds));
      went.addAll(unreadable);
      came.removeAll(unreadable);
    }
    EventDayPlan plan = EventDayPlan.of(name, kept.days(), listed.days(), went, came).readingOne();
    if (plan.carried().isEmpty()) {
      return new Carried(plan, List.of(), null, null, null, null, null);
    }
    List<LocalDate> days = plan.carried().stream().map(EventDayFiles::day).toList();
    Map<LocalDate, Long> inWindow = kept.inWindow(name, days, runDate.minusDays(lookbackDays));
    List<EventDayFiles> counted = plan.carried().stream()
        .map(d -> d.withCounts(d.read(), d.rejected(), inWindow.getOrDefault(d.day(), 0L), d.runDateBound())).toList();
    Dataset<Row> rejects = IngestedInputs.REJECTED.select(KeptDays.ofDays(kept.rejects(), name, days));
    Dataset<Row> refs = IngestedInputs.EVENT_DAY_REFS.select(KeptDays.ofDays(kept.refs(), name, days));
    Dataset<Row> recheck = null;
    if (!plan.rechecked().isEmpty()) {
      Dataset<Row> rechecked = cameIds.filter(col("_came_day").isin(plan.rechecked().stream()
          .map(d -> org.apache.spark.sql.functions.lit(java.sql.Date.valueOf(d))).toArray(Column[]::new)));
      recheck = RecheckedRejects.naming(KeptDays.ofDays(kept.rejects(), name, plan.rechecked()), rechecked);
      rejects = RecheckedRejects.notNaming(rejects, rechecked);
      refs = RecheckedRejects.refsOfOthers(refs, rechecked);
    }
    return new Carried(plan, counted, kept.carriedKeys(name, days), rejects, refs,
        IngestedInputs.EVENT_DAY_KEYS.select(KeptDays.ofDays(kept.keys(), name, days)), recheck);
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
