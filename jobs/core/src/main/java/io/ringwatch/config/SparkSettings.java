package io.ringwatch.config;

import java.util.Map;

/** How the Spark session is made: master, parallelism, checkpoints, extra Spark settings. */
public record SparkSettings(String master, String appName, int shufflePartitions,
    String checkpointDir, Map<String, String> extraConf) {

  public static SparkSettings from(ConfigReader r) {
    return new SparkSettings(r.string("master", ""), r.string("app-name"),
        r.intAtLeast("shuffle-partitions", 1), r.string("checkpoint-dir", ""),
        r.stringMap("conf"));
  }
}
