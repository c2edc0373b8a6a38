package io.ringwatch.lab.cli;

import io.ringwatch.config.SettingsLoader;
import io.ringwatch.lab.bench.Bench;
import io.ringwatch.lab.nights.NightSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ringwatch nights}: consecutive nights run incrementally and in full, compared night by night (issue 23). */
@Command(name = "nights", mixinStandardHelpOptions = true,
    description = "Generates one company as of the last night, cuts it into the exports of each of N consecutive "
        + "nights (new hires, leavers, payments, daily event drops), runs every night incrementally on one output "
        + "and in full on another, and compares the two nights' tables row for row; optionally leavers leave the "
        + "HR extract, devices are registered late, an auditor clears a false positive, and past nights are "
        + "backfilled. Prints one line a night and a table; exit status 1 when any night differs. "
        + "Runs in this JVM (RINGWATCH_HEAP).")
public final class NightsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--work", required = true, paramLabel = "DIR", description = "work folder (emptied first)")
  Path work;

  @Option(names = "--workers", defaultValue = "300", paramLabel = "N", description = "workers (default: ${DEFAULT-VALUE})")
  int workers;

  @Option(names = "--seed", defaultValue = "5", paramLabel = "S", description = "generator seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--nights", defaultValue = "30", paramLabel = "N", description = "nights (default: ${DEFAULT-VALUE})")
  int nights;

  @Option(names = "--last-night", defaultValue = "2026-11-30", paramLabel = "YYYY-MM-DD",
      description = "the last night's run date (default: ${DEFAULT-VALUE})")
  LocalDate lastNight;

  @Option(names = "--lookback-days", defaultValue = "30", paramLabel = "D",
      description = "the events' look-back window (default: ${DEFAULT-VALUE}, the shipped setting)")
  int lookbackDays;

  @Option(names = "--leaver-days", paramLabel = "D",
      description = "leavers leave the HR extract D days after leaving (default: they stay)")
  Integer leaverDays;

  @Option(names = "--device-lag-days", defaultValue = "0", paramLabel = "D",
      description = "devices reach the devices export D days after they were shipped (default: ${DEFAULT-VALUE})")
  int deviceLagDays;

  @Option(names = "--disposition-night", defaultValue = "0", paramLabel = "K",
      description = "from night K on, an auditor's decision clears the benign worker who scored highest the night "
          + "before (default: none)")
  int dispositionNight;

  @Option(names = "--backfill", defaultValue = "0", paramLabel = "B",
      description = "at the end, run the B nights before the last again, in date order, on the incremental output "
          + "(a backfill of past dates; default: none)")
  int backfill;

  @Option(names = "--conf", paramLabel = "FILE", description = "HOCON file layered over conf/application.conf")
  Path conf;

  @Option(names = "--report", paramLabel = "FILE", description = "also write the table to FILE")
  Path report;

  @Override
  public Integer call() throws IOException {
    NightSeries.Options options = new NightSeries.Options(workers, seed, lastNight, nights, lookbackDays, leaverDays,
        deviceLagDays, dispositionNight, backfill);
    com.typesafe.config.Config config = SettingsLoader.loadConfig(conf);
    SparkSession spark = Bench.session(io.ringwatch.config.Settings.from(config));
    NightSeries.Result result = NightSeries.run(spark, config, options, work, System.err);
    String text = "# ringwatch nights: incremental against full, night by night\n\n- command: `ringwatch nights "
        + String.join(" ", spec.commandLine().getParseResult().originalArgs()).replaceFirst("^nights ", "")
        + "`\n- machine: "
        + Bench.machineLine() + "\n- times are wall clock, both runs in this JVM, the full run first on even nights (the second run of a "
        + "night finds the JVM warmer)\n"
        + (result.clearedWorker() == null ? "" : "- a false positive cleared from night " + dispositionNight + " on\n")
        + "\n" + NightSeries.table(result) + "\n"
        + (result.same() ? "Every night's tables equal the full recompute's.\n" : "SOME NIGHTS DIFFER (lines above).\n");
    System.out.println(text);
    if (report != null) {
      Files.writeString(report, text);
    }
    return result.same() ? 0 : 1;
  }
}
