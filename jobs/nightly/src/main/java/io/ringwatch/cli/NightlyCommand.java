package io.ringwatch.cli;

import io.ringwatch.config.Settings;
import io.ringwatch.pipeline.NightlyPipeline;
import io.ringwatch.spark.SparkSessionFactory;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ringwatch nightly}: the whole nightly run (../shared/contracts/cli.md). */
@Command(name = "nightly", mixinStandardHelpOptions = true,
    description = "Ingest, screen, build the identity graph, score and publish the Delta tables for one run date.")
public final class NightlyCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, description = "Input root holding the datasets (inputs.md).")
  String input;

  @Mixin RunOptions run;

  @Override
  public Integer call() {
    LocalDate date = run.date();
    Settings settings = run.settings();
    SparkSession spark = SparkSessionFactory.create(settings.spark(), SpillFolder.of(settings.spark(), run.output));
    NightlyPipeline.Result r = NightlyPipeline.run(spark, settings, input, run.output, date);
    System.out.printf("ringwatch nightly %s: %d workers scored, %d critical, %d high, %d clusters; run %s; tables in %s%n",
        date, r.rowsWritten().get("worker_risk"), r.critical(), r.high(), r.clusters(), r.runId(), run.output);
    return 0;
  }
}
