package io.ringwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The launcher's logging (src/main/resources/log4j2.properties): lines name the run, and one setting
 * turns them into JSON objects a log shipper reads.
 */
class LogFormatTest {
  private static Settings settings(String format) {
    return Settings.from(ConfigFactory.parseString("ringwatch.run.log-format = " + format)
        .withFallback(SettingsLoader.loadConfig(null)));
  }

  /** What the launcher's configuration writes to stderr for one INFO line of a run, in a format. */
  private static List<String> linesIn(String format) throws Exception {
    LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
    URI before = ctx.getConfigLocation();
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8)); // the appenders follow System.err
      ctx.setConfigLocation(LogFormatTest.class.getResource("/log4j2.properties").toURI());
      LogFormat.apply(settings(format));
      MDC.put("run_id", "run-2026-11-20-x");
      LoggerFactory.getLogger("io.ringwatch.progress").info("ingest done");
    } finally {
      MDC.remove("run_id");
      System.clearProperty(LogFormat.PROPERTY);
      System.setErr(saved);
      ctx.setConfigLocation(before);
    }
    return err.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void textLinesNameTheRun() throws Exception {
    List<String> lines = linesIn("text");
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).matches("\\d\\d:\\d\\d:\\d\\d INFO  progress \\[run-2026-11-20-x] - ingest done"),
        lines.get(0));
  }

  @Test
  void jsonIsOneSettingAway() throws Exception {
    List<String> lines = linesIn("json");
    assertEquals(1, lines.size(), lines.toString());
    var json = ConfigFactory.parseString(lines.get(0));
    assertEquals("ingest done", json.getString("message"));
    assertEquals("INFO", json.getString("\"log.level\""));
    assertEquals("run-2026-11-20-x", json.getString("run_id"));
    assertEquals("io.ringwatch.progress", json.getString("\"log.logger\""));
  }
}
