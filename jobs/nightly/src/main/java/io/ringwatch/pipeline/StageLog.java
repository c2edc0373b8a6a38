package io.ringwatch.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each stage as it starts and ends, with its duration, and the rows of each dataset a stage
 * materializes, so a long run shows progress. It keeps the same figures for run_audit
 * ({@link #stages()}); an optional {@link Listener} hears the same events (the benchmark collects
 * per-stage figures with it). Neither changes what the run does.
 */
public final class StageLog {
  private static final Logger LOG = LoggerFactory.getLogger("io.ringwatch.progress");
  private final long runStarted = System.nanoTime();
  private final Listener listener;
  private final List<Finished> finished = new ArrayList<>();
  private Map<String, Long> currentRows = new LinkedHashMap<>();

  /** A stage that ended: its duration and the rows of the datasets it stored, in order. */
  public record Finished(String stage, long nanos, Map<String, Long> rows) {}

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
    currentRows = new LinkedHashMap<>();
    long started = System.nanoTime();
    T result = work.get();
    long took = System.nanoTime() - started;
    finished.add(new Finished(stage, took, java.util.Collections.unmodifiableMap(currentRows)));
    listener.stageFinished(stage, took);
    LOG.info("✔ {} in {}", stage, seconds(took));
    return result;
  }

  /** Logs the rows of a dataset just stored. */
  public void rows(String dataset, long rows) {
    LOG.info("  {}: {} rows", dataset, rows);
    currentRows.merge(dataset, rows, Long::sum);
    listener.rows(dataset, rows);
  }

  /** The stages that ended so far, in the order they ran. */
  public List<Finished> stages() {
    return List.copyOf(finished);
  }

  public String elapsed() {
    return seconds(System.nanoTime() - runStarted);
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
