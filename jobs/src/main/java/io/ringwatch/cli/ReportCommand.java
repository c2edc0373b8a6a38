package io.ringwatch.cli;

import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.pipeline.RunFailure;
import io.ringwatch.report.ExecutiveReport;
import io.ringwatch.report.ReportSettings;
import io.ringwatch.score.ScoreSettings;
import io.ringwatch.spark.SparkSessionFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ringwatch report}: the executive summary of one run, from the published tables (cli.md). */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Writes the executive summary of a run as HTML and PDF under DIR/report/<run-date>/, "
        + "from the published tables only.")
public final class ReportCommand implements Callable<Integer> {
  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Output root holding the published Delta tables (outputs.md).")
  String output;

  @Option(names = "--run-date", required = true, paramLabel = "YYYY-MM-DD", description = "Run date to report on.")
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
    ReportSettings reportSettings = ReportSettings.from(settings);
    ScoreSettings score = ScoreSettings.from(settings);
    SparkSession spark = SparkSessionFactory.create(settings.spark());
    ExecutiveReport.Written w = ExecutiveReport.write(spark, reportSettings, output, date,
        new double[] {score.medium(), score.high(), score.critical()});
    System.out.printf("ringwatch report %s: %d workers, %d high or critical, %d clusters; %s and %s%n", date,
        w.data().workersScreened(), w.data().flaggedWorkers(), w.data().clusters(), w.html(), w.pdf());
    return 0;
  }
}
