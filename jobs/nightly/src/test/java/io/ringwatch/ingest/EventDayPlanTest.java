package io.ringwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which days an incremental night carries from the state and which it reads (no Spark). */
class EventDayPlanTest {
  private static final LocalDate D = LocalDate.parse("2026-11-20");

  /** A day as listed or kept: its entry {@code <day>.csv}, fingerprint {@code fp}, bound rows {@code bound}. */
  private static EventDayFiles day(String dataset, LocalDate day, String fp, long bound) {
    return new EventDayFiles(dataset, day, day + ".csv", 1, 100, fp, 10, 1, 9, bound);
  }

  /** Thirty kept days ending at {@code D}, the last with rows after its window (an exporter behind UTC). */
  private static List<EventDayFiles> kept() {
    List<EventDayFiles> out = new ArrayList<>();
    for (int i = 29; i >= 0; i--) {
      out.add(day("auth_events", D.minusDays(i), "f" + i, i == 0 ? 3 : 0));
    }
    return out;
  }

  /** Tonight's listing: the window moved a day on, every kept day's files as they were, and a new day. */
  private static List<EventDayFiles> tonight() {
    List<EventDayFiles> out = new ArrayList<>();
    for (int i = 28; i >= 0; i--) {
      out.add(day("auth_events", D.minusDays(i), "f" + i, 0));
    }
    out.add(day("auth_events", D.plusDays(1), "new", 0));
    return out;
  }

  private static Map<LocalDate, String> reads(EventDayPlan p) {
    return p.read().stream().collect(Collectors.toMap(r -> r.day().day(), EventDayPlan.Read::why));
  }

  @Test
  void aNightCarriesTheDaysAsTheyWereAndReadsTheNewDayAndTheDayBoundToTheLastRunDate() {
    EventDayPlan p = EventDayPlan.of("auth_events", kept(), tonight());
    assertEquals(28, p.carried().size());
    assertEquals(D.minusDays(28), p.carried().get(0).day());
    assertEquals(D.minusDays(1), p.carried().get(27).day());
    assertEquals(Map.of(D, EventDayPlan.RUN_DATE_BOUND, D.plusDays(1), EventDayPlan.NEW), reads(p));
    assertEquals(List.of(D.minusDays(29)), p.left(), "the day that left the window");
    assertEquals(9, p.carried().get(0).inWindow(), "a carried day keeps its kept counts");
    assertEquals("auth_events: 28 day(s) carried, 2 read (2026-11-20 rows whose fate depends on the run date; "
        + "2026-11-21 new), 1 left", p.describe());
  }

  @Test
  void aChangedDayIsReadWithEveryDayAfterIt() {
    List<EventDayFiles> t = new ArrayList<>(tonight());
    t.set(10, day("auth_events", t.get(10).day(), "re-sent", 0));
    EventDayPlan p = EventDayPlan.of("auth_events", kept(), t);
    LocalDate changed = t.get(10).day();
    assertEquals(10, p.carried().size());
    assertTrue(p.carried().stream().allMatch(c -> c.day().isBefore(changed)));
    assertEquals(EventDayPlan.CHANGED, reads(p).get(changed));
    assertEquals(EventDayPlan.AFTER_READ, reads(p).get(changed.plusDays(1)),
        "an earlier day decides which of two rows with one key is kept");
    assertEquals(20, p.read().size(), "the changed day, the 18 after it and the new day");
  }

  @Test
  void aDayUnderAnotherEntryOrWithoutTheBoundCountIsRead() {
    List<EventDayFiles> k = new ArrayList<>(kept());
    k.set(5, new EventDayFiles("auth_events", k.get(5).day(), "event_date=" + k.get(5).day(), 1, 100, "f24", 10, 1, 9, 0));
    k.set(2, new EventDayFiles("auth_events", k.get(2).day(), k.get(2).entry(), 1, 100, "f27", 10, 1, 9, -1));
    EventDayPlan p = EventDayPlan.of("auth_events", k, tonight());
    assertEquals(EventDayPlan.UNCOUNTED, reads(p).get(k.get(2).day()));
    assertEquals(EventDayPlan.AFTER_READ, reads(p).get(k.get(3).day()), "after the uncounted day");
    assertEquals(EventDayPlan.CHANGED, reads(p).get(k.get(5).day()), "a folder now where a file was");
    assertEquals(1, p.carried().size(), "only the day before the first read");
  }

  @Test
  void aDayNamingAChangedIdThatCannotBeValidatedAloneIsReadAloneAsItsKeysKeepTheirRanks() {
    EventDayPlan p = EventDayPlan.of("auth_events", kept(), tonight(), java.util.Set.of(D.minusDays(3), D.minusDays(20)),
        java.util.Set.of());
    assertEquals(EventDayPlan.IDS_CHANGED, reads(p).get(D.minusDays(3)));
    assertEquals(EventDayPlan.IDS_CHANGED, reads(p).get(D.minusDays(20)));
    assertEquals(Map.of(D.minusDays(3), EventDayPlan.IDS_CHANGED, D.minusDays(20), EventDayPlan.IDS_CHANGED,
        D, EventDayPlan.RUN_DATE_BOUND, D.plusDays(1), EventDayPlan.NEW), reads(p), "no day after them read for it");
    assertEquals(26, p.carried().size());
  }

  @Test
  void aDayWhoseRowsNamingChangedIdsAreValidatedAloneIsCarried() {
    EventDayPlan p = EventDayPlan.of("auth_events", kept(), tonight(), java.util.Set.of(D.minusDays(20)),
        java.util.Set.of(D.minusDays(3), D.minusDays(25), D));
    assertEquals(List.of(D.minusDays(25), D.minusDays(3)), p.rechecked(), "the carried ones; D is read (run date)");
    assertEquals(Map.of(D.minusDays(20), EventDayPlan.IDS_CHANGED, D, EventDayPlan.RUN_DATE_BOUND,
        D.plusDays(1), EventDayPlan.NEW), reads(p));
    assertEquals(27, p.carried().size());
    assertTrue(p.describe().startsWith("auth_events: 27 day(s) carried (" + EventDayPlan.RECHECKED + " on "
        + D.minusDays(25) + ", " + D.minusDays(3) + "), 3 read ("), p.describe());

    // Every day carried: the newest is read, so it is no longer checked again.
    List<EventDayFiles> asKept = kept().subList(0, 29);
    EventDayPlan all = EventDayPlan.of("auth_events", asKept, asKept, java.util.Set.of(),
        java.util.Set.of(D.minusDays(1), D.minusDays(4))).readingOne();
    assertEquals(List.of(D.minusDays(4)), all.rechecked());
    assertEquals(Map.of(D.minusDays(1), EventDayPlan.NEWEST), reads(all));
  }

  @Test
  void withoutStateOrForAnotherDatasetEveryDayIsRead() {
    EventDayPlan none = EventDayPlan.of("auth_events", List.of(), tonight());
    assertTrue(none.readsEverything());
    assertTrue(none.read().stream().allMatch(r -> r.why().equals(EventDayPlan.NEW)));
    assertEquals(tonight().size(), none.read().size());

    List<EventDayFiles> endpoint = tonight().stream().map(d -> day("endpoint_events", d.day(), d.fingerprint(), 0))
        .toList();
    EventDayPlan other = EventDayPlan.of("endpoint_events", kept(), endpoint);
    assertTrue(other.readsEverything(), "auth_events' state says nothing of endpoint_events");
  }

  @Test
  void aDayGoneFromTheInputIsLeftAndDaysAfterItStillCarry() {
    List<EventDayFiles> t = new ArrayList<>(tonight());
    LocalDate gone = t.remove(3).day();
    EventDayPlan p = EventDayPlan.of("auth_events", kept(), t);
    assertTrue(p.left().contains(gone));
    assertEquals(27, p.carried().size(), "a full night would not read it either; no day after it changes");
  }
}
