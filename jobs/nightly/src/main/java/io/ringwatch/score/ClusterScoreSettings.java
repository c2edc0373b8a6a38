package io.ringwatch.score;

import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import io.ringwatch.link.LinkSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** How a cluster is scored (conf/score.conf, block ringwatch.score.cluster); see {@link ClusterScoring}. */
public record ClusterScoreSettings(Map<String, Integer> tiePoints, int maxTiePoints, Set<String> tieSignals,
    int memberPoints, int memberSignalPoints, Set<String> weakTieKinds, double weakTieShare,
    double tieBreadthStep, double tieBreadthMax)
    implements java.io.Serializable {

  public static ClusterScoreSettings from(Settings settings) {
    ConfigReader r = settings.reader("ringwatch.score.cluster");
    ConfigReader t = r.block("tie-points");
    Map<String, Integer> tiePoints = new TreeMap<>();
    for (String kind : LinkSettings.KINDS) {
      tiePoints.put(kind, t.intAtLeast(kind, 0));
    }
    for (String key : t.raw().root().keySet()) {
      if (!tiePoints.containsKey(key)) {
        throw new SettingsException("setting ringwatch.score.cluster.tie-points." + key
            + " names no kind of identity link (" + String.join(", ", LinkSettings.KINDS) + ")");
      }
    }
    List<String> tieSignals = r.strings("tie-signals");
    for (String s : tieSignals) {
      if (SignalCatalogue.ALL.stream().noneMatch(x -> x.id().equals(s))) {
        throw new SettingsException("setting ringwatch.score.cluster.tie-signals names no signal of the catalogue: " + s);
      }
    }
    List<String> weak = r.strings("weak-tie-kinds");
    for (String k : weak) {
      if (!tiePoints.containsKey(k)) {
        throw new SettingsException("setting ringwatch.score.cluster.weak-tie-kinds names no kind of identity link: " + k);
      }
    }
    return new ClusterScoreSettings(Map.copyOf(tiePoints), r.intAtLeast("max-tie-points", 0), Set.copyOf(tieSignals),
        r.intAtLeast("member-points", 0), r.intAtLeast("member-signal-points", 1), Set.copyOf(weak),
        r.doubleIn("weak-tie-share", 0, 1), r.doubleIn("tie-breadth-step", 0, 10), r.doubleIn("tie-breadth-max", 1, 10));
  }
}
