package io.ringwatch.testing;

import static org.apache.spark.sql.functions.col;

import io.ringwatch.config.SettingsLoader;
import io.ringwatch.pipeline.NightlyPipeline;
import io.ringwatch.synth.CompanyGenerator;
import io.ringwatch.synth.GeneratorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Two real published nights, made once per test JVM and shared by every test that reads
 * published tables (the end-to-end checks, the quality gate, the notebooks, the report): a
 * generated company of 2,000 workers (seed 7) run by {@code nightly} for {@link #PREVIOUS_DATE}
 * and then {@link #RUN_DATE}, so history, time travel and "new since the last run" have
 * something to show. A nightly run costs about a minute here; running it once saves the suite
 * several.
 */
public final class PublishedNights {
  public static final LocalDate PREVIOUS_DATE = LocalDate.parse("2026-11-19");
  public static final LocalDate RUN_DATE = LocalDate.parse("2026-11-20");
  public static final int WORKERS = 2000;
  public static final long SEED = 7;

  private static Path root;
  private static NightlyPipeline.Result previous;
  private static NightlyPipeline.Result latest;

  private PublishedNights() {}

  /** Generates the company and publishes both nights, the first time it is called. */
  public static synchronized void ensure() {
    if (root != null) {
      return;
    }
    try {
      Path dir = Files.createTempDirectory("ringwatch-published-nights");
      Path input = dir.resolve("company");
      CompanyGenerator.generate(GeneratorOptions.of(WORKERS, SEED), input);
      var settings = SettingsLoader.load(null);
      String output = dir.resolve("out").toString();
      previous = NightlyPipeline.run(SharedSpark.get(), settings, input.toString(), output, PREVIOUS_DATE);
      latest = NightlyPipeline.run(SharedSpark.get(), settings, input.toString(), output, RUN_DATE);
      root = dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path input() {
    ensure();
    return root.resolve("company");
  }

  public static String output() {
    ensure();
    return root.resolve("out").toString();
  }

  public static NightlyPipeline.Result previousResult() {
    ensure();
    return previous;
  }

  public static NightlyPipeline.Result latestResult() {
    ensure();
    return latest;
  }

  /** A published table's rows of one run date. */
  public static Dataset<Row> table(String name, LocalDate date) {
    return SharedSpark.get().read().format("delta").load(output() + "/" + name)
        .filter(col("run_date").equalTo(Date.valueOf(date)));
  }
}
