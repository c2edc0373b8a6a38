package io.ringwatch.lab.nights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The series' reading of run_audit's night_reason, and its options' limits (no Spark). */
class ReasonsTest {
  @Test
  void theDaysCarriedAndReadAreSummedOverTheEventDatasets() {
    assertEquals("57 / 4", Reasons.carriedAndRead("state of 2026-11-19 carried forward: auth_events: 29 day(s) carried, "
        + "2 read (2026-11-19 rows whose time depends on the run date; 2026-11-20 new); endpoint_events: 28 day(s) "
        + "carried, 2 read (2026-11-19 …; 2026-11-20 new), 1 left"));
    assertEquals("–", Reasons.carriedAndRead("first night for this output"));
    assertEquals("–", Reasons.carriedAndRead(null));
  }

  @Test
  void optionsOutsideTheirLimitsAreRefused() {
    LocalDate last = LocalDate.parse("2026-11-30");
    NightSeries.Options ok = new NightSeries.Options(40, 1, last, 3, 3, null, 0, 2, 2);
    assertThrows(IllegalArgumentException.class, () -> new NightSeries.Options(40, 1, last, 3, 3, null, 0, 0, 3),
        "the last night is no backfill");
    assertEquals(LocalDate.parse("2026-11-28"), ok.night(0));
    assertEquals(last, ok.night(2));
    assertThrows(IllegalArgumentException.class, () -> new NightSeries.Options(40, 1, last, 3, 3, null, 0, 1, 0),
        "a decision needs a night before it");
    assertThrows(IllegalArgumentException.class, () -> new NightSeries.Options(40, 1, last, 3, 3, null, 0, 4, 0));
    assertThrows(IllegalArgumentException.class, () -> new NightSeries.Options(40, 1, last, 0, 3, null, 0, 0, 0));
  }
}
