package io.ringwatch.graph;

import io.ringwatch.components.ConnectedComponents;
import io.ringwatch.components.GraphFramesConnectedComponents;
import io.ringwatch.components.SizedConnectedComponents;
import io.ringwatch.components.StarConnectedComponents;
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
 * @param componentsAlgorithm how the components of a graph too large for one task are found:
 *     {@code star} (ours) or {@code graphframes}
 */
public record GraphSettings(Leiden.Params leiden, int minComponentSize, long maxEdgesPerTask, double cutShare,
    int maxSplitRounds, java.util.List<String> unsplittableKinds, String componentsAlgorithm)
    implements Serializable {

  /** The values of ringwatch.graph.components.algorithm. */
  public static final List<String> COMPONENTS_ALGORITHMS = List.of("star", "graphframes");

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
    if (!COMPONENTS_ALGORITHMS.contains(componentsAlgorithm)) {
      throw new IllegalArgumentException("componentsAlgorithm must be one of " + COMPONENTS_ALGORITHMS + ", was " + componentsAlgorithm);
    }
  }

  /**
   * The night's connected components: a graph of at most {@link #maxEdgesPerTask} edges in one
   * task, a larger one by the chosen distributed algorithm (checkpointed every second round).
   */
  public ConnectedComponents connectedComponents() {
    ConnectedComponents large = componentsAlgorithm.equals("graphframes")
        ? new GraphFramesConnectedComponents().setCheckpointInterval(2)
        : new StarConnectedComponents().setCheckpointInterval(2);
    return new SizedConnectedComponents(maxEdgesPerTask, large);
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
        java.util.List.copyOf(unsplittable),
        settings.reader("ringwatch.graph").block("components").oneOf("algorithm", COMPONENTS_ALGORITHMS.toArray(String[]::new)));
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
    return new GraphSettings(params, minComponentSize, maxEdgesPerTask, cutShare, maxSplitRounds, unsplittableKinds, componentsAlgorithm);
  }

  public GraphSettings withMinComponentSize(int size) {
    return new GraphSettings(leiden, size, maxEdgesPerTask, cutShare, maxSplitRounds, unsplittableKinds, componentsAlgorithm);
  }

  public GraphSettings withMaxEdgesPerTask(long edges) {
    return new GraphSettings(leiden, minComponentSize, edges, cutShare, maxSplitRounds, unsplittableKinds, componentsAlgorithm);
  }

  public GraphSettings withComponentsAlgorithm(String algorithm) {
    return new GraphSettings(leiden, minComponentSize, maxEdgesPerTask, cutShare, maxSplitRounds, unsplittableKinds, algorithm);
  }

  public GraphSettings withUnsplittableKinds(java.util.List<String> kinds) {
    return new GraphSettings(leiden, minComponentSize, maxEdgesPerTask, cutShare, maxSplitRounds, List.copyOf(kinds), componentsAlgorithm);
  }
}
