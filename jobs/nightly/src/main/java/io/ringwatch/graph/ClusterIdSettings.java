package io.ringwatch.graph;

import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;

/**
 * Settings of the stable cluster ids (block {@code ringwatch.graph.cluster-ids} of conf/graph.conf).
 *
 * @param minSharedFraction a new cluster keeps an old id when the shared members are more than
 *     this fraction of the new cluster and more than this fraction of the old one
 */
public record ClusterIdSettings(double minSharedFraction) {
  public static final String BLOCK = "ringwatch.graph.cluster-ids";

  public static ClusterIdSettings from(Settings settings) {
    ConfigReader r = settings.reader(BLOCK);
    return new ClusterIdSettings(r.doubleIn("min-shared-fraction", 0.1, 0.95));
  }
}
