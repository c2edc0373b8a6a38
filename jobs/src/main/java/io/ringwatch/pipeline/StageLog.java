package io.ringwatch.pipeline;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each stage as it starts and ends, with its duration, so a long run shows progress. */
public final class StageLog {
  private static final Logger LOG = LoggerFactory.getLogger("io.ringwatch.progress");
  private final long runStarted = System.nanoTime();

  public <T> T time(String stage, java.util.function.Supplier<T> work) {
    LOG.info("▶ {}", stage);
    long started = System.nanoTime();
    T result = work.get();
    LOG.info("✔ {} in {}", stage, seconds(System.nanoTime() - started));
    return result;
  }

  public String elapsed() {
    return seconds(System.nanoTime() - runStarted);
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
