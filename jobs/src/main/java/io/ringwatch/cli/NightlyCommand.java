package io.ringwatch.cli;

import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.pipeline.NightlyPipeline;
import io.ringwatch.pipeline.RunFailure;
import io.ringwatch.spark.SparkSessionFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ringwatch nightly}: the whole nightly run (../shared/contracts/cli.md). */
@Command(name = "nightly", mixinStandardHelpOptions = true,
    description = "Ingest, screen, build the identity graph, score and publish the Delta tables for one run date.")
public final class NightlyCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, description = "Input root holding the datasets (inputs.md).")
  String input;

  @Option(names = "--output", required = true, description = "Output root of the Delta tables (outputs.md).")
  String output;

  @Option(names = "--run-date", required = true, description = "Business date of the run, YYYY-MM-DD.")
  String runDate;

  @Option(names = "--conf", description = "HOCON file layered over conf/application.conf.")
  Path conf;

  @Override
  public Integer call() {
    LocalDate date;
    try {
      date = LocalDate.parse(runDate);
    } catch (DateTimeParseException e) {
      throw new RunFailure("--run-date '" + runDate + "' is not a date of the form YYYY-MM-DD");
    }
    Settings settings = SettingsLoader.load(conf);
    SparkSession spark = SparkSessionFactory.create(settings.spark());
    NightlyPipeline.Result r = NightlyPipeline.run(spark, settings, input, output, date);
    System.out.printf("ringwatch nightly %s: %d workers scored, %d critical, %d high, %d clusters; run %s; tables in %s%n",
        date, r.rowsWritten().get("worker_risk"), r.critical(), r.high(), r.clusters(), r.runId(), output);
    return 0;
  }
}
