package io.ringwatch.reference.sanctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.run.RunFailure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tonight's sanctions counts against the last published run's (no Spark). */
class SanctionsShrinkCheckTest {
  static final String L = "OFAC-SDN";

  static List<ListFileCounts> counts(long sdnEntries, long dprk, long wallets, long emails, long altRows) {
    return List.of(new ListFileCounts(L, "sdn.csv", sdnEntries, sdnEntries, dprk, wallets, emails, 0),
        new ListFileCounts(L, "sdn_dprk_supplement.csv", 44, 44L, 31L, 0L, 2L, 0),
        new ListFileCounts(L, "alt.csv", altRows, null, null, null, null, 0),
        new ListFileCounts(L, "add.csv", 24776, null, null, null, null, 0));
  }

  static SanctionsShrinkCheck.Baseline last() {
    return new SanctionsShrinkCheck.Baseline("run-2026-11-19-x", LocalDate.of(2026, 11, 19),
        counts(14951, 562, 524, 60, 20260));
  }

  @Test
  void theCountsOfIssue19StopTheRunNamingTheListAndTheNumbers() {
    // sdn.csv with a changed column count: DPRK entries 593 -> 151, wallets 524 -> 12
    RunFailure e = assertThrows(RunFailure.class,
        () -> new SanctionsShrinkCheck(0.8, 20, false).check(counts(854, 120, 12, 3, 20260), last()));
    String m = e.getMessage();
    assertTrue(m.contains("OFAC-SDN entries 14995 -> 898 (6%)"), m);
    assertTrue(m.contains("OFAC-SDN DPRK entries 593 -> 151 (25%)"), m);
    assertTrue(m.contains("OFAC-SDN wallets 524 -> 12 (2%)"), m);
    assertTrue(m.contains("run-2026-11-19-x (2026-11-19)"), m);
    assertTrue(m.contains("-Dringwatch.screen.reference-checks.accept-shrink=true"), m);
    assertEquals(-1, m.indexOf('\n'));
  }

  @Test
  void anAuxiliaryFileThatLostItsRowsStopsTheRun() {
    RunFailure e = assertThrows(RunFailure.class,
        () -> new SanctionsShrinkCheck(0.8, 20, false).check(counts(14951, 562, 524, 60, 900), last()));
    assertTrue(e.getMessage().contains("alt.csv rows 20260 -> 900"), e.getMessage());
  }

  @Test
  void aSmallShrinkOrGrowthPasses() {
    SanctionsShrinkCheck check = new SanctionsShrinkCheck(0.8, 20, false);
    assertEquals(List.of(), check.check(counts(13000, 480, 430, 50, 19000), last()));
    assertEquals(List.of(), check.check(counts(16000, 700, 600, 80, 21000), last()));
  }

  @Test
  void anEntryMovingBetweenSdnLayoutFilesIsNoLoss() {
    // the supplement's rows folded into a newer official sdn.csv: the list's totals are compared
    List<ListFileCounts> now = List.of(new ListFileCounts(L, "sdn.csv", 14995, 14995L, 593L, 524L, 62L, 0),
        new ListFileCounts(L, "alt.csv", 20260, null, null, null, null, 0),
        new ListFileCounts(L, "add.csv", 24776, null, null, null, null, 0));
    assertEquals(List.of(), new SanctionsShrinkCheck(0.8, 20, false).check(now, last()));
  }

  @Test
  void anAcceptedShrinkIsReturnedNotThrown() {
    List<SanctionsShrinkCheck.Shrink> s = new SanctionsShrinkCheck(0.8, 20, true)
        .check(counts(854, 120, 12, 3, 20260), last());
    assertEquals(4, s.size(), s.toString());
  }

  @Test
  void noBaselineOrSmallCountsAreNotCompared() {
    SanctionsShrinkCheck check = new SanctionsShrinkCheck(0.8, 100, false);
    assertEquals(List.of(), check.check(counts(1, 0, 0, 0, 0), null));
    // e-mails (60 + 2) are under min-last-count 100: not compared
    assertEquals(List.of(), check.check(counts(14951, 562, 524, 0, 20260), last()));
    assertEquals(List.of(), new SanctionsShrinkCheck(0.0, 0, false).check(counts(1, 0, 0, 0, 0), last()));
  }
}
