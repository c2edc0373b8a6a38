package io.ringwatch.publish;

import org.apache.hadoop.fs.Path;

/**
 * Where a run keeps what is not a published table, under one output root:
 * <pre>
 *   OUTPUT/&lt;table&gt;                    the published Delta tables (outputs.md)
 *   OUTPUT/_ringwatch/lock               the run lock (one run of this output at a time)
 *   OUTPUT/_ringwatch/publishing         the publish journal: the run whose publish is under way
 *   OUTPUT/_ringwatch/local.key          the pseudonym key of a local run given none
 *   OUTPUT/_ringwatch/work/&lt;run id&gt;      staging, checkpoints and spills of a run
 * </pre>
 * Everything under {@code work/} belongs to one run; a run that holds the lock removes every
 * other run's folder there (a killed run's clear personal data does not outlive the next start).
 */
public final class OutputLayout {
  public static final String CONTROL = "_ringwatch";
  private final String root;

  public OutputLayout(String root) {
    this.root = root;
  }

  /** The file system of a path for control files ({@link io.ringwatch.run.LocalRawFileSystem}). */
  public static org.apache.hadoop.fs.FileSystem fileSystem(Path path, org.apache.hadoop.conf.Configuration hadoop)
      throws java.io.IOException {
    return io.ringwatch.run.LocalRawFileSystem.of(path, hadoop);
  }

  public String root() {
    return root;
  }

  /** A published table's folder under the root; a state table's under {@link #state()}. */
  public Path table(String name) {
    return io.ringwatch.tables.TableNames.STATE.contains(name) ? new Path(state(), name) : new Path(root, name);
  }

  /** The state tables a night keeps for the next (TableNames.STATE): not published, read by the job only. */
  public Path state() {
    return new Path(control(), "state");
  }

  public Path control() {
    return new Path(root, CONTROL);
  }

  public Path lock() {
    return new Path(control(), "lock");
  }

  public Path journal() {
    return new Path(control(), "publishing");
  }

  public Path localKey() {
    return new Path(control(), "local.key");
  }

  /** Every run's scratch folders. */
  public Path work() {
    return new Path(control(), "work");
  }

  public Path work(String runId) {
    return new Path(work(), runId);
  }

  public Path staging(String runId) {
    return new Path(work(runId), "staging");
  }
}
