package io.ringwatch.graph;

import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import io.ringwatch.config.SettingsLoader;
import java.io.Serializable;
import java.util.List;

/**
 * Settings of the graph stage (conf/graph.conf), validated before any Spark work.
 *
 * @param leiden how Leiden runs inside one component
 * @param minComponentSize components with fewer workers are one cluster as they are
 * @param maxEdgesPerTask most projected edges one Leiden task holds; larger components are cut
 * @param cutShare share of a too-large piece's edges (its weakest) one cut round aims to drop
 * @param maxSplitRounds safety stop for cutting too-large components
 * @param unsplittableKinds link kinds whose shared value keeps its holders in one cluster
 *     whatever the communities say ({@link UnsplittableTies})
 */
public record GraphSettings(Leiden.Params leiden, int minComponentSize, long maxEdgesPerTask, double cutShare,
    int maxSplitRounds, java.util.List<String> unsplittableKinds)
    implements Serializable {

  public GraphSettings {
    if (minComponentSize < 2) {
      throw new IllegalArgumentException("minComponentSize must be >= 2, was " + minComponentSize);
    }
    if (maxEdgesPerTask < 1) {
      throw new IllegalArgumentException("maxEdgesPerTask must be >= 1, was " + maxEdgesPerTask);
    }
    if (!(cutShare > 0 && cutShare < 1)) {
      throw new IllegalArgumentException("cutShare must be between 0 and 1 (exclusive), was " + cutShare);
    }
    if (maxSplitRounds < 1) {
      throw new IllegalArgumentException("maxSplitRounds must be >= 1, was " + maxSplitRounds);
    }
  }

  public static GraphSettings from(Settings settings) {
    ConfigReader r = settings.reader("ringwatch.graph").block("communities");
    String quality = r.oneOf("quality", "cpm", "modularity");
    double resolution = r.doubleIn("resolution", 0.0, 1.0e6);
    int iterations = r.intAtLeast("iterations", 1);
    double randomness = r.doubleIn("randomness", 0.0, 1.0e6);
    if (randomness <= 0) {
      throw new SettingsException("setting " + r.full("randomness") + " must be greater than 0");
    }
    long seed = r.longAtLeast("seed", Long.MIN_VALUE);
    Leiden.Params leiden = new Leiden.Params(Leiden.Quality.parse(quality), resolution, iterations, randomness, seed);
    java.util.List<String> unsplittable = settings.reader("ringwatch.graph").strings("unsplittable-kinds");
    for (String k : unsplittable) {
      if (!io.ringwatch.link.LinkSettings.KINDS.contains(k)) {
        throw new SettingsException("setting ringwatch.graph.unsplittable-kinds names an unknown kind '" + k
            + "'; kinds are " + String.join(", ", io.ringwatch.link.LinkSettings.KINDS));
      }
    }
    return new GraphSettings(leiden, r.intAtLeast("min-component-size", 2),
        r.longAtLeast("max-edges-per-task", 1), cutShare(r), r.intAtLeast("max-split-rounds", 1),
        java.util.List.copyOf(unsplittable));
  }

  private static double cutShare(ConfigReader r) {
    double share = r.doubleIn("cut-share", 0.0, 1.0);
    if (share <= 0 || share >= 1) {
      throw new SettingsException("setting " + r.full("cut-share") + " is " + share + " but must be between 0 and 1, exclusive");
    }
    return share;
  }

  /** The documented defaults of conf/graph.conf (and any -D overrides). */
  public static GraphSettings defaults() {
    return from(SettingsLoader.load(null));
  }

  public GraphSettings withLeiden(Leiden.Params params) {
    return new GraphSettings(params, minComponentSize, maxEdgesPerTask, cutShare, maxSplitRounds, unsplittableKinds);
  }

  public GraphSettings withMinComponentSize(int size) {
    return new GraphSettings(leiden, size, maxEdgesPerTask, cutShare, maxSplitRounds, unsplittableKinds);
  }

  public GraphSettings withMaxEdgesPerTask(long edges) {
    return new GraphSettings(leiden, minComponentSize, edges, cutShare, maxSplitRounds, unsplittableKinds);
  }

  public GraphSettings withUnsplittableKinds(java.util.List<String> kinds) {
    return new GraphSettings(leiden, minComponentSize, maxEdgesPerTask, cutShare, maxSplitRounds, List.copyOf(kinds));
  }
}
