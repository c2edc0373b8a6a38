package io.ringwatch.cli;

import io.ringwatch.config.Settings;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;

/**
 * Switches the driver's log between text and JSON lines (ringwatch.run.log-format). The launcher's
 * log4j2.properties holds both appenders and picks one by the system property {@value #PROPERTY},
 * so logger levels stay in one file; a cluster's own configuration has no such appender and is
 * left as it is.
 */
final class LogFormat {
  static final String PROPERTY = "ringwatch.log.appender";

  private LogFormat() {}

  /** Applies the run's log format; the run id reaches each line through the logging context (MDC). */
  static void apply(Settings settings) {
    String appender = settings.logFormat().equals("json") ? "json" : "stderr";
    if (!appender.equals(System.getProperty(PROPERTY, "stderr"))) {
      System.setProperty(PROPERTY, appender);
      ((LoggerContext) LogManager.getContext(false)).reconfigure();
    }
  }
}
