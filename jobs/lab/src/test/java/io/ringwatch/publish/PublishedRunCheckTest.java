package io.ringwatch.publish;

import io.ringwatch.testing.EndToEnd;

import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.cli.Main;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.testing.PublishedNights;
import io.ringwatch.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-quality gate on real published nights, and on nights that were tampered with. */
@EndToEnd
class PublishedRunCheckTest {
  @TempDir Path dir;

  private static CheckSettings defaults() {
    return CheckSettings.from(SettingsLoader.load(null));
  }

  @Test
  void aRealNightPassesEveryCheck() {
    List<PublishedRunCheck.Finding> findings = PublishedRunCheck.run(SharedSpark.get(), defaults(),
        PublishedNights.output(), PublishedNights.RUN_DATE);
    assertTrue(findings.stream().allMatch(PublishedRunCheck.Finding::passed), findings.toString());
    // run_audit, five datasets, seven tables, workers scored, flagged share
    assertTrue(findings.size() >= 14, findings.toString());
  }

  @Test
  void aDateWithoutARunFails() {
    List<PublishedRunCheck.Finding> findings = PublishedRunCheck.run(SharedSpark.get(), defaults(),
        PublishedNights.output(), PublishedNights.RUN_DATE.plusDays(1));
    assertEquals(1, findings.size());
    assertFalse(findings.get(0).passed());
    assertTrue(findings.get(0).detail().startsWith("no published run for 2026-11-21"), findings.toString());
  }

  @Test
  void rowsOfAnotherRunOrAnImplausibleFlagRateFailTheGate() throws Exception {
    Path copy = dir.resolve("out");
    FileUtils.copyDirectory(Path.of(PublishedNights.output()).toFile(), copy.toFile());
    var spark = SharedSpark.get();
    String clusters = copy.resolve("clusters").toString();
    // A stray row in the night's partition, as a half-finished manual fix would leave.
    spark.read().format("delta").load(clusters).filter("run_date = DATE'2026-11-20'").limit(1)
        .withColumn("run_id", lit("run-manual-fix")).write().format("delta").mode("append").save(clusters);
    List<PublishedRunCheck.Finding> findings = PublishedRunCheck.run(spark,
        new CheckSettings(1, 0.05, 0.0001), copy.toString(), PublishedNights.RUN_DATE);
    List<String> failed = findings.stream().filter(f -> !f.passed()).map(PublishedRunCheck.Finding::check).toList();
    assertEquals(List.of("table clusters", "flagged share"), failed, findings.toString());
    String clusterFinding = findings.stream().filter(f -> f.check().equals("table clusters")).findFirst()
        .orElseThrow().detail();
    assertTrue(clusterFinding.contains("rows of another run: 1"), clusterFinding);
  }

  @Test
  void theCommandExitsNonZeroWithOneLineWhenTheGateFails() throws Exception {
    Path conf = dir.resolve("gate.conf");
    Files.writeString(conf, "ringwatch.spark { master = \"local[2]\", shuffle-partitions = 2 }\n"
        + "ringwatch.publish.check.min-workers = 1000000\n");
    PrintStream err = System.err;
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int status;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      status = Main.run("check", "--output", PublishedNights.output(), "--run-date", "2026-11-20",
          "--conf", conf.toString());
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    assertEquals(4, status, "a failed gate exits 4 (cli.md)");
    String line = Stream.of(captured.toString(StandardCharsets.UTF_8).split("\n"))
        .filter(l -> l.startsWith("ringwatch: ")).findFirst().orElse("");
    assertTrue(line.startsWith("ringwatch: check of 2026-11-20 failed: workers scored: 2000 scored"), line);
  }
}
