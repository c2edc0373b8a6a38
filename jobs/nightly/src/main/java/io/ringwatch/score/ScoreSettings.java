package io.ringwatch.score;

import com.typesafe.config.ConfigException;
import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import io.ringwatch.score.signals.CommonSignalSettings;
import io.ringwatch.score.signals.Signal;
import io.ringwatch.score.signals.SignalRule;
import io.ringwatch.score.signals.WorkerSignal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Settings of the score stage: bands, cluster propagation, population weighing and the settings
 * signals share (conf/score.conf), and every signal's own block
 * ({@code ringwatch.score.signals.<id>}, defaults in the signal's class), each checked by its
 * signal when read.
 *
 * @param points configured points by signal id
 * @param rules the configured signals by id, in the catalogue's order
 */
public record ScoreSettings(Map<String, Integer> points, double medium, double high, double critical,
    double clusterPropagation, CommonSignalSettings common, Map<String, SignalRule> rules, Population population) {

  /** ringwatch.score.population: discounting signals common in a worker's group (PopulationWeights). */
  public record Population(boolean enabled, double maxShare, int minGroupWorkers, List<String> exempt)
      implements java.io.Serializable {}

  public static ScoreSettings from(Settings settings) {
    ConfigReader r = settings.reader("ringwatch.score");
    CommonSignalSettings common = CommonSignalSettings.from(r);
    Map<String, Integer> points = new TreeMap<>();
    Map<String, SignalRule> rules = new LinkedHashMap<>();
    for (WorkerSignal s : SignalCatalogue.SIGNALS) {
      String id = s.about().id();
      ConfigReader block = signalBlock(settings, s);
      points.put(id, block.has("points") ? block.intAtLeast("points", 0) : s.about().defaultPoints());
      rules.put(id, s.configure(block, common));
    }
    if (r.has("signals")) {
      for (String key : r.block("signals").raw().root().keySet()) {
        if (!rules.containsKey(key)) {
          throw new SettingsException("setting ringwatch.score.signals." + key
              + " names no signal of the catalogue (jobs/docs/signals.md lists them)");
        }
      }
    }
    ConfigReader b = r.block("bands");
    double medium = b.doubleIn("medium", 0, 100);
    double high = b.doubleIn("high", 0, 100);
    double critical = b.doubleIn("critical", 0, 100);
    if (!(medium < high && high < critical)) {
      throw new SettingsException("settings ringwatch.score.bands must rise: medium < high < critical");
    }
    return new ScoreSettings(Map.copyOf(points), medium, high, critical, r.doubleIn("cluster-propagation", 0, 1),
        common, java.util.Collections.unmodifiableMap(rules), population(r.block("population")));
  }

  /** The signal's block, the user's values over its class's defaults (also without SettingsLoader). */
  private static ConfigReader signalBlock(Settings settings, WorkerSignal s) {
    String path = WorkerSignal.block(s.about());
    try {
      if (settings.raw().hasPath(path)) {
        settings.raw().getConfig(path);
      }
    } catch (ConfigException e) {
      throw new SettingsException("setting " + path + " must be a block { points = ... }");
    }
    return new ConfigReader(settings.raw().withFallback(SignalDefaults.of(s)), path);
  }

  private static Population population(ConfigReader p) {
    List<String> exempt = p.strings("exempt");
    for (String id : exempt) {
      if (SignalCatalogue.ALL.stream().noneMatch(s -> s.id().equals(id))) {
        throw new SettingsException("setting " + p.full("exempt") + " names '" + id + "', no signal of the catalogue");
      }
    }
    boolean enabled;
    try {
      enabled = p.raw().getBoolean("enabled");
    } catch (com.typesafe.config.ConfigException e) {
      throw new SettingsException("setting " + p.full("enabled") + " must be true or false");
    }
    return new Population(enabled, p.doubleIn("max-share", 0, 1), p.intAtLeast("min-group-workers", 1),
        List.copyOf(exempt));
  }

  /** The configured points of a signal (its default when it has no block: ring_member). */
  public int points(Signal s) {
    return points.getOrDefault(s.id(), s.defaultPoints());
  }

  /** The configured rule of a worker signal. */
  public SignalRule rule(Signal s) {
    SignalRule rule = rules.get(s.id());
    if (rule == null) {
      throw new IllegalArgumentException(s.id() + " is no worker signal");
    }
    return rule;
  }
}
