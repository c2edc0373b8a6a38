package io.ringwatch.lab.bench;

import java.util.List;

/**
 * One measured nightly run and its bare-scan floor.
 *
 * @param workers the company's size (workers asked of the generator)
 * @param format input format, {@code csv} or {@code parquet}
 * @param mode {@code child} (own JVM, own -Xmx) or {@code in-process}
 * @param heapMaxBytes the JVM's maximum heap (-Xmx) for the run
 * @param stages per-stage figures, in run order, {@link Stages#OTHER} last
 * @param nightlyNanos wall time of the whole nightly, Spark session already up
 * @param scanNanos wall time of the bare scan of the same inputs
 * @param scanRows rows the bare scan read
 * @param inputBytes bytes of the input datasets on disk (sanctions excluded)
 * @param generateNanos time to generate the company, or -1 when an existing one was reused
 * @param convertNanos time to convert it to Parquet, or -1 (CSV, or an existing conversion reused)
 * @param processNanos wall time of the child JVM (start-up included), or -1 in-process
 * @param loadBefore the 1-minute load average when the run started
 * @param loadAfter the 1-minute load average when it ended
 * @param error why the run failed, or null
 * @param scanCpuNanos CPU time of the JVM during the bare scan (0 when unknown)
 */
public record RunFigures(int workers, String format, String mode, long heapMaxBytes, List<StageFigures> stages,
    long nightlyNanos, long scanNanos, long scanRows, long inputBytes, long generateNanos, long convertNanos,
    long processNanos, double loadBefore, double loadAfter, String error, long scanCpuNanos) {

  public boolean failed() {
    return error != null;
  }

  /** nightly / scan. */
  public double ratio() {
    return scanNanos > 0 ? (double) nightlyNanos / scanNanos : Double.NaN;
  }

  /** nightly CPU / scan CPU: the ratio as the work done, less sensitive to other load on the machine. */
  public double cpuRatio() {
    long cpu = stages.stream().mapToLong(StageFigures::cpuNanos).sum();
    return scanCpuNanos > 0 && cpu > 0 ? (double) cpu / scanCpuNanos : Double.NaN;
  }

  public long peakHeapBytes() {
    return stages.stream().mapToLong(StageFigures::peakHeapBytes).max().orElse(0);
  }

  public long shuffleBytes() {
    return stages.stream().mapToLong(StageFigures::shuffleBytes).sum();
  }

  public RunFigures withParent(long generate, long convert, long process, double before, double after) {
    return new RunFigures(workers, format, mode, heapMaxBytes, stages, nightlyNanos, scanNanos, scanRows, inputBytes,
        generate, convert, process, before, after, error, scanCpuNanos);
  }

  public static RunFigures failure(int workers, String format, String mode, long heapMaxBytes, String error) {
    return new RunFigures(workers, format, mode, heapMaxBytes, List.of(), 0, 0, 0, 0, -1, -1, -1, Double.NaN,
        Double.NaN, error, 0);
  }
}
