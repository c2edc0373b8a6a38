package io.ringwatch.cli;

import io.ringwatch.config.Settings;
import io.ringwatch.run.RunFailure;
import io.ringwatch.publish.CheckSettings;
import io.ringwatch.publish.PublishedRunCheck;
import io.ringwatch.spark.SparkSessionFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ringwatch check}: the data-quality gate on a published run (conf/publish.conf). */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks a published run: audit status, reconciliation, table integrity, plausible flag rate.")
public final class CheckCommand implements Callable<Integer> {
  @Mixin RunOptions run;

  @Override
  public Integer call() {
    LocalDate date = run.date();
    Settings settings = run.settings();
    CheckSettings check = CheckSettings.from(settings);
    List<PublishedRunCheck.Finding> findings = PublishedRunCheck.run(
        SparkSessionFactory.create(settings.spark()), check, run.output, date);
    findings.forEach(System.out::println);
    List<PublishedRunCheck.Finding> failed = findings.stream().filter(f -> !f.passed()).toList();
    if (!failed.isEmpty()) {
      throw RunFailure.quality("check of " + date + " failed: " + failed.get(0).check() + ": " + failed.get(0).detail()
          + (failed.size() > 1 ? " (and " + (failed.size() - 1) + " more)" : ""));
    }
    System.out.println("ringwatch check " + date + ": passed " + findings.size() + " checks");
    return 0;
  }
}
