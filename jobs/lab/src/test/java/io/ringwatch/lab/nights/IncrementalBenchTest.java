package io.ringwatch.lab.nights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.lab.bench.Bench;
import io.ringwatch.synth.CompanyAsOf;
import io.ringwatch.testing.EndToEnd;
import io.ringwatch.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ringwatch bench --incremental} on a small company in this JVM (a three-day look-back,
 * to keep it short): the night before runs full, the run date's night in full and incrementally,
 * each beside its scan floor, and the two nights' tables compared.
 */
@EndToEnd
class IncrementalBenchTest {
  static final LocalDate NIGHT = LocalDate.parse("2026-11-20");

  @TempDir Path work;

  @Test
  void theIncrementalNightIsMeasuredBesideTheFullOneAndTheDaysNewDrops() throws Exception {
    SharedSpark.get();
    Path conf = work.resolve("short.conf");
    Files.writeString(conf, "ringwatch.ingest.lookback-days = 3\n");
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    IncrementalBench bench = new IncrementalBench(new Bench.Options(List.of(60), List.of("csv"), work, 3, NIGHT,
        null, true, conf, false), new PrintStream(progress, true, StandardCharsets.UTF_8));
    List<IncrementalBench.Figures> all = bench.run();
    String lines = progress.toString(StandardCharsets.UTF_8);

    assertEquals(1, all.size());
    IncrementalBench.Figures f = all.get(0);
    assertFalse(f.failed(), lines);
    assertEquals("incremental", f.kind(), lines);
    assertEquals(List.of(), f.differences(), lines);
    assertTrue(IncrementalBench.same(all));

    Path drops = work.resolve("drops-60-3");
    long newRows = 0;
    for (String events : List.of("auth_events", "endpoint_events")) {
      newRows += CompanyAsOf.rowsPerFile(drops.resolve(events)).get(NIGHT.minusDays(1) + ".csv");
    }
    assertTrue(newRows > 0, "the run date's night has a new drop");
    assertEquals(newRows, f.incremental().scanRows(), "the incremental night's floor scans the new drops only");
    // every input file, drops before the look-back included (which ingest skips by their day)
    assertTrue(f.full().scanRows() >= f.full().stages().get(0).rowsIn(), "the full night's floor scans every input");
    assertEquals(0, f.history().scanRows(), "the history night has no floor");
    // run_audit counts a carried day's rows as read, as the full night does (the same table) …
    assertEquals(f.full().stages().get(0).rowsIn(), f.incremental().stages().get(0).rowsIn());
    // … and the bytes each ingest read from files are measured (with a three-day window the
    // kept state outweighs the few drops a full night reads; the bench's 30 days are the other way)
    assertTrue(f.full().stages().get(0).inputBytes() > 0, f.full().stages().get(0).toString());
    assertTrue(f.incremental().stages().get(0).inputBytes() > 0, f.incremental().stages().get(0).toString());

    String report = IncrementalBench.render(bench.header("test"), all);
    assertTrue(report.contains("## 60 workers, the night of 2026-11-20: full against incremental"), report);
    assertTrue(report.lines().anyMatch(l -> l.matches("\\|\\s*60\\s*\\|\\s*2026-11-20 incrementally\\s*\\|\\s*incremental\\s*\\|.*")),
        report);
    assertTrue(report.contains("- met: 60 workers: its tables equal the full recompute's"), report);
    assertEquals(1, report.lines().filter(l -> l.startsWith("| ingest ")).count(), report);
  }
}
