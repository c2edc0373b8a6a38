package io.ringwatch.testing;

import io.ringwatch.config.SparkSettings;
import io.ringwatch.spark.SparkSessionFactory;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the test JVM, shared by every Spark test class (a JVM holds one
 * SparkContext). Made on first use with the same factory the job uses, two cores, few partitions.
 */
public final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      if ("unit".equals(System.getProperty("tests.tier"))) {
        // The unit tier (surefire) runs first and fast: a test that needs Spark belongs to the next one.
        throw new IllegalStateException("a unit test started Spark: annotate its class with @SparkTest or @EndToEnd");
      }
      session = SparkSessionFactory.create(new SparkSettings("local[2]", "ringwatch-tests", 2, "",
          Map.of("spark.default.parallelism", "2")));
      try {
        Path checkpoints = TestFiles.tempDirectory("ringwatch-test-checkpoints");
        session.sparkContext().setCheckpointDir(checkpoints.toString());
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return session;
  }

  /** The repository root (for conf/ and data/), set by surefire. */
  public static Path repoRoot() {
    String root = System.getProperty("ringwatch.repo.root");
    return root != null ? Path.of(root).toAbsolutePath().normalize() : Path.of("..").toAbsolutePath().normalize();
  }

}
