package io.ringwatch.cli;

import com.typesafe.config.Config;
import io.ringwatch.config.EffectiveSettings;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.pipeline.NightlyPipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ringwatch config}: the settings a run would use, each with where it came from, secrets
 * masked. Loads and validates them exactly as {@code nightly} does (an unknown key fails here too),
 * without starting Spark, so a deployment can be checked before its first night.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
    description = "Prints the effective settings (secrets masked) and where each came from.")
public final class ConfigCommand implements Callable<Integer> {
  private static final int ORIGIN_COLUMN = 72;

  @Option(names = "--conf", paramLabel = "FILE", description = "HOCON file layered over conf/application.conf.")
  Path conf;

  @Option(names = "--json", description = "Print the settings as JSON, a --conf file that repeats them.")
  boolean json;

  @Override
  public Integer call() {
    Config resolved = SettingsLoader.loadConfig(conf);
    NightlyPipeline.validate(Settings.from(resolved)); // as a night checks them, before saying they are fine
    if (json) {
      System.out.println(EffectiveSettings.json(resolved));
      return 0;
    }
    List<EffectiveSettings.Entry> entries = EffectiveSettings.entries(resolved);
    for (EffectiveSettings.Entry e : entries) {
      String setting = e.path() + " = " + e.value();
      // Origins line up unless a long list would push them off the screen.
      System.out.println(setting + " ".repeat(Math.max(2, ORIGIN_COLUMN - setting.length())) + "# " + e.origin());
    }
    return 0;
  }
}
