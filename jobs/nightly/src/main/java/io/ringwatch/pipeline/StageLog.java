package io.ringwatch.pipeline;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each stage as it starts and ends, with its duration, and the rows of each dataset a stage
 * materializes, so a long run shows progress. An optional {@link Listener} hears the same events
 * (the benchmark collects per-stage figures with it); it never changes what the run does.
 */
public final class StageLog {
  private static final Logger LOG = LoggerFactory.getLogger("io.ringwatch.progress");
  private final long runStarted = System.nanoTime();
  private final Listener listener;

  /** What a run's stages report, in order, on the thread that runs them. */
  public interface Listener {
    Listener NONE = new Listener() {};

    /** A stage begins. */
    default void stageStarted(String stage) {}

    /** A stage's block of work ended after {@code nanos}. */
    default void stageFinished(String stage, long nanos) {}

    /** A dataset was computed and stored with {@code rows} rows. */
    default void rows(String dataset, long rows) {}
  }

  public StageLog() {
    this(Listener.NONE);
  }

  public StageLog(Listener listener) {
    this.listener = listener == null ? Listener.NONE : listener;
  }

  public <T> T time(String stage, java.util.function.Supplier<T> work) {
    LOG.info("▶ {}", stage);
    listener.stageStarted(stage);
    long started = System.nanoTime();
    T result = work.get();
    long took = System.nanoTime() - started;
    listener.stageFinished(stage, took);
    LOG.info("✔ {} in {}", stage, seconds(took));
    return result;
  }

  /** Logs the rows of a dataset just stored. */
  public void rows(String dataset, long rows) {
    LOG.info("  {}: {} rows", dataset, rows);
    listener.rows(dataset, rows);
  }

  public String elapsed() {
    return seconds(System.nanoTime() - runStarted);
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
