package io.ringwatch.cli;

import io.ringwatch.config.SparkSettings;
import io.ringwatch.publish.OutputLayout;
import java.net.URI;
import java.util.Map;

/**
 * Where a local run's Spark spills (shuffle files, spilled sorts): inside the output root's work
 * folder, so that a killed run's spills (clear personal data) are removed by the next start like
 * its checkpoints, instead of staying in /tmp. Only for the embedded local Spark writing to a local
 * disk, and only when neither SPARK_LOCAL_DIRS nor spark.local.dir says otherwise; on a cluster the
 * cluster manager removes executors' scratch folders when they end.
 */
final class SpillFolder {
  private SpillFolder() {}

  static Map<String, String> of(SparkSettings spark, String output) {
    String master = System.getProperty("spark.master", spark.master());
    URI uri = new org.apache.hadoop.fs.Path(output).toUri();
    boolean localDisk = uri.getScheme() == null || uri.getScheme().equals("file");
    if (master == null || !master.startsWith("local") || !localDisk || System.getenv("SPARK_LOCAL_DIRS") != null
        || spark.extraConf().containsKey("spark.local.dir")) {
      return Map.of();
    }
    String dir = new org.apache.hadoop.fs.Path(new OutputLayout(output).work(), "spill-" + ProcessHandle.current().pid())
        .toUri().getPath();
    return Map.of("spark.local.dir", new java.io.File(dir).getAbsolutePath());
  }
}
