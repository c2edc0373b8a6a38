package io.ringwatch.lab.bench;

import io.ringwatch.testing.EndToEnd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ringwatch bench} end to end on a tiny company in this JVM: one nightly, on the Parquet
 * copy (which exercises generation and conversion too); the CSV side is checked by its bare scan
 * alone, since a second nightly would only repeat the same stages at the suite's expense.
 */
@EndToEnd
class BenchEndToEndTest {
  @TempDir Path work;

  @Test
  void everyStageHasItsFiguresBesideTheScanFloor() throws Exception {
    SharedSpark.get();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    Bench bench = new Bench(new Bench.Options(List.of(300), List.of("parquet"), work, 3,
        LocalDate.parse("2026-11-20"), null, true, null, false), new PrintStream(progress, true));
    List<RunFigures> runs = bench.run();

    assertEquals(1, runs.size());
    assertTrue(Files.exists(work.resolve("company-300-3/truth/manifest.json")));
    assertTrue(ParquetInputs.done(work.resolve("company-300-3-parquet")));
    assertTrue(runs.get(0).generateNanos() > 0, "the company was generated, and timed");
    assertTrue(runs.get(0).convertNanos() > 0, "the Parquet copy was made, and timed");
    long scannedCsv = BareScan.run(SharedSpark.get(), work.resolve("company-300-3").toString(), "csv").rows();
    for (RunFigures r : runs) {
      assertNull(r.error(), r.error());
      assertEquals(Stages.NIGHTLY, r.stages().stream().map(StageFigures::stage)
          .filter(s -> !s.equals(Stages.OTHER)).toList(), r.format());
      long sum = 0;
      for (StageFigures s : r.stages()) {
        assertTrue(s.wallNanos() >= 0 && s.cpuNanos() >= 0 && s.shuffleBytes() >= 0 && s.peakHeapBytes() >= 0 && s.liveHeapBytes() >= 0
            && s.gcMillis() >= 0, s.toString());
        sum += s.wallNanos();
        if (!s.stage().equals(Stages.OTHER)) {
          assertTrue(s.rowsOut() > 0, s.toString());
          assertTrue(s.peakHeapBytes() > 0, s.toString());
        }
      }
      // the stages and the time outside them add up to the nightly's wall time
      assertEquals(r.nightlyNanos(), sum, r.nightlyNanos() / 20.0);
      assertTrue(r.stages().stream().mapToLong(StageFigures::shuffleBytes).sum() > 0, "joins shuffle");
      StageFigures ingest = r.stages().get(0);
      assertEquals("ingest", ingest.stage());
      assertEquals(r.scanRows(), ingest.rowsIn(), "ingest reads every row the bare scan reads");
      assertTrue(r.scanNanos() > 0 && r.ratio() > 0);
      assertTrue(r.scanCpuNanos() > 0 && r.cpuRatio() > 0);
      assertEquals(scannedCsv, r.scanRows(), "CSV and its Parquet copy hold the same rows");
    }
    String report = BenchReport.render(bench.header("test"), runs);
    assertTrue(report.contains("## 300 workers, parquet"), report);
    assertTrue(report.contains("| bare scan (floor)"), report);
    for (String stage : Stages.NIGHTLY) {
      assertEquals(1, report.lines().filter(l -> l.startsWith("| " + stage + " ")).count(), stage);
    }
    assertFalse(Verdict.check(runs).isEmpty());

    // A second bench reuses the company and its Parquet copy.
    Bench.Prepared reused = new Bench(new Bench.Options(List.of(300), List.of("parquet"), work, 3,
        LocalDate.parse("2026-11-20"), null, true, null, false), new PrintStream(progress, true)).prepare(300, "parquet");
    assertEquals(work.resolve("company-300-3-parquet"), reused.input());
    assertEquals(-1, reused.generateNanos());
    assertEquals(-1, reused.convertNanos());
  }
}
