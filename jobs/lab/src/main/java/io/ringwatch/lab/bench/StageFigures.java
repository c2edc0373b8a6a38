package io.ringwatch.lab.bench;

/**
 * What one stage of a nightly run cost.
 *
 * @param stage the stage's name as the nightly logs it ({@link Stages#NIGHTLY}), or {@link Stages#OTHER}
 * @param wallNanos wall time from the stage's start to the next stage's start (so work the nightly
 *     does between its timed blocks counts in the stage it follows)
 * @param cpuNanos CPU time the JVM spent in that time, all its threads (on a shared machine the
 *     wall time grows with the load while this stays near the work done)
 * @param rowsIn rows the stage reads, or -1 where not meaningful
 * @param rowsOut rows the stage produces, or -1 where not meaningful
 * @param shuffleBytes shuffle bytes written by the Spark tasks of the jobs the stage submitted
 * @param peakHeapBytes the largest heap in use sampled during the stage (garbage included)
 * @param liveHeapBytes the largest heap in use right after a collection seen during the stage
 * @param gcMillis time the JVM spent collecting garbage during the stage
 * @param inputBytes bytes the stage's Spark tasks read from files (inputs, state and published
 *     tables; 0 in figures of earlier releases): what an incremental night no longer reads shows here
 */
public record StageFigures(String stage, long wallNanos, long cpuNanos, long rowsIn, long rowsOut, long shuffleBytes,
    long peakHeapBytes, long liveHeapBytes, long gcMillis, long inputBytes) {

  public StageFigures withRows(long in, long out) {
    return new StageFigures(stage, wallNanos, cpuNanos, in, out, shuffleBytes, peakHeapBytes, liveHeapBytes, gcMillis,
        inputBytes);
  }
}
