package io.ringwatch.cli;

import io.ringwatch.config.Settings;
import io.ringwatch.report.ExecutiveReport;
import io.ringwatch.report.ReportDelivery;
import io.ringwatch.report.ReportSettings;
import io.ringwatch.score.ScoreSettings;
import io.ringwatch.spark.SparkSessionFactory;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ringwatch report}: the executive summary of one run, from the published tables (cli.md). */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Writes the executive summary of a run as HTML and PDF under DIR/report/<run-date>/, "
        + "from the published tables only.")
public final class ReportCommand implements Callable<Integer> {
  @Mixin RunOptions run;

  @Option(names = "--deliver-to", paramLabel = "DIR", description = "Also copy the report to DIR/<run-date>/ "
      + "(a shared folder or an hdfs://, s3a://, abfss:// prefix people read).")
  String deliverTo;

  @Override
  public Integer call() {
    LocalDate date = run.date();
    Settings settings = run.settings();
    ReportSettings reportSettings = ReportSettings.from(settings);
    ScoreSettings score = ScoreSettings.from(settings);
    SparkSession spark = SparkSessionFactory.create(settings.spark());
    ExecutiveReport.Written w = ExecutiveReport.write(spark, reportSettings, run.output, date,
        new double[] {score.medium(), score.high(), score.critical()});
    System.out.printf("ringwatch report %s: %d workers, %d high or critical, %d clusters; %s and %s%n", date,
        w.data().workersScreened(), w.data().flaggedWorkers(), w.data().clusters(), w.html(), w.pdf());
    if (deliverTo != null && !deliverTo.isBlank()) {
      String folder = new org.apache.hadoop.fs.Path(w.html()).getParent().toString();
      for (String copy : ReportDelivery.deliver(spark.sparkContext().hadoopConfiguration(), folder, deliverTo, date)) {
        System.out.println("delivered " + copy);
      }
    }
    return 0;
  }
}
