package io.ringwatch.publish;

import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;
import io.ringwatch.run.RunFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a run does with its output root before any work, in this order: take the run lock, check
 * the published history is whole, finish a publish a kill stopped, and remove every other run's
 * scratch folders (a killed run's checkpoints hold clear personal data). Holds the lock until
 * {@link #close()}.
 */
public final class RunStart implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunStart.class);
  private final RunLock lock;
  private final OutputLayout layout;
  private final StoppedRunRecovery.Recovered recovered;
  private final String checkpoints;
  private final String runId;
  private final org.apache.hadoop.conf.Configuration hadoop;

  private RunStart(RunLock lock, OutputLayout layout, StoppedRunRecovery.Recovered recovered, String checkpoints,
      String runId, org.apache.hadoop.conf.Configuration hadoop) {
    this.lock = lock;
    this.layout = layout;
    this.recovered = recovered;
    this.checkpoints = checkpoints;
    this.runId = runId;
    this.hadoop = hadoop;
  }

  public static RunStart begin(SparkSession spark, Settings settings, String output, String runId, LocalDate runDate,
      List<String> tables) {
    ConfigReader run = settings.reader("ringwatch.run");
    Duration heartbeat = run.duration("lock-heartbeat");
    Duration staleAfter = run.duration("lock-stale-after");
    OutputLayout layout = new OutputLayout(output);
    FileSystem fs;
    try {
      fs = OutputLayout.fileSystem(layout.control(), spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw RunFailure.output("cannot reach output " + output + ": " + e.getMessage());
    }
    RunLock lock = RunLock.acquire(fs, layout, runId, runDate.toString(), heartbeat, staleAfter);
    try {
      Path checkpointRoot = checkpointRoot(settings, layout, fs);
      removeOtherRuns(fs, layout.work(), runId, liveSpillFolders(fs, layout.work()));
      if (!checkpointRoot.equals(layout.work())) {
        removeOtherRuns(checkpointRoot.getFileSystem(spark.sparkContext().hadoopConfiguration()), checkpointRoot, runId,
            Set.of());
      }
      // Folders of releases before the work folder.
      fs.delete(new Path(output, "_staging"), true);
      fs.delete(new Path(output, "_checkpoints"), true);
      HistoryCheck history = new HistoryCheck(spark, fs, layout, tables);
      history.logsIntact();
      StoppedRunRecovery.Recovered recovered = StoppedRunRecovery.recover(spark, fs, layout, tables);
      history.nightsConsistent();
      return new RunStart(lock, layout, recovered, new Path(checkpointRoot, runId).toString(), runId,
          spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      lock.close();
      throw RunFailure.output("cannot prepare output " + output + ": " + e.getMessage());
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** The publish a kill stopped that this start finished, or null. */
  public StoppedRunRecovery.Recovered recovered() {
    return recovered;
  }

  /** This run's checkpoint folder. */
  public String checkpoints() {
    return checkpoints;
  }

  public OutputLayout layout() {
    return layout;
  }

  /**
   * Where this output's runs checkpoint: under the output's work folder, or, with
   * ringwatch.spark.checkpoint-dir, in a sub-folder named after the output root (several outputs
   * may share one checkpoint folder; each start clears only its own output's).
   */
  static Path checkpointRoot(Settings settings, OutputLayout layout, FileSystem fs) {
    String configured = settings.spark().checkpointDir();
    if (configured.isBlank()) {
      return layout.work();
    }
    String qualified = fs.makeQualified(new Path(layout.root())).toString();
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(qualified.getBytes(StandardCharsets.UTF_8));
      return new Path(configured, "output-" + HexFormat.of().formatHex(d).substring(0, 12));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The spill folders of live local processes ({@code spill-<pid>}, see the launcher's SpillFolder):
   * Spark made them before the lock was taken and still uses them.
   */
  private static Set<String> liveSpillFolders(FileSystem fs, Path work) throws IOException {
    java.util.HashSet<String> names = new java.util.HashSet<>();
    if (fs.exists(work)) {
      for (FileStatus s : fs.listStatus(work)) {
        String name = s.getPath().getName();
        if (name.matches("spill-\\d+") && ProcessHandle.of(Long.parseLong(name.substring(6))).isPresent()) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static void removeOtherRuns(FileSystem fs, Path root, String runId, Set<String> keep) throws IOException {
    if (!fs.exists(root)) {
      return;
    }
    for (FileStatus s : fs.listStatus(root)) {
      String name = s.getPath().getName();
      if (!name.equals(runId) && !keep.contains(name)) {
        if (name.startsWith("spill-")) {
          // Spark's spill folder of an earlier local run: Spark empties it when its JVM ends but
          // cannot remove the folder it was given, finished run or not.
          LOG.info("removing {}, the spill folder of an earlier run whose process has ended", s.getPath());
        } else {
          LOG.warn("removing {} left by a run that did not finish", s.getPath());
        }
        fs.delete(s.getPath(), true);
      }
    }
  }

  /** Removes this run's scratch folders and releases the lock. */
  @Override
  public void close() {
    try {
      Path checkpointPath = new Path(checkpoints);
      checkpointPath.getFileSystem(hadoop).delete(checkpointPath, true);
      Path work = layout.work(runId);
      work.getFileSystem(hadoop).delete(work, true);
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not remove {}: {}", checkpoints, e.toString());
    } finally {
      lock.close();
    }
  }
}
