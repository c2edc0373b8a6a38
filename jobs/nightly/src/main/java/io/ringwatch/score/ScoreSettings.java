package io.ringwatch.score;

import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import io.ringwatch.score.signals.SignalSettings;
import java.util.Map;
import java.util.TreeMap;

/** Settings of the score stage (conf/score.conf). */
public record ScoreSettings(Map<String, Integer> points, double medium, double high, double critical,
    double clusterPropagation, String itRolePattern, double asiaHoursShare, int asiaHoursMinEvents,
    double impossibleTravelHours, SignalSettings signals, Population population) {

  /** ringwatch.score.population: discounting signals common in a worker's group (PopulationWeights). */
  public record Population(boolean enabled, double maxShare, int minGroupWorkers, java.util.List<String> exempt)
      implements java.io.Serializable {}

  public static ScoreSettings from(Settings settings) {
    ConfigReader r = settings.reader("ringwatch.score");
    Map<String, Integer> points = new TreeMap<>();
    ConfigReader p = r.block("points");
    for (Signal s : SignalCatalogue.ALL) {
      points.put(s.id(), p.has(s.id()) ? p.intAtLeast(s.id(), 0) : s.defaultPoints());
    }
    for (var key : p.raw().root().keySet()) {
      if (!points.containsKey(key)) {
        throw new SettingsException("setting ringwatch.score.points." + key + " names no signal of the catalogue");
      }
    }
    ConfigReader b = r.block("bands");
    double medium = b.doubleIn("medium", 0, 100);
    double high = b.doubleIn("high", 0, 100);
    double critical = b.doubleIn("critical", 0, 100);
    if (!(medium < high && high < critical)) {
      throw new SettingsException("settings ringwatch.score.bands must rise: medium < high < critical");
    }
    return new ScoreSettings(points, medium, high, critical, r.doubleIn("cluster-propagation", 0, 1),
        r.string("it-role-pattern"), r.doubleIn("asia-hours-share", 0, 1), r.intAtLeast("asia-hours-min-events", 1),
        r.doubleIn("impossible-travel-hours", 0, 48), SignalSettings.from(r), population(r.block("population")));
  }

  private static Population population(ConfigReader p) {
    java.util.List<String> exempt = p.strings("exempt");
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
        java.util.List.copyOf(exempt));
  }

  public int points(Signal s) {
    return points.get(s.id());
  }
}
