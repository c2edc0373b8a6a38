package io.ringwatch.lab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure parts of the benchmark: tables, rows per stage, and the verdict against the targets. */
class BenchReportTest {
  static final long S = 1_000_000_000L;

  /**
   * A run whose stages take the given seconds, in the order of {@link Stages#NIGHTLY} leaving out
   * the reference stage, which takes no time here (it reads a few small files).
   */
  static RunFigures run(int workers, String format, double scanSeconds, double... stageSeconds) {
    List<StageFigures> stages = new ArrayList<>();
    long total = 0;
    int given = 0;
    for (String stage : Stages.NIGHTLY) {
      if (given >= stageSeconds.length) {
        break;
      }
      long ns = stage.equals("reference") ? 0 : (long) (stageSeconds[given++] * S);
      total += ns;
      stages.add(new StageFigures(stage, ns, ns / 2, 100, 90, 1L << 20, 2L << 30, 1L << 30, 10, 3L << 20));
    }
    return new RunFigures(workers, format, "child", 16L << 30, stages, total, (long) (scanSeconds * S), 1000, 5000,
        -1, -1, -1, 1.0, 2.0, null, (long) (scanSeconds * S));
  }

  @Test
  void markdownTablePadsColumnsAlignsNumbersAndEscapesPipes() {
    String t = Markdown.table(List.of("stage", "wall s"), List.of(List.of("ingest", "12.5"), List.of("a|b", "3.0")),
        false, true);
    List<String> lines = t.lines().toList();
    assertEquals(4, lines.size());
    assertEquals("| stage  | wall s |", lines.get(0));
    assertEquals("|--------|-------:|", lines.get(1));
    assertEquals("| ingest |   12.5 |", lines.get(2));
    assertEquals("| a\\|b   |    3.0 |", lines.get(3));
    assertThrows(IllegalArgumentException.class, () -> Markdown.table(List.of("a"), List.of(List.of("1", "2"))));
  }

  @Test
  void numberFormats() {
    assertEquals("12.3", Markdown.seconds(12_345_000_000L));
    assertEquals("–", Markdown.seconds(-1));
    assertEquals("1,536", Markdown.mib(1536L << 20));
    assertEquals("0.5", Markdown.mib(512L << 10));
    assertEquals("1,234,567", Markdown.count(1_234_567));
    assertEquals("–", Markdown.count(-1));
    assertEquals("10k", Markdown.size(10_000));
    assertEquals("1M", Markdown.size(1_000_000));
    assertEquals("300", Markdown.size(300));
    assertEquals("1500", Markdown.size(1500));
  }

  @Test
  void rowsOfAStageAreTheSumOfItsDatasetsAndUnknownWhenNoneIsCounted() {
    Map<String, Long> counts = Map.of("workers", 10L, "payments", 200L, "devices", 12L, "identity_links", 50L,
        "read:hr_workers", 11L, "read:devices", 13L);
    assertEquals(222, Stages.total(Stages.produces("normalize"), counts));
    assertEquals(50, Stages.total(Stages.reads("graph"), counts));
    assertEquals(24, Stages.total(Stages.reads("ingest"), counts));
    assertEquals(-1, Stages.total(Stages.produces("graph"), counts));
    assertEquals(-1, Stages.total(Stages.reads("stage tables"), counts));
    for (String stage : Stages.NIGHTLY) {
      assertFalse(Stages.produces(stage).isEmpty(), stage);
    }
  }

  @Test
  void timeMissNamesTheLargestStageAndScanMissSaysHowManyScansItCosts() {
    // 100k: 200 s in all, enrich the largest (120 s), scan 50 s → ratio 4
    RunFigures r = run(100_000, "csv", 50, 20, 10, 120, 5, 10, 10, 5, 5, 10, 5);
    List<Verdict.Line> lines = Verdict.check(List.of(r));
    assertEquals(2, lines.size());
    Verdict.Line time = lines.get(0);
    assertFalse(time.met());
    assertEquals("enrich", time.stage());
    assertTrue(time.detail().contains("nightly 200.0 s"), time.detail());
    assertTrue(time.detail().contains("enrich (120.0 s, 60%)"), time.detail());
    Verdict.Line scan = lines.get(1);
    assertFalse(scan.met());
    assertEquals("enrich", scan.stage());
    assertTrue(scan.detail().contains("nightly/scan 4.00"), scan.detail());
    assertTrue(scan.detail().contains("enrich alone costs 2.4 scans"), scan.detail());
  }

  @Test
  void metTargetsBlameNoStageAndAMillionChecksTheHeap() {
    RunFigures small = run(10_000, "parquet", 10, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    RunFigures large = run(1_000_000, "parquet", 400, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100);
    List<Verdict.Line> lines = Verdict.check(List.of(small, large));
    // 10k: time, scan; 1M: time, heap, scan; growth 10k → 1M
    assertEquals(6, lines.size(), lines.toString());
    for (Verdict.Line l : lines) {
      assertTrue(l.met(), l.text());
      assertNull(l.stage());
    }
    assertTrue(lines.get(3).target().contains("heap ≤ 16 GiB"));
    RunFigures bigHeap = new RunFigures(1_000_000, "csv", "child", 20L << 30, large.stages(), large.nightlyNanos(),
        large.scanNanos(), 1, 1, -1, -1, -1, 0, 0, null, 0);
    assertFalse(Verdict.check(List.of(bigHeap)).get(1).met());
  }

  @Test
  void growthWorseThanLinearNamesTheWorstGrowingStageOfWeight() {
    // 10k → 100k (×10): link grows ×80 (exponent 1.90); score grows ×100 but is < 5% of the larger run
    RunFigures small = run(10_000, "csv", 100, 10, 10, 10, 10, 5, 10, 10, 0.01, 10, 10);
    RunFigures large = run(100_000, "csv", 100, 100, 100, 100, 100, 400, 100, 100, 1, 100, 100);
    Verdict.Line growth = Verdict.growth(small, large);
    assertFalse(growth.met(), growth.text());
    assertEquals("link", growth.stage());
    assertTrue(growth.detail().contains("worst-growing stage link (size^1.90)"), growth.detail());
    assertEquals(1.0, Verdict.exponent(10, 100, 1000, 10_000), 1e-9);
    assertEquals(0.5, Verdict.exponent(10, 100, 1000, 100_000), 1e-9);
    // linear growth is met
    RunFigures linear = run(100_000, "csv", 100, 100, 100, 100, 100, 50, 100, 100, 0.1, 100, 100);
    assertTrue(Verdict.growth(small, linear).met());
  }

  @Test
  void failedRunsAreMissesAndTheReportHasEveryPart() {
    RunFigures ok = run(10_000, "csv", 10, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    RunFigures failed = RunFigures.failure(1_000_000, "csv", "child", 16L << 30, "OutOfMemoryError: Java heap space");
    List<Verdict.Line> lines = Verdict.check(List.of(ok, failed));
    assertTrue(lines.stream().anyMatch(l -> !l.met() && l.detail().contains("OutOfMemoryError")));
    String report = BenchReport.render("# header\n", List.of(ok, failed));
    assertTrue(report.contains("## Summary"));
    assertTrue(report.contains("## 10k workers, csv"));
    assertTrue(report.contains("| bare scan (floor)"));
    assertTrue(report.contains("Failed: OutOfMemoryError"));
    assertTrue(report.contains("## Verdict"));
    assertTrue(report.contains("| CPU nightly/scan |") || report.contains("CPU nightly/scan"), report);
    // the 10k run: 20 s of stages, half of it CPU, scan 10 s of CPU → CPU ratio 1.00
    assertEquals(1.0, ok.cpuRatio(), 1e-9);
    assertTrue(report.contains("**MISSED**: 1M csv run"));
    for (String stage : Stages.NIGHTLY) {
      assertTrue(report.contains("| " + stage + " "), stage);
    }
  }

  @Test
  void optionsAreValidatedAndHeapDefaultsBySize() {
    assertThrows(IllegalArgumentException.class, () -> new Bench.Options(List.of(10), List.of("orc"),
        java.nio.file.Path.of("/tmp"), 1, java.time.LocalDate.now(), null, true, null, false));
    assertThrows(IllegalArgumentException.class, () -> new Bench.Options(List.of(0), List.of("csv"),
        java.nio.file.Path.of("/tmp"), 1, java.time.LocalDate.now(), null, true, null, false));
    assertThrows(IllegalArgumentException.class, () -> new Bench.Options(List.of(10), List.of("csv"),
        java.nio.file.Path.of("/tmp"), 1, java.time.LocalDate.now(), "lots", true, null, false));
    assertEquals("6g", Bench.heapFor(100_000, null));
    assertEquals("16g", Bench.heapFor(1_000_000, null));
    assertEquals("4g", Bench.heapFor(1_000_000, "4g"));
    assertEquals(16L << 30, Bench.parseHeap("16g"));
    assertEquals(512L << 20, Bench.parseHeap("512m"));
  }
}
