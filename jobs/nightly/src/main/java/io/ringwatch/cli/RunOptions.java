package io.ringwatch.cli;

import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.run.RunFailure;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/**
 * The options every command about one night shares (cli.md): the output root, the run date and
 * the settings overlay. A picocli mixin, so their names and help read the same everywhere.
 */
final class RunOptions {
  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Output root of the Delta tables (outputs.md).")
  String output;

  @Option(names = "--run-date", required = true, paramLabel = "YYYY-MM-DD", description = "Business date of the run.")
  String runDate;

  @Option(names = "--conf", paramLabel = "FILE", description = "HOCON file layered over conf/application.conf.")
  Path conf;

  /** The settings of the run (checked), with its log format applied. */
  Settings settings() {
    Settings settings = SettingsLoader.load(conf);
    LogFormat.apply(settings);
    return settings;
  }

  /** The run date, or a one-line failure naming the bad value. */
  LocalDate date() {
    try {
      return LocalDate.parse(runDate);
    } catch (DateTimeParseException e) {
      throw RunFailure.usage("--run-date '" + runDate + "' is not a date of the form YYYY-MM-DD");
    }
  }
}
