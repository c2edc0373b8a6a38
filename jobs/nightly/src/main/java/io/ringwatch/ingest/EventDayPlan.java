package io.ringwatch.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which days of an event dataset laid out by day an incremental night reads, and which it carries
 * from the state the last night kept ({@code event_days}, jobs/docs/incremental-nightly.md). A
 * carried day's rows must be exactly the rows a full night would take from it tonight, so a day is
 * carried only when
 * <ul>
 *   <li>its entry and files are as the last night read them (same entry, same fingerprint);</li>
 *   <li>none of its rows depends on the run date ({@link EventDayFiles#runDateBound()}: a time at
 *       or after the last night's window end, which tonight's window may hold, or an implausible
 *       one, whose reason names a limit computed from the run date). The day of the run date
 *       usually has some: an exporter behind UTC sends the next UTC day's first hours in it;</li>
 *   <li>every worker and device id its rows name stands in tonight's exports as it did (rule 6,
 *       {@link ReferenceDrift}), or the rows naming one that changed can be validated again alone
 *       ({@link #rechecked}, {@link RecheckedRejects}): an id that came (a device registered late)
 *       is named by rejects only, kept with their records; the rows naming an id that went (a
 *       worker removed from the HR export) are found in a scan of the day's files, and the carried
 *       summaries lose them ({@link #withdrawn});</li>
 *   <li>no day before it is read tonight for another reason than its ids: of rows sharing a key the
 *       earliest valid day's is kept, so a new or changed earlier day may make a later day's row a
 *       duplicate (a day read for its ids alone keeps its keys' ranks: the rank comes before the
 *       reference check).</li>
 * </ul>
 * Days the last night kept that are not listed tonight (before the window, or gone from the
 * input) are left out; a full night would not read them either. Pure: no Spark, no files.
 *
 * @param carried the days taken from the state, in day order
 * @param read the days read tonight, in day order, each with why
 * @param left the kept days not listed tonight
 * @param rechecked the carried days whose rows naming an id that came or went are validated again
 * @param withdrawn by referencing column, the ids that left tonight's exports: every carried
 *     summary row naming one is taken out (its rows are rejects tonight)
 */
public record EventDayPlan(String dataset, List<EventDayFiles> carried, List<Read> read, List<LocalDate> left,
    List<LocalDate> rechecked, Map<String, List<String>> withdrawn) {

  /** A day read tonight, and why it is not carried. */
  public record Read(EventDayFiles day, String why) {}

  public static final String NEW = "new";
  public static final String CHANGED = "its files changed";
  public static final String RUN_DATE_BOUND = "rows whose fate depends on the run date";
  public static final String UNCOUNTED = "kept without the count of rows bound to the run date";
  public static final String AFTER_READ = "a day before it is read";
  public static final String IDS_CHANGED = "worker or device ids its rows name came or went";

  /**
   * @param kept the days of {@code dataset} the last committed night kept
   * @param tonight the days of {@code dataset} listed tonight (ingest's selection of the window)
   */
  public static EventDayPlan of(String dataset, List<EventDayFiles> kept, List<EventDayFiles> tonight) {
    return of(dataset, kept, tonight, java.util.Set.of(), java.util.Set.of());
  }

  /**
   * @param idsChanged the kept days of {@code dataset} whose rows name an id whose standing in
   *     tonight's exports changed ({@link ReferenceDrift}: rule 6) and cannot be validated again alone: read
   * @param idsRechecked the kept days whose rows naming such ids are validated again alone:
   *     carried, unless read for another reason
   */
  public static EventDayPlan of(String dataset, List<EventDayFiles> kept, List<EventDayFiles> tonight,
      java.util.Set<LocalDate> idsChanged, java.util.Set<LocalDate> idsRechecked) {
    Map<LocalDate, EventDayFiles> byDay = kept.stream().filter(k -> k.dataset().equals(dataset))
        .collect(Collectors.toMap(EventDayFiles::day, Function.identity(), (a, b) -> a));
    List<EventDayFiles> days = tonight.stream().filter(t -> t.dataset().equals(dataset))
        .sorted(java.util.Comparator.comparing(EventDayFiles::day)).toList();
    List<EventDayFiles> carried = new ArrayList<>();
    List<Read> read = new ArrayList<>();
    Optional<LocalDate> firstRead = Optional.empty();
    for (EventDayFiles t : days) {
      EventDayFiles k = byDay.get(t.day());
      String why = k == null ? NEW
          : !k.entry().equals(t.entry()) || !k.fingerprint().equals(t.fingerprint()) ? CHANGED
          : k.runDateBound() < 0 ? UNCOUNTED
          : k.runDateBound() > 0 ? RUN_DATE_BOUND
          : idsChanged.contains(t.day()) ? IDS_CHANGED
          : firstRead.isPresent() ? AFTER_READ
          : null;
      if (why == null) {
        carried.add(k); // the kept row: its counts are the day's
      } else {
        read.add(new Read(t, why));
        if (!why.equals(IDS_CHANGED)) {
          // Read again for its ids alone, a day's rows keep their rule checks and so their keys'
          // ranks (the reference check comes after the rank): the days after it stand.
          firstRead = firstRead.or(() -> Optional.of(t.day()));
        }
      }
    }
    java.util.Set<LocalDate> listed = days.stream().map(EventDayFiles::day).collect(Collectors.toSet());
    List<LocalDate> left = byDay.keySet().stream().filter(d -> !listed.contains(d)).sorted().toList();
    return new EventDayPlan(dataset, List.copyOf(carried), List.copyOf(read), left,
        carried.stream().map(EventDayFiles::day).filter(idsRechecked::contains).sorted().toList(), Map.of());
  }

  /** This plan with the ids that left tonight's exports (by referencing column), taken out of the carried summaries. */
  public EventDayPlan withdrawing(Map<String, List<String>> ids) {
    return new EventDayPlan(dataset, carried, read, left, rechecked, Map.copyOf(ids));
  }

  /** Why the newest carried day is read when every day could be carried. */
  public static final String NEWEST = "every day could be carried; the newest is read so the export is checked as always";

  /**
   * This plan, or, when it would read no day, the plan reading its newest carried day: a night
   * reads at least one day, so the dataset's columns are checked as every night checks them (the
   * newest has no day after it, so no other day changes).
   */
  public EventDayPlan readingOne() {
    if (!read.isEmpty() || carried.isEmpty()) {
      return this;
    }
    EventDayFiles newest = carried.get(carried.size() - 1);
    List<LocalDate> stillRechecked = rechecked.stream().filter(d -> !d.equals(newest.day())).toList();
    return new EventDayPlan(dataset, carried.subList(0, carried.size() - 1), List.of(new Read(newest, NEWEST)), left,
        stillRechecked, withdrawn);
  }

  /** True when no day is carried: the dataset is read as a full night reads it. */
  public boolean readsEverything() {
    return carried.isEmpty();
  }

  /** Of a carried day, what the log says: its rows naming ids that came or went validated again. */
  public static final String RECHECKED = "rows naming ids that came or went validated again";

  /**
   * One line for the log: "auth_events: 28 day(s) carried (rows naming ids that came or went
   * validated again on 2026-11-03), 2 read (2026-11-19 rows whose …; 2026-11-20 new), 1 left".
   */
  public String describe() {
    String reads = read.stream().map(r -> r.day().day() + " " + r.why()).collect(Collectors.joining("; "));
    String again = rechecked.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
    return dataset + ": " + carried.size() + " day(s) carried" + (again.isEmpty() ? "" : " (" + RECHECKED + " on " + again + ")")
        + ", " + read.size() + " read" + (read.isEmpty() ? "" : " (" + reads + ")")
        + (left.isEmpty() ? "" : ", " + left.size() + " left");
  }
}
