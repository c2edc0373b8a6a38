package io.ringwatch.cli;

import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.pipeline.RunFailure;
import io.ringwatch.publish.CheckSettings;
import io.ringwatch.publish.PublishedRunCheck;
import io.ringwatch.spark.SparkSessionFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ringwatch check}: the data-quality gate on a published run (conf/publish.conf). */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks a published run: audit status, reconciliation, table integrity, plausible flag rate.")
public final class CheckCommand implements Callable<Integer> {
  @Option(names = "--output", required = true, description = "Output root of the Delta tables.")
  String output;

  @Option(names = "--run-date", required = true, description = "Business date of the run, YYYY-MM-DD.")
  String runDate;

  @Option(names = "--conf", description = "HOCON file layered over conf/application.conf.")
  Path conf;

  @Override
  public Integer call() {
    LocalDate date = parseDate(runDate);
    Settings settings = SettingsLoader.load(conf);
    CheckSettings check = CheckSettings.from(settings);
    List<PublishedRunCheck.Finding> findings = PublishedRunCheck.run(
        SparkSessionFactory.create(settings.spark()), check, output, date);
    findings.forEach(System.out::println);
    List<PublishedRunCheck.Finding> failed = findings.stream().filter(f -> !f.passed()).toList();
    if (!failed.isEmpty()) {
      throw new RunFailure("check of " + date + " failed: " + failed.get(0).check() + ": " + failed.get(0).detail()
          + (failed.size() > 1 ? " (and " + (failed.size() - 1) + " more)" : ""));
    }
    System.out.println("ringwatch check " + date + ": passed " + findings.size() + " checks");
    return 0;
  }

  static LocalDate parseDate(String runDate) {
    try {
      return LocalDate.parse(runDate);
    } catch (DateTimeParseException e) {
      throw new RunFailure("--run-date '" + runDate + "' is not a date of the form YYYY-MM-DD");
    }
  }
}
